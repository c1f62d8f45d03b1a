"""Texts the read sets left unread or misread (thirty-ninth round, read39).

The twenty-ninth set's Dundalk suicide crisis nurse wrote "SCAN assessments in GP
surgeries", her whole trade, unread (review38). The thirtieth set, read this round, wrote
reports by how often they went ("weekly reports to the judge"), a vocational lecturer's
course delivered and assessed, teaching "to students before placement" (read by meaning as
*Suicide risk assessment*), nurses managed, patients and caregivers taught, women
accompanied to court and the police, early warning signs spotted, CBT for psychosis and
family intervention, and methadone dispensed: each now reads by name, with a near miss
that must not.
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.how_often import without_frequency
from careermap.resolve.misreads import spelled_in_context

from ..conftest import read_lexically, skills_read


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


@pytest.mark.parametrize(
    "text", ["SCAN assessments in GP surgeries", "SCAN assessments for GPs", "SCAN assessment"]
)
def test_a_suicide_crisis_assessment_is_read(taxonomy, text):
    assert read_lexically(text, taxonomy) == "suicide-risk-assessment"


@pytest.mark.parametrize(
    "text", ["bladder scan assessments", "CT scan", "body scan", "scan", "ultrasound scan"]
)
def test_a_scan_is_no_suicide_assessment(taxonomy, text):
    assert spelled_in_context(text) is None
    assert careermap.resolve_skill(text, taxonomy=taxonomy).skill_id != "suicide-risk-assessment"


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("weekly reports to the judge", "report-writing"),
        ("monthly reports to the county health team", "report-writing"),
        ("fortnightly clinical supervision", "clinical-supervision"),
    ],
)
def test_how_often_names_nothing(taxonomy, text, skill):
    assert read_lexically(text, taxonomy) == skill


@pytest.mark.parametrize(
    "text",
    [
        "annual leave",
        "weekly shopping",
        "Thursday walking group",
        # Near a name by its letters only ("Datix reports"): not read for its frequency.
        "monthly HMIS and DATIM reports",
    ],
)
def test_what_is_left_without_how_often_must_name_a_skill(taxonomy, text):
    assert without_frequency(text) is not None
    assert read_lexically(text, taxonomy) is None


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        (
            "Delivered and assessed the Certificate IV in Mental Health to classes of twenty",
            ["educational-assessment", "training-delivery"],
        ),
        (
            "Taught suicide intervention and de-escalation to students before placement",
            ["conflict-de-escalation", "instructing", "suicide-risk-assessment"],
        ),
        ("Built the course's units in Moodle", ["instructional-design"]),
        ("managing eleven CNMs across community residences", ["management-of-personnel-resources"]),
        ("teaching patients and caregivers", ["psychoeducation"]),
        ("educating clients and their families", ["psychoeducation"]),
        ("going with women to court and police", ["victim-support"]),
        ("accompanying survivors to the police station", ["victim-support"]),
        ("spotting early warning signs and telling the care coordinator", ["relapse-prevention"]),
        (
            "CBT for psychosis and family intervention",
            ["cognitive-behavioural-therapy", "couples-and-family-therapy"],
        ),
        ("methadone dispensing", ["medication-assisted-treatment"]),
        ("peer navigator at the shelter", ["peer-support"]),
    ],
)
def test_the_thirtieth_sets_lines_are_read(taxonomy, text, skills):
    assert skills_read(text, taxonomy) == skills


@pytest.mark.parametrize(
    ("text", "not_read_as"),
    [
        ("managing clients' finances", "management-of-personnel-resources"),
        ("teaching patients CBT skills", "psychoeducation"),  # a topic taught
        ("teaching nurses", "psychoeducation"),  # learners, not clients
        ("going with clients to appointments", "victim-support"),
        ("home visits with the community psychiatric nurse", "victim-support"),
        ("delivered the post", "educational-assessment"),
        ("spotting talent", "relapse-prevention"),
        ("patient navigator", "peer-support"),
    ],
)
def test_near_misses_are_not_read_so(taxonomy, text, not_read_as):
    assert not_read_as not in skills_read(text, taxonomy)
