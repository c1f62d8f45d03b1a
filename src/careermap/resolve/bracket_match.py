"""A name with a bracket: the bracket is a note, or it names the skill the name was.

"research (MD thesis, 12 papers)": a bracket naming no skill is a note on the name
before it, which is read as the whole text (:func:`note_head`). "secondment to the
research team (programme evaluation)": a name naming nothing before a bracket that is a
skill's label or alias is read as that skill (:func:`bracket_named`). Neither for a
language list, nor for a bracket saying the skill is not held
(:mod:`careermap.resolve.brackets`). The resolver asks these readings
(:mod:`careermap.resolve.readings`); split from :mod:`careermap.resolve.part_match` in
the thirty-second round, which re-exports both names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from careermap.resolve.brackets import bracketed, examples, extras
from careermap.resolve.languages import names_languages
from careermap.resolve.part_names import _named, _names_skill
from careermap.resolve.parts import _heads

if TYPE_CHECKING:
    from careermap.resolve.resolver import SkillMatch

__all__ = ["bracket_named", "note_head"]


def note_head(text: str, part: Callable[[str], SkillMatch]) -> str | None:
    """Return the name before a bracket that is a note, or ``None``.

    A note names no skill (by *part*, by name) and does not say the skill is not held
    (:func:`~careermap.resolve.brackets.examples`): "CPST case management (former)",
    "Power BI (self taught)". The name is then read as the whole text it is, by name
    (:mod:`careermap.resolve.brackets`). A language list is not: "Welsh (learner)" is
    below the fluency *Second language* is.

    Examples
    --------
    >>> from functools import partial
    >>> from careermap.resolve.resolver import match_text
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> part = partial(match_text, taxonomy=default_taxonomy(), semantic=False, phrases=False)
    >>> note_head("research (MD thesis, 12 papers)", part)
    'research'
    >>> note_head("counselling (received)", part) is None
    True
    >>> note_head("statistics (SPSS, CBT)", part) is None  # the bracket names a skill
    True
    >>> note_head("Welsh (learner)", part) is None
    True
    """
    found = _examples_bracket(text)
    if found is None or any(_names_skill(part(name)) for name in extras(found[1])):
        return None
    return found[0]


def _examples_bracket(text: str) -> tuple[str, str] | None:
    """Return the name and bracket of "name (bracket)" whose bracket may say what it was.

    ``None`` without a bracket, for a language list ("Welsh (learner)") and when the
    bracket says the skill is not held ("counselling (received)").
    """
    found = bracketed(text)
    if found is None or names_languages(text) or not examples(found[1]):
        return None
    return found


def bracket_named(text: str, part: Callable[[str], SkillMatch]) -> str | None:
    """Return the bracketed text of "name (skill)" when only the bracket names a skill, or ``None``.

    "secondment to National Office research & analysis (programme evaluation)": the name
    before the bracket (a post, a project) names nothing, by name or in part, and the
    bracket is a skill's label or alias (every part of it, the same skill's), which says
    what the work was. A near name is not enough ("(working group)" is near *group
    work*, which it is not), nor is a bracket saying the skill is not held, nor one
    with a part naming nothing or another skill ("(cooking, budgeting, Centrelink)").

    Examples
    --------
    >>> from functools import partial
    >>> from careermap.resolve.resolver import match_text
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> part = partial(match_text, taxonomy=default_taxonomy(), semantic=False, phrases=False)
    >>> bracket_named("secondment to the research team (programme evaluation)", part)
    'programme evaluation'
    >>> bracket_named("rewrote our investigation procedures (working group)", part) is None
    True
    """
    found = _examples_bracket(text)
    if found is None or _named([found[0], *_heads(found[0])], part):
        return None
    names = extras(found[1])
    matches = [part(name) for name in names]
    sure = {match.skill_id for match in matches if match.method in {"id", "exact", "alias"}}
    if len(sure) != 1 or not all(match.skill_id in sure for match in matches):
        return None
    return names[0]
