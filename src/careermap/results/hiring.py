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
from typing import TYPE_CHECKING

from careermap.resolve.profile import Background
from careermap.results.countries import elsewhere, for_country, unregulated
from careermap.results.credentials import holds, unclear
from careermap.results.degree_pending import degree_on_the_way
from careermap.results.degree_route import degree_need, route, with_route, with_school
from careermap.results.degree_subject import subject_need
from careermap.results.education import education_level, school_by_work
from careermap.results.licence_need import RETURN_TO_PRACTICE, licensing_need, programme
from careermap.results.licence_routes import for_hiring, licensed_route
from careermap.results.licences import same_practice
from careermap.results.lived import lived_need
from careermap.results.needs_summary import needs_summary
from careermap.results.open_verdict import open_verdict
from careermap.results.programme_need import programme_need
from careermap.results.reserved import counted_licences
from careermap.results.supervision import in_training
from careermap.results.verdict import Gate, Readiness
from careermap.taxonomy.lived import LivedKind
from careermap.taxonomy.models import Credential, CredentialKind, Education, Entry, Seniority

if TYPE_CHECKING:
    from careermap.results.experience import Shown

__all__ = ["RETURN_TO_PRACTICE", "hiring_verdict", "with_usual"]

_EDUCATION = list(Education)


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
    # A post the law reserves there to one licence's holders: only it counts (review42 P8).
    licences = counted_licences([c for c in required if c.kind is CredentialKind.LICENCE], country)
    licensed = any(held(c) for c in licences)
    unlicensed = [] if licensed else licences  # none held: all missing
    person = education_level(background)
    below = person is not None and _EDUCATION.index(person) < _EDUCATION.index(entry.education)
    met = licensed_route(entry, background.credentials, country, ambiguous, held=licensed)
    # The licence met the degree: what hiring still prefers is said beside the verdict.
    preferred = [c.meets_degree for c in licences if below and met and c.meets_degree and held(c)]
    work = route(entry, background, shown) if below and not met else None
    # A school diploma an adult's years of work meet: a yes with its note (with_school).
    schooled = school_by_work(entry.education, background) if below and not met else None
    lacks = below and not met and work is None and schooled is None
    # The degree said as the programmes a registration asks, where they give it.
    named = programme_need(entry, country) if lacks else None
    # A degree the person is studying for is the route they named (thirty-ninth round).
    studying = degree_on_the_way(background.credentials, entry.education) if lacks else None
    degree = (studying or named or degree_need(entry, background, shown)) if lacks else None
    # The level held, the subject not: "a degree in psychology" (review43 P2).
    subject = subject_need(entry, background, ambiguous)
    needs += [need for need in (degree, subject) if need]
    licensing = licensing_need(
        entry, unlicensed, background, ambiguous, unknown, below=lacks, moved=moved or {}
    )
    supervised, unsure = licensing.supervised, licensing.unsure
    needs += [licensing.need] if licensing.need else []
    notes += licensing.notes
    # Asked nowhere in the person's country, the practice unregulated there: said plainly,
    # whatever the verdict (review 34 P1).
    notes += (plain := unregulated(required, country))
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
        and (step := programme(entry, c, background, below=lacks))
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
        summary = needs_summary(needs, short, unsure, country)
        # What each need but the degree is, in their order (results.gates counts them).
        gates = (
            (Gate.SUBJECT,) * bool(subject)
            + (Gate.LICENCE,) * bool(licensing.need)
            + (Gate.LIVED,) * bool(lacking)
            + (Gate.CERTIFICATION,) * len(certifying)
            + (Gate.SHORT,) * len(short)
        )
        return Readiness(
            verdict="needs",
            summary=summary,
            needs=(*needs, *short),
            notes=tuple(notes),
            missing_education=entry.education if degree else None,
            gates=gates,
        )
    opened = open_verdict(
        entry,
        background,
        shown,
        above,
        supervised=supervised,
        short=short,
        notes=notes,
        current=current,
    )
    opened = _noted(opened, [*plain, *preferred])
    if schooled is not None:
        return with_school(opened, entry, schooled)
    return opened if work is None else with_route(opened, entry, work)


def _noted(found: Readiness, notes: Sequence[str]) -> Readiness:
    """Add to *found*'s notes those of *notes* it does not say yet."""
    said = [note for note in notes if note not in found.notes]
    return found.model_copy(update={"notes": (*found.notes, *said)}) if said else found


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
