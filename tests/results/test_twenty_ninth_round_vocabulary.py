"""Everyday mental health work vocabulary, job titles and lived recovery (cat29).

Review 29 (P2, P5, P11): prescribing, titration, dispensing, medication counselling,
opioid agonist treatment, rosters, developmental screening, co-production and
involvement, chairing meetings, practice educators, clinical teaching, curriculum review,
parenting and SGO assessments, expert reports, giving evidence, pharmacovigilance,
inspection preparation and patients' rights were unread; twelve of sixteen job titles
named no role; "my own PTSD & TBI recovery" read as nothing; a "Senior" entry-level post
read as entry level. The sources are in docs/taxonomy-notes.md (twenty-ninth round).
"""

from __future__ import annotations

import pytest

from careermap.results.current import current_role, kind_of_work, own_seniority
from careermap.taxonomy.models import Seniority

from ..conftest import read_lexically


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("V300 independent prescriber", "psychopharmacology"),
        ("non-medical prescribing", "psychopharmacology"),
        ("titration clinics", "medication-management"),
        ("dispensing - psychiatric outpatient clinic", "medication-management"),
        ("medication counselling", "medication-management"),
        ("OAT - Suboxone, Sublocade, safer supply", "medication-assisted-treatment"),
        ("AUDIT & DAST screens", "substance-use-treatment"),
        ("pre-ECT work-up", "physical-health-monitoring"),
        ("ECT lead nurse", "mental-health-nursing"),
        ("staff rostering", "management-of-personnel-resources"),
        ("ASQ-3", "early-intervention"),
        ("co-production", "stakeholder-engagement"),
        ("PPI - recruiting service users & carers for panels", "stakeholder-engagement"),
        ("chairing meetings", "group-facilitation"),
        ("practice educator (PEPS 2)", "clinical-supervision"),
        ("helping students on placement", "mentoring"),
        ("clinical teaching on the wards", "instructing"),
        ("curriculum review", "curriculum-design"),
        ("marking & moderating", "educational-assessment"),
        ("parenting assessments - PAMS 4.0, ParentAssess", "social-work-practice"),
        ("SGO assessments", "social-work-practice"),
        ("Part 25 expert reports (care proceedings)", "report-writing"),
        ("giving evidence in court", "law-and-government"),
        ("ADR reporting to NAFDAC (yellow card)", "regulatory-compliance"),
        ("MHC notifications & inspection prep", "regulatory-compliance"),
        ("shared care agreements with GPs", "care-coordination"),
        ("DIVA-5 & ACE+ assessments", "clinical-assessment"),
        ("explaining patients' rights", "patient-advocacy"),
        ("audio typing (legal secretary)", "administrative"),
        ("my own PTSD & TBI recovery (VA)", "peer-support"),
        ("my own recovery from alcohol", "peer-support"),
        ("my recovery journey", "peer-support"),
    ],
)
def test_work_vocabulary_reads(text, skill, taxonomy):
    assert read_lexically(text, taxonomy) == skill


@pytest.mark.parametrize(
    "text",
    [
        "audit (poster, College of Psychiatrists)",  # not the WHO AUDIT screen
        "home visits",  # a case manager's visits, not a home visiting programme
        "my own recovery college course",
    ],
)
def test_near_texts_stay_unread(text, taxonomy):
    assert read_lexically(text, taxonomy) is None


def test_observations_beside_de_escalation_still_read(taxonomy):
    assert read_lexically("observations and de-escalation", taxonomy) == "conflict-de-escalation"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        (
            "Healthcare Support Worker, acute mental health ward (Band 3)",
            "behavioural-health-technician",
        ),
        ("Non-Medical Prescriber, adult ADHD service (Band 7)", "psychiatric-nurse-practitioner"),
        ("Service User and Carer Involvement Facilitator (PPI)", "lived-experience-practitioner"),
        ("Lecturer, mental health nursing (Chainama College)", "nurse-educator"),
        ("Dance Movement Psychotherapist", "creative-arts-therapist"),
        ("PALS officer", "patient-advocate"),
        # a title in Lithuanian glossed in English in brackets: read in its gloss
        (
            "Šokio-judesio terapeutė (dance movement therapist), day hospital and NGO",
            "creative-arts-therapist",
        ),
        # a title that names its role as written keeps it (not its brackets)
        (
            "Art-thérapeute (contrats, soins palliatifs et centre de jour)",
            "creative-arts-therapist",
        ),
    ],
)
def test_titles_read(title, role, taxonomy):
    found = current_role(title, taxonomy)
    assert found is not None
    assert found.id == role


def test_glossed_title_naming_nothing_stays_unread(taxonomy):
    assert current_role("Bác sĩ nội trú tâm thần (psychiatry resident, year 2)", taxonomy) is None


@pytest.mark.parametrize(
    ("title", "rung"),
    [
        ("Senior Support Worker (mental health supported accommodation)", Seniority.MID),
        ("Support Worker (crisis respite house)", Seniority.ENTRY),
        ("Senior Speech and Language Therapist, CAMHS", Seniority.MID),
        ("Intensive Case Manager (Housing First)", Seniority.ENTRY),  # manager is its name
        ("Senior Guidance Counsellor", Seniority.SENIOR),
    ],
)
def test_grade_word_raises_an_entry_level_post(title, rung, taxonomy):
    assert own_seniority(title, taxonomy) is rung


@pytest.mark.parametrize(
    "title",
    [
        "Youth Worker (EA Youth Service, rural)",
        "Community Integration Worker (MHRT/C)",
        "Child and Youth Worker (group home)",
    ],
)
def test_new_titles_leave_every_workers_listening(title, taxonomy):
    # An unread "... Worker" title practises what every role named "... worker" asks: a
    # new alias ending in "worker" on a role without active listening (the lived
    # experience practitioner's "Involvement worker") took it from all of them (cat29b).
    assert "active-listening" in kind_of_work(title, taxonomy)
