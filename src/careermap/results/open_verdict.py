"""The verdict on a post the person lacks no degree, licence or lived experience for.

:func:`open_verdict` is the last part of
:func:`careermap.results.hiring.hiring_verdict`: experience of the kind of work the
post's postings ask for, then practice under supervision on an associate licence, then
short steps and the level of the job against the person's experience
(:func:`careermap.results.rungs.level`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from careermap.resolve.profile import Background
from careermap.results.rungs import below_by_years, level
from careermap.results.verdict import Readiness
from careermap.taxonomy.lived import LivedExperience
from careermap.taxonomy.models import Credential, Entry, Seniority

if TYPE_CHECKING:
    from careermap.results.experience import Shown

__all__ = ["open_verdict"]


def open_verdict(
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
    if found is not None and _entered_by_lived_experience(entry, background, above, current):
        found = None if found.verdict == "step-down" else found
    return found or Readiness(verdict="ready", summary="Ready now")


def _entered_by_lived_experience(
    entry: Entry, background: Background, above: Sequence[str], current: Seniority | None
) -> bool:
    """Say whether a step down from *entry* could only be by the person's education.

    A peer post (``entry.lived_experience`` required) is entered by lived experience, not
    a degree: a graduate who holds every credential it asks (a peer health mediator with
    the French licence made for the post) is no step down by her degree, as one still to
    take its certification never was (:func:`_short`, thirty-eighth round, cred38). A step
    down in scope from a licence (*above*) or by years still is.
    """
    return (
        entry.lived_experience is LivedExperience.REQUIRED
        and not above
        and not below_by_years(entry, background, current)
    )
