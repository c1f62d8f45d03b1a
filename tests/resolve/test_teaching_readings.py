"""The teacher of a topic, supervising people by who they are, teaching in the past tense.

Twenty-third round, review 23 (finding 1): "Adult and Youth MHFA instructor" and "PMAB
instructor" (Cincinnati, Napa), "supervising NQ music therapists and students on
placement" (Cardiff) and "taught new techs the data app" (Pittsburgh) read as nothing
(careermap.resolve.teaching).
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.teaching import instructor, present, supervising


def _entries(text: str, default: careermap.Taxonomy) -> list[str | None]:
    profile = careermap.build_profile([text], taxonomy=default, semantic=False)
    return [entry.match.skill_id for entry in profile.entries]


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        ("PMAB instructor", ["training-delivery", "physical-intervention"]),
        ("Adult and Youth MHFA instructor", ["training-delivery", "mental-health-first-aid"]),
        (
            "Aboriginal and Torres Strait Islander MHFA instructor",
            ["training-delivery", "mental-health-first-aid"],
        ),
        ("ASIST trainer", ["training-delivery", "suicide-risk-assessment"]),
        ("certified safeTALK trainer", ["training-delivery", "suicide-prevention"]),
    ],
)
def test_the_teacher_of_a_topic_delivers_training_in_it(default, text, skills):
    assert _entries(text, default) == skills


@pytest.mark.parametrize(
    "text",
    [
        "support group facilitator",  # runs a group: no training delivered
        "DBT skills group co-facilitator",
        "yoga instructor",  # a topic no skill names: not read
        "MSW field instructor",
    ],
)
def test_a_group_facilitator_or_an_unknown_topic_is_no_trainer(default, text):
    assert "training-delivery" not in _entries(text, default)


def test_instructor_readings_try_the_topic_then_its_endings():
    assert [topic for _, topic in instructor("Adult and Youth MHFA instructor")] == [
        "Adult and Youth MHFA",
        "Youth MHFA",
        "MHFA",
        "Adult and Youth MHFA training",
        "Youth MHFA training",
    ]
    assert instructor("counselling") == []


def test_an_instructor_teaches_the_course(default):
    # Twenty-fourth round, a counsellor's re-read of the fifteenth set: "QPR Gatekeeper
    # Instructor (taught ~40 trainings)" was read by meaning as suicide prevention only,
    # so a 988 counsellor who has run forty trainings was shown Teaching and training
    # as a gap. The instructor gives QPR gatekeeper training, a name of the skill.
    assert [topic for _, topic in instructor("QPR Gatekeeper instructor")] == [
        "QPR Gatekeeper",
        "Gatekeeper",
        "QPR Gatekeeper training",
    ]
    profile = careermap.build_profile(
        ["QPR Gatekeeper Instructor (taught ~40 trainings)"], taxonomy=default, semantic=False
    )
    assert sorted(profile.skills) == ["suicide-prevention", "training-delivery"]


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        ("supervising NQ music therapists and students on placement", ["clinical-supervision"]),
        ("supervising students on placement", ["clinical-supervision"]),
        ("supervising postdocs for licensure", ["clinical-supervision"]),
        ("supervision of junior neuropsychologists", ["clinical-supervision"]),
        ("supervising LMFT associates", ["clinical-supervision"]),
        ("supervising 12 staff", ["management-of-personnel-resources"]),
        ("supervising support workers", ["management-of-personnel-resources"]),
        ("supervising volunteers", ["volunteer-management"]),
        (
            "supervising HCAs and student nurses",
            ["management-of-personnel-resources", "clinical-supervision"],
        ),
    ],
)
def test_supervising_people_reads_by_who_they_are(default, text, skills):
    assert _entries(text, default) == skills


@pytest.mark.parametrize(
    "text",
    [
        "supervising young people on court orders",  # probation, not supervising staff
        "supervising probation and community service orders",
        "supervised contact",
        "supervising sales associates",  # another trade's staff, no practitioners
        "supervising residents",  # a care home's residents are whom the care is for
    ],
)
def test_supervising_what_is_no_practitioner_is_not_supervision(default, text):
    assert not {"clinical-supervision", "management-of-personnel-resources"} & set(
        _entries(text, default)
    )


def test_supervision_names_each_kind_once():
    assert supervising("supervising interns, trainees and students") == ("clinical supervision",)
    assert supervising("teaching students") == ()


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        ("taught new techs the data app", ["instructing"]),
        ("trained staff on de-escalation", ["training-delivery", "conflict-de-escalation"]),
        ("supervised three staff", ["management-of-personnel-resources"]),
        ("mentored junior staff", ["mentoring"]),
        ("co-taught the MSc module", ["instructing"]),
    ],
)
def test_teaching_in_the_past_tense_is_read_as_teaching(default, text, skills):
    assert _entries(text, default) == skills


def test_only_teaching_words_are_put_in_the_present():
    assert present("taught new techs") == "teaching new techs"
    assert present("wrote treatment plans") == "wrote treatment plans"  # read by meaning
    assert present("trained") == "trained"  # one word: nothing follows


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        # Forty-third round (fixa43; review43 P6): a topic taught to a service's staff is
        # training delivered to adults at work, the trainer's experience.
        (
            "teaching the Mental Health Act to new staff",
            ["training-delivery", "mental-health-legislation"],
        ),
        (
            "teaching de-escalation to support workers",
            ["training-delivery", "conflict-de-escalation"],
        ),
        # Students and nurses named as the learners stay teaching.
        ("teaching de-escalation to new nurses", ["instructing", "conflict-de-escalation"]),
    ],
)
def test_a_topic_taught_to_staff_is_training_delivered(default, text, skills):
    assert _entries(text, default) == skills
