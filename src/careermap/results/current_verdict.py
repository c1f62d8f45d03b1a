"""The verdict on the person's own job: their current job, and what it still asks where they work.

:func:`careermap.results.readiness.assess` gives the role a person's job title names
(:func:`careermap.results.current.is_current`) the ``current`` verdict
(:func:`careermap.results.current.current_job`) instead of a hiring verdict. For a person
who gives their country, :func:`current_verdict` adds what every other post would ask of
them there: whether a licence careermap does not know is accepted, or the licence they
wrote as applied for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from careermap.base.countries import country_name
from careermap.resolve.profile import Background
from careermap.results.awaiting import awaiting_recognition
from careermap.results.current import current_job
from careermap.results.hiring import hiring_verdict
from careermap.results.licences import pending_for
from careermap.results.verdict import Readiness
from careermap.taxonomy.models import Education, Entry

if TYPE_CHECKING:
    from careermap.results.experience import Shown

__all__ = ["current_verdict"]


def current_verdict(
    entry: Entry,
    background: Background,
    ambiguous: Mapping[str, tuple[str, ...]],
    shown: Shown | None,
    unknown: Sequence[str],
    *,
    above: Sequence[str],
) -> Readiness:
    """Return the ``current`` verdict, with the check a licence careermap does not know asks.

    A person who gives their country and writes a licence careermap does not know (the
    German psychotherapist's "Approbation", in Dublin) is asked of their own job what every
    other post asks: whether that licence is accepted there in place of what posts ask.
    One who writes a licence as applied for, not held yet ("Anerkennung nach dem
    Musiktherapiegesetz (Österreich), beantragt"; :func:`~careermap.results.standing.is_pending`)
    is told what their job asks where they work, beside the pending credential: the job
    shows the degree it asks, not the licence.

    Examples
    --------
    >>> from careermap import lookup_role
    >>> from careermap.resolve.profile import Background
    >>> entry = lookup_role("therapist").entry
    >>> print(current_verdict(entry, Background(credentials=["LPC"]), {}, None, (), above=()))
    Your current job: the same work with another employer or in another setting
    """
    found = current_job()
    if background.works_in is None:
        return found
    if unknown:
        check = hiring_verdict(entry, background, ambiguous, shown, unknown, above=above)
        if (
            check is not None
            and check.verdict == "needs"
            and any(t in check.summary for t in unknown)
        ):
            return _beside(found, check, " (", ")")
    # What the post asks, not held yet; a degree awaiting recognition is held (results.awaiting).
    waiting = [t for t in pending_for(entry, background.credentials) if not awaiting_recognition(t)]
    if not waiting:
        return found
    # A licence applied for, not held yet (twenty-seventh round: a music therapist whose
    # Austrian recognition is pending was told only "your current job"). Holding the job
    # shows the degree it asks; what is left missing where the person works is a licence.
    proven = background.model_copy(update={"education": Education.DOCTORATE})
    check = hiring_verdict(entry, proven, ambiguous, shown, unknown, above=above)
    if check is None or check.verdict != "needs":
        return found
    where = country_name(background.works_in)
    return _beside(found, check, f"; in {where} it ", f" ({waiting[0]!r} is not held yet)")


def _beside(found: Readiness, check: Readiness, before: str, after: str) -> Readiness:
    """Return *found* with *check*'s summary, in a sentence, after its own, and its notes."""
    said = check.summary[0].lower() + check.summary[1:]
    summary = f"{found.summary}{before}{said}{after}"
    return found.model_copy(update={"summary": summary, "notes": (*found.notes, *check.notes)})
