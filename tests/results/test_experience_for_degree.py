"""Experience in place of a degree: "a bachelor's degree or equivalent experience"."""

from __future__ import annotations

import pytest

import careermap
from careermap import Entry, TaxonomyError, lookup_role
from careermap.resolve.profile import Background
from careermap.results.experience import PastRole, Shown, experience_shown
from careermap.results.readiness import assess

from ..entries import load

TRAINER = Entry(
    education="bachelor",
    job_zone=4,
    experience_for_degree={
        "of": "training or teaching adults",
        "skills": ["training-delivery"],
        "words": ["trainer"],
        "years": 4,
    },
)


def shown(title: str | None, text: str = "", past=()) -> Shown:
    job = f" {title.lower()} " if title else None
    return Shown(text=f" {text} {job or ''} ", job=job, title=title, past=past)


def test_years_under_a_title_that_shows_the_work_stand_in_for_the_degree():
    held = Background(education="secondary", years_experience=5, current_role="Peer trainer")
    found = assess(TRAINER, held, shown=shown("Peer trainer"))
    assert found is not None
    assert found.verdict == "ready"
    assert found.summary == (
        "Ready now: most postings ask for a bachelor's degree or 4 years' experience of "
        "training or teaching adults, which you have"
    )
    assert found.notes[-1] == (
        "Your 5 years as Peer trainer count as experience of training or teaching adults in "
        "place of a bachelor's degree; some employers ask for the degree itself"
    )


def test_too_few_years_or_another_job_keep_the_degree_and_name_the_route():
    few = Background(education="secondary", years_experience=2, current_role="Peer trainer")
    found = assess(TRAINER, few, shown=shown("Peer trainer"))
    assert found is not None
    assert found.summary == (
        "Needs a bachelor's degree (or 4 years' experience of training or teaching adults; "
        "what you wrote shows 2)"
    )
    # A trainer's skill beside a barista's job shows the work but counts no years of it.
    other = Background(education="secondary", years_experience=9, current_role="Barista")
    found = assess(TRAINER, other, shown=shown("Barista", "trainer"))
    assert found is not None
    assert found.summary == (
        "Needs a bachelor's degree (or 4 years' experience of training or teaching adults)"
    )
    # Without what the person wrote, the degree is asked, with the route beside it.
    found = assess(TRAINER, few, shown=None)
    assert found is not None
    assert found.verdict == "needs"


def test_years_under_another_title_count():
    past = (PastRole(title="Peer trainer", job=" peer trainer ", years=6),)
    held = Background(
        education="secondary",
        years_experience=9,
        current_role="Barista",
        experience={"Peer trainer": 6},
    )
    found = assess(TRAINER, held, shown=shown("Barista", past=past))
    assert found is not None
    assert found.verdict != "needs"
    assert "Your 6 years as Peer trainer" in found.notes[-1]


def test_a_degree_held_says_nothing_of_the_route():
    held = Background(education="bachelor", years_experience=5, current_role="Peer trainer")
    found = assess(TRAINER, held, shown=shown("Peer trainer"))
    assert found is not None
    assert "most postings ask" not in found.summary
    assert not any("in place of" in note for note in found.notes)


# A psychiatric technician of fourteen years, certificate-educated, US (fourteenth set).
TECH = {
    "education": "certificate",
    "years_experience": 14,
    "current_role": "Psychiatric Technician (state hospital, admissions unit)",
    "country": "US",
}


def verdict(role_id: str, background: dict, taxonomy, skills=()) -> careermap.Readiness:
    held = Background(**background)
    shown = experience_shown(skills, [], held, taxonomy)
    role = lookup_role(role_id)
    found = assess(role.entry, held, role.conditions, taxonomy=taxonomy, shown=shown, role=role_id)
    assert found is not None
    return found


def test_the_bundled_routes_are_sourced_and_count_years(default):
    for role_id in (
        "intake-coordinator",
        "telehealth-intake-coordinator",
        "patient-care-coordinator",
        "training-and-development-specialist",
        "corporate-trainer",
        "community-organiser",
        "youth-advocate",
        "prevention-specialist",
        "parent-educator",
    ):
        way = lookup_role(role_id).entry.experience_for_degree
        assert way is not None, role_id
        assert way.years in (2, 4), role_id  # year for year: associate 2, bachelor's 4


def test_years_of_the_work_stand_in_for_the_degree(default):
    found = verdict("intake-coordinator", TECH, default)
    assert found.verdict == "ready"
    assert found.summary.startswith(
        "Ready now: most postings ask for a bachelor's degree or 4 years' experience of "
        "work in mental health, addiction or social services, which you have"
    )
    assert any("Your 14 years as Psychiatric Technician" in note for note in found.notes)
    assert any("some employers ask for the degree itself" in note for note in found.notes)


def test_too_few_years_name_both_routes(default):
    few = {**TECH, "years_experience": 2}
    found = verdict("intake-coordinator", few, default)
    assert found.verdict == "needs"
    assert found.summary == (
        "Needs a bachelor's degree (or 4 years' experience of work in mental health, "
        "addiction or social services; what you wrote shows 2)"
    )


def test_a_skill_beside_another_job_counts_no_years(default):
    # Teaching de-escalation to new hires shows training, but her job is a technician's:
    # her fourteen years are not years of training.
    found = verdict("training-and-development-specialist", TECH, default, ["PMAB instructor"])
    assert found.verdict == "needs"
    assert "a bachelor's degree (or 4 years' experience of training or teaching adults)" in (
        found.summary
    )
    trainer = {**TECH, "current_role": "Staff development trainer"}
    assert verdict("training-and-development-specialist", trainer, default).verdict != "needs"


def test_other_work_under_another_title_counts(default):
    past = {**TECH, "current_role": "Barista", "experience": {"Peer trainer": 5}}
    found = verdict("corporate-trainer", past, default)
    assert found.verdict != "needs"
    assert any("Your 5 years as Peer trainer" in note for note in found.notes)


def test_the_degree_still_counts_and_nothing_is_said_of_the_route(default):
    graduate = {**TECH, "education": "bachelor"}
    found = verdict("intake-coordinator", graduate, default)
    assert "most postings ask" not in found.summary
    assert not any("in place of" in note for note in found.notes)


def test_the_country_s_own_level_is_what_the_route_replaces(default):
    # England's L&D practitioner apprenticeship (level 3): a certificate is the post's level.
    gb = {"education": "certificate", "years_experience": 1, "country": "GB"}
    assert verdict("corporate-trainer", gb, default).verdict != "needs"
    school = {**gb, "education": "secondary", "current_role": "Barista"}
    found = verdict("corporate-trainer", school, default)
    assert found.summary.startswith(
        "Needs a post-secondary certificate (or 4 years' experience of training or teaching"
    )


def test_without_what_the_person_wrote_the_degree_is_asked(default):
    role = lookup_role("intake-coordinator")
    found = assess(role.entry, Background(**TECH), taxonomy=default, shown=None)
    assert found is not None
    assert found.summary.startswith("Needs a bachelor's degree (or 4 years' experience")


def test_a_route_needs_years_and_known_skills(tmp_path):
    taxonomy = load(
        tmp_path,
        """\
        education: bachelor
        job_zone: 4
        experience_for_degree: {of: the work, skills: [a], years: 3}
        """,
    )
    entry = taxonomy.role_index["r"].entry
    assert entry is not None
    assert entry.experience_for_degree is not None
    assert entry.experience_for_degree.years == 3
    for bad, said in (
        ("{of: the work, skills: [a]}", "needs years"),
        ("{of: the work, skills: [a], years: 3, preferred: true}", "cannot be preferred"),
        ("{of: the work, skills: [nope], years: 3}", "nope"),
    ):
        with pytest.raises(TaxonomyError) as info:
            load(tmp_path, f"education: bachelor\njob_zone: 4\nexperience_for_degree: {bad}\n")
        assert said in str(info.value)


def test_a_route_stands_in_for_a_qualification_the_post_asks_for():
    with pytest.raises(ValueError, match="stands in for a qualification the post asks for"):
        Entry(
            education="none",
            job_zone=2,
            experience_for_degree={"of": "x", "skills": ["a"], "years": 2},
        )


def test_a_school_diploma_may_have_a_route_by_experience():
    # Thirty-first round (review 31 P10): community health work takes years of the work,
    # volunteering included, in place of a school diploma.
    entry = Entry(
        education="secondary",
        job_zone=2,
        experience_for_degree={"of": "x", "skills": ["a"], "years": 2},
    )
    assert entry.experience_for_degree is not None


def test_a_peer_specialist_s_years_are_years_of_advocacy(default):
    # O*NET gives Certified Peer Specialist and Community Advocate as titles of the same
    # 21-1093.00, and SAMHSA's core competencies for peer workers make advocacy one of
    # every peer worker's categories (twenty-fourth round, review 24, finding 7).
    peer = {
        "education": "secondary",
        "years_experience": 7,
        "current_role": "Certified Peer Specialist (clubhouse)",
        "country": "US",
    }
    found = verdict("community-organiser", peer, default)
    assert found.verdict != "needs"
    assert any("Your 7 years as Certified Peer Specialist" in note for note in found.notes)
    # The policy advocate has no route: its O*NET code (27-3031.00, where Lobbyist is a
    # title) has no incumbent reporting less than a bachelor's degree.
    assert verdict("policy-advocate", peer, default).verdict == "needs"


# The Isle of Man safer custody officer of the twenty-first set (review 30, P5): seven
# years in a job whose title is not a trainer's, training officers all the while.
OFFICER = {
    "education": "secondary",
    "years_experience": 7,
    "current_role": "Safer Custody Officer (prison officer)",
}


def written(role_id: str, levels: dict[str, int], taxonomy) -> careermap.Readiness:
    held = Background(**OFFICER)
    shown = experience_shown(list(levels), list(levels), held, taxonomy, levels)
    role = lookup_role(role_id)
    found = assess(role.entry, held, role.conditions, taxonomy=taxonomy, shown=shown, role=role_id)
    assert found is not None
    return found


def test_a_skill_of_the_work_written_at_level_4_counts_the_current_job_s_years(default):
    found = written("training-and-development-specialist", {"training-delivery": 4}, default)
    assert found.verdict == "ready"
    # The verdict line says which years counted and why.
    assert found.summary == (
        "Ready now: most postings ask for a bachelor's degree or 4 years' experience of "
        "training or teaching adults, which you have, counting your 7 years as Safer Custody "
        "Officer (prison officer), with Training delivery at level 4"
    )
    assert any(
        "since you wrote Training delivery at level 4 as part of it" in note for note in found.notes
    )


def test_a_skill_written_below_level_4_or_too_few_years_count_nothing(default):
    found = written("training-and-development-specialist", {"training-delivery": 3}, default)
    assert found.verdict == "needs"
    assert "what you wrote shows" not in found.summary
    few = Background(**{**OFFICER, "years_experience": 3})
    levels = {"training-delivery": 5}
    shown = experience_shown(list(levels), list(levels), few, default, levels)
    role = lookup_role("corporate-trainer")
    found = assess(role.entry, few, taxonomy=default, shown=shown, role=role.id)
    assert found is not None
    assert found.verdict == "needs"
    assert found.summary.endswith("what you wrote shows 3)")


def test_suicide_prevention_work_is_prevention_work(default):
    # The post plans and delivers substance use and suicide prevention (its description)
    # and IC&RC's prevention domains include prevention education and training.
    way = lookup_role("prevention-specialist").entry.experience_for_degree
    assert way is not None
    assert {"suicide-prevention", "mental-health-awareness-training"} <= set(way.skills)
    found = written("prevention-specialist", {"suicide-prevention": 5}, default)
    assert found.verdict != "needs"
    assert "counting your 7 years as Safer Custody Officer" in found.summary


def test_years_of_peer_education_stand_in_for_the_school_diploma(default):
    # Thirty-first round (review 31 P10): a peer educator who left school at twelve, with
    # thirteen years of volunteer peer education, was told every community health and
    # outreach post needs a secondary diploma. Community health work hires from the
    # community served (APHA; Human Resources for Health 19:101, 2021).
    peer = {
        "education": "none",
        "years_experience": 1,
        "current_role": "Peer educator (sex workers' organisation)",
        "experience": {"Volunteer peer educator": 13},
        "country": "PY",
    }
    for role_id in ("community-health-worker", "outreach-worker"):
        found = verdict(role_id, peer, default)
        assert found.verdict == "ready", role_id
        assert "a secondary school diploma or 2 years' experience of" in found.summary
        assert any("Your 13 years as Volunteer peer educator" in n for n in found.notes)
    # Another adult's unpaid work that is not the work keeps the diploma asked.
    other = {**peer, "current_role": "Market trader", "experience": {"Church volunteer": 13}}
    assert verdict("community-health-worker", other, default).verdict == "needs"
