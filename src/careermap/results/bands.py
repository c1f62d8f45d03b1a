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

from typing import Literal

__all__ = ["BANDS", "Band", "band", "score_band"]

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
