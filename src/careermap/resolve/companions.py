"""A text's own work beside a companion or a complement (thirty-third round, review33 P6).

Read by meaning, a whole text may be taken for what it names beside the writer's work:

* **a companion** (:func:`without_companion`): "home visits with the MOH mental health
  nurse" was *Mental health nursing* (0.66), the nurse's practice, not the worker's. Work
  done "with" or "alongside" a named profession ("the nurse", "the psychiatrists", "a
  GP") is read as the work alone, as work beside another's practice is
  (:mod:`careermap.resolve.writer_role`); where the work reads nothing, the text is unread.
  Work whose head is working together ("liaison with GPs", "joint working with the
  psychiatrist", "meetings with social workers") keeps its reading: the other
  professional is then what the work is about;
* **a complement after an activity** (:func:`head_activity`): "audit of physical health
  checks" was *Physical health monitoring* (0.73), losing the audit: an audit is a clinical
  audit whatever it audits (HQIP, *Best practice in clinical audit*, 2020: clinical audit
  is a quality improvement process), as "ECT audits" are read
  (:func:`careermap.resolve.misreads.paperwork`); an audit of money (accounts, payroll,
  expenses) is not;
* **the writer's own story in a setting**: "my story at staff induction" was *Onboarding*
  (0.74); the head is the writer's story, told at the induction ("telling my story" is a
  peer support alias), not the induction.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from careermap.resolve.accompanying import accompaniment

if TYPE_CHECKING:
    from careermap.resolve.skill_match import SkillMatch
    from careermap.taxonomy.models import Taxonomy

__all__ = ["head_activity", "own_work", "without_companion"]

#: A profession a companion is named by (singular or plural), after up to four words
#: saying which ("the MOH mental health nurse", "the community psychiatric nurses").
_PROFESSION = (
    r"(?:nurses?|psychiatrists?|doctors?|GPs?|physicians?|consultants?|registrars?"
    r"|social\s+workers?|psychologists?|occupational\s+therapists?|OTs?|physiotherapists?"
    r"|physios?|pharmacists?|midwi(?:fe|ves)|health\s+visitors?|dietitians?|dieticians?"
    r"|paramedics?|speech\s+and\s+language\s+therapists?|SALTs?|police(?:\s+officers?)?"
    r"|clinicians?)"
)
_WITH = re.compile(
    r"^(?P<work>\S.*?)\s+(?:with|w/|alongside)\s+(?:(?:the|a|an|our|local)\s+)?"
    rf"(?:[^\s,;()/]+\s+){{0,4}}?{_PROFESSION}$",
    re.IGNORECASE,
)
#: Work whose head is working with the other professional: the companion is its object.
_TOGETHER = re.compile(
    r"\b(?:liais\w*|joint|jointly|co-?\w+|collaborat\w*|coordinat\w*|work(?:ed|ing|s)?|meetings?|consult\w*"
    r"|communicat\w*|handovers?|supervision|teaching|training|referrals?|advice|advising"
    r"|reflective|debriefs?|link(?:ing|s)?|partnership)\b",
    re.IGNORECASE,
)
#: An audit first, then what it audited.
_AUDIT = re.compile(
    r"^(?:(?:clinical|case[-\s]notes?|re-?)\s*)?audits?\s+(?:of|on)\s+(?P<object>\S.*)$",
    re.IGNORECASE,
)
#: What an audit of money audits: a finance audit, not a clinical one.
_MONEY = re.compile(
    r"\b(?:accounts?|finances?|financial|payroll|expenses|invoices?|petty\s+cash|budgets?|books)\b",
    re.IGNORECASE,
)
#: The writer's own story, then where it was told.
_STORY = re.compile(
    r"^(?:(?:telling|sharing|told|shared)\s+)?my\s+(?:own\s+|recovery\s+|personal\s+)?story"
    r"\s+(?:at|in|to|during|for|on|with)\s+\S.*$",
    re.IGNORECASE,
)


def without_companion(text: str) -> str | None:
    """Return the work in "work with (the) <a profession>", or ``None``.

    Examples
    --------
    >>> without_companion("home visits with the MOH mental health nurse")
    'home visits'
    >>> without_companion("ward rounds with the psychiatrists")
    'ward rounds'
    >>> without_companion("liaison with GPs") is None
    True
    >>> without_companion("safety planning with families") is None
    True
    >>> without_companion("going with women to court and police") is None
    True
    """
    hit = _WITH.match(text.strip())
    if hit is None or _TOGETHER.search(hit["work"]):
        return None
    # "going with women to court and police": the police are where she went, not a
    # companion (thirty-ninth round; careermap.resolve.accompanying).
    return None if accompaniment(text) else hit["work"]


def head_activity(text: str) -> str | None:
    """Return what a text whose head is an activity of its own is read as, or ``None``.

    Examples
    --------
    >>> head_activity("audit of physical health checks")
    'clinical audit'
    >>> head_activity("audit of petty cash") is None
    True
    >>> head_activity("my story at staff induction")
    'telling my story'
    >>> head_activity("physical health checks") is None
    True
    """
    stripped = text.strip()
    audit = _AUDIT.match(stripped)
    if audit is not None:
        return None if _MONEY.search(audit["object"]) else "clinical audit"
    return "telling my story" if _STORY.match(stripped) else None


def own_work(
    text: str, taxonomy: Taxonomy, min_similarity: float, *, limit: int, semantic: bool | None
) -> SkillMatch | None:
    """Return *text* read as its own work without a companion or complement, or ``None``.

    ``None`` when neither :func:`without_companion` nor :func:`head_activity` applies.
    The work is read as any text is; a companion's work that reads nothing leaves *text*
    unread, suggesting what the work alone was near (never the companion's practice).
    """
    from careermap.resolve.part_match import as_whole  # noqa: PLC0415 - it imports the resolver
    from careermap.resolve.resolver import match_text  # noqa: PLC0415 - the resolver reads this
    from careermap.resolve.skill_match import unmatched  # noqa: PLC0415

    work = head_activity(text)
    companion = work is None
    work = work or without_companion(text)
    if work is None:
        return None
    found = match_text(
        work, taxonomy, min_similarity=min_similarity, limit=limit, semantic=semantic
    )
    read = as_whole(text, found)
    if read is None and companion:
        return unmatched(text, list(found.alternatives), limit)
    return read
