"""What a person says they want to leave, said back in plain words.

``caution`` names the working conditions of a role that a person gave in
``Background.avoid``; ``with_avoid`` adds conditions to a background given as a model or
a mapping (the ``avoid=`` argument of :func:`careermap.rank_careers`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from careermap.resolve.background import Background
from careermap.taxonomy.conditions import CONDITION_WORDS, Condition

__all__ = ["ON_SITE_CAUTION", "caution", "with_avoid"]


def caution(avoided: Sequence[Condition]) -> str:
    """Say in plain words which conditions a person would rather not do a role involves.

    Examples
    --------
    >>> print(caution([Condition.PHYSICAL_INTERVENTION, Condition.COURT_WORK]))
    ... # doctest: +NORMALIZE_WHITESPACE
    Involves physical intervention (restraint or holds) and court work (reports and
    evidence for courts), which you said you would rather not do

    A role tied to a site, for a person who wants to work from home (``on-site``):

    >>> print(caution([Condition.CLINICAL_CASELOAD, Condition.ON_SITE]))
    ... # doctest: +NORMALIZE_WHITESPACE
    Involves a clinical caseload (assessing or treating patients or clients), which you
    said you would rather not do; usually done in person, on site, not from home as you
    said you want
    """
    words = [CONDITION_WORDS[c] for c in avoided if c is not Condition.ON_SITE]
    parts = []
    if words:
        listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
        parts.append(f"involves {listed}, which you said you would rather not do")
    if Condition.ON_SITE in avoided:
        parts.append(ON_SITE_CAUTION)
    said = "; ".join(parts)
    return said[0].upper() + said[1:]


#: The caution for ``on-site``: a wish to work from home, said as the person put it.
ON_SITE_CAUTION = "usually done in person, on site, not from home as you said you want"


def with_avoid(
    background: Background | Mapping[str, object] | None, avoid: str | Iterable[str]
) -> dict[str, object]:
    """Return *background* as a mapping whose ``avoid`` also holds *avoid* (once each).

    The mapping is validated where it is used (:func:`careermap.build_profile`), so an
    unknown condition is reported there, naming it and listing the valid ones.

    Examples
    --------
    >>> with_avoid({"education": "master"}, ["shift-work"])
    {'education': 'master', 'avoid': ['shift-work']}
    >>> with_avoid(Background(avoid=["shift-work"]), "court-work")["avoid"]
    ['shift-work', 'court-work']
    """
    if isinstance(background, Background):
        given: dict[str, object] = background.model_dump(mode="json", exclude_defaults=True)
    else:
        given = dict(background or {})
    held = given.get("avoid") or ()
    before = [held] if isinstance(held, str) else list(held) if isinstance(held, Iterable) else []
    added = [avoid] if isinstance(avoid, str) else list(avoid)
    given["avoid"] = list(dict.fromkeys([*before, *added]))
    return given
