"""The licences a note names: the few that apply where the person works, the rest counted.

A post may take many licences, any one of them enough (the therapist's: sixteen, from
the US, the UK, Canada, Australia, New Zealand and Singapore). A career counsellor with
the client beside them names the licences that matter where the client works and says
"or another licence of this practice" for the rest (thirty-third round, cred33: a note
on a licence careermap does not know listed all sixteen, joined by "or", and a person
in the United Kingdom read the notes of every Australian, Canadian and Singaporean one).

So a note on a licence careermap does not know names at most
:data:`~careermap.results.licences.NAMED_LICENCES` of the post's licences, those asked in
the person's country first, as the verdict names them (:func:`in_place_of`), and counts
the rest; and the notes on the post's licences are those of the licences asked there
(:func:`licence_notes`). Where none is asked in the person's country (careermap does not
know what it asks), or the country is not given, every licence is read as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from careermap.results.countries import elsewhere, local_names
from careermap.results.licences import NAMED_LICENCES
from careermap.taxonomy.models import Credential

__all__ = ["applies", "in_place_of", "licence_notes"]


def applies(credential: Credential, country: str | None) -> bool:
    """Say whether *credential* is asked where the person works (*country*).

    It is when it is issued there, or everywhere (no ``countries``), or names what is
    asked there in its place (``in_place``); with no country given, every one is.

    Examples
    --------
    >>> lpc = Credential(name="LPC", kind="licence", countries=("US",),
    ...                  accepts=("BACP registered counsellor",),
    ...                  in_place={"GB": ("BACP registered counsellor",)})
    >>> applies(lpc, "US"), applies(lpc, "GB"), applies(lpc, "CA"), applies(lpc, None)
    (True, True, False, True)
    """
    return not elsewhere(credential, country) or (country or "") in credential.in_place


def in_place_of(licences: Sequence[Credential], country: str | None) -> str:
    """Name the post's *licences* a licence careermap does not know may stand in for.

    By their names asked in *country* (each licence's own, or those ``in_place`` gives
    there, :func:`~careermap.results.countries.local_names`), the first
    :data:`~careermap.results.licences.NAMED_LICENCES` of them; where none is asked there
    (careermap does not know what the country asks), or no country is given, the post's
    first ones. The rest of the post's names are counted.

    Examples
    --------
    >>> names = ("LPC", "LCSW", "LMFT", "BABCP", "CRPO", "CCC")
    >>> post = [Credential(name=n, kind="licence", countries=("US",)) for n in names[:3]]
    >>> post += [Credential(name=names[3], kind="licence", countries=("GB",))]
    >>> post += [Credential(name=n, kind="licence", countries=("CA",)) for n in names[4:]]
    >>> print(in_place_of(post, "GB"))
    BABCP or another licence of this practice the post takes (5 more)
    >>> print(in_place_of(post, None))
    LPC, LCSW or LMFT, or another licence of this practice the post takes (3 more)
    >>> print(in_place_of(post[:2], "US"))
    LPC or LCSW
    """
    here = [c for c in licences if applies(c, country)] if country else []
    names = list(dict.fromkeys(name for c in here for name in _names_in(c, country)))
    named = names[:NAMED_LICENCES] or [c.name for c in licences][:NAMED_LICENCES]
    others = {name for c in licences if c not in here for name in _names_in(c, None)}
    rest = len(names) + len(others - set(names)) - len(named)
    if rest <= 0:
        return " or ".join(named)
    listed = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} or {named[-1]},"
    return f"{listed} or another licence of this practice the post takes ({rest} more)"


def _names_in(credential: Credential, country: str | None) -> tuple[str, ...]:
    """Return the names *credential* is asked by in *country*: ``in_place``'s, or its own."""
    if country is not None and elsewhere(credential, country):
        return local_names(credential, country) or (credential.name,)
    return (credential.name,)


def licence_notes(licences: Sequence[Credential], country: str | None) -> list[str]:
    """Return the notes on the post's *licences* a person in *country* reads.

    Those of the licences asked there (:func:`applies`), or of them all where none is.

    Examples
    --------
    >>> lpc = Credential(name="LPC", kind="licence", countries=("US",), note="A state licence.")
    >>> ccc = Credential(name="CCC", kind="licence", countries=("CA",), note="CCPA's.")
    >>> licence_notes([lpc, ccc], "CA"), len(licence_notes([lpc, ccc], "JP"))
    (["CCC: CCPA's."], 2)
    """
    noted = [c for c in licences if c.note]
    here = [c for c in noted if applies(c, country)]
    return [f"{c.name}: {c.note}" for c in (here or noted)]
