"""Experience in place of a degree: "a bachelor's degree or equivalent experience".

Many postings for coordinating and training posts take years of the work in place of
the degree, and national classifications say so of whole groups of occupations (ANZSCO
and OSCA: "at least five years of relevant experience may substitute for the formal
qualification"). A role records it as ``Entry.experience_for_degree``
(:class:`careermap.taxonomy.experience.Experience`, with its ``years``), only where a
source says so (docs/taxonomy-notes.md). :func:`route` finds the work that shows those
years in what a person wrote (:meth:`careermap.results.experience.Shown.years_of`):
their job title or other work, not a skill alone. :mod:`careermap.results.hiring` then
holds the person to the degree only without it, and names the route either way
(docs/scoring.md, readiness).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from careermap.resolve.profile import Background
from careermap.results.education import DEGREE_NAMES
from careermap.results.verdict import Readiness
from careermap.taxonomy.models import Education, Entry

if TYPE_CHECKING:
    from careermap.results.experience import PastRole, Shown

__all__ = ["degree_need", "route", "with_route", "with_school"]

#: The levels that are degrees ("some employers ask for the degree itself"); below them,
#: a qualification.
_DEGREES = frozenset(
    {Education.ASSOCIATE, Education.BACHELOR, Education.MASTER, Education.DOCTORATE}
)


def _degree(entry: Entry) -> str:
    """Name the degree *entry* asks for ("a bachelor's degree")."""
    return DEGREE_NAMES.get(entry.education, entry.education.value)


def _or_experience(entry: Entry) -> str:
    """Say the degree and the route in place of it ("a bachelor's degree or 4 years' ...")."""
    degree = _degree(entry)
    way = entry.experience_for_degree
    if way is None or way.years is None:
        return degree
    return f"{degree} or {way.years} years' experience of {way.of}"


def route(entry: Entry, background: Background, shown: Shown | None) -> PastRole | None:
    """Return the work that shows the years *entry* takes in place of its degree, or ``None``.

    ``None`` too when the role takes no experience in place of its degree, or when what
    the person wrote was not read (*shown* ``None``).

    Examples
    --------
    >>> from careermap.results.experience import Shown
    >>> entry = Entry(education="bachelor", job_zone=4, experience_for_degree={
    ...     "of": "training staff", "skills": ["training-delivery"],
    ...     "words": ["trainer"], "years": 4})
    >>> trainer = Shown(text=" peer trainer ", job=" peer trainer ", title="Peer trainer")
    >>> route(entry, Background(years_experience=5), trainer).title
    'Peer trainer'
    >>> print(route(entry, Background(years_experience=3), trainer))
    None
    """
    way = entry.experience_for_degree
    if way is None or way.years is None or shown is None:
        return None
    found = shown.years_of(way, background.years_experience)
    return found if found is not None and found.years >= way.years else None


def degree_need(entry: Entry, background: Background, shown: Shown | None) -> str:
    """Name the degree a person lacks, with the experience postings take in its place.

    "a bachelor's degree (or 4 years' experience of training staff)", and how many years
    of that work what they wrote shows, where it shows some.

    Examples
    --------
    >>> from careermap.results.experience import Shown
    >>> entry = Entry(education="bachelor", job_zone=4, experience_for_degree={
    ...     "of": "training staff", "skills": ["training-delivery"],
    ...     "words": ["trainer"], "years": 4})
    >>> degree_need(entry, Background(years_experience=2), Shown())
    "a bachelor's degree (or 4 years' experience of training staff)"
    >>> trainer = Shown(text=" peer trainer ", job=" peer trainer ", title="Peer trainer")
    >>> degree_need(entry, Background(years_experience=2), trainer)
    "a bachelor's degree (or 4 years' experience of training staff; what you wrote shows 2)"
    >>> degree_need(Entry(education="master", job_zone=5), Background(), None)
    "a master's degree"

    A school diploma an adult's years of work meet (:func:`school_by_work`) is no need:
    :func:`with_school` says so beside the verdict.
    """
    degree = _degree(entry)
    way = entry.experience_for_degree
    if way is None or way.years is None:
        return degree
    some = shown.years_of(way, background.years_experience) if shown is not None else None
    mine = f"; what you wrote shows {some.years:g}" if some is not None and some.years else ""
    return f"{degree} (or {way.years} years' experience of {way.of}{mine})"


def with_route(found: Readiness, entry: Entry, work: PastRole) -> Readiness:
    """Say, in a verdict the degree did not hold back, that the person's *work* stood in for it.

    The verdict keeps its tier; its summary names the route ("Ready now: most postings ask
    for a bachelor's degree or 4 years' experience of training staff, which you have"),
    and a note names the work counted and that some employers still ask for the degree.

    Examples
    --------
    >>> from careermap.results.experience import PastRole
    >>> entry = Entry(education="bachelor", job_zone=4, experience_for_degree={
    ...     "of": "training staff", "skills": ["training-delivery"], "years": 4})
    >>> work = PastRole(title="Peer trainer", job=" peer trainer ", years=5)
    >>> found = with_route(Readiness(verdict="ready", summary="Ready now"), entry, work)
    >>> print(found.summary)
    Ready now: most postings ask for a bachelor's degree or 4 years' experience of \
training staff, which you have
    >>> print(found.notes[0])
    Your 5 years as Peer trainer count as experience of training staff in place of a \
bachelor's degree; some employers ask for the degree itself

    Where the job title does not show the work, the skill written that did is named
    (thirtieth round, review 30 P5):

    >>> officer = PastRole(title="Prison officer", job=" prison officer ", years=7,
    ...                    through="Training delivery at level 4")
    >>> found = with_route(Readiness(verdict="ready", summary="Ready now"), entry, officer)
    >>> print(found.summary)
    Ready now: most postings ask for a bachelor's degree or 4 years' experience of \
training staff, which you have, counting your 7 years as Prison officer, with Training \
delivery at level 4
    """
    asks = f"most postings ask for {_or_experience(entry)}, which you have"
    job = f" as {work.title}" if work.title else ""
    if work.through:  # the title does not show the work: say what counted it
        asks = f"{asks}, counting your {work.years:g} years{job}, with {work.through}"
    ready = found.summary == "Ready now"
    summary = f"Ready now: {asks}" if ready else f"{found.summary} ({asks})"
    degree = _degree(entry)
    way = entry.experience_for_degree
    of = way.of if way is not None else ""
    itself = "degree" if entry.education in _DEGREES else "qualification"
    since = f" since you wrote {work.through} as part of it" if work.through else ""
    note = (
        f"Your {work.years:g} years{job} count as experience of {of}{since} in place of "
        f"{degree}; some employers ask for the {itself} itself"
    )
    return found.model_copy(update={"summary": summary, "notes": (*found.notes, note)})


def with_school(found: Readiness, entry: Entry, years: float) -> Readiness:
    """Say, in a verdict a school diploma did not hold back, that the person's *years* met it.

    A post asking for a secondary school diploma takes equivalent experience with many
    employers (:func:`~careermap.results.education.school_by_work`): the verdict keeps its
    tier (twenty-seventh round, a counsellor's review, P8: "Needs a secondary school
    diploma (or equivalent experience: many employers count your 3 years of work)" was a
    need and a yes at once), its summary says how, and a note that some employers ask for
    the diploma itself.

    Examples
    --------
    >>> school = Entry(education="secondary", job_zone=2)
    >>> found = with_school(Readiness(verdict="ready", summary="Ready now"), school, 3)
    >>> print(found.summary)
    Ready now: postings ask for a secondary school diploma or equivalent experience, and \
many employers count your 3 years of work
    >>> print(found.notes[0])
    Your 3 years of work stand in for a secondary school diploma with many employers; \
some ask for the diploma itself
    """
    degree = _degree(entry)
    asks = (
        f"postings ask for {degree} or equivalent experience, and many employers count "
        f"your {years:g} years of work"
    )
    ready = found.summary == "Ready now"
    summary = f"Ready now: {asks}" if ready else f"{found.summary} ({asks})"
    note = (
        f"Your {years:g} years of work stand in for {degree} with many employers; some ask "
        "for the diploma itself"
    )
    return found.model_copy(update={"summary": summary, "notes": (*found.notes, note)})
