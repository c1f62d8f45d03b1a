"""A skill named inside a longer phrase: "PHQ-9 and GAD-7", "safety planning with families".

Practitioners write a skill with words around it that say how, where or with whom
they used it. When the whole text matches no name, :func:`split_phrase` offers the
parts that may name a skill, and the resolver matches each part as a whole text
(by id, label, alias or fuzzy name; never semantically, never split again). The
phrases read:

* **a list** joined by "and", "&", "+", commas, semicolons or slashes ("PHQ-9 and
  GAD-7", "CPI / physical restraint"): one skill only when every part names that
  same skill;
* **examples in brackets** after a name ("statistics (SPSS, R)"): the name, when
  every bracketed part begins with a capital or a digit (names of tests, tools,
  programmes), none is a negation ("counselling (received)", "CBT (not DBT)" are
  not read so) and none names another skill;
* **a doing word first**: "running", "leading", "delivering", "providing",
  "conducting", "facilitating", "writing", "keeping", "doing" or "using", with
  "a", "an" or "the" ("writing shift notes", "running a DBT skills group"), or
  "helping" and whom ("helping people apply for benefits");
* **an activity word last**: "sessions", "lessons", "classes", "groups",
  "presentations", "workshops", "training", "facilitation", "coordination",
  "materials" or "handouts" ("telehealth sessions", "Narcan training"): what one
  runs, gives or is trained in. Not "meetings": one attends those, so "HR meetings"
  or "leadership meetings" would claim a skill the words do not (the few meetings
  that are the practice, such as IEP meetings, are aliases);
* **with whom, to whom or where** after the name: "with", "to" or "in" and anything
  ("safety planning with families", "referrals to housing services", "charting in
  Epic").

The last three peel off one after another, at most three deep ("running a DBT
skills group": "DBT skills group", then "DBT skills"). Only the part before "with",
"to" or "in" is matched, so the rest adds no skill of its own; "for" and "of" are
not read so, since their rest often changes the skill ("recruitment of
participants" is research, not hiring).

Whenever the parts name more than one skill, the phrase is no one of them: the
resolver leaves it unmatched and suggests each, so a phrase naming two skills never
silently becomes one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from careermap.base.text import normalize
from careermap.resolve.names import SkillCandidate

if TYPE_CHECKING:
    from careermap.resolve.resolver import SkillMatch

__all__ = ["Split", "phrase_match", "split_phrase"]


class Split(NamedTuple):
    """One reading of a phrase: parts that must each name a skill, parts that may.

    Every part that names a skill must name the same one.
    """

    required: tuple[str, ...]
    optional: tuple[str, ...] = ()


_LIST = re.compile(r"\s*[,;/]\s*|\s+(?:and|&|\+)\s+", re.IGNORECASE)
_BRACKETS = re.compile(r"^(?P<head>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
_DOING = re.compile(
    r"^(?:(?:running|leading|delivering|providing|conducting|facilitating|writing|keeping"
    r"|doing|using)(?:\s+(?:a|an|the))?"
    r"|helping\s+(?:people|clients|patients|families|others|service\s+users)(?:\s+to)?)"
    r"\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_ACTIVITY = re.compile(
    r"^(?P<rest>\S.*?)\s+(?:sessions?|lessons?|class(?:es)?|groups?"
    r"|presentations?|workshops?|training|facilitation|coordination|materials|handouts)$",
    re.IGNORECASE,
)
_WHOM = re.compile(r"^(?P<rest>\S.*?)\s+(?:with|to|in)\s+\S", re.IGNORECASE)
_DEPTH = 3
#: Lowest fuzzy similarity at which a part of two words or more names a skill (the
#: resolver's sure fuzzy match).
_NEAR_NAME = 90.0
_EXAMPLE = re.compile(r"^[A-Z0-9]")
_NEGATION = re.compile(r"\b(?:no|not|never|none|without|nor)\b|n't\b", re.IGNORECASE)


def _peeled(text: str) -> list[str]:
    """Return the shorter texts one layer of the doing, activity or with-whom words leaves."""
    found = []
    for pattern in (_DOING, _ACTIVITY, _WHOM):
        hit = pattern.match(text)
        if hit:
            found.append(hit.group("rest").strip())
    return found


def _heads(text: str) -> list[str]:
    """Return every text peeling leaves, nearest the whole first, each once."""
    heads: list[str] = []
    layer = [text]
    for _ in range(_DEPTH):
        layer = [rest for current in layer for rest in _peeled(current) if rest not in heads]
        heads += dict.fromkeys(layer)
    return heads


def split_phrase(text: str) -> list[Split]:
    """Return the readings of *text* as a skill named inside a phrase, in the order to try.

    Examples
    --------
    >>> split_phrase("PHQ-9 and GAD-7")
    [Split(required=('PHQ-9', 'GAD-7'), optional=())]
    >>> split_phrase("telehealth sessions")
    [Split(required=('telehealth',), optional=())]
    >>> [s.required for s in split_phrase("running a DBT skills group")]
    [('DBT skills group',), ('running a DBT skills',), ('DBT skills',)]
    >>> split_phrase("statistics (SPSS, R)")
    [Split(required=('statistics',), optional=('SPSS', 'R'))]
    >>> split_phrase("forklift operation")
    []
    """
    text = text.strip()
    found: list[Split] = []
    parts = tuple(part for part in _LIST.split(text) if part)
    if len(parts) > 1 and "(" not in text:
        found.append(Split(parts))
    brackets = _BRACKETS.match(text)
    if brackets and _examples(brackets.group("inner")):
        head = brackets.group("head").strip()
        inner = tuple(part for part in _LIST.split(brackets.group("inner").strip()) if part)
        found += [Split((name,), inner) for name in (head, *_heads(head))]
    elif not brackets:
        found += [Split((name,)) for name in _heads(text)]
    return found


def _examples(inner: str) -> bool:
    """Say whether bracketed text lists examples: each part capitalised, none a negation."""
    parts = [part for part in _LIST.split(inner.strip()) if part]
    return not _NEGATION.search(inner) and all(_EXAMPLE.match(part) for part in parts)


def phrase_match(
    text: str,
    part: Callable[[str], SkillMatch],
    candidates: list[SkillCandidate],
    *,
    limit: int,
) -> SkillMatch | None:
    """Return how *text* resolves as a skill named inside a phrase, or ``None``.

    *part* matches one part as a whole text; *candidates* are the whole text's fuzzy
    suggestions. The first reading whose required parts all name a skill decides:
    one skill is a match (method ``'part'``, the name and similarity of the first
    part); several are no match, each part's skill suggested first, so the text never
    silently becomes one of them.
    """
    for split in split_phrase(text.strip()):
        required = [part(name) for name in split.required]
        if not all(map(_names_skill, required)):
            continue
        found = [*required, *filter(_names_skill, map(part, split.optional))]
        named = {match.skill_id for match in found}
        first = found[0]
        if len(named) > 1:
            each = _as_candidates(found)
            suggested = [*each, *(c for c in candidates if c.skill_id not in named)]
            return first.model_copy(
                update={
                    "query": text,
                    "skill_id": None,
                    "label": None,
                    "method": "none",
                    "similarity": max(c.similarity for c in suggested),
                    "matched_name": None,
                    "alternatives": tuple(suggested[:limit]),
                }
            )
        others = tuple(c for c in candidates if c.skill_id != first.skill_id)
        return first.model_copy(
            update={
                "query": text,
                "method": "part",
                "similarity": min(match.similarity for match in found),
                "alternatives": others[:limit],
                "cosine": None,
            }
        )
    return None


def _names_skill(match: SkillMatch) -> bool:
    """Say whether a part of a phrase names a skill: its id, label or alias, or a near name.

    A near (fuzzy) name counts from :data:`_NEAR_NAME` and for two words or more:
    one word's near names are too loose inside a phrase ("board" is 83 from
    *Onboarding*; "listening" alone reads as *Active listening*, and "listening to
    music" must not).
    """
    if match.method in {"id", "exact", "alias"}:
        return True
    return (
        match.method == "fuzzy"
        and match.similarity >= _NEAR_NAME
        and len(normalize(match.query).split()) > 1
    )


def _as_candidates(matches: list[SkillMatch]) -> list[SkillCandidate]:
    """Return each distinct skill of *matches* as a suggestion, in order."""
    found: dict[str, SkillCandidate] = {}
    for match in matches:
        if match.skill_id is not None and match.skill_id not in found:
            found[match.skill_id] = SkillCandidate(
                skill_id=match.skill_id,
                label=match.label or match.skill_id,
                matched_name=match.matched_name or match.query,
                similarity=match.similarity,
            )
    return list(found.values())
