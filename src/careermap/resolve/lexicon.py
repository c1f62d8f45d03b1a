"""Reading a skill written in another language through the taxonomy's lexicons.

A text whose whole normalised form is a term of a lexicon
(:class:`careermap.taxonomy.lexicon.Lexicon`: "intervention de crise", "Krisenintervention",
"психообразование") is read as the skill the term names, as an English alias is (method
``'alias'``, similarity 100), before any reading by spelling or by meaning; the match names
the language in :attr:`~careermap.resolve.SkillMatch.language`, so an explanation says the
text was read through it ("Crisis intervention (read through German:
'Krisenintervention')"). A text that only holds a term among other words is not read
this way; a list of terms is split as an English list is, each part read on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from careermap.base.cache import derived
from careermap.base.frozen import FrozenDict
from careermap.taxonomy.lexicon import term_key

if TYPE_CHECKING:
    from careermap.resolve.skill_match import SkillMatch
    from careermap.taxonomy.models import Taxonomy

__all__ = ["Term", "lexicon_index", "lexicon_match"]


@dataclass(frozen=True)
class Term:
    """A lexicon term as the resolver finds it: its skill, as written, in which languages."""

    skill_id: str
    term: str
    languages: tuple[str, ...]

    @property
    def language(self) -> str:
        """The languages' English names, joined ("Spanish", "Spanish or Portuguese")."""
        return " or ".join(self.languages)


def lexicon_index(taxonomy: Taxonomy) -> Mapping[str, Term]:
    """Return the taxonomy's lexicon terms by their key (:func:`term_key`), built once.

    A term written alike in two languages for the same skill ("psicoterapia" in Spanish
    and Portuguese) names both; the loader refuses one naming two skills.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> term = lexicon_index(load_taxonomy())["krisenintervention"]
    >>> term.skill_id, term.language
    ('crisis-intervention', 'German')
    >>> lexicon_index(load_taxonomy())["desescalada"].language
    'Spanish or Portuguese'
    """

    def build() -> Mapping[str, Term]:
        found: dict[str, Term] = {}
        for lexicon in taxonomy.lexicons:
            for entry in lexicon.skills:
                for term in entry.terms:
                    key = term_key(term)
                    known = found.get(key)
                    if known is None:
                        found[key] = Term(entry.skill, term, (lexicon.name,))
                    elif known.skill_id == entry.skill and lexicon.name not in known.languages:
                        languages = (*known.languages, lexicon.name)
                        found[key] = Term(known.skill_id, known.term, languages)
        return FrozenDict(found)

    if not taxonomy.lexicons:
        return FrozenDict()
    return derived(taxonomy, "lexicon_index", build)


def lexicon_match(text: str, stripped: str, taxonomy: Taxonomy) -> SkillMatch | None:
    """Return the match of *text* when it is a lexicon term, else ``None``.

    *stripped* is *text* without surrounding whitespace.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> match = lexicon_match("Intervention de crise", "Intervention de crise", load_taxonomy())
    >>> match.label, match.method, match.language
    ('Crisis intervention', 'alias', 'French')
    >>> lexicon_match("crisis intervention", "crisis intervention", load_taxonomy()) is None
    True
    """
    index = lexicon_index(taxonomy)
    if not index:
        return None
    found = index.get(term_key(stripped))
    if found is None or found.skill_id not in taxonomy.skill_index:
        return None
    from careermap.resolve.skill_match import SkillMatch  # noqa: PLC0415 - a match only

    return SkillMatch(
        query=text,
        skill_id=found.skill_id,
        label=taxonomy.skill_index[found.skill_id].label,
        method="alias",
        similarity=100.0,
        matched_name=found.term,
        language=found.language,
    )
