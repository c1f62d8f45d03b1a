"""What a score means: the bands shown beside every score.

A score of 1.0 means the person meets every requirement of the role at its
level and the role uses every one of their skills as much as they rely on it.
The bands name ranges of the score; their lower thresholds were read off the
simulated persons of ``benchmarks/quality.py`` (an O*NET occupation's top ten
elements at their levels, fit part of the development half; the table is in
``docs/performance.md``):

* ``strong`` (from 0.55): where a person's own occupation lands (median 0.63);
* ``good`` (from 0.45): where most of the occupations O*NET's experts list as
  related land (median 0.53), and few others (median 0.39);
* ``stretch`` (from 0.3): a move that needs real retraining;
* ``weak`` below.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from careermap.results.matches import RoleMatch

__all__ = ["BANDS", "Band", "band", "score_band", "weak_lead"]

Band = Literal["strong", "good", "stretch", "weak"]

#: Each band with its lowest score, best first.
BANDS: tuple[tuple[Band, float], ...] = (
    ("strong", 0.55),
    ("good", 0.45),
    ("stretch", 0.3),
    ("weak", 0.0),
)


def score_band(score: float) -> Band:
    """Return the band of *score* (compared after rounding to 12 decimals).

    Parameters
    ----------
    score : float
        A career score, from 0 to 1.

    Examples
    --------
    >>> score_band(0.62), score_band(0.5), score_band(0.35), score_band(0.1)
    ('strong', 'good', 'stretch', 'weak')
    """
    rounded = round(score, 12)
    for name, threshold in BANDS:
        if rounded >= threshold:
            return name
    return "weak"


band = score_band


def weak_lead(matches: Sequence[RoleMatch], *, told: bool = False) -> str:
    """Say, when a ranking opens with a weak match, that it is no recommendation.

    A list's first line reads as advice. When its first role's score is weak, a
    counsellor would say so before reading it out: either nothing listed fits well,
    or what fits better comes later because advice order puts first the posts the
    person could take now. Empty when the first match is not weak.

    *told*: the head of the list already says that it rests on the little that was read
    and names the texts to write again (a thin list's note, under the reading caution):
    then "every score is weak ... rewording those not recognised may change it" says it a
    second time, and is left out (review40 P9: the Aruba begeleider's head read the same
    advice twice above a first line at 0.081). The first-role sentence is still said.

    Examples
    --------
    >>> import careermap
    >>> weak_lead(careermap.rank_careers(["CBT:4", "motivational interviewing:4"], limit=3))
    ''
    >>> print(weak_lead(careermap.rank_careers(["Excel:1"], limit=3)))
    ... # doctest: +ELLIPSIS +NORMALIZE_WHITESPACE
    No role here fits your skills well: every score is weak, so read the list as
    directions to explore, not as recommendations...
    >>> weak_lead(careermap.rank_careers(["Excel:1"], limit=3), told=True)
    ''
    """
    if not matches or matches[0].band != "weak":
        return ""
    first = matches[0]
    if any(m.band != "weak" for m in matches[1:]):
        return (
            f"The first role here, {first.title}, is only a weak match ({first.score:.2f}): "
            "it comes first as a post you could take now; roles that fit better come later "
            "with what they need."
        )
    if told:
        return ""
    return (
        "No role here fits your skills well: every score is weak, so read the list as "
        "directions to explore, not as recommendations; naming more of your skills, or "
        "rewording those not recognised, may change it."
    )
