"""A job title near a role's name by its letters, but with another word in place of one.

:func:`careermap.results.current.current_role` reads a title that names no role exactly
by a confident fuzzy match of rough stems (rapidfuzz's ``token_sort_ratio``), so that a
spelling, a plural, a typing slip ("Peer Suport Specialist") or a near word ("Health and
Wellbeing Coach": the wellness coach) still names the role. A title with a word the
rough stemmer keeps apart from one of the name's (:func:`careermap.base.text.kept_apart`)
is not such a variant: "Staff Care Counsellor" (a humanitarian agency's staff welfare
counsellor) is not a "Career counsellor", though *care* and *career* differ by two
letters only (thirty-third round). Such a title is left to the readings that follow (a
name inside it, its kind of work).
"""

from __future__ import annotations

from careermap.base.text import kept_apart

__all__ = ["swaps_a_word"]


def swaps_a_word(key: str, known: str) -> bool:
    """Say whether a title's key has a word the stemmer keeps apart from one of a name's.

    Parameters
    ----------
    key : str
        The title's rough stems (:func:`careermap.base.text.match_key`).
    known : str
        A role name's rough stems.

    Returns
    -------
    bool
        True when a word of the title the name has not and a word of the name the title
        has not are two words :func:`careermap.base.text.kept_apart` keeps apart.

    Examples
    --------
    >>> swaps_a_word("care counselor", "career counselor")
    True
    >>> swaps_a_word("peer suport specialist", "peer support specialist")
    False
    >>> swaps_a_word("health wellbe coach", "health wellness coach")
    False
    """
    said, named = set(key.split()), set(known.split())
    return any(kept_apart(a, b) for a in said - named for b in named - said)
