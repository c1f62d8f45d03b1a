"""A lead post in a field the person has never worked in asks for that field's work first.

Sixteenth round, found by reading the seventh persona set's detail: a refuge manager of
twelve years moving into HR was offered *HR manager* and *learning and development
manager* first, "Ready now", over HR adviser and generalist posts. Most postings for
both ask for years of the work itself (US Bureau of Labor Statistics, Occupational
Outlook Handbook, 11-3121 and 11-3131), so both name it as the next step.
"""

from __future__ import annotations

import pytest

import careermap
from careermap import lookup_role

# The seventh set's refuge manager, as she wrote herself (skills, title, credentials).
SKILLS = [
    "managing a team of 14 staff:5",
    "recruitment and interviewing",
    "staff supervision and appraisals",
    "budget management",
    "risk assessment (DASH)",
]
REFUGE_MANAGER = {
    "education": "bachelor",
    "years_experience": 12,
    "current_role": "Refuge Services Manager",
    "country": "GB",
    "credentials": [
        "BA (Hons) Social Policy",
        "CIPD Level 5 Associate Diploma in People Management (in progress)",
        "Women's Aid Domestic Abuse Training",
    ],
}
LEADS = ("hr-manager", "learning-and-development-manager")


def verdicts(background, default, skills=SKILLS):
    ranked = careermap.rank_careers(skills, taxonomy=default, limit=None, background=background)
    return {m.role_id: m.readiness for m in ranked}


@pytest.mark.parametrize("role_id", LEADS)
def test_a_lead_post_names_the_work_it_asks_for(role_id):
    asked = lookup_role(role_id).entry.experience
    assert asked is not None
    assert lookup_role(role_id).entry.seniority.value == "lead"


@pytest.mark.parametrize("role_id", LEADS)
def test_a_manager_from_another_field_is_told_to_get_that_work_first(role_id, default):
    found = verdicts(REFUGE_MANAGER, default)[role_id]
    assert found.verdict == "experience"
    assert lookup_role(role_id).entry.experience.of in str(found)


def test_the_hr_posts_below_manager_stay_open_to_her(default):
    found = verdicts(REFUGE_MANAGER, default)
    assert found["hr-generalist"].verdict == "ready"
    assert found["hr-business-partner"].verdict == "ready"


def test_advice_order_puts_the_hr_posts_she_could_take_before_the_lead_posts(default):
    ranked = careermap.rank_careers(
        SKILLS, taxonomy=default, limit=None, background=REFUGE_MANAGER, order="advice"
    )
    order = [m.role_id for m in ranked]
    for lead in LEADS:
        assert order.index("hr-generalist") < order.index(lead)


@pytest.mark.parametrize(
    ("change", "role_id"),
    [
        ({"current_role": "Senior HR Adviser"}, "hr-manager"),
        ({"credentials": ["CPHR (BC & Yukon)"]}, "hr-manager"),
        ({"credentials": ["CIPD Chartered Member"]}, "hr-manager"),
        ({"current_role": "Training Officer"}, "learning-and-development-manager"),
        ({"current_role": "Senior trainer"}, "learning-and-development-manager"),
    ],
)
def test_work_in_the_field_or_a_senior_designation_shows_it(change, role_id, default):
    assert verdicts({**REFUGE_MANAGER, **change}, default)[role_id].verdict == "ready"
