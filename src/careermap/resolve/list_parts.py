"""Which parts of a list may be left unread when the rest names a skill (thirty-first round).

:func:`careermap.resolve.part_match.partly_read` reads a list from the parts that name a
skill and shows the rest unread ("reasonable adjustments / Access to Work apps",
twenty-eighth round). Review 31 (P1) found two lists it dropped whole:

* **a word of one skill's names only**: "notes & treatment plans" was unread because
  "notes" was taken for a word several skills' names share, as "assessment" is
  ("assessment and formulation", whose "assessment" may name any of four skills). The
  word counts as shared only when two skills' names hold it as a whole word
  (:func:`shared_word`): "notes" is in *Clinical documentation*'s "DAP notes", and only
  began *Regulatory compliance*'s "statutory notifications";
* **a head noun shared across "A & B"**: "court & case conference reports" is "court
  reports" and "case conference reports", as English shares the noun
  (:func:`careermap.resolve.parts.split_phrase` reads it so first). A part made by
  sharing the head (:func:`shares_head`) may be read when it names a skill by its label
  or alias ("court reports": *Report writing*); a part left unread must be one the person
  wrote ("case conference reports"), never one a reading made.
"""

from __future__ import annotations

from careermap.base.text import match_key, normalize
from careermap.resolve.names import NameIndex

__all__ = ["shared_word", "shares_head"]


def shared_word(word: str, index: NameIndex) -> bool:
    """Say whether *word* is one word that the names of two skills or more hold whole.

    A name holding a longer word that begins with it ("notifications" for "notes") does
    not count.
    """
    keys = match_key(word).split()
    if len(normalize(word).split()) != 1 or len(keys) != 1:
        return False
    (key,) = keys
    holders = {
        skill_id
        for skill_id, name_key in zip(index.choice_skill, index.choice_key, strict=True)
        if key in name_key.split()
    }
    return len(holders) > 1


def shares_head(part: str, text: str) -> bool:
    """Say whether *part* is a part of *text*'s list given the list's last word, its head.

    Examples
    --------
    >>> shares_head("court reports", "court & case conference reports")
    True
    >>> shares_head("case conference reports", "court & case conference reports")
    False
    >>> shares_head("notes plans", "notes & treatment plans")
    True
    >>> shares_head("CBT skills", "CBT, DBT")
    False
    """
    words, written = normalize(part).split(), normalize(text).split()
    return (
        part not in text
        and len(words) > 1
        and words[-1] == written[-1]
        and all(word in written for word in words)
    )
