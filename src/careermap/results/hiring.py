"""Hiring: what stands between a person and a post they do not hold, most costly first.

:func:`hiring_verdict` is the body of :func:`careermap.results.readiness.assess` for a
post that is not the person's current job: the degree, licence, lived experience and
certifications the post requires (named with their notes and, for a certification that
takes supervised practice, its hours), then experience of the kind of work the post's
postings ask for, then a short step (a certification, or practice under supervision on
an associate licence), then the level of the job against the person's experience
(:func:`careermap.results.rungs.level`). :mod:`careermap.results.readiness` adds what is
said of every post (recognition abroad, lived experience, conditions to avoid).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from careermap.base.countries import (
    countries_in,
    country_name,
    licensing_countries,
    licensing_country,
)
from careermap.resolve.profile import Background
from careermap.results.countries import (
    elsewhere,
    for_country,
    is_unknown_name,
    local_licences,
    local_names,
)
from careermap.results.credentials import (
    holds,
    is_lapsed,
    lapsed_holding,
    name_key,
    names_any,
    unclear,
)
from careermap.results.degree_route import degree_need, route, with_route, with_school
from careermap.results.education import education_level, school_by_work
from careermap.results.issuers import place_countries
from careermap.results.licence_names import in_place_of, licence_notes
from careermap.results.licence_routes import for_hiring, licence_meets_degree
from careermap.results.licences import alternatives, same_practice
from careermap.results.lived import lived_need
from careermap.results.nations import apply_to
from careermap.results.pending_step import pending_step
from careermap.results.programme_need import programme_need
from careermap.results.programmes import gives_degree, on_programme, programme_step
from careermap.results.rungs import below_by_years, level
from careermap.results.standing import is_pending, is_withdrawn, without_status
from careermap.results.supervision import in_training, practise_under_supervision
from careermap.results.verdict import Gate, Readiness
from careermap.taxonomy.lived import LivedKind
from careermap.taxonomy.models import Credential, CredentialKind, Education, Entry, Seniority

if TYPE_CHECKING:
    from careermap.results.experience import Shown

__all__ = ["RETURN_TO_PRACTICE", "hiring_verdict", "with_usual"]

#: What renewing a lapsed licence takes after years away, said with every renewal
#: (twenty-second round: "renew" alone told a nurse twelve years off the register it was
#: paperwork). The NMC asks a nurse without 450 practice hours in three years to pass a
#: return to practice programme or its test of competence; the HCPC asks 30 days of
#: updating after two to five years out and 60 after more; US boards ask a refresher
#: course or supervised hours of a licence inactive for years.
RETURN_TO_PRACTICE = (
    "; after years out of practice, a return-to-practice course or supervised hours first"
)
_EDUCATION = list(Education)


class _Licensing(NamedTuple):
    """What a post's licence asks of a person who holds none of its licences."""

    supervised: list[Credential]
    unsure: list[str]
    need: str | None
    renew: str | None
    notes: list[str]
    degree: bool = False  # the need is a programme in progress that gives the post's degree


def _unlicensed(
    entry: Entry,
    licences: Sequence[Credential],
    background: Background,
    ambiguous: Mapping[str, tuple[str, ...]],
    unknown: Sequence[str],
    *,
    below: bool = False,
    moved: Mapping[str, str] | None = None,
) -> _Licensing:
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
        return _Licensing([], [], None, None, [])
    supervised = practise_under_supervision(entry, licences, background.credentials)
    asked = local_licences(licences, background.works_in)
    notes = licence_notes(licences, background.works_in) if asked else []
    for licence in licences:
        if moved and licence.name in moved and background.region:  # results.nations
            way: _Way | None = _Way(None, apply_to(moved[licence.name], background.region), False)
            break
        text = lapsed_holding(background.credentials, licence, ambiguous=ambiguous)
        if text is not None and is_withdrawn(text):  # no renewal: the regulator decides
            need = f"reinstatement of your {text!r} by its regulator, if it allows it"
            return _Licensing(supervised, [], need, None, notes)
        if text is not None:
            renew = _renewal(text, licence, background.works_in)
            return _Licensing(supervised, [], None, renew, notes)
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
        return _Licensing(supervised, [], way.need, way.renew, notes, way.degree)
    if supervised or not asked:
        return _Licensing(supervised, [], None, None, notes)
    unsure = list(same_practice(unknown, licences))
    notes += [
        f"{text!r} is a licence careermap does not know: it may be accepted in place of "
        f"{in_place_of(licences, background.works_in)}; check with the employer or the "
        "regulator where you want to work"
        for text in unsure
    ]
    return _Licensing(supervised, unsure, alternatives(asked), None, notes)


class _Way(NamedTuple):
    """A licence the person is on the way to: a need or a short step (``_on_the_way``)."""

    need: str | None
    renew: str | None
    degree: bool


def _on_the_way(
    entry: Entry, licences: Sequence[Credential], background: Background, *, below: bool
) -> _Way | None:
    """Return what is left of a licence the person studies toward, if they do.

    A qualification that leads to one (:func:`_programme`): in progress, to finish, a
    need; complete, to apply with, a short step.
    """
    for licence in licences:
        step = _programme(entry, licence, background, below=below)
        if step is not None and step.pending:
            return _Way(step.step, None, step.degree)
        if step is not None:
            return _Way(None, step.step, degree=False)
    return None


class _Step(NamedTuple):
    """What a qualification leading to a credential leaves to do (``programme_step``)."""

    step: str
    pending: bool
    degree: bool


def _programme(
    entry: Entry, credential: Credential, background: Background, *, below: bool
) -> _Step | None:
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
    return _Step(step, found.pending, degree)


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
    """
    local = local_names(licence, country) if country and elsewhere(licence, country) else ()
    if local and country and names_any(without_status(text), (licence.name, *licence.also)):
        # The licence as issued abroad (an HCPC registration in Ireland, where arts
        # therapists have no statutory register): what is asked there is applied for.
        return (
            f"apply for {' or '.join(local)}, which employers in {country_name(country)} ask "
            f"for in place of {licence.name} (not a renewal of your {text!r})"
        )
    # Where it is issued, it goes by its name and its ``also`` names.
    written = set(name_key(without_status(text)).split())
    named = local or (licence.name, *licence.also)
    step = f"renew your {text!r} with its regulator"
    if not any(set(key.split()) == written for key in map(name_key, named) if key):
        step += f" ({' or '.join(local or (licence.name,))})"
    return step + RETURN_TO_PRACTICE


def hiring_verdict(
    entry: Entry | None,
    background: Background | None,
    ambiguous: Mapping[str, tuple[str, ...]],
    shown: Shown | None = None,
    unknown: Sequence[str] = (),
    *,
    above: Sequence[str] = (),
    lived: Sequence[LivedKind] = (),
    current: Seniority | None = None,
    moved: Mapping[str, str] | None = None,
) -> Readiness | None:
    """Return the verdict on a post the person does not hold (``None`` without both).

    *ambiguous* are the abbreviations two of the taxonomy's credentials spell out
    differently; *unknown* the licences the person wrote that careermap does not know;
    *above* what :func:`careermap.results.scope.licensed_above` found; *lived* the kinds
    of lived experience the person's credentials show; *current* the seniority of the role
    their job title names (:func:`careermap.results.rungs.level`); *moved* the licences held
    only by another UK nation's register (:func:`careermap.results.nations.moved_registers`).
    The verdicts, most costly first, are those :mod:`careermap.results.readiness`
    describes. A credential is held by the names the person's country takes in its place,
    and a licence meets the post's degree by that country's route
    (:mod:`careermap.results.licence_routes`).
    """
    if entry is None or background is None:
        return None
    country = background.works_in
    entry = for_hiring(entry, country)

    def held(credential: Credential) -> bool:
        return holds(background.credentials, credential, ambiguous=ambiguous)

    needs: list[str] = []
    notes: list[str] = []
    required = [c for c in entry.written if c.required]
    licences = [c for c in required if c.kind is CredentialKind.LICENCE]
    licensed = any(held(c) for c in licences)
    unlicensed = [] if licensed else licences  # none held: all missing
    person = education_level(background)
    below = person is not None and _EDUCATION.index(person) < _EDUCATION.index(entry.education)
    met = licensed and licence_meets_degree(entry, background.credentials, country, ambiguous)
    # The licence met the degree: what hiring still prefers is said beside the verdict.
    preferred = [c.meets_degree for c in licences if below and met and c.meets_degree and held(c)]
    work = route(entry, background, shown) if below and not met else None
    # A school diploma an adult's years of work meet: a yes with its note (with_school).
    schooled = school_by_work(entry.education, background) if below and not met else None
    lacks = below and not met and work is None and schooled is None
    # The degree said as the programmes a registration asks, where they give it.
    named = programme_need(entry, country) if lacks else None
    degree = (named or degree_need(entry, background, shown)) if lacks else None
    needs += [degree] if degree else []
    licensing = _unlicensed(
        entry, unlicensed, background, ambiguous, unknown, below=lacks, moved=moved or {}
    )
    supervised, unsure = licensing.supervised, licensing.unsure
    needs += [licensing.need] if licensing.need else []
    notes += licensing.notes
    # The kinds the person's own texts state count for a yes that said none (review 30 P6).
    written, texts = (shown.lived, shown.lived_texts) if shown is not None else ((), ())
    lacking = lived_need(entry, background, certified=lived, written=written, texts=texts)
    needs += [lacking] if lacking else []
    unheld = [c for c in required if c.kind is not CredentialKind.LICENCE and not held(c)]
    notes += [f"{c.name}: {c.note}" for c in unheld if c.note and for_country(c, country)]
    notes += _unclear_notes(background.credentials, [*unheld, *unlicensed], ambiguous)
    missing = [found for c in unheld if (found := for_country(c, country)) is not None]
    # A certification that takes months of supervised practice (an internship) is no
    # short step: it is named among the needs, with its hours; unless the person is its
    # registered trainee, who does the work under supervision while completing it.
    training = in_training(entry, missing, background.credentials)
    supervised = [*supervised, *training]
    # A qualification that leads to one: in progress, a need; complete, a short step
    # (unless they wrote a credential of the same practice careermap does not know).
    steps = {
        c.name: step
        for c in missing
        if c not in training
        and not same_practice(unknown, [c])
        and (step := _programme(entry, c, background, below=lacks))
    }
    certifying = [
        step.step if step is not None else _with_hours(c, country)
        for c in missing
        if ((step := steps.get(c.name)) is not None and step.pending)
        or (step is None and c.supervised_hours and c not in training)
    ]
    needs += certifying
    # The post's degree, where a programme in progress that gives it is said instead.
    if degree and (licensing.degree or any(step.degree for step in steps.values())):
        needs.remove(degree)
        degree = None
    # Short steps: renewing a lapsed licence or applying with a qualification, then
    # certifications without an internship.
    short = [
        *([licensing.renew] if licensing.renew else []),
        *(s.step for s in steps.values() if not s.pending),
        *(c.name for c in missing if not c.supervised_hours and c.name not in steps),
    ]
    if needs:
        summary = _needs_summary(needs, short, unsure, country)
        # What each need but the degree is, in their order (results.gates counts them).
        gates = (Gate.LICENCE,) * bool(licensing.need) + (Gate.LIVED,) * bool(lacking)
        gates += (Gate.CERTIFICATION,) * len(certifying) + (Gate.SHORT,) * len(short)
        return Readiness(
            verdict="needs",
            summary=summary,
            needs=(*needs, *short),
            notes=tuple(notes),
            missing_education=entry.education if degree else None,
            gates=gates,
        )
    opened = _open(
        entry,
        background,
        shown,
        above,
        supervised=supervised,
        short=short,
        notes=notes,
        current=current,
    )
    if preferred:
        opened = opened.model_copy(update={"notes": (*opened.notes, *preferred)})
    if schooled is not None:
        return with_school(opened, entry, schooled)
    return opened if work is None else with_route(opened, entry, work)


def _open(
    entry: Entry,
    background: Background,
    shown: Shown | None,
    above: Sequence[str],
    *,
    supervised: Sequence[Credential],
    short: Sequence[str],
    notes: Sequence[str],
    current: Seniority | None = None,
) -> Readiness:
    """Say what a post is for a person who lacks no degree, licence or lived experience.

    Experience the post's postings ask for, then practice under supervision on an
    associate licence, then short steps and the level of the job (:func:`_short`).
    """
    experience = entry.experience
    # Experience postings only prefer is named by assess, never asked here.
    if (
        experience is not None
        and not experience.preferred
        and shown is not None
        and not shown.holds(experience)
    ):
        # Time in the work, or with the people, before the post: a step, not a course.
        wanted = f"experience of {experience.of}"
        summary = f"Needs {wanted} first: most postings ask for it, and nothing you wrote shows it"
        then = [" or ".join(c.name for c in supervised)] if supervised else []
        then += list(short)
        if then:
            summary += "; then: " + "; ".join(then)
        named = (wanted, *then)
        return Readiness(verdict="experience", summary=summary, needs=named, notes=tuple(notes))
    if supervised:
        named = (" or ".join(c.name for c in supervised), *short)
        summary = "Ready to practise under supervision while completing: " + "; ".join(named)
        return Readiness(verdict="certify", summary=summary, needs=named, notes=tuple(notes))
    return _short(entry, background, shown, above, short=short, notes=notes, current=current)


def _short(
    entry: Entry,
    background: Background,
    shown: Shown | None,
    above: Sequence[str],
    *,
    short: Sequence[str],
    notes: Sequence[str],
    current: Seniority | None = None,
) -> Readiness:
    """Say what a post the person lacks only short steps for (*short*) is for them.

    A short course does not change how far a post sits from the person's years: an
    addiction counsellor of 18 years is told a recovery coach post is a step down,
    certification or not, and a post two rungs up is a step up (twenty-first round).
    Steps down by education or O*NET zone keep "Ready after a short step": a peer post is
    entered by lived experience, not a degree, and a trainer's post asking a course (MHFA
    instructor) is a move counsellors advise experienced clinicians to take.
    """
    at = _at_level(entry, background, shown, above, current)
    if not short:
        return at
    named = tuple(short)
    down = at.verdict == "step-down" and below_by_years(entry, background, current)
    if at.verdict == "step-up" or down:
        summary = f"{at.summary}; also a short step: " + "; ".join(named)
        return at.model_copy(update={"summary": summary, "needs": (*at.needs, *named)})
    summary = "Ready after a short step: " + "; ".join(named)
    return Readiness(verdict="certify", summary=summary, needs=named, notes=tuple(notes))


def _at_level(
    entry: Entry,
    background: Background,
    shown: Shown | None,
    above: Sequence[str],
    current: Seniority | None = None,
) -> Readiness:
    """Say how the person's years and level meet a post they hold every credential for.

    *current*: the seniority of the role the person's job title names, if any.
    """
    experience = entry.experience
    # Years of another job do not reach the level of a post that counts years of its own
    # work (Experience.years: a crisis line supervisor's years on the lines).
    elsewhere = experience is not None and shown is not None and not shown.in_job(experience)
    # Or years of that work under another title, before the current job or beside it.
    past = shown.years_in(experience) if experience is not None and shown is not None else None
    # Other helping work counts towards the rung a post asks for (rungs.helping_years).
    before = shown.past if shown is not None else ()
    found = level(
        entry, background, above, elsewhere=elsewhere, past=past, current=current, before=before
    )
    return found or Readiness(verdict="ready", summary="Ready now")


def _needs_summary(
    needs: Sequence[str], short: Sequence[str], unsure: Sequence[str], country: str | None
) -> str:
    """Say what a post needs, the check first where the person's own licence may do.

    *unsure* are the licences the person wrote that careermap does not know, of the
    practice the post's missing licences are for. Where the licence is all the post
    needs (besides short steps), the check comes first: the person may already hold what
    the post takes, so the next step is to ask, not to qualify again. The verdict stays
    ``needs``: the taxonomy cannot say the licence is accepted. With the person's
    *country* it names it ("accepted in Iceland"): "where you want to work" had read as
    if a social worker licensed at home had moved (twenty-first round). Where every such
    licence names the person's own country or one of its states or provinces ("Licensed
    Addiction Counselor (LAC), Kansas ..." for a person in the United States), it is not
    foreign, so the check does not ask whether it is accepted there: careermap could not
    tell whether it is the licence the post asks for (twenty-sixth round).

    Examples
    --------
    >>> needs = ["Certified Alcohol and Drug Counselor (CADC) or licence"]
    >>> _needs_summary(needs, [], ["Addiction Counselor licence (Kansas)"], "US")
    'Check with the employer or the regulator: careermap could not tell whether your \
Addiction Counselor licence (Kansas) counts as Certified Alcohol and Drug Counselor (CADC) \
or licence, which the post asks for'
    >>> _needs_summary(needs, [], ["Addiction Counselor licence (Kansas)"], "GB")[:60]
    'Check whether your Addiction Counselor licence (Kansas) is a'
    """
    if not unsure:
        return "Needs " + "; ".join([*needs, *short])
    # A lapsed licence may be accepted once it is current again (is_lapsed).
    mine = " or ".join(f"{text}, once renewed," if is_lapsed(text) else text for text in unsure)
    then = f"; also needs {'; '.join(short)}" if short else ""
    asked_once = len(needs) == 1 and is_unknown_name(needs[0])  # "is what employers ..."
    here = licensing_country(country) if country is not None else None
    if here is not None and not asked_once and all(here in _places(t) for t in unsure):
        if len(needs) == 1:
            return (
                f"{_ASK}: careermap could not tell whether your {mine} counts as {needs[0]}, "
                f"which the post asks for{then}"
            )
        own = f"careermap could not tell whether your {mine} counts as the licence asked"
        return "Needs " + "; ".join([*needs, *short]) + f"; {own}: {_ASK.lower()}"
    where = "where you want to work" if country is None else f"in {country_name(country)}"
    check = f"check whether your {mine} is accepted {where}"
    if len(needs) == 1:
        if is_unknown_name(needs[0]):  # asked once: "is what employers in ... ask for"
            return f"Check whether your {mine} is {needs[0]}{then}"
        return f"{check[0].upper()}{check[1:]} in place of {needs[0]}{then}"
    return "Needs " + "; ".join([*needs, *short]) + f"; {check}"


_ASK = "Check with the employer or the regulator"


def _places(text: str) -> frozenset[str]:
    """Return the countries *text* names, by their names or by a state's or province's."""
    return licensing_countries(countries_in(text) | place_countries(text))


def _with_hours(credential: Credential, country: str | None) -> str:
    """Name *credential* with its hours ("... (600 hours of supervised practice)").

    The hours are those of the credential's own route: a person in a country where it is
    not issued is asked for what is asked there in its place (``for_country``: FDAP
    accreditation or BACP registration for a UK person, in place of the US CADC), named
    without the US hours. The verdict is still ``needs``: those routes take supervised
    practice too, and the role's note says what they ask.
    """
    if elsewhere(credential, country):
        return credential.name
    return f"{credential.name} ({credential.supervised_hours:,} hours of supervised practice)"


def _unclear_notes(
    person: Sequence[str],
    missing: Sequence[Credential],
    ambiguous: Mapping[str, tuple[str, ...]],
) -> list[str]:
    """Ask about each credential the person wrote that may be a missing one, but is unclear."""
    notes: list[str] = []
    for credential in missing:
        for text, names in unclear(person, credential, ambiguous).items():
            note = (
                f"{text!r} may be {' or '.join(names)}, so it is not counted as "
                f"{credential.name}: write the credential out to count it"
            )
            if note not in notes:
                notes.append(note)
    return notes


def with_usual(
    found: Readiness,
    entry: Entry,
    background: Background,
    ambiguous: Mapping[str, tuple[str, ...]],
) -> Readiness:
    """Name the preferred credentials most employers or clients look for, if not held.

    A credential a role marks ``usual`` (``required: false``: a life coach's coaching
    credential, in an unregulated field) is no condition of hire, so the verdict keeps its
    tier ("Ready now" stays ``ready``), but a person without it is told, in one clause,
    that most employers and clients look for it, with the role's note on how it is earned.
    """
    country = background.works_in
    usual = [
        shown
        for c in entry.written
        if c.usual
        and not holds(background.credentials, c, ambiguous=ambiguous)
        and (shown := for_country(c, country)) is not None
    ]
    if not usual:
        return found
    clause = "most employers and clients look for: " + "; ".join(c.name for c in usual)
    notes = [f"{c.name}: {c.note}" for c in usual if c.note]
    update = {
        "summary": f"{found.summary}; {clause}",
        "notes": (*found.notes, *(n for n in notes if n not in found.notes)),
    }
    return found.model_copy(update=update)
