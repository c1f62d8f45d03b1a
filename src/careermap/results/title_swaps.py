"""A job title near a role's name by its letters, but with another word in place of one.

:func:`careermap.results.current.current_role` reads a title that names no role exactly
by a confident fuzzy match of rough stems (rapidfuzz's ``token_sort_ratio``), so that a
spelling, a plural, a typing slip ("Peer Suport Specialist") or a near word ("Health and
Wellbeing Coach": the wellness coach) still names the role. A title with a word the
rough stemmer keeps apart from one of the name's (:func:`careermap.base.text.kept_apart`)
is not such a variant: "Staff Care Counsellor" (a humanitarian agency's staff welfare
counsellor) is not a "Career counsellor", though *care* and *career* differ by two
letters only (thirty-third round). Nor is a title with another word in place of one of
the name's, a word that is neither a slip of the name's (one letter added, dropped,
changed or two swapped, :data:`SLIP`) nor a form of its root (:data:`ROOT` letters in
common where they begin, or the one ending the other: "psychotherapist", "therapist"): a
"Patrol officer" is no "Parole officer", a police patrol's post and not the probation
service's, though the two differ by two letters (thirty-fourth round, titles34). Such a
name is never the role held, but a title near it and another name is near two and names
neither (:func:`careermap.results.current.current_role`'s margin). Such a title is left
to the readings that follow (a name inside it, its kind of work).
"""

from __future__ import annotations

from careermap.base.text import kept_apart

__all__ = ["ROOT", "SLIP", "is_variant", "swaps_a_word"]

#: The edits a typing slip makes to a word (Damerau-Levenshtein distance): one letter added,
#: dropped or changed, or two neighbours swapped ("suport", "pyschologist"), in a word of
#: at least :data:`_SLIP_LETTERS` letters as rough stems ("ofic" for "offic"; shorter words a
#: letter apart are other words: "art", "act").
SLIP = 1
_SLIP_LETTERS = 4
#: The letters two forms of one root share where they begin ("wellbeing" and "wellness",
#: "program" and "programme", "counsel" and "counselling").
ROOT = 4


def is_variant(said: str, named: str) -> bool:
    """Say whether a title's word may stand for a name's: a slip, or a form of its root.

    Both are rough stems (:func:`careermap.base.text.match_key`).

    Examples
    --------
    >>> is_variant("suport", "support"), is_variant("wellbe", "wellness")
    (True, True)
    >>> is_variant("psychotherapist", "therapist")
    True
    >>> is_variant("patrol", "parole"), is_variant("care", "career")
    (False, False)
    """
    if said == named:
        return True
    if kept_apart(said, named):
        return False
    from rapidfuzz.distance import DamerauLevenshtein, Prefix  # noqa: PLC0415 - fuzzy reads only

    if Prefix.similarity(said, named) >= ROOT:  # the letters both begin with
        return True
    longer, shorter = (said, named) if len(said) > len(named) else (named, said)
    if len(shorter) >= ROOT and longer.endswith(shorter):  # "psychotherapist", "therapist"
        return True

    short = min(len(said), len(named))
    return short >= _SLIP_LETTERS and DamerauLevenshtein.distance(said, named) <= SLIP


def swaps_a_word(key: str, known: str) -> bool:
    """Say whether a title's key has a word in place of one of a name's, not a variant of it.

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
        has not are two words :func:`careermap.base.text.kept_apart` keeps apart, or when
        the title has words the name has not and a word of the name the title has not is
        no variant of any of them (:func:`is_variant`).

    Examples
    --------
    >>> swaps_a_word("care counselor", "career counselor")
    True
    >>> swaps_a_word("patrol offic", "parole offic")
    True
    >>> swaps_a_word("peer suport specialist", "peer support specialist")
    False
    >>> swaps_a_word("health wellbe coach", "health wellness coach")
    False
    >>> swaps_a_word("senior peer support specialist", "peer support specialist")
    False
    """
    said, named = set(key.split()), set(known.split())
    extra, missing = said - named, named - said
    if any(kept_apart(a, b) for a in extra for b in missing):
        return True
    return bool(extra) and any(not any(is_variant(a, b) for a in extra) for b in missing)
