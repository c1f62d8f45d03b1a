"""Counselling posts as the country asks for them (twentieth round, a counsellor's review).

An Ontario MSW registered with the Ontario College of Social Workers and Social Service
Workers may practise psychotherapy (Psychotherapy Act, 2007), so counselling and EAP posts
that ask for the CRPO's registration take hers; a UK "Registered social worker" does not
hold it by sharing the words. In the UK, Ireland and New Zealand the counselling
registers take graduates below a master's, so a counsellor there is asked for the
registration, not a master's degree.
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background

SKILLS = ["counselling:4", "CBT:3", "risk assessment:4", "active listening:5"]


def _verdict(role_id, credentials, country, education="master"):
    background = Background(
        education=education, credentials=credentials, country=country, years_experience=7
    )
    ranking = careermap.rank_careers(SKILLS, background=background, limit=None, semantic=False)
    return next(m.readiness for m in ranking if m.role_id == role_id)


@pytest.mark.parametrize("role_id", ["mental-health-counsellor", "eap-counsellor"])
def test_an_ontario_rsw_holds_the_counselling_posts_there(role_id):
    assert _verdict(role_id, ["MSW", "RSW (OCSWSSW)"], "CA").verdict == "ready"


@pytest.mark.parametrize("role_id", ["mental-health-counsellor", "eap-counsellor"])
def test_a_uk_registered_social_worker_does_not_by_the_words(role_id):
    assert _verdict(role_id, ["Registered social worker"], "GB").verdict != "ready"


@pytest.mark.parametrize(
    ("country", "register"),
    [("IE", "IACP accredited"), ("GB", "BACP registered"), ("NZ", "NZAC Full Member")],
)
def test_a_counsellor_there_is_asked_for_the_register_not_a_masters(country, register):
    found = _verdict("mental-health-counsellor", [], country, education="bachelor")
    assert found.verdict == "needs", found
    assert not any("master's" in need for need in found.needs), found.needs
    assert any(register in need for need in found.needs), found.needs
