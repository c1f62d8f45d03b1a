"""Negations in what a person writes: "no crisis line work", "I have never managed staff".

A skill text or a narrative's clause that says the person has not done something names
no skill they hold. One rule reads both (:func:`negated`): the profile's semantic stage
only suggests such a text, and the narrative extractor leaves such a clause out
(docs/profiles.md, "Negations").
"""

from __future__ import annotations

import re

__all__ = ["NEGATION", "negated"]

#: A whole word of negation, or "n't".
NEGATION = re.compile(
    r"\b(?:never|not|no|without|nor|neither|none|nobody|nothing|cannot)\b|n't\b", re.IGNORECASE
)
#: Where the words that follow say who the people were, not what the person did.
_WHO = re.compile(r"\bwho(?:m|se)?\b", re.IGNORECASE)


def negated(text: str) -> bool:
    """Say whether *text* holds a negation: "no", "not", "never", "without", "n't" and the like.

    A negation after "who", "whom" or "whose" says who the people were ("speaking up
    for people who cannot speak for themselves"), so it does not count.

    Parameters
    ----------
    text : str
        A skill text or a clause, as the person wrote it.

    Returns
    -------
    bool

    Examples
    --------
    >>> negated("I cannot drive"), negated("for clients who can't"), negated("notes")
    (True, False, False)
    >>> negated("no crisis line work"), negated("never worked with people who self-harm")
    (True, True)
    """
    return bool(NEGATION.search(_WHO.split(text, maxsplit=1)[0]))
