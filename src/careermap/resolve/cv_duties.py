"""A CV line's duties, each read as a text of its own: "... and reviewed their treatment plans".

A CV line often lists several duties, each beginning with a past tense ("Oriented and
shadowed new counselors and reviewed their treatment plans"). Read whole, by name or by
meaning, such a line is diluted: no name covers it and its nearest skill is far, so it was
unread although "reviewed their treatment plans" alone reads as *Treatment planning*
(forty-second round, review42 P3: none of a Minnesota counselor's six CV lines was read).
When nothing else reads a line whose first word is a past tense, :func:`duties` cuts it
where a duty begins (after a comma, a semicolon, "and", "&" or "then", at a past tense,
as :mod:`careermap.resolve.cv_verbs` finds one), a duty of one word joining the next
("Oriented and shadowed new counselors" is one duty, its verbs sharing their object), and
:func:`read_each` reads each duty as any text is: the line is the skills its duties name,
the duties that name none shown unread, as a list read in part is
(:func:`careermap.resolve.part_match.partly_read`).

This module imports only :mod:`careermap.resolve.cv_verbs`, the match models and
:mod:`careermap.resolve.splits`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from careermap.resolve.cv_verbs import as_skill_names_say
from careermap.resolve.skill_match import SkillMatch
from careermap.resolve.splits import as_split

__all__ = ["duties", "read_each"]

#: Where a duty may begin: after a list's separator, at the next word.
_JOINT = re.compile(r"(?:\s*[,;&]\s*(?:and\s+|then\s+)?|\s+(?:and|then)\s+)(?=(?:co-)?([A-Za-z]+))")
#: Two adjectives of one noun joined by a comma ("kept a calm, structured classroom",
#: "a calm, ordered room of 30"; forty-third round, teach43): the article before the comma
#: wants a singular noun, which comes after the participle, so the participle is an
#: adjective, not a duty's verb. "Ran a group, facilitated sessions" (a plural noun) is two
#: duties.
_ARTICLE_END = re.compile(r"(?:^|\s)(?:a|an)\s+[^\W\d_][\w-]*$", re.IGNORECASE)
_SINGULAR_NOUN = re.compile(
    r"\s+(?!(?:the|a|an|their|our|my|his|her|its|them|it|up|out|on|in|to|with|for)\b)"
    r"[^\W\d_][\w-]*(?<![^s]s)\b"
)
#: The fewest duties a line is cut into.
_MIN_DUTIES = 2


def _past(word: str) -> bool:
    """Say whether *word* is a past tense that begins a duty ("liaised", "wrote")."""
    return as_skill_names_say(word) != word


def duties(text: str) -> tuple[str, ...] | None:
    """Return the duties of the CV line *text*, or ``None`` when it lists fewer than two.

    Parameters
    ----------
    text : str
        A skill text as written.

    Returns
    -------
    tuple of str or None
        Each duty as written, in order; ``None`` when *text* does not begin with a past
        tense or names one duty.

    Examples
    --------
    >>> duties("Oriented and shadowed new counselors and reviewed their treatment plans")
    ('Oriented and shadowed new counselors', 'reviewed their treatment plans')
    >>> duties("Kept 245G documentation current and passed two DHS licensing reviews")
    ('Kept 245G documentation current', 'passed two DHS licensing reviews')
    >>> duties("Supervised and trained two junior technicians") is None
    True
    >>> duties("CBT and DBT skills groups") is None
    True
    >>> duties("kept a calm, structured classroom in a pupil referral unit") is None
    True
    >>> duties("Ran a group, facilitated sessions and wrote the reports")
    ('Ran a group', 'facilitated sessions', 'wrote the reports')
    """
    stripped = " ".join(text.split()).strip(" .;")
    first = stripped.split(" ", 1)[0] if stripped else ""
    if not first or not _past(first.removeprefix("co-").removeprefix("Co-")):
        return None
    found: list[str] = []
    begin = 0
    for joint in _JOINT.finditer(stripped):
        duty = stripped[begin : joint.start()].strip()
        if not _past(joint.group(1)) or len(duty.split()) < _MIN_DUTIES:
            continue
        if _adjectives(duty, stripped[joint.end() :], joint.group(0)):
            continue
        found.append(duty)
        begin = joint.end()
    found.append(stripped[begin:].strip())
    return tuple(found) if len(found) >= _MIN_DUTIES else None


def _adjectives(before: str, after: str, joint: str) -> bool:
    """Say whether a comma joins two adjectives of one noun: "a calm, structured classroom"."""
    if joint.strip() != ",":
        return False
    participle = after.split(" ", 1)[0]
    rest = after[len(participle) :]
    return bool(_ARTICLE_END.search(before)) and _SINGULAR_NOUN.match(rest) is not None


def read_each(
    text: str, pieces: Sequence[str], read: Callable[[str], SkillMatch], *, limit: int = 5
) -> SkillMatch | None:
    """Return *text* read as the skills its *pieces* name, each read by *read*, or ``None``.

    One skill named is *text*'s match (method ``'part'`` by name, ``'semantic'`` by
    meaning); two or more are a split (:func:`careermap.resolve.splits.as_split`), each
    with its piece as its ``part``, a piece read as a split giving each of its skills.
    The pieces that name nothing are the match's ``unread``. ``None`` when no piece
    names a skill.
    """
    named: list[tuple[str, SkillMatch]] = []
    unread: list[str] = []
    for piece, match in ((piece, read(piece)) for piece in pieces):
        found = match.split or ((match,) if match.skill_id is not None else ())
        if not found:
            unread.append(piece)
        for one in found:
            method = "semantic" if one.method == "semantic" else "part"
            named.append((piece, one.model_copy(update={"method": method})))
    skills = {one.skill_id for _, one in named} - {None}
    if not skills:
        return None
    if len(skills) > 1:
        return as_split(text, named, limit=limit, unread=tuple(unread))
    piece, one = next((piece, one) for piece, one in named if one.skill_id is not None)
    return one.model_copy(
        update={"query": text, "part": piece, "alternatives": (), "unread": tuple(unread)}
    )
