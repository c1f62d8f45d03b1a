"""Whether one part of a phrase names a skill, and its skills as suggestions.

:func:`careermap.resolve.part_match.phrase_match` matches each part of a phrase as a
whole text; the rules here say when that match counts. A part names a skill by its id,
label or alias, or by a near name of two words or more (:func:`_names_skill`); a part of
a list also by one "-ing" word with a name's stems, but not by a word for people who do
the work (:func:`_listed`). The skills named are suggested each once, in order
(:func:`_as_candidates`). Split from :mod:`careermap.resolve.part_match` in the
thirty-second round.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from careermap.base.text import normalize
from careermap.resolve.list_parts import shared_word
from careermap.resolve.names import NameIndex, SkillCandidate

if TYPE_CHECKING:
    from careermap.resolve.resolver import SkillMatch

__all__ = ["held"]

#: Lowest fuzzy similarity at which a part of two words or more names a skill (the
#: resolver's sure fuzzy match).
_NEAR_NAME = 90.0
#: Fuzzy similarity of two texts whose match keys are the same: the same word stems.
_SAME_STEMS = 100.0


#: One word for doing something: "training", "supervising".
_DOING_WORD = re.compile(r"[^\W\d_]+ing", re.IGNORECASE)
#: A plural word for people who do something: "managers", "counsellors", "therapists".
_PEOPLE = re.compile(r"[^\W\d_]+(?:ers|ors|ists|ians)", re.IGNORECASE)


def _named(texts: Sequence[str], part: Callable[[str], SkillMatch]) -> list[SkillMatch]:
    """Return the matches of those of *texts* that name a skill, each text once."""
    return [match for match in map(part, dict.fromkeys(texts)) if _names_skill(match)]


def held(matches: list[SkillMatch]) -> set[str | None]:
    """Return the skills *matches* name."""
    return {match.skill_id for match in matches}


def _shared_word(word: str, index: NameIndex | None) -> bool:
    """Say whether *word* is one word that the names of two skills or more hold, if known."""
    return index is not None and _shared(word, index)


def _shared(word: str, index: NameIndex) -> bool:
    """Say whether *word* is one word that the names of two skills or more hold (whole)."""
    return shared_word(word, index)


def _listed(match: SkillMatch) -> bool:
    """Say whether one part of a list names a skill: as :func:`_names_skill` says, or by stems.

    By stems: one word for doing something ("-ing") whose match key is a name's
    ("training" and *trainer skills*, "listening" and *listening skills*: fuzzy
    similarity 100). Beside another part that names a skill, such a word is the skill
    ("training and supervising doctoral interns"); alone before "to" or "with" it is not
    read so ("listening to music"). A word for people who do it has the same stems but
    names them, not a skill ("teachers and coaches" lists jobs), so it is not read so,
    nor is a near name ending in such a word ("case managers": :func:`_people`).
    """
    words = match.query.split()
    if match.method == "fuzzy" and _people(words[-1], match.matched_name or ""):
        return False  # "social workers and case managers": jobs, not the work
    return _names_skill(match) or (
        match.method == "fuzzy"
        and match.similarity >= _SAME_STEMS
        and len(words) == 1
        and _DOING_WORD.fullmatch(words[0]) is not None
    )


def _people(word: str, name: str) -> bool:
    """Say whether *word* names people who do what *name* names: "managers", not "management".

    Plural words for people ("-ers", "-ors", "-ists", "-ians") that the name does not
    hold word for word.
    """
    held = {normalize(w) for w in name.split()}
    return _PEOPLE.fullmatch(word) is not None and normalize(word) not in held


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
