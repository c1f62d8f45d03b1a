"""A practitioner's title in a narrative read as the name of the practice (thirty-eighth round).

People open a narrative with what they were: "I am a social worker in Soweto with a
caseload of about 60 families", "Nagtrabaho ako bilang social worker sa DSWD". The
extractor finds a skill's name in a clause, and "social worker" is not "social work";
read by meaning, the title is drowned by the rest of a long clause (0.45, 0.29). Here a
title, a practitioner's word (:data:`AGENT_WORDS`: "worker", "nurse", "counsellor",
"mediator"...) after one to five words, is read as the practice those words and the
word's practice name ("social worker": *social work*; "mental health nurse": *mental
health nursing*) when that is a label or alias of the taxonomy of two words or more. A
bare practice word is not read ("psychologist" is no *Psychology*, "therapist" no
*Therapy*): on the spent sets those readings were wrong as often as right
(docs/semantic.md, "Thirty-eighth round"). Nor is another's title: after "the", or after a
preposition with or without "a" ("with the social worker", "referred to a social
worker"), or in the plural ("supervised social workers").

It imports only the resolver's name index; it reads nothing at import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from careermap.base.text import normalize
from careermap.resolve.names import name_index

if TYPE_CHECKING:
    from careermap.taxonomy.models import Taxonomy

__all__ = ["AGENT_WORDS", "practice_names"]

#: A practitioner's word, as normalised, and the word its practice is named by.
AGENT_WORDS = {
    "worker": "work",
    "nurse": "nursing",
    "therapist": "therapy",
    "counsellor": "counselling",
    "counselor": "counseling",
    "mediator": "mediation",
    "interventionist": "intervention",
    "moderator": "moderation",
    "researcher": "research",
    "coordinator": "coordination",
    "trainer": "training",
    "educator": "education",
    "facilitator": "facilitation",
    "supervisor": "supervision",
    "manager": "management",
    "planner": "planning",
    "navigator": "navigation",
}
#: Words before the practitioner's word tried, longest first.
_MOST_WORDS = 5
#: A title after these is another's ("with the social worker", "referred to a social
#: worker", "assisted the psychologist"), not the writer's: the definite article, and a
#: preposition with or without "a" or "an". Plurals are not titles here for the same reason
#: ("supervised social workers").
_ANOTHERS = frozenset({"the", "with", "to", "alongside", "beside", "from", "by", "for", "and"})
_ARTICLES = frozenset({"a", "an"})


def _anothers(before: list[str]) -> bool:
    """Whether the words *before* a title say it is another's ("with a", "the").

    Examples
    --------
    >>> _anothers(["i", "chair", "reviews", "with", "the"]), _anothers(["i", "am", "a"])
    (True, False)
    >>> _anothers(["referred", "him", "to", "a"]), _anothers([])
    (True, False)
    """
    if before and before[-1] in _ARTICLES:
        before = before[:-1]
    return bool(before) and before[-1] in _ANOTHERS


def practice_names(clause: str, taxonomy: Taxonomy) -> list[tuple[str, str]]:
    """Return (skill id, name) for each practitioner's title in *clause* that names a practice.

    Parameters
    ----------
    clause : str
        A clause of a narrative.
    taxonomy : Taxonomy
        Whose labels and aliases name the practices.

    Returns
    -------
    list of tuple of str
        The skill and the name the title was read as, in the order of the text; the
        longest title at each practitioner's word.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> practice_names("I am a social worker in Soweto", load_taxonomy())
    [('social-work-practice', 'social work')]
    >>> practice_names("assisted the psychologist", load_taxonomy())
    []
    >>> practice_names("I chair CPA reviews with the social worker", load_taxonomy())
    []
    """
    names = name_index(taxonomy).exact
    words = normalize(clause).split()
    found: list[tuple[str, str]] = []
    for at, word in enumerate(words):
        practice = AGENT_WORDS.get(word)
        if practice is None:
            continue
        for size in range(min(at, _MOST_WORDS), 0, -1):
            name = " ".join([*words[at - size : at], practice])
            hit = names.get(name)
            if hit is not None:
                if not _anothers(words[: at - size]):
                    found.append((hit[1], name))
                break
    return found
