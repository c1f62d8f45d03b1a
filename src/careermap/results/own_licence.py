"""A licence from the person's own country, where careermap does not know that country's rules.

The bundled roles are written for the US, with the registrations of the countries
careermap knows beside its licences (:mod:`careermap.results.countries`). For a person in
another country (Lebanon, Malta, Romania), a post's licence becomes "what employers in
<country> ask for in place of a licence from the United States (careermap does not know
which ...)". Until the thirty-second round that stood as a long step (verdict ``needs``)
even for a person who wrote their own country's licence to practise the post's
profession: a clinical psychologist licensed by Lebanon's Ministry of Public Health was
sent her therapist post, her best fit, behind every post she could take now (review 32,
P1). Two readings mend it:

* :func:`own_country_licences`: a licence or registration the person wrote that names
  their own country, or no country, and holds no credential careermap knows is issued
  there, is a licence careermap does not know, whatever US licence its words share
  ("Licence to practise as a psychologist, Ministry of Public Health (Lebanon)" shares the
  words of the US "Licensed clinical psychologist"): the verdict asks the person to check
  it, as it does any licence careermap does not know
  (:func:`careermap.results.licences.unknown_licences`);
* :func:`as_check`: where such a licence, of the practice of the post's licences
  (:func:`careermap.results.licences.same_practice`), is all that stands between the
  person and a post whose country careermap does not know, the verdict is a check
  (``certify``: a short step, to ask the regulator or an employer), not a need.

docs/scoring.md, "A licence from the person's own country (thirty-second round)".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from careermap.base.cache import derived
from careermap.base.countries import countries_in, licensing_countries, licensing_country
from careermap.resolve.background import Background
from careermap.results.countries import is_unknown_name
from careermap.results.credentials import holds, is_provisional
from careermap.results.licences import is_registration, same_practice
from careermap.results.standing import without_disclaimer
from careermap.results.verdict import Gate, Readiness
from careermap.taxonomy.models import (
    Credential,
    CredentialDefinition,
    CredentialKind,
    Entry,
    Taxonomy,
)

if TYPE_CHECKING:  # read with a background only
    from careermap.results.experience import Shown

__all__ = [
    "CHECK_OPENING",
    "as_check",
    "is_check",
    "own_country_licences",
    "own_licences",
    "unknown_only",
]


def own_country_licences(
    background: Background, taxonomy: Taxonomy, ambiguous: Mapping[str, tuple[str, ...]]
) -> tuple[str, ...]:
    """Return the person's licences from their own country that careermap does not know.

    For a person in a country no credential of the taxonomy is issued in or names a
    credential for (``countries``, ``in_place``: careermap does not know what its
    employers ask), a credential they wrote that is a licence or registration by its
    words (:func:`careermap.results.licences.is_registration`; not provisional), that
    names that country (or a territory licensing as it), and that holds no credential
    named for no country: its words may be a US licence's, but it is that country's.
    Without a country, none. Cached per taxonomy.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> lebanon = Background(country="LB", credentials=[
    ...     "Licence to practise as a psychologist, Ministry of Public Health (Lebanon)"])
    >>> own_country_licences(lebanon, load_taxonomy(), {})
    ('Licence to practise as a psychologist, Ministry of Public Health (Lebanon)',)
    >>> own_country_licences(lebanon.model_copy(update={"country": "CA"}), load_taxonomy(), {})
    ()
    """
    country = background.works_in
    if country is None or not background.credentials:
        return ()
    here = licensing_country(country)
    written = tuple(background.credentials)

    def build() -> tuple[str, ...]:
        if _knows(taxonomy, here):  # its credentials name what that country asks
            return ()
        return tuple(
            text
            for text in written
            if here in licensing_countries(countries_in(text))
            and is_registration(without_disclaimer(text))
            and not is_provisional(text)
            and not any(holds([text], c, ambiguous=ambiguous) for c in _unplaced(taxonomy))
        )

    key = "own-country-licences\x00" + country + "\x00" + "\x00".join(written)
    return derived(taxonomy, key, build)


def _knows(taxonomy: Taxonomy, country: str) -> bool:
    """Say whether a credential of *taxonomy* is issued in *country* or named in its place."""

    def build() -> bool:
        return any(country in c.countries or country in c.in_place for c in _every(taxonomy))

    return derived(taxonomy, "knows-country\x00" + country, build)


def _every(taxonomy: Taxonomy) -> tuple[Credential | CredentialDefinition, ...]:
    """Every credential of *taxonomy*: its ``credentials`` section's and its roles'."""
    written = (c for role in taxonomy.roles if role.entry for c in role.entry.written)
    return (*taxonomy.credentials, *written)


def _unplaced(taxonomy: Taxonomy) -> tuple[Credential | CredentialDefinition, ...]:
    """Return the credentials of *taxonomy* named for no country: any country's (cached)."""

    def build() -> tuple[Credential | CredentialDefinition, ...]:
        return tuple(c for c in _every(taxonomy) if not c.countries)

    return derived(taxonomy, "unplaced-credentials", build)


#: How a check on the person's own licence begins (:func:`as_check`).
CHECK_OPENING = "Ready if your "


def as_check(
    found: Readiness, unknown: Sequence[str], entry: Entry, shown: Shown | None = None
) -> Readiness:
    """Return *found* as a check where the person's own licence may be all a post asks.

    A ``needs`` verdict whose one long step is a licence careermap cannot name for the
    person's country (:func:`careermap.results.countries.is_unknown_name`), besides short
    steps, and whose summary asks whether a licence the person wrote (*unknown*: those
    careermap does not know) is it, becomes ``certify``: "Ready if your <licence> is what
    employers in <country> ask for ...". The licence must name a practice *entry*'s
    licences name other than therapy alone (:func:`~careermap.results.licences.same_practice`
    without it): an Italian psychotherapist's "Albo degli Psicologi" is no speech and
    language therapist's licence. Where the post's postings ask for experience of its
    work that the person's words do not show (*shown*; ``entry.experience``), as a need
    would have hidden, the verdict is ``experience``, the check after it. Any other
    verdict is returned as it is.

    Examples
    --------
    >>> asked = ("what employers in Malta ask for in place of a licence from the United "
    ...          "States (careermap does not know which; check with employers or the "
    ...          "regulator there)")
    >>> warrant = "Warrant to practise as a counsellor (Malta)"
    >>> needs = Readiness(verdict="needs", summary=f"Check whether your {warrant} is {asked}",
    ...                   needs=(asked,), gates=(Gate.LICENCE,))
    >>> from careermap import lookup_role
    >>> counsellor = lookup_role("mental-health-counsellor").entry
    >>> found = as_check(needs, [warrant], counsellor)
    >>> found.verdict, found.summary[:58]
    ('certify', 'Ready if your Warrant to practise as a counsellor (Malta) ')
    >>> as_check(needs, [], counsellor).verdict
    'needs'
    """
    if found.verdict != "needs" or not unknown or not found.needs:
        return found
    if not unknown_only(found):
        return found
    opening = "Check whether your "
    mine = next((t for t in unknown if found.summary.startswith(f"{opening}{t}")), None)
    licences = [c for c in entry.written if c.required and c.kind is CredentialKind.LICENCE]
    if mine is None or not same_practice([mine], licences, therapy=False):
        return found
    summary = CHECK_OPENING + found.summary.removeprefix(opening)
    asked = entry.experience
    if asked is not None and not asked.preferred and shown is not None and not shown.holds(asked):
        wanted = f"experience of {asked.of}"
        summary = (
            f"Needs {wanted} first: most postings ask for it, and nothing you wrote shows it; "
            f"then: {summary[0].lower()}{summary[1:]}"
        )
        update = {"verdict": "experience", "summary": summary, "needs": (wanted, *found.needs)}
        return found.model_copy(update={**update, "gates": ()})
    return found.model_copy(update={"verdict": "certify", "summary": summary, "gates": ()})


def own_licences(
    unknown: Sequence[str],
    background: Background,
    taxonomy: Taxonomy,
    ambiguous: Mapping[str, tuple[str, ...]],
) -> tuple[str, ...]:
    """Return *unknown* with :func:`own_country_licences` after it, each text once."""
    own = own_country_licences(background, taxonomy, ambiguous)
    return (*unknown, *(text for text in own if text not in unknown))


def unknown_only(found: Readiness) -> bool:
    """Say whether *found* needs only a licence careermap cannot name, besides short steps.

    A ``needs`` verdict with no degree missing whose first need is an
    :func:`~careermap.results.countries.unknown_name` and whose other needs are short steps.
    """
    return (
        found.verdict == "needs"
        and bool(found.needs)
        and is_unknown_name(found.needs[0])
        and found.missing_education is None
        and all(gate in (Gate.LICENCE, Gate.SHORT) for gate in found.gates)
    )


def is_check(found: Readiness) -> bool:
    """Say whether *found* is :func:`as_check`'s verdict: the person's own licence to check."""
    return found.verdict == "certify" and found.summary.startswith(CHECK_OPENING)
