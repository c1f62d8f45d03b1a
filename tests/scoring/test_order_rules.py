"""Order rules of the twenty-ninth round (review 29, P9 and P11).

A post needing two or more gates the person lacks follows every nearer long step, those
involving work the person would rather not do included (P9). Each rule places a post in
advice order; no score and no verdict changes.
"""

from __future__ import annotations

from careermap.resolve.profile import Background
from careermap.scoring.advice import ADVICE_TIERS, FAR_TIER, advice_key


def test_a_post_behind_two_or_more_gates_follows_the_avoided_reachable_ones(default):
    support_worker = Background(
        education="certificate",
        country="GB",
        years_experience=22,
        avoid=["physical-intervention", "shift-work"],
    )
    practitioner = advice_key(
        default.role_index["psychiatric-nurse-practitioner"], support_worker, default
    )
    associate = advice_key(default.role_index["nursing-associate"], support_worker, default)
    assert practitioner[0] == FAR_TIER
    assert associate == (ADVICE_TIERS["needs"], True, False)
    assert associate < practitioner
