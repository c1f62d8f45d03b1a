"""A job title in a word careermap does not know, glossed in English in brackets after it.

People who hold a post named in their own language write its English name in brackets
after it ("Undervisningskonsulent (suicide prevention trainer), public health centre",
"Kaimahi (community support worker)"). A title with letters English has not is read in
its gloss already (:func:`careermap.results.title_words.in_gloss`, twenty-ninth round);
one in English letters was not, so a Danish or Māori title written without accents
named nothing (thirty-third round). :func:`glossed_title` reads such a gloss when no word
of the title before the brackets is a word careermap knows: a word of a role's or a
skill's name, alias or description (:func:`known_words`). Brackets after a title in
known words are a setting or a grade ("Staff Nurse (psychiatry)", "Ward Manager (Band
7)"), not a gloss, and are read as before.
"""

from __future__ import annotations

import re

from careermap.base.cache import derived
from careermap.base.text import BRACKETED, key_counts, match_key, normalize
from careermap.taxonomy.models import Taxonomy

__all__ = ["glossed_title", "known_words", "posts"]

#: A title, one run of English words in brackets after it, and what follows the brackets.
_GLOSSED = re.compile(r"^(?P<title>[^()]+)\((?P<gloss>[\x00-\x7f]+?)\)(?P<rest>[^()]*)$")
#: A word of letters (rough stems of numbers and codes say nothing of a language).
_WORD = re.compile(r"^[a-z]+$")


def known_words(taxonomy: Taxonomy) -> frozenset[str]:
    """Return the words (rough stems) of the roles' and skills' names, aliases and descriptions."""

    def build() -> frozenset[str]:
        texts = [text for role in taxonomy.roles for text in (role.title, *role.aliases)]
        texts += [role.description for role in taxonomy.roles]
        texts += [text for skill in taxonomy.skills for text in (skill.label, *skill.aliases)]
        texts += [skill.description for skill in taxonomy.skills]
        return frozenset(key_counts(" ".join(texts)))

    return derived(taxonomy, "known-title-words", build)


def glossed_title(held: str, taxonomy: Taxonomy) -> str | None:
    """Return a title in words careermap does not know read in its English gloss, or ``None``.

    Parameters
    ----------
    held : str
        A job title as the person wrote it.
    taxonomy : Taxonomy
        Whose words are known (:func:`known_words`).

    Returns
    -------
    str or None
        The gloss, with what follows the brackets; ``None`` when the title has no gloss
        in brackets, a word before them careermap knows, or brackets that name no post
        (the last word of a role's name: "GZ-psycholoog (not working, relocated)").

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> glossed_title("Undervisningskonsulent (suicide prevention trainer), public health "
    ...               "centre", taxonomy)
    'suicide prevention trainer, public health centre'
    >>> glossed_title("Staff Nurse (psychiatry)", taxonomy) is None
    True
    >>> glossed_title("Psychologist (CBT, DBT)", taxonomy) is None
    True
    >>> glossed_title("GZ-psycholoog (not working, relocated)", taxonomy) is None
    True
    """
    glossed = _GLOSSED.match(held)
    if glossed is None:
        return None
    words = [word for word in match_key(glossed["title"]).split() if _WORD.match(word)]
    if not words or set(words) & known_words(taxonomy):
        return None
    named = normalize(glossed["gloss"]).split()
    if not named or named[-1] not in posts(taxonomy):  # "(not working, relocated)"
        return None
    return glossed["gloss"].strip() + glossed["rest"]


def posts(taxonomy: Taxonomy) -> frozenset[str]:
    """Return the last words of the roles' names, as written (folded): the posts they name."""

    def build() -> frozenset[str]:
        names = (name for role in taxonomy.roles for name in (role.title, *role.aliases))
        return frozenset(
            words[-1] for name in names if (words := normalize(_unbracketed(name)).split())
        )

    return derived(taxonomy, "gloss-posts", build)


def _unbracketed(name: str) -> str:
    return BRACKETED.sub(" ", name)
