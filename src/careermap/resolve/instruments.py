"""A named assessment with the instruments it used, by their codes, in brackets.

"psychological assessment (WISC-V)", "clinical assessment (WISC, CBCL)": the name before
the bracket is an assessment (:data:`_ASSESSING`), and the codes in the bracket
(:func:`careermap.resolve.codes.is_code`) the tests or measures it used, which the
taxonomy knows as another skill's aliases (the Wechsler scales and the CBCL:
*Psychometric testing*; the PHQ-9: *Outcome measurement*). A phrase whose parts name two
skills is no match, so that it never silently becomes one of them
(:func:`careermap.resolve.part_match.phrase_match`), and so these texts were read as
nothing: the assessment was lost because its instrument was named (thirty-third round;
"WAIS" was not made an alias in the thirty-second for that reason). The person did both:
the assessment, and the testing with the instruments the bracket names.
:func:`instruments` gives the bracket's readings, for the phrase to be read as both
skills (a split).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from careermap.base.text import BRACKETED
from careermap.resolve.codes import is_code

if TYPE_CHECKING:
    from careermap.resolve.parts import Split
    from careermap.resolve.skill_match import SkillMatch

__all__ = ["instruments"]

#: A name of assessing work: an assessment, evaluation, examination, screening or testing.
#: Codes after other work are not its instruments: "statistics (SPSS, CBT)" names two
#: skills, a tool and a therapy.
_ASSESSING = re.compile(r"\b(?:assess|evaluat|exam|screen|test)\w*", re.IGNORECASE)
#: How a part names a skill for sure: by its id, label or alias.
_SURE = frozenset({"id", "exact", "alias"})


def instruments(
    text: str, split: Split, required: list[SkillMatch], part: Callable[[str], SkillMatch]
) -> list[SkillMatch]:
    """Return the readings of the instrument codes in the bracket after a named practice.

    Parameters
    ----------
    text : str
        The phrase as written.
    split : Split
        One reading of it (:func:`careermap.resolve.parts.split_phrase`): one name
        required, the bracket's parts optional.
    required : list of SkillMatch
        The required part's match.
    part : callable
        Matches one part as a whole text, by name.

    Returns
    -------
    list of SkillMatch
        The matches of the bracket's codes that name another skill by its label or alias,
        when the name before the bracket is an assessment that names a skill by its label
        or alias and every part of the bracket that names a skill is such a code; empty
        otherwise.

    Examples
    --------
    >>> from functools import partial
    >>> from careermap.resolve.parts import split_phrase
    >>> from careermap.resolve.resolver import match_text
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> part = partial(match_text, taxonomy=default_taxonomy(), semantic=False, phrases=False)
    >>> text = "psychological assessment (WISC-V)"
    >>> split = split_phrase(text)[0]
    >>> [match.skill_id for match in instruments(text, split, [part(split.required[0])], part)]
    ['psychometric-testing']
    >>> text = "psychological assessment (WISC-V, play therapy)"
    >>> split = split_phrase(text)[0]
    >>> instruments(text, split, [part(split.required[0])], part)
    []
    >>> split = split_phrase("statistics (SPSS, CBT)")[0]
    >>> instruments("statistics (SPSS, CBT)", split, [part(split.required[0])], part)
    []
    """
    if len(required) != 1 or required[0].method not in _SURE or not split.optional:
        return []
    if not _ASSESSING.search(split.required[0]):
        return []
    inside = " ".join(found[1:-1] for found in BRACKETED.findall(text))
    named = [match for match in map(part, split.optional) if match.skill_id is not None]
    if not named or any(
        match.method not in _SURE or not is_code(match.query) or match.query not in inside
        for match in named
    ):
        return []
    return [match for match in named if match.skill_id != required[0].skill_id]
