"""Degree subjects: the knowledge skill a degree's subject certifies, and nothing more."""

from __future__ import annotations

import logging

import pytest

import careermap
from careermap import Background
from careermap.results.fields import DEGREE_BASICS, degree_skills, field_skill
from careermap.results.readiness import implied_skills

#: A psychology graduate's research work (the persona's, shortened).
GRADUATE = ["research recruitment:3", "informed consent", "data entry", "SPSS", "helpline"]


@pytest.mark.parametrize(
    ("field", "skill"),
    [
        ("psychology", "psychology"),
        ("  PSYCHOLOGY ", "psychology"),  # case and spacing folded, as exact names are
        ("Sociology", "sociology-and-anthropology"),  # an alias
        ("Education and training", "education-and-training"),  # a label
        ("Therapy & counselling", "therapy-and-counseling"),  # punctuation, spelling folded
        ("medicine", "medicine-and-dentistry"),
        ("Psych", None),  # no fuzzy match: no alias says so
        ("clinical psychology", "psychology"),  # a word before a subject narrows it
        ("Counselling psychology", "psychology"),
        ("criminal law", "law-and-government"),
        ("psychology of work", None),  # only words before the subject are dropped
        ("social work", None),  # names a practice skill, not knowledge
        ("counselling", None),  # a clinical skill, not knowledge
        ("human services", None),  # names nothing
    ],
)
def test_a_field_names_a_knowledge_skill_exactly(default, field, skill):
    assert field_skill(field, default) == skill


@pytest.mark.parametrize(
    ("education", "certified"),
    [
        ("doctorate", {"psychology"}),
        ("master", {"psychology"}),
        ("bachelor", {"psychology"}),
        ("associate", set()),  # introductory courses, not a major's knowledge
        ("certificate", set()),
        ("secondary", set()),
        (None, set()),  # the level is not known
    ],
)
def test_only_a_bachelors_degree_or_higher_certifies_its_subject(default, education, certified):
    person = Background(education=education, field="psychology")
    basics = DEGREE_BASICS if certified else set()  # any degree's (twenty-second round)
    assert degree_skills(person, default) == certified | basics
    assert implied_skills(person, default) == certified | basics


def test_a_field_adds_to_what_credentials_certify(default):
    nurse = Background(credentials=["RN (US, BSN)"])
    graduate = Background(education="bachelor", field="sociology", credentials=["RN (US, BSN)"])
    assert implied_skills(graduate, default) == implied_skills(nurse, default) | {
        "sociology-and-anthropology"
    }


def _gaps(ranking: careermap.Ranking, skill: str) -> list[str]:
    return [m.role_id for m in ranking for g in m.gaps if g.skill_id == skill]


def test_a_psychology_graduate_is_not_told_to_learn_psychology(default):
    plain = {"education": "bachelor"}
    graduate = {"education": "bachelor", "field": "psychology"}
    before = careermap.rank_careers(GRADUATE, taxonomy=default, limit=10, background=plain)
    after = careermap.rank_careers(GRADUATE, taxonomy=default, limit=10, background=graduate)
    assert _gaps(before, "psychology")  # the roles ask for it and nothing listed gives it
    assert _gaps(after, "psychology") == []
    # Gaps only: the same roles, scores, coverage and verdicts.
    assert [(m.role_id, m.score, m.coverage) for m in after] == [
        (m.role_id, m.score, m.coverage) for m in before
    ]
    assert [m.readiness for m in after] == [m.readiness for m in before]


def test_an_associate_degree_in_psychology_certifies_nothing(default):
    associate = {"education": "associate", "field": "psychology"}
    ranking = careermap.rank_careers(GRADUATE, taxonomy=default, limit=10, background=associate)
    assert _gaps(ranking, "psychology")


def test_a_field_that_names_no_knowledge_skill_certifies_nothing_quietly(default, caplog):
    plain = careermap.rank_careers(
        GRADUATE, taxonomy=default, limit=10, background={"education": "bachelor"}
    )
    with caplog.at_level(logging.DEBUG, logger="careermap"):
        services = careermap.rank_careers(
            GRADUATE,
            taxonomy=default,
            limit=10,
            background={"education": "bachelor", "field": "human services"},
        )
    assert caplog.records == []  # and no warning: pytest turns warnings into errors
    assert [m.gaps for m in services] == [m.gaps for m in plain]


#: A school counsellor's work as she writes it (the persona's, shortened).
COUNSELLOR = [
    "school counseling:5",
    "suicide risk screening",
    "parent conferences",
    "SEL curriculum",
]


@pytest.mark.parametrize(
    ("education", "field", "certified"),
    [
        ("master", "counselling", {"psychology", "therapy-and-counseling"}),
        ("doctorate", "Counseling", {"psychology", "therapy-and-counseling"}),
        ("master", "school counseling", {"psychology", "therapy-and-counseling"}),  # a kind of it
        ("bachelor", "counselling", set()),  # no accredited curriculum behind a bachelor's
        # Social work's degrees teach social science (DEGREE_FIELDS, review34 P8).
        ("master", "social work", {"sociology-and-anthropology"}),
        ("master", "psychology", {"psychology"}),  # the knowledge rule, unchanged
    ],
)
def test_a_graduate_degree_in_counselling_certifies_its_core_knowledge(
    default, education, field, certified
):
    person = Background(education=education, field=field)
    assert degree_skills(person, default) == certified | DEGREE_BASICS


def test_a_counselling_masters_graduate_is_not_told_to_learn_psychology(default):
    plain = {"education": "master"}
    counselling = {"education": "master", "field": "school counseling"}
    before = careermap.rank_careers(COUNSELLOR, taxonomy=default, limit=10, background=plain)
    after = careermap.rank_careers(COUNSELLOR, taxonomy=default, limit=10, background=counselling)
    assert _gaps(before, "psychology")
    assert _gaps(after, "psychology") == []
    assert [(m.role_id, m.score) for m in after] == [(m.role_id, m.score) for m in before]


@pytest.mark.parametrize(
    ("education", "field", "certified"),
    [
        # Twenty-ninth round (review 29 P13): an arts therapy master's (HCPC standards of
        # proficiency for arts therapists; AATA master's standards).
        ("master", "dance movement psychotherapy", {"psychology", "therapy-and-counseling"}),
        ("master", "Art therapy", {"psychology", "therapy-and-counseling"}),
        ("bachelor", "dance movement therapy", set()),
        # A field of education is one in teaching and training, whatever is taught.
        ("master", "nursing education", {"education-and-training"}),
        ("bachelor", "Special Education", {"education-and-training"}),
        ("associate", "nursing education", None),  # below a bachelor's: nothing
    ],
)
def test_arts_therapy_masters_and_fields_of_education(default, education, field, certified):
    found = degree_skills(Background(education=education, field=field), default)
    assert found == (frozenset() if certified is None else certified | DEGREE_BASICS)


def test_a_dance_movement_psychotherapist_is_not_told_to_learn_therapy(default):
    skills = ["dance movement therapy:5", "group facilitation:4"]
    background = {"education": "master", "field": "dance movement psychotherapy"}
    ranked = careermap.rank_careers(skills, taxonomy=default, limit=None, background=background)
    arts = next(m for m in ranked if m.role_id == "creative-arts-therapist")
    assert not {"psychology", "therapy-and-counseling"} & {g.skill_id for g in arts.gaps}


@pytest.mark.parametrize(
    ("education", "field", "certified"),
    [
        # Review34 P8: an El Paso MSW was shown "Social science (essential, level 3)".
        ("master", "social work", {"sociology-and-anthropology"}),
        ("bachelor", "Social Work", {"sociology-and-anthropology"}),
        ("master", "clinical social work", {"sociology-and-anthropology"}),
        ("associate", "social work", set()),  # below a bachelor's: nothing
        ("bachelor", "sociology", {"sociology-and-anthropology"}),  # named, as before
        ("bachelor", "nursing", set()),
    ],
)
def test_a_social_work_degree_certifies_social_science(default, education, field, certified):
    person = Background(education=education, field=field)
    found = degree_skills(person, default) - DEGREE_BASICS
    assert found == certified


def test_a_social_work_graduate_is_not_told_to_learn_social_science(default):
    skills = ["psychiatric evaluations:5", "discharge planning:4", "C-SSRS:5"]
    plain = {"education": "master"}
    msw = {"education": "master", "field": "social work"}
    before = careermap.rank_careers(skills, taxonomy=default, limit=None, background=plain)
    after = careermap.rank_careers(skills, taxonomy=default, limit=None, background=msw)
    assert _gaps(before, "sociology-and-anthropology")
    assert _gaps(after, "sociology-and-anthropology") == []
    # The score is unchanged: a certified skill only leaves the gaps.
    scores = {m.role_id: m.score for m in before}
    assert all(m.score == scores[m.role_id] for m in after)
