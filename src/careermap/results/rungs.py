"""Steps up and down: the level of a post against the person's (``step-up``, ``step-down``).

Part of the readiness verdict (:mod:`careermap.results.readiness`), judged only when
no degree, licence, lived experience, certification or experience of the work is
missing. A post is a step up when it sits two or more rungs (entry, mid, senior, lead)
above what the person's years of experience reach (with their years of other helping
work, :func:`helping_years`); a step down when it asks for no licence in a field whose
licence sets the level of the work and the person holds one (a step down in scope,
:mod:`careermap.results.scope`), when it sits three or more rungs below (by the years
of a job whose title names a role, or with no title given), or when it asks for much
less preparation than the person's education gives (two O*NET job zones, or for an
experienced person two education levels for an entry-level post), unless the person
wrote that their degree is not recognised where they work
(:mod:`careermap.results.recognised`). docs/scoring.md, readiness, has the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from careermap.base.years import years as years_said
from careermap.base.years import years_of
from careermap.resolve.profile import Background
from careermap.results.education import DEGREE_NAMES, education_held, education_level
from careermap.results.recognised import unrecognised_degree
from careermap.results.verdict import Readiness
from careermap.taxonomy.models import Education, Entry, Experience, Seniority

if TYPE_CHECKING:  # experience imports readiness, which imports this module
    from careermap.results.experience import PastRole

__all__ = [
    "EDUCATION_GAP",
    "EXPERIENCED_YEARS",
    "STARTER_YEARS",
    "STEP",
    "STEP_DOWN",
    "ZONE_GAP",
    "below_by_years",
    "education_rungs",
    "helping_years",
    "level",
    "starter_pay",
    "years_rung",
]

_SENIORITY = list(Seniority)
#: Rungs of the career ladder a person has reached, by years of experience.
_YEARS_TO_RUNG = ((3, Seniority.ENTRY), (8, Seniority.MID), (15, Seniority.SENIOR))
#: Rungs between a role and a person that make a step up.
STEP = 2
#: Rungs a role sits below a person's experience that make a step down: experience in
#: one field buys less in another, so a senior clinician moving to an entry-level post
#: in a new field (intake, parent education) is a change of field, not a step down; a
#: director or lead (15 years or more) taking an entry-level post is.
STEP_DOWN = 3
#: Years from which an entry-level post, even in a new field, is named as one: the pay and
#: tasks of a starter, after the years the person has (a counsellor's review, twenty-first
#: round: 67 of 480 top-five entries were entry-level posts shown to people of 8 years or
#: more as "Ready now" and nothing else).
STARTER_YEARS = 8
#: Job zones between what a person's education prepares for and a role's, that make a
#: step down.
ZONE_GAP = 2
#: Years from which a person counts as experienced for an entry-level role.
EXPERIENCED_YEARS = 3
#: The O*NET job zone a person's education prepares for.
_EDUCATION_ZONE = {
    Education.NONE: 1,
    Education.SECONDARY: 2,
    Education.CERTIFICATE: 3,
    Education.ASSOCIATE: 3,
    Education.BACHELOR: 4,
    Education.MASTER: 5,
    Education.DOCTORATE: 5,
}
#: What an O*NET job zone's occupations usually ask for, in O*NET's own words
#: (O*NET OnLine, "Job Zones": "Some Preparation Needed: ... usually require a high school
#: diploma"; zone 3 "training in vocational schools, related on-the-job experience, or an
#: associate's degree"; zone 4 "a four-year bachelor's degree"; zone 5 "graduate school").
_ZONE_WORDS = {
    1: "most people enter with little or no preparation",
    2: "most people enter with a secondary school diploma",
    3: "most people enter with vocational training, on-the-job experience or an associate degree",
    4: "most people enter with a bachelor's degree",
    5: "most people enter after graduate school",
}
#: Education levels between a person and an entry-level role that make a step down for
#: an experienced person (a graduate taking an aide's post, a PhD an assistant's).
EDUCATION_GAP = 2
#: The rung of each education level, for that count. A post-secondary certificate and an
#: associate degree (a two-year college diploma) are one rung: O*NET puts both in job
#: zone 3, the one above a secondary diploma's, so a post asking for a secondary diploma
#: is one rung below either, not a step down for someone with a college diploma.
_EDUCATION_RUNG = {
    Education.NONE: 0,
    Education.SECONDARY: 1,
    Education.CERTIFICATE: 2,
    Education.ASSOCIATE: 2,
    Education.BACHELOR: 3,
    Education.MASTER: 4,
    Education.DOCTORATE: 5,
}


def education_rungs(person: Education, asked: Education) -> int:
    """Return the education levels *asked* sits above *person* (0 when none).

    A post-secondary certificate and an associate degree are one level, as for a step
    down by education.

    Examples
    --------
    >>> education_rungs(Education.CERTIFICATE, Education.MASTER)
    2
    >>> education_rungs(Education.CERTIFICATE, Education.ASSOCIATE)
    0
    """
    return max(0, _EDUCATION_RUNG[asked] - _EDUCATION_RUNG[person])


def _rung(years: float) -> int:
    for limit, rung in _YEARS_TO_RUNG:
        if years < limit:
            return _SENIORITY.index(rung)
    return _SENIORITY.index(Seniority.LEAD)


def years_rung(years: float) -> Seniority:
    """Return the rung of the career ladder *years* of experience reach.

    Examples
    --------
    >>> years_rung(2).value, years_rung(9).value, years_rung(20).value
    ('entry', 'senior', 'lead')
    """
    return _SENIORITY[_rung(years)]


def _step_up(
    entry: Entry, years: float | None, asked: Experience | None, past: PastRole | None
) -> Readiness:
    """Say why *entry* is a step up: the years, or (*asked*) years of other work.

    *past*: the person's other work that shows *asked*'s, too short to count.
    """
    if asked is None:
        return Readiness(
            verdict="step-up",
            summary=f"A step up: a {entry.seniority.value}-level role after {years_said(years)}",
        )
    are = "is" if years == 1 else "are"
    mine = f"your {years_said(years)} {are} in other work" if years is not None else ""
    if past is not None:
        also = f"{years_said(past.years)} as {past.title}"
        mine = f"{mine}, with {also}" if mine else f"you have {also}"
    return Readiness(
        verdict="step-up",
        summary=f"A step up: a {entry.seniority.value}-level post; most postings ask for "
        f"{asked.years} years or more of {asked.of} itself, and {mine}",
        needs=(f"{asked.years} years or more of {asked.of}",),
    )


def _counted(asked: Experience, past: PastRole) -> Readiness:
    """Say that *past*'s years were counted as years of *asked*'s work."""
    return Readiness(
        verdict="ready",
        summary=f"Ready now, counting your {years_said(past.years)} as {past.title} as years "
        f"of {asked.of}",
    )


def helping_years(before: Sequence[PastRole]) -> float:
    """Return the years of other helping work among *before* (``Background.experience``).

    A past job counts when its title names a role of the catalogue or a kind of work
    (:attr:`PastRole.skills`, :func:`careermap.results.current.practised_skills`), or
    helping work (:attr:`PastRole.helping`: a profession its words name, "Physician
    assistant"): "Staff nurse (assessment and treatment unit)", "Peer support worker",
    not "Barista", nor a post of any trade whose field careermap does not know ("Casino
    table games dealer and floor supervisor", "Patrol officer":
    :mod:`careermap.results.generic_posts`, :mod:`careermap.results.title_swaps`;
    thirty-fourth round).
    They count towards the rung a post asks for (a step up), never towards a step down:
    how senior those years made the person their titles do not say (docs/scoring.md,
    "Years of other helping work reach a step up, not a step down").

    Examples
    --------
    >>> from careermap.results.experience import PastRole
    >>> before = (PastRole(title="Peer support worker", job=" peer support worker ", years=4,
    ...                    skills=frozenset({"active-listening"})),
    ...           PastRole(title="Barista", job=" barista ", years=3))
    >>> helping_years(before)
    4.0
    """
    return float(sum(job.years for job in before if job.skills or job.helping))


def level(
    entry: Entry,
    background: Background,
    above: Sequence[str] = (),
    *,
    elsewhere: bool = False,
    past: PastRole | None = None,
    current: Seniority | None = None,
    before: Sequence[PastRole] = (),
) -> Readiness | None:
    """Return a step up or down by experience, licence (*above*: licensed_above) or degree.

    *elsewhere*: the post counts years of its own work (``entry.experience.years``) and
    the person's years are of other work (their job title does not show it), so those
    years reach only its first rung. *past*: other work of theirs that shows the post's
    (``Background.experience``); where the post counts years of its own work and its
    years reach a higher rung than those counted, they are counted instead, and a post
    that is then no step says so ("Ready now, counting your 8 years as ...").
    *current*: the seniority of the role the person's job title names, where it names
    one; years make no step down for a person whose own job is entry-level, nor beyond
    the rung of a mid-level one (:func:`below_by_years`). *before*: all their other work
    (``Background.experience``); years of the helping work among it
    (:func:`helping_years`) are added to theirs for a step up only.
    """
    years = background.years_experience
    asked = entry.experience
    if asked is None or asked.years is None:
        past = None  # only a post that counts years of its own work reads them
    other = elsewhere and asked is not None and asked.years is not None
    rung = None if years is None else (0 if other else _rung(years))
    if past is not None and rung is not None and _rung(past.years) > rung:
        found = _level(entry, background, above, _rung(past.years), years, current=current)
        if found is None and asked is not None:
            return _counted(asked, past)
        return found
    # The rung a step up is judged from: with the years of other helping work.
    reach = rung
    if years is not None and not other and before:
        reach = _rung(years + helping_years(before))
    if reach is not None and _SENIORITY.index(entry.seniority) - reach >= STEP:
        return _step_up(entry, years, asked if other else None, past if other else None)
    return _level(entry, background, above, rung, years, current=current, reach=reach)


def _level(
    entry: Entry,
    background: Background,
    above: Sequence[str],
    rung: int | None,
    years: float | None,
    *,
    current: Seniority | None = None,
    reach: int | None = None,
) -> Readiness | None:
    """:func:`level` from the rung the person's years reach (``None``: years not given).

    *reach*: the rung a step up is judged from, where other helping work raises it.
    """
    role_rung = _SENIORITY.index(entry.seniority)
    up = rung if reach is None else reach
    if up is not None and role_rung - up >= STEP:
        return _step_up(entry, years, None, None)
    article = "an" if entry.seniority is Seniority.ENTRY else "a"
    education = education_level(background)
    if above and education is not None:
        return Readiness(
            verdict="step-down",
            summary=f"A step down in scope from licensed practice: {article} "
            f"{entry.seniority.value}-level post for staff with "
            f"{DEGREE_NAMES.get(entry.education, 'no qualification')} and no licence, "
            f"while you hold {' and '.join(above)} and {education_held(background)}",
        )
    if rung is not None and _down_by_years(entry, background, rung, current):
        return Readiness(
            verdict="step-down",
            summary=f"A step down: {article} {entry.seniority.value}-level role "
            f"after {years_said(years)}",
        )
    # A degree not (yet) recognised where the person works makes no step down by it.
    if education is None or unrecognised_degree(background):
        return None
    gap = _EDUCATION_ZONE[education] - entry.job_zone
    # Experienced: by years, or by a job above entry level that their title names (a
    # master's-level counsellor two years in is no starter: forty-first round, review41 P1).
    above_entry = current is not None and current is not Seniority.ENTRY
    experienced = years is None or years >= EXPERIENCED_YEARS or above_entry
    # An entry-level post that asks for two or more levels less education than the
    # person has (an aide's post for a graduate, an assistant's for a PhD) is a step
    # down for an experienced person, whatever O*NET's zone for the wider code says.
    # Against what the post asks where no country lowers it: a lower floor in the
    # person's country opens the post there, it does not make it junior (twenty-fourth
    # round: a Montreal art therapist's volunteer coordinator post, an associate degree in
    # Canada and a bachelor's elsewhere, had been a step down for her master's).
    below = _EDUCATION_RUNG[education] - _EDUCATION_RUNG[entry.asked_elsewhere]
    # Say the reason that applies, the role's own education first (plainer than a zone).
    notes: tuple[str, ...] = ()
    if entry.seniority is Seniority.ENTRY and below >= EDUCATION_GAP and experienced:
        asks = f"asking for {DEGREE_NAMES.get(entry.education, 'no qualification')}"
    elif gap >= ZONE_GAP:
        asks = f"that {_ZONE_WORDS[entry.job_zone]}"
        # The zone is O*NET's term, for reference: a note, not the client's sentence
        # (twenty-fourth round, a counsellor's review).
        notes = (f"O*NET puts such posts in job zone {entry.job_zone} of 5 (preparation needed).",)
    else:
        return None
    # Said once, as where the post sits against the degree, not as a reproach: it may be
    # the very move the person asks for (thirty-sixth round, review35 P11: "A step down:
    # an entry-level role asking for a secondary school diploma, for someone with a
    # bachelor's degree" on a Mostar social worker's wished advocacy post).
    degree = education_held(background) or DEGREE_NAMES.get(education, education.value)
    held = degree.removeprefix("a ").removeprefix("an ")
    return Readiness(
        verdict="step-down",
        summary=f"Below your {held}: {article} {entry.seniority.value}-level role {asks}",
        notes=notes,
    )


def below_by_years(entry: Entry, background: Background, current: Seniority | None = None) -> bool:
    """Say whether *entry* sits :data:`STEP_DOWN` rungs or more below the person's years.

    Never for a person whose own job (*current*: the seniority of the role their job
    title names) is entry-level: years of entry-level work make an entry-level post the
    same level of work, not a step down (a counsellor's review of the sixteenth set: a
    support worker of 22 years was told a peer support post was "A step down"), as
    :func:`starter_pay` says no starter's pay to them. Nor for one whose own job is a
    mid-level role named without a grade word
    (:func:`careermap.results.current.own_seniority`): years in it reach no higher than
    its rung, so a guidance counsellor of 15 years is no lead, and an entry-level post is
    a change of field for her, not a step down (twenty-sixth round: the Letterkenny
    guidance counsellor's employment specialist and academic advisor posts).

    Examples
    --------
    >>> from careermap import lookup_role
    >>> coach = lookup_role("recovery-coach").entry
    >>> below_by_years(coach, Background(years_experience=18)), below_by_years(
    ...     coach, Background(years_experience=7))
    (True, False)
    >>> below_by_years(coach, Background(years_experience=18), Seniority.ENTRY)
    False
    >>> below_by_years(coach, Background(years_experience=18), Seniority.MID)
    False
    >>> below_by_years(coach, Background(years_experience=18), Seniority.SENIOR)
    True
    """
    years = background.years_experience
    return years is not None and _down_by_years(entry, background, _rung(years), current)


#: The levels of a job whose title names its role, above which years in it reach no
#: higher rung: an entry-level or mid-level post without a grade word is the same post
#: after fifteen years (:func:`below_by_years`).
_CAPPED = (Seniority.ENTRY, Seniority.MID)


#: Education with which years alone say nothing of a person's level: most posts open to
#: it are entry-level, so years of them are years at that level.
_SCHOOL = (Education.NONE, Education.SECONDARY)


def _down_by_years(
    entry: Entry, background: Background, rung: int, current: Seniority | None
) -> bool:
    """Say whether the rung a person's years reach (*rung*) is a step down to *entry*.

    Years count up to the rung of the person's own job (*current*) where that is an
    entry-level or mid-level role (:data:`_CAPPED`). For a person with a secondary
    diploma or less (:data:`_SCHOOL`), only a title naming a role above *entry*'s makes
    a step down by years: their years are most likely years of entry-level work. Nor,
    whatever their education, for a person whose job title names no role: the title does
    not say the level their years reached, so an entry-level post is named by its
    starter's pay (:func:`starter_pay`), not as a step down (thirty-third round, review
    32 P5: a psychologist of 15 years accompanying families at exhumations was told a
    community organiser post she would take was "A step down"). With no title given,
    the years are taken as they are, as ``years_experience`` says.
    """
    role_rung = _SENIORITY.index(entry.seniority)
    if current is None and _titled(background):
        return False  # a title naming no role: the level its years reached is not known
    school = education_level(background) in _SCHOOL
    if school and (current is None or _SENIORITY.index(current) <= role_rung):
        return False
    if current in _CAPPED:
        rung = min(rung, _SENIORITY.index(current))
    return rung - role_rung >= STEP_DOWN


def _titled(background: Background) -> bool:
    """Say whether the person gave a job title (read or not)."""
    return bool(background.current_role and background.current_role.strip())


def starter_pay(entry: Entry, background: Background, current: Seniority | None) -> str | None:
    """Return a note that *entry* is an entry-level post, for a person of many years.

    The verdict's line says "(an entry-level post)"; this note, on what it may pay, is
    said once at the head of a ranking (:func:`careermap.results.starter.starter_head`) and
    among the verdict's notes (thirty-sixth round, review35 P11: it was on 24 top-ten
    lines, all ten of one person's).

    A change of field is not a step down (:data:`STEP_DOWN`), but a counsellor still
    tells someone of :data:`STARTER_YEARS` years or more that an entry-level post pays a
    starter's wage. Not said to a person whose own job (*current*: the seniority of the
    role their job title names) is an entry-level one, nor to one who said they are open
    to a step down (``Background.step_back``), nor to one with a secondary diploma or
    less whose title names no role: their years are most likely of entry-level work, as
    for :func:`below_by_years` (twenty-sixth round).

    Parameters
    ----------
    entry : Entry
        The post's entry requirements.
    background : Background
        What the person said.
    current : Seniority or None
        The seniority of the person's current job, where their title names a role.

    Returns
    -------
    str or None
        The note, or ``None`` when it does not apply.

    Examples
    --------
    >>> from careermap import lookup_role
    >>> intake = lookup_role("intake-coordinator").entry
    >>> print(starter_pay(intake, Background(years_experience=12), None))
    An entry-level post may pay a starter's wage, though some employers count your 12 \
years' experience.
    >>> print(starter_pay(intake, Background(years_experience=12), Seniority.ENTRY))
    None
    """
    years = background.years_experience
    if entry.seniority is not Seniority.ENTRY or years is None or years < STARTER_YEARS:
        return None
    if background.step_back or current is Seniority.ENTRY:
        return None
    if current is None and education_level(background) in _SCHOOL:
        return None  # years of work open to a school diploma: most likely entry-level
    # "May": employers that credit relevant years start them higher on the scale; "expect
    # a starter's pay" said what is not known (twenty-seventh round, review P10).
    return (
        "An entry-level post may pay a starter's wage, though some employers count your "
        f"{years_of(years)} experience."
    )
