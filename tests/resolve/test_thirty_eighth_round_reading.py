"""CV lines and glosses the read sets left unread or misread (thirty-eighth round, read38).

A NASC coordinator's "needs assessments for mental health and addiction support
packages" was read by meaning as *Mental health legislation* (review37): an assessment or
a report for what or whom is now the assessment or the report. CV lines written in the
past tense ("Led CQC inspections", "Provided crisis intervention to veterans") were read
by meaning when short and not at all when long: the past is now a doing word, as the
present was. "rosters for the ward" (a head nurse's gloss) was unread: the ward, unit or
department a rota is for says for whom. Readiness for work, rights advice and a regulator's
announced and unannounced inspections were named by no alias.
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.whom_words import assessment_for

from ..conftest import read_lexically, skills_read


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("needs assessments for mental health and addiction support packages", "needs-assessment"),
        ("needs assessment for a home care package", "needs-assessment"),
        ("risk assessments for the parole board", "risk-assessment"),
        ("writing reports for redress schemes and court", "report-writing"),
        ("court reports for the family court", "report-writing"),
    ],
)
def test_an_assessment_or_report_for_anything_is_read(taxonomy, text, skill):
    assert read_lexically(text, taxonomy) == skill


@pytest.mark.parametrize(
    "text",
    [
        "needs assessment for people with learning disabilities",
        "risk assessment for pupils with special educational needs",
        "planning for retirement",
        "support for the festival",
    ],
)
def test_a_need_after_for_or_another_head_is_not_read_so(taxonomy, text):
    assert read_lexically(text, taxonomy) is None


def test_the_nasc_coordinators_needs_assessments_are_no_legislation(taxonomy):
    text = "needs assessments for mental health and addiction support packages"
    (entry,) = careermap.build_profile([text], taxonomy=taxonomy).entries
    assert entry.match.skill_id == "needs-assessment"


def test_assessment_for_names_the_assessment_only():
    assert assessment_for("needs assessments for support packages") == "needs assessments"
    assert assessment_for("needs assessment for autistic children") is None
    assert assessment_for("care planning for discharge") is None


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Led CQC inspections", "regulatory-compliance"),
        ("Provided crisis intervention to veterans", "crisis-intervention"),
        ("Conducted needs assessments", "needs-assessment"),
        ("carried out risk assessments on the ward", "risk-assessment"),
        ("Delivered psychoeducation to families", "psychoeducation"),
        ("Ran a DBT skills group", "dialectical-behaviour-therapy"),
    ],
)
def test_a_cv_line_in_the_past_tense_is_read(taxonomy, text, skill):
    assert read_lexically(text, taxonomy) == skill


@pytest.mark.parametrize(
    "text",
    [
        "Completed a Certificate IV in Work Health and Safety (2026)",
        "Led the way",
        "used to work in retail",
        "Performed in a band",
    ],
)
def test_a_past_tense_line_naming_no_skill_stays_unread(taxonomy, text):
    assert read_lexically(text, taxonomy) is None


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("rosters for the ward", "management-of-personnel-resources"),
        ("vođenje smjena i rasporeda (rosters for the ward)", "management-of-personnel-resources"),
        ("staff rostering for the inpatient unit", "management-of-personnel-resources"),
        ("budgeting for the unit", "management-of-financial-resources"),
    ],
)
def test_the_ward_or_team_a_service_is_for_says_for_whom(taxonomy, text, skill):
    assert read_lexically(text, taxonomy) == skill


@pytest.mark.parametrize(
    "text",
    [
        "rosters for the festival",
        "planning for the future",
        "interviewing clinicians for the design team",
    ],
)
def test_other_words_after_for_still_change_the_reading(taxonomy, text):
    assert read_lexically(text, taxonomy) is None


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("job readiness training", "supported-employment"),
        ("work readiness workshops", "supported-employment"),
        ("employment readiness", "supported-employment"),
        ("就労準備支援 (work readiness support)", "supported-employment"),
        ("pre-vocational training", "supported-employment"),
        ("rights advice", "patient-advocacy"),
        ("giving rights advice to detained patients", "patient-advocacy"),
        ("unannounced inspections", "regulatory-compliance"),
        (
            "Led announced and unannounced inspections of NHS and independent mental"
            " health hospitals",
            "regulatory-compliance",
        ),
    ],
)
def test_new_aliases_read_their_practice(taxonomy, text, skill):
    assert read_lexically(text, taxonomy) == skill


@pytest.mark.parametrize(
    "text", ["readiness", "school readiness", "change readiness", "unannounced visits"]
)
def test_near_misses_of_the_new_aliases_stay_unread(taxonomy, text):
    assert read_lexically(text, taxonomy) is None


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("representing members at disciplinary committees", "grievance-and-disciplinary"),
        ("accompanying employees at grievance hearings", "grievance-and-disciplinary"),
        ("disciplinary panels", "grievance-and-disciplinary"),
    ],
)
def test_representing_people_at_a_hearing_is_the_hearings_work(taxonomy, text, skill):
    assert read_lexically(text, taxonomy) == skill


def test_representing_people_somewhere_naming_nothing_stays_unread(taxonomy):
    assert read_lexically("representing clients at tribunals", taxonomy) is None


@pytest.mark.parametrize(
    "text",
    [
        "rights advice under the Mental Health Act (Form 30, Form 33)",
        "rights advice under the Mental Health Act",
    ],
)
def test_work_under_an_act_is_the_work_and_the_law(taxonomy, text):
    assert skills_read(text, taxonomy) == ["mental-health-legislation", "patient-advocacy"]


def test_work_under_an_act_naming_no_skill_is_the_work(taxonomy):
    assert skills_read("safeguarding under the Care Act", taxonomy) == ["safeguarding"]


@pytest.mark.parametrize("text", ["working under pressure", "rights advice under pressure"])
def test_under_without_an_act_is_not_read_as_law(taxonomy, text):
    assert "mental-health-legislation" not in skills_read(text, taxonomy)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("DBT individual therapy", "dialectical-behaviour-therapy"),
        ("DBT individual therapy and skills groups", "dialectical-behaviour-therapy"),
        ("Reported K10 and PCL-5 outcomes to Open Arms", "outcome-measurement"),
        ("inspection reports", "report-writing"),
    ],
)
def test_a_practices_own_names_are_read(taxonomy, text, skill):
    assert read_lexically(text, taxonomy) == skill


@pytest.mark.parametrize(
    "text", ["phone coaching", "individual therapy", "consultation team", "reporting to the CEO"]
)
def test_the_names_without_their_practice_are_not_dbt(taxonomy, text):
    assert read_lexically(text, taxonomy) != "dialectical-behaviour-therapy"
