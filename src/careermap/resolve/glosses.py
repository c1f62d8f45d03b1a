"""A bracketed translation: "психодрама групи (psychodrama groups)", "visum (licence)".

A person writing in their own language often glosses a text in brackets, in English or
another language the reader may know: "vođenje smjena i rasporeda (rosters for the
ward)", "opleiding van nieuwe gastgezinnen (training host families)", "fitsidihana
ankohonana (visites à domicile)". Until the thirty-seventh round the bracket was read only
when it was a skill's label or alias, whole
(:func:`careermap.resolve.bracket_match.bracket_named`: "shtëpitë e mbështetura
(supported housing)"), so a gloss naming its skill in other words, in part or by meaning
stayed unread (review37 P4: eight glosses of the twenty-eighth persona set). A gloss is
read as the text it translates would be, by name, in part and by meaning
(:func:`gloss`): the text before it is in another language
(:func:`careermap.resolve.language.other_language`, or none of its words is a word of the
taxonomy's names) and names nothing; the bracket is in the names' language (no word or
letter of another, and most of its words words of the names: "Mon soutien psy
(consultations remboursées)" is a note in French, and "interdisziplinäres Team (KJP,
Logopädie, Ergotherapie)" names the team's other professions), and is no note saying the
skill is not held. An English text before a bracket keeps the stricter reading, since
its bracket is a note more often than a translation ("rewrote our investigation
procedures (working group)" is not *Group work*).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from careermap.base.cache import derived
from careermap.base.text import normalize
from careermap.resolve.brackets import bracketed, examples
from careermap.resolve.language import other_language
from careermap.resolve.languages import names_languages
from careermap.resolve.names import name_index
from careermap.resolve.phrase_words import pieces

if TYPE_CHECKING:
    from careermap.resolve.skill_match import SkillMatch
    from careermap.taxonomy.models import Taxonomy

__all__ = ["gloss", "listed", "name_words"]

#: A word of a text: letters of any script, with inner hyphens or apostrophes.
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
#: The shortest word that says which language a text is in: "i", "en", "da" are words of
#: several languages, English's among them.
_MIN_LETTERS = 3
#: The share of a gloss's words that must be words of the names, above which it is taken
#: to be written in their language: "training host families" (two of three), not
#: "intervention physique" or "KJP, Logopädie, Ergotherapie".
_GLOSS_SHARE = 0.5


def name_words(taxonomy: Taxonomy) -> frozenset[str]:
    """Return the words (normalised, three letters or more) of *taxonomy*'s labels and aliases.

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> words = name_words(default_taxonomy())
    >>> "listening" in words, "gastgezinnen" in words
    (True, False)
    """

    def build() -> frozenset[str]:
        return frozenset(
            word
            for name in name_index(taxonomy).exact
            for word in _WORD.findall(name)
            if len(word) >= _MIN_LETTERS
        )

    return derived(taxonomy, "name-words", build)


def _known_share(text: str, taxonomy: Taxonomy) -> float | None:
    """Return the share of *text*'s words that are words of the taxonomy's names.

    Initials and codes ("MMSE", "SON-R") are of no language and are left out. ``None``
    when *text* has no other word of three letters or more.
    """
    words = [
        normalize(w) for w in _WORD.findall(text) if len(w) >= _MIN_LETTERS and not w.isupper()
    ]
    if not words:
        return None
    known = name_words(taxonomy)
    return sum(word in known for word in words) / len(words)


def gloss(text: str, taxonomy: Taxonomy, part: Callable[[str], SkillMatch]) -> str | None:
    """Return the bracket of "text in another language (its translation)", or ``None``.

    ``None`` without a bracket, when the text before it is English (some of its words are
    words of the taxonomy's names, and it holds no word or letter of another language), when
    it names a skill by *part* (by name), for a language list, and when the bracket says
    the skill is not held ("(received)", "(learning)").

    Examples
    --------
    >>> from functools import partial
    >>> from careermap.resolve.resolver import match_text
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> part = partial(match_text, taxonomy=taxonomy, semantic=False, phrases=False)
    >>> gloss("opleiding van nieuwe gastgezinnen (training host families)", taxonomy, part)
    'training host families'
    >>> gloss("психодрама групи (psychodrama groups)", taxonomy, part)
    'psychodrama groups'
    >>> gloss("rewrote our investigation procedures (working group)", taxonomy, part) is None
    True
    >>> gloss("rad s obiteljima (received)", taxonomy, part) is None
    True
    """
    found = bracketed(text.strip())
    if found is None or names_languages(text) or not examples(found[1]):
        return None
    head, inner = found
    # The text before it in another language: a word or letter of one, or no word of the
    # names ("opleiding van nieuwe gastgezinnen"); the bracket in the names' own, most of
    # its words theirs ("Mon soutien psy (consultations remboursées)" is a note in French).
    own = _known_share(head, taxonomy)
    if not (other_language(head) or own == 0.0) or other_language(inner):
        return None
    gloss_share = _known_share(inner, taxonomy)  # None: initials only ("(WISC-V, SON-R)")
    if gloss_share is not None and gloss_share <= _GLOSS_SHARE:
        return None
    if part(head).skill_id is not None:
        return None
    return inner.strip() or None


def listed(translation: str | None) -> bool:
    """Say whether a gloss is a list, read by name and in part only, never by meaning.

    A list in brackets after a text in another language is whom or how more often than
    its translation: "問題賭博輔導 (individual & family)" (problem gambling counselling,
    for individuals and families) was *Couples and family therapy* by meaning (0.68).

    Examples
    --------
    >>> listed("individual & family"), listed("prescribing, supervised")
    (True, True)
    >>> listed("psychodrama groups"), listed(None)
    (False, False)
    """
    return translation is not None and len(pieces(translation)) > 1
