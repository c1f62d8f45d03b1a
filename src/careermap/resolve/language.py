"""Texts written in another language than English, which careermap's names are in.

The bundled taxonomy and the semantic model read English (docs/taxonomy-notes.md says
so); a person who writes their skills in Dutch or Spanish sees most of them unread. A
text is taken to be in another language when it holds one of the short function words
of the European languages people in the persona sets wrote in ("intake en diagnostiek",
"evaluación y seguimiento", "Beratung und Begleitung") that English skill texts do not
use. It is a hint for what to tell the person, never used to resolve anything.
"""

from __future__ import annotations

import re

__all__ = ["OTHER_LANGUAGE_WORDS", "other_language"]

#: Function words of Dutch, German, Spanish, Portuguese, French and Italian that are not
#: words an English skill text would hold: "van", "met", "do", "per", "die", "no", "on",
#: "over" are English words, "NOS" a diagnosis qualifier, "et" ends "et al.", "com" a
#: web address; all left out.
OTHER_LANGUAGE_WORDS = frozenset(
    {
        # Dutch
        "en", "het", "een", "voor", "bij", "naar", "uit", "ook",
        # German
        "und", "mit", "für", "der", "das", "bei", "von", "zur", "zum", "oder",
        # Spanish
        "y", "con", "para", "del", "los", "las", "el", "una", "por", "entre",
        # Portuguese
        "e", "da", "dos", "em", "na", "ao",
        # French
        "avec", "pour", "des", "du", "le", "la", "aux", "sur",
        # Italian
        "di", "il", "della", "delle",
    }
)  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


def other_language(text: str) -> bool:
    """Say whether *text* holds a function word of another language than English.

    Words joined by a hyphen stay one word, so "e-learning" and "de-escalation" are
    English; only words in lower case count, as function words are written, so the
    initials "DA" or "S.A.V.E." are no Portuguese.

    Examples
    --------
    >>> other_language("intake en diagnostiek (DSM-5)"), other_language("evaluación y seguimiento")
    (True, True)
    >>> other_language("de-escalation and e-learning"), other_language("CBT for depression")
    (False, False)
    >>> other_language("diagnostic assessments (DA)")
    False
    """
    return any(word in OTHER_LANGUAGE_WORDS for word in _WORD.findall(text))
