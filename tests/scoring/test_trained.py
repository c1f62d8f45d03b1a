"""A certificate of another trade names the move (careermap.scoring.trained)."""

from __future__ import annotations

import careermap
from careermap.resolve.profile import Background
from careermap.scoring.trained import TRAINED_FOR_BOOST, trained_posts

# The twenty-ninth set's Wagga Wagga veterans' counsellor, retrained for work health and
# safety: the skills the benchmark reads from his CV lines, his registration and his
# Certificate IV in Work Health and Safety.
COUNSELLOR = [
    "suicide risk assessment:4",
    "critical incident debriefing:3",
    "outcome measurement:3",
    "training delivery:4",
]
WHS = "Certificate IV in Work Health and Safety (BSB41419)"
BACKGROUND = {
    "education": "master",
    "field": "counselling",
    "credentials": ["PACFA Registered Clinical Counsellor", WHS],
    "years_experience": 9,
    "country": "AU",
    "current_role": "Outreach Program Counsellor, Open Arms (contract)",
    "avoid": ["trauma-exposure", "clinical-caseload"],
}
TRAINERS = ("corporate-trainer", "training-and-development-specialist", "curriculum-specialist")


def _order(**changes):
    ranking = careermap.rank_careers(
        COUNSELLOR, background={**BACKGROUND, **changes}, semantic=False, limit=None
    )
    return [m.role_id for m in ranking]


def test_the_post_his_certificate_names_leads_before_trainer_posts():
    order = _order()
    post = order.index("psychosocial-safety-specialist")
    assert all(post < order.index(r) for r in TRAINERS), order[:8]
    # Without the certificate it follows them, where its fit alone places it.
    without = _order(credentials=["PACFA Registered Clinical Counsellor"])
    post = without.index("psychosocial-safety-specialist")
    assert all(post > without.index(r) for r in TRAINERS), without[:8]


def test_scores_are_unchanged():
    ranking = careermap.rank_careers(COUNSELLOR, background=BACKGROUND, semantic=False, limit=None)
    fit = careermap.rank_careers(COUNSELLOR, semantic=False, limit=None)
    shown = {m.role_id: m.score for m in ranking}
    by_id = {m.role_id: m.score for m in fit}
    assert shown["psychosocial-safety-specialist"] == by_id["psychosocial-safety-specialist"]
    assert TRAINED_FOR_BOOST > 1


def test_only_credentials_outside_the_trade_the_record_names(default):
    counsellor = Background(credentials=["PACFA Registered Clinical Counsellor", WHS])
    found = {default.roles[i].id for i in trained_posts(counsellor, default)}
    assert "psychosocial-safety-specialist" in found
    # A certificate with no trade named says nothing of a move; nor does no credential.
    assert trained_posts(Background(credentials=[WHS]), default) == frozenset()
    assert trained_posts(Background(current_role="Counsellor"), default) == frozenset()
    # A licence is the trade itself, never a move it names.
    for role_id in found:
        assert default.role_index[role_id].sector not in {"mental-health"}
