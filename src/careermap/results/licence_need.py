"""What a post's licence asks of a person who holds none of its licences.

:func:`licensing_need` is the licensing part of
:func:`careermap.results.hiring.hiring_verdict`: an associate licence to practise under,
another UK nation's register to apply to, a lapsed licence to renew (with
:data:`RETURN_TO_PRACTICE`), a licence pending or a qualification toward one, or else the
licences asked where the person works, with the licences they wrote that careermap does
not know. :func:`programme` says what a qualification the person wrote leaves to a
credential, for licences and certifications alike.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from careermap.base.countries import country_name
from careermap.base.nations import NATIONS
from careermap.resolve.profile import Background
from careermap.results.countries import elsewhere, for_country, local_licences, local_names
from careermap.results.credentials import lapsed_holding, name_key, names_any
from careermap.results.licence_names import in_place_of, licence_notes
from careermap.results.licences import alternatives, same_practice
from careermap.results.nations import apply_to
from careermap.results.pending_step import pending_step
from careermap.results.programmes import gives_degree, on_programme, programme_step
from careermap.results.return_routes import return_route
from careermap.results.standing import is_pending, is_withdrawn, without_status
from careermap.results.supervision import practise_under_supervision
from careermap.taxonomy.models import Credential, Entry

__all__ = ["RETURN_TO_PRACTICE", "Licensing", "Step", "licensing_need", "programme"]

#: What renewing a lapsed licence takes after years away, said with every renewal
#: (twenty-second round: "renew" alone told a nurse twelve years off the register it was
#: paperwork). The NMC asks a nurse without 450 practice hours in three years to pass a
#: return to practice programme or its test of competence; the HCPC asks 30 days of
#: updating after two to five years out and 60 after more; US boards ask a refresher
#: course or supervised hours of a licence inactive for years.
RETURN_TO_PRACTICE = (
    "; after years out of practice, a return-to-practice course or supervised hours first"
)


class Licensing(NamedTuple):
    """What a post's licence asks of a person who holds none of its licences."""

    supervised: list[Credential]
    unsure: list[str]
    need: str | None
    renew: str | None
    notes: list[str]
    degree: bool = False  # the need is a programme in progress that gives the post's degree


def licensing_need(
    entry: Entry,
    licences: Sequence[Credential],
    background: Background,
    ambiguous: Mapping[str, tuple[str, ...]],
    unknown: Sequence[str],
    *,
    below: bool = False,
    moved: Mapping[str, str] | None = None,
) -> Licensing:
    """Say what the post's *licences* (none held; empty when one is) ask of the person.

    The licences they are completing under supervision (an associate licence); another UK
    nation's register held (*moved*), an application, a short step; a lapsed
    licence to renew with its regulator, a short step, not qualifying again
    (:func:`careermap.results.credentials.lapsed_holding`), unless it was suspended or
    revoked (reinstatement is the regulator's decision: a need); one they say is pending
    (in assessment, an exam booked), to complete, a short step; a qualification that
    leads to one (:mod:`careermap.results.programmes`): in progress, to finish, a need
    (with the post's degree, where the person is *below* it and it gives it), complete,
    to apply with, a short step; otherwise the licences asked where they work, as a need,
    and the licences they wrote that careermap does not know, of the same practice, which
    the summary asks them to check; and the notes.
    """
    if not licences:
        return Licensing([], [], None, None, [])
    supervised = practise_under_supervision(entry, licences, background.credentials)
    asked = local_licences(licences, background.works_in)
    notes = licence_notes(licences, background.works_in) if asked else []
    for licence in licences:
        if moved and licence.name in moved and background.region in NATIONS:  # results.nations
            way: _Way | None = _Way(None, apply_to(moved[licence.name], background.region), False)
            break
        text = lapsed_holding(background.credentials, licence, ambiguous=ambiguous)
        if text is not None and is_withdrawn(text):  # no renewal: the regulator decides
            need = f"reinstatement of your {text!r} by its regulator, if it allows it"
            return Licensing(supervised, [], need, None, notes)
        if text is not None:
            renew = _renewal(text, licence, background.works_in)
            return Licensing(supervised, [], None, renew, notes)
        text = lapsed_holding(
            background.credentials, licence, ambiguous=ambiguous, standing=is_pending
        )
        if text is not None:  # the person's own route to it, under way
            way = _Way(None, pending_step(text), degree=False)  # "pass the ... exam (booked)"
            break
    else:  # a qualification toward one, unless they practise under supervision already,
        # or wrote a licence of the same practice careermap does not know (the check asks)
        studying = asked and not supervised and not any(same_practice(unknown, licences))
        way = _on_the_way(entry, licences, background, below=below) if studying else None
    if way is not None:
        return Licensing(supervised, [], way.need, way.renew, notes, way.degree)
    if supervised or not asked:
        return Licensing(supervised, [], None, None, notes)
    unsure = list(same_practice(unknown, licences))
    notes += [
        f"{text!r} is a licence careermap does not know: it may be accepted in place of "
        f"{in_place_of(licences, background.works_in)}; check with the employer or the "
        "regulator where you want to work"
        for text in unsure
    ]
    # The person's nearest route first: a licence of the practice their field or
    # credentials name (review 34 P6).
    near = [*([background.field] if background.field else []), *background.credentials]
    return Licensing(supervised, unsure, alternatives(asked, near=near), None, notes)


class _Way(NamedTuple):
    """A licence the person is on the way to: a need or a short step (``_on_the_way``)."""

    need: str | None
    renew: str | None
    degree: bool


def _on_the_way(
    entry: Entry, licences: Sequence[Credential], background: Background, *, below: bool
) -> _Way | None:
    """Return what is left of a licence the person studies toward, if they do.

    A qualification that leads to one (:func:`programme`): in progress, to finish, a
    need; complete, to apply with, a short step.
    """
    for licence in licences:
        step = programme(entry, licence, background, below=below)
        if step is not None and step.pending:
            return _Way(step.step, None, step.degree)
        if step is not None:
            return _Way(None, step.step, degree=False)
    return None


class Step(NamedTuple):
    """What a qualification leading to a credential leaves to do (``programme_step``)."""

    step: str
    pending: bool
    degree: bool


def programme(
    entry: Entry, credential: Credential, background: Background, *, below: bool
) -> Step | None:
    """Return the step a qualification the person wrote leaves to *credential*, if any.

    The credential named as the person's country asks it; the post's degree said with a
    programme in progress where the person is *below* it and the programme gives it.
    """
    country = background.works_in
    found = on_programme(background.credentials, credential, country)
    if found is None:
        return None
    local = for_country(credential, country) or credential
    degree = below and found.pending and gives_degree(found, credential, entry, country)
    step = programme_step(found, local, entry.education if degree else None, country)
    return Step(step, found.pending, degree)


def _renewal(text: str, licence: Credential, country: str | None) -> str:
    """Say to renew the lapsed *text*, naming the licence it is in *country* if it does not.

    The licence by the names a post in *country* asks for (``in_place``), not the US
    name the taxonomy files it under; none at all where *text* already writes one of them.

    Examples
    --------
    >>> lpc = Credential(name="LPC", kind="licence", countries=("US",),
    ...                  equivalents=("BACP registered", "UKCP registered"),
    ...                  in_place={"GB": ("BACP registered", "UKCP registered")})
    >>> def step(text, country):
    ...     return _renewal(text, lpc, country).removesuffix(RETURN_TO_PRACTICE)
    >>> step("BACP registered (lapsed)", "GB")
    "renew your 'BACP registered (lapsed)' with its regulator"
    >>> step("BACP member (lapsed)", "GB")
    "renew your 'BACP member (lapsed)' with its regulator (BACP registered or UKCP registered)"
    >>> step("LPC (expired)", "US")
    "renew your 'LPC (expired)' with its regulator"
    >>> step("Counselor licence (expired)", None).endswith("with its regulator (LPC)")
    True
    >>> _renewal("LPC (expired)", lpc, "US")
    "renew your 'LPC (expired)' with its regulator; after years out of practice, \
a return-to-practice course or supervised hours first"

    The licence itself, lapsed, where another country asks something in its place: that
    is applied for (thirty-first round, review 30 (d)).

    >>> _renewal("LPC (expired)", lpc, "GB")
    "apply for BACP registered or UKCP registered, which employers in the United Kingdom \
ask for in place of LPC (not a renewal of your 'LPC (expired)')"

    Where careermap knows the country's regulator and its rule for the licence
    (:func:`careermap.results.return_routes.return_route`), the step names them:

    >>> rn = Credential(name="Registered Nurse (RN)", kind="licence")
    >>> _renewal("Registered Nurse, NCNZ (lapsed 2017)", rn, "NZ")
    'renew your practising certificate with the Nursing Council of New Zealand; out of \
practice five years or more, its competence assessment programme first (Health \
Practitioners Competence Assurance Act 2003, s 27)'
    """
    local = local_names(licence, country) if country and elsewhere(licence, country) else ()
    if local and country and names_any(without_status(text), (licence.name, *licence.also)):
        # The licence as issued abroad (an HCPC registration in Ireland, where arts
        # therapists have no statutory register): what is asked there is applied for.
        return (
            f"apply for {' or '.join(local)}, which employers in {country_name(country)} ask "
            f"for in place of {licence.name} (not a renewal of your {text!r})"
        )
    # The country's own regulator and rule, named (review41 P11), by the post's licence or
    # the person's own register (a Welsh social worker's, where the post names all four).
    route = return_route(licence.name, country) or return_route(text, country)
    if route is not None:
        return f"renew your {route.renewed} with {route.regulator}; {route.rule}"
    # Where it is issued, it goes by its name and its ``also`` names.
    written = set(name_key(without_status(text)).split())
    named = local or (licence.name, *licence.also)
    step = f"renew your {text!r} with its regulator"
    if not any(set(key.split()) == written for key in map(name_key, named) if key):
        step += f" ({' or '.join(local or (licence.name,))})"
    return step + RETURN_TO_PRACTICE
