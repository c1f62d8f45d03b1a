"""Match the readings of a phrase (:mod:`careermap.resolve.parts`) against the skills.

:func:`careermap.resolve.parts.split_phrase` says which parts of a phrase may name a
skill; :func:`phrase_match` matches each part as a whole text and decides: one skill
is a match (method ``'part'``), a list naming two or more is split (method
``'split'``), and any other reading naming more than one skill, or a need beside a
name, or a list naming a skill beside a word several names share, is no match with
each suggested, so a phrase naming two skills never silently becomes one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from careermap.base.text import normalize
from careermap.resolve.bracket_match import bracket_named, note_head
from careermap.resolve.codes import is_code
from careermap.resolve.instruments import instruments
from careermap.resolve.list_parts import shares_head
from careermap.resolve.names import NameIndex, SkillCandidate
from careermap.resolve.part_names import (
    _DOING_WORD,
    _NEAR_NAME,
    _as_candidates,
    _listed,
    _named,
    _names_skill,
    _shared,
    _shared_word,
    held,
)
from careermap.resolve.parts import (
    Split,
    _heads,
    _lived,
    as_list,
    condition_of,
    need_named,
    split_phrase,
)
from careermap.resolve.phrase_words import NEED, pattern
from careermap.resolve.splits import as_split
from careermap.resolve.teaching import teaching_work

if TYPE_CHECKING:
    from careermap.resolve.resolver import SkillMatch
    from careermap.resolve.skill_match import Method

__all__ = [
    "as_whole",
    "bracket_named",
    "listed_skills",
    "note_head",
    "partly_read",
    "phrase_match",
    "work_match",
]

#: With, for, on and the like inside a part: what follows names whom or what it was with.
_CLAUSE = re.compile(
    r"\s(?:with|alongside|to|in|on|at|between|after|before|during|for|from|about)\s",
    re.IGNORECASE,
)
#: How a part names a skill for sure: by its id, label or alias.
_SURE = frozenset({"id", "exact", "alias"})


def phrase_match(
    text: str,
    part: Callable[[str], SkillMatch],
    candidates: list[SkillCandidate],
    *,
    limit: int,
    index: NameIndex | None = None,
    partly: bool = False,
) -> SkillMatch | None:
    """Return how *text* resolves as a skill named inside a phrase, or ``None``.

    *partly*: read a list from the parts that name a skill, the parts naming nothing
    shown unread (:func:`_known`); the resolver asks so last, when no other reading, by
    name or by meaning, read the text whole.

    *part* matches one part as a whole text; *candidates* are the whole text's fuzzy
    suggestions. The first reading whose required parts all name a skill decides:
    one skill is a match (method ``'part'``, the name and similarity of the first
    part); several are no match, each part's skill suggested first, so the text never
    silently becomes one of them. With the taxonomy's name *index*, a list naming a
    skill beside a word that several skills' names share is only suggested.
    """
    # Lived experience "of living with" a condition is the person's, not a specialism.
    lived = _lived(text.strip())
    condition = None if lived else condition_of(text)
    need = None if condition is not None or lived else need_named(text)
    if need is not None:
        return _need_suggested(text, need, part, candidates, limit=limit)
    # A condition that is a skill of its own ("ADHD") is a second skill the phrase names.
    conditions = [] if condition is None else _named(pattern(NEED).findall(condition), part)
    for split in split_phrase(text.strip()):
        words, required, unread = _known(text, split, part, index, partly=partly)
        listed = len(split.required) > 1
        if not all(_listed(match) if listed else _names_skill(match) for match in required):
            continue
        extra = [m for m in map(part, split.optional) if not _taught_by(m, required, index)]
        found = [*required, *filter(_names_skill, extra), *conditions]
        named = {match.skill_id for match in found}
        first = found[0]
        # Examples in brackets may follow a list, and name none of its skills or the same.
        beyond = named - {match.skill_id for match in required}
        if listed and len(named) > 1 and not beyond and not conditions:
            read = list(zip(words, required, strict=True))
            return as_split(text, read, limit=limit, candidates=candidates, unread=unread)
        # "coaching for ADHD", "psychoeducation about ADHD": the method and the condition;
        # "psychological assessment (WISC-V)": the practice and its instruments (read33)
        also = [] if listed or conditions else instruments(text, split, required, part)
        if conditions and not listed and len(named) > 1 and not (beyond - held(conditions)):
            also = conditions
        if also:
            pieces = (*words, *(match.query for match in also))
            read = list(zip(pieces, [*required, *also], strict=True))
            return as_split(text, read, limit=limit, candidates=candidates)
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
                "unread": unread,
            }
        )
    return None if index is None else _list_suggested(text, part, candidates, index, limit=limit)


def _taught_by(match: SkillMatch, required: list[SkillMatch], index: NameIndex | None) -> bool:
    """Say whether a bracket's *match* is what the skill *required* names teaches.

    "life skills (budgeting, cooking)": *Independent living skills* has the alias "teaching
    budgeting", so the budgeting in its bracket is what was taught, an example of it, and
    not a second skill (*Management of financial resources*) that would leave the text
    unread (fortieth round, review40 P3). Only a skill's own name "teaching ..." says so.
    """
    if index is None or match.skill_id is None or match.matched_name is None:
        return False
    own = index.exact.get(normalize(f"teaching {match.matched_name}"))
    return own is not None and any(own[1] == read.skill_id for read in required)


def partly_read(
    text: str,
    part: Callable[[str], SkillMatch],
    candidates: list[SkillCandidate],
    index: NameIndex,
    *,
    limit: int,
) -> SkillMatch | None:
    """Return a list read from its parts that name a skill, the rest shown unread, or ``None``.

    "reasonable adjustments / Access to Work apps": *Reasonable adjustments*, with "Access
    to Work apps" in ``unread`` (:func:`_known`). The resolver's last reading of a text
    nothing else read, by name or by meaning.
    """
    found = phrase_match(text, part, candidates, limit=limit, index=index, partly=True)
    return found if found is not None and found.unread and found.method != "none" else None


def _known(
    text: str,
    split: Split,
    part: Callable[[str], SkillMatch],
    index: NameIndex | None,
    *,
    partly: bool = False,
) -> tuple[tuple[str, ...], list[SkillMatch], tuple[str, ...]]:
    """Return the parts of a reading that are read, their matches, and the parts left unread.

    "K10, PCL-5, AUDIT": a code that names nothing (:func:`~careermap.resolve.codes.is_code`:
    an instrument, a system, a course by its letters) beside parts that name skills is one
    more of what they name, which the taxonomy does not know by that code; it does not
    stop the list from being read (twenty-sixth round), and is not listed as unread.

    "reasonable adjustments / Access to Work apps": a part in words that names nothing at
    all (no skill, no near name at :data:`_NEAR_NAME` or more, no word several names
    share, nothing once peeled) beside a part that names a skill by its label or alias,
    in a list the person wrote, is left unread and returned as such when *partly* is
    asked (twenty-eighth round; the resolver asks last, so any reading of the whole
    text, by name or by meaning, comes first):
    the list is read as its other parts, and the part is shown as not recognised, so work
    of another field it may name ("CBT and forklift operation") is never hidden. A part
    near a name, or an "-ing" word, still stops the list (it may name a second skill the
    reading would lose), and so does any unknown part beside near names only: the list
    must name one skill for sure. A list of codes alone names nothing.
    """
    words = split.required
    matches = [part(word) for word in words]
    if len(words) < 2:
        return words, matches, ()
    # A list as written: each part the person's own words, not parts a reading made
    # ("MHFA instructor": delivering training, and its topic), but for a part given the
    # list's head noun that names a skill for sure ("court reports" in "court & case
    # conference reports": :func:`~careermap.resolve.list_parts.shares_head`).
    written = all(
        word in text or (match.method in _SURE and shares_head(word, text))
        for word, match in zip(words, matches, strict=True)
    )
    sure = written and partly and any(match.method in _SURE for match in matches)
    kept: list[tuple[str, SkillMatch]] = []
    unread: list[str] = []
    for word, match in zip(words, matches, strict=True):
        if _listed(match):
            kept.append((word, match))
        elif sure and _names_nothing(match, part) and not _shared_word(word, index):
            unread.append(word)
        elif not is_code(word):
            kept.append((word, match))
    if not kept or len(kept) == len(words) or _their_tail(words, unread):
        return words, matches, ()
    return tuple(word for word, _ in kept), [match for _, match in kept], tuple(unread)


def _their_tail(words: tuple[str, ...], unread: list[str]) -> bool:
    """Say whether a part after an unread one may be the tail of its with, for or on words.

    "liaison with occupational physicians and HR", "writing OH reports for managers and
    HR", "education sessions on drugs, consent and online safety": the parts after the
    first name whom or what it was with, for or on, as the with-whom reading says
    (:mod:`careermap.resolve.parts`), never a skill of the person's own.
    """
    first = min((words.index(word) for word in unread if _CLAUSE.search(word)), default=None)
    return first is not None and first < len(words) - 1


def _names_nothing(match: SkillMatch, part: Callable[[str], SkillMatch]) -> bool:
    """Say whether a part of a list names nothing: no skill, no name near it, in no reading.

    A code names nothing by its letters (:mod:`careermap.resolve.codes`), and is not read
    as unread work: it is one more instrument of the kind beside it. A part whose words
    name a skill once peeled ("SQL basics": "SQL") names something, which a later reading
    of the text reads.
    """
    return (
        match.skill_id is None
        and match.similarity < _NEAR_NAME
        and not is_code(match.query)
        and _DOING_WORD.fullmatch(match.query.strip()) is None
        and not _named(_heads(match.query), part)
    )


def as_whole(
    text: str, read: SkillMatch, *, by_meaning: Method = "semantic", unnamed: bool = False
) -> SkillMatch | None:
    """Return *read*, the match of a text read in place of *text*, as *text*'s match.

    ``None`` when *read* names no skill and splits into none: the reading in its place
    then does not apply. With *unnamed*, such a reading is *text*'s all the same, with
    its method: the reading in its place is final (a spelled-out abbreviation,
    :func:`careermap.resolve.misreads.misread`).

    A match by name is one named in part of the text (method ``'part'``); a match by
    meaning is *by_meaning* (``'semantic'``, or ``'part'`` for a spelled-out
    abbreviation); a split keeps its method.

    Examples
    --------
    >>> from careermap.resolve.resolver import match_text
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> read = match_text("research", default_taxonomy(), semantic=False)
    >>> found = as_whole("research (MD thesis, 12 papers)", read)
    >>> found.query, found.skill_id, found.method
    ('research (MD thesis, 12 papers)', 'research-methods', 'part')
    """
    if read.skill_id is None and not read.split and not unnamed:
        return None
    method: Method = read.method  # a split, or a reading that names nothing
    if read.skill_id is not None:
        method = by_meaning if read.method == "semantic" else "part"
    split = tuple(match.model_copy(update={"query": text}) for match in read.split)
    return read.model_copy(update={"query": text, "method": method, "split": split})


def _list_suggested(
    text: str,
    part: Callable[[str], SkillMatch],
    candidates: list[SkillCandidate],
    index: NameIndex,
    *,
    limit: int,
) -> SkillMatch | None:
    """No match for a list naming a skill beside a word that the names of several share.

    "assessment and formulation": *Case formulation* and "assessment", which is part of
    the names of several skills (clinical, risk, needs, educational assessment). Read
    by meaning as a whole, the word would pick one of them for the person; the phrase
    names the skill and something else, so both are only suggested, the named first.
    A word few names hold ("video" in "video and telephone sessions") is left to the
    semantic layer.
    """
    parts = as_list(text)
    if not parts:
        return None
    matches = [part(piece) for piece in parts]
    named = [match for match in matches if _names_skill(match)]
    words = [piece for piece, match in zip(parts, matches, strict=True) if not _names_skill(match)]
    if not named or not words or not all(_shared(word, index) for word in words):
        return None
    found = _as_candidates(named)
    seen = {c.skill_id for c in found}
    found += [c for c in candidates if c.skill_id not in seen]
    return _suggesting(named[0], text, found, limit)


def listed_skills(text: str, part: Callable[[str], SkillMatch]) -> list[SkillCandidate]:
    """Return the skills that the parts of a list name, when the list as a whole is unread.

    "SPSS and Mplus": *Statistical analysis* from "SPSS", which the person named; the
    resolver offers it first ("did you mean"), so a list with one unknown part still
    points to the skill its other part names.

    Examples
    --------
    >>> from functools import partial
    >>> from careermap.resolve.resolver import match_text
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> part = partial(match_text, taxonomy=default_taxonomy(), semantic=False, phrases=False)
    >>> [c.label for c in listed_skills("SPSS and Mplus", part)]
    ['Statistical analysis']
    """
    return _as_candidates(_named(as_list(text), part))


def _suggesting(base: SkillMatch, text: str, found: list[SkillCandidate], limit: int) -> SkillMatch:
    """No match for *text*: the first *limit* of *found* as suggestions."""
    return base.model_copy(
        update={
            "query": text,
            "skill_id": None,
            "label": None,
            "method": "none",
            "similarity": max(c.similarity for c in found),
            "matched_name": None,
            "alternatives": tuple(found[:limit]),
            "cosine": None,
        }
    )


def _need_suggested(
    text: str,
    need: tuple[str, str],
    part: Callable[[str], SkillMatch],
    candidates: list[SkillCandidate],
    *,
    limit: int,
) -> SkillMatch | None:
    """Both skills of "X with people with a need" when the need names one, else no match.

    "psychoeducation for adults with ADHD" is split into X's skill and the need's; with
    a need naming no skill, the text is unread with the need's near names, then X's,
    suggested. ``None`` when X names no skill (the phrase is then no phrase of this kind).
    """
    head, wanted = need
    heads = _named([head, *_heads(head)], part)
    if not heads:
        return None
    # The name and the need are read when the need names a skill too, the need first as
    # before: "psychoeducation for adults with ADHD" (twenty-ninth round); a need naming
    # none keeps the text unread.
    needs = [match for match in _named([wanted], part) if match.skill_id != heads[0].skill_id]
    first = heads[0].model_copy(update={"query": head})
    if needs:
        read = [(wanted, needs[0]), (head, first)]
        return as_split(text, read, limit=limit, candidates=candidates)
    found = _as_candidates([*_named([wanted], part)])
    seen = {c.skill_id for c in found}
    found += [c for c in candidates if c.skill_id not in seen]
    seen |= {c.skill_id for c in candidates}
    found += [c for c in _as_candidates(heads[:1]) if c.skill_id not in seen]
    return _suggesting(heads[0], text, found, limit)


def work_match(
    text: str, part: Callable[[str], SkillMatch], suggested: list[SkillCandidate], *, limit: int
) -> SkillMatch | None:
    """Return *text* read as teaching work (:func:`~careermap.resolve.parts.teaching_work`).

    The resolver's last reading, after the semantic layer: the first name that names a
    skill is a match (method ``'part'``), with *suggested* (what the text was near) as
    its alternatives; ``None`` when the text describes no teaching work.
    """
    for name in teaching_work(text):
        match = part(name)
        if _names_skill(match):
            others = tuple(c for c in suggested if c.skill_id != match.skill_id)
            return match.model_copy(
                update={"query": text, "method": "part", "alternatives": others[:limit]}
            )
    return None
