"""Where a CV line's context begins: the setting after what was done (thirty-third round).

People write their work with its setting: "co-led a weekly therapeutic group on an
eating disorders unit", "SENCo coordinating support for pupils in a primary school",
"produced an impact report for the funder". A static encoder averages every word, so
the setting ("unit", "school", "funder") pulls the text towards skills about settings.
:func:`tail_start` finds where such a tail begins: the first "on", "in", "at", "for",
"across", "within", "throughout" or "inside" after the text's first two words. The
semantic layer reads the text once as written and once with its tail's tokens weighing
less, and orders its nearest skills by both; the similarity it reports stays that of the
text as written (:meth:`careermap.resolve.semantic.SemanticIndex.prime`,
docs/semantic.md, "Thirty-third round").
"""

from __future__ import annotations

import re

__all__ = ["tail_start"]

#: Prepositions that begin a setting: where, for whom or across what the work was done.
_SETTING = re.compile(r"(?:on|in|at|for|across|within|throughout|inside)", re.IGNORECASE)
#: Words a text keeps before its tail can begin: the work itself ("lobbying for ..." keeps
#: its object; "writing in ..." is too short to have a setting).
_HEAD_WORDS = 2
_WORD = re.compile(r"\S+")


def tail_start(text: str) -> int | None:
    """Return the offset in *text* where its setting begins, or ``None`` when it has none.

    Examples
    --------
    >>> text = "co-led a weekly therapeutic group on an eating disorders unit"
    >>> text[: tail_start(text)]
    'co-led a weekly therapeutic group '
    >>> tail_start("checking in with clients") is None  # "in" is the second word
    True
    >>> tail_start("active listening") is None
    True
    """
    for position, word in enumerate(_WORD.finditer(text)):
        if position >= _HEAD_WORDS and _SETTING.fullmatch(word.group()):
            return word.start()
    return None
