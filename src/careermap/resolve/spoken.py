"""Languages spoken, read again against the person's country (twenty-sixth round).

The resolver reads a list of languages without the person's country
(:func:`careermap.resolve.languages.speaks_languages`): "English" says nothing, as
English is the main language of most services careermap's users work in, and
"Norwegian (native)" names a second language. A profile's :class:`Background` may give
the country; this reads each such text again with that country's main language, so a
Norwegian's "English" is a second language at work and his "Norwegian" is not. Only texts
that list languages and nothing else are read again, and only when the country's main
language is known (:data:`careermap.resolve.languages.MAIN_LANGUAGES`).
"""

from __future__ import annotations

from careermap.resolve.languages import main_languages, names_languages, speaks_languages
from careermap.resolve.resolver import SkillMatch, match_texts
from careermap.resolve.skill_match import unmatched
from careermap.taxonomy.models import Taxonomy

__all__ = ["in_country"]

#: The name a list of languages reads as: the alias of *Second language* that the
#: resolver's language rule reads (``careermap.resolve.parts``).
_LANGUAGES_NAME = "bilingual"


def in_country(match: SkillMatch, country: str | None, taxonomy: Taxonomy) -> SkillMatch:
    """Return *match* read again with *country*'s main language, or as it was.

    Parameters
    ----------
    match : SkillMatch
        How one text of the profile resolved.
    country : str or None
        The person's country (ISO 3166-1 alpha-2), as :class:`Background` keeps it.
    taxonomy : Taxonomy
        The taxonomy the profile was read against.

    Returns
    -------
    SkillMatch
        *Second language* (method ``'part'``, as the resolver reads a list of languages)
        when the text lists a language spoken fluently besides the country's main one; no
        match when the resolver read it so and it lists none; otherwise *match*.

    Examples
    --------
    >>> import careermap
    >>> taxonomy = careermap.load_taxonomy()
    >>> english = careermap.build_profile(["English"], semantic=False).entries[0].match
    >>> in_country(english, "NO", taxonomy).skill_id
    'second-language'
    >>> in_country(english, "GB", taxonomy).skill_id is None
    True
    """
    main = main_languages(country)
    if main is None or match.split or not names_languages(match.query):
        return match
    speaks = speaks_languages(match.query, main)
    read = match.method == "part" and match.matched_name == _LANGUAGES_NAME
    if speaks and match.skill_id is None:
        found = match_texts([_LANGUAGES_NAME], taxonomy, semantic=False, alternatives=False)[0]
        if found.skill_id is None:  # a taxonomy without the name
            return match
        return found.model_copy(update={"query": match.query, "method": "part"})
    if read and not speaks:
        return unmatched(match.query, [], 0)
    return match
