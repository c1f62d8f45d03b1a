"""Speech and language therapy, dementia and activities work, programme work (cat28).

Review 28 (P6, P7): a speech and language therapist had no skill or post of her own; a
memory care activities director's reminiscence, dementia and activities work read as
nothing; inclusive education transferred to nothing; WHO's supportive supervision, the
NMC's practice assessor and stop smoking support were unread; volunteer and bereavement
coordination had no experience route where their sources give one. The sources are in
docs/taxonomy-notes.md ("Speech and language therapy, activities work and programme
work").
"""

from __future__ import annotations

import pytest

from careermap import Background, lookup_role
from careermap.results.current import current_role
from careermap.results.experience import Shown
from careermap.results.readiness import assess, implied_skills

from ..conftest import read_lexically
from ..conftest import role_verdict as _verdict


@pytest.mark.parametrize(
    ("credentials", "education", "country"),
    [
        (["CCC-SLP"], "master", "US"),
        (["HCPC registered speech and language therapist"], "bachelor", "GB"),
        (["CORU registered Speech and Language Therapist"], "bachelor", "IE"),
    ],
)
def test_each_route_opens_the_speech_and_language_therapist_post(credentials, education, country):
    found = _verdict(
        "speech-and-language-therapist",
        education=education,
        years_experience=8,
        credentials=credentials,
        country=country,
    )
    assert found == "ready", credentials


def test_what_is_not_held_does_not_open_the_post():
    # A US post asks the CAA master's; an OT licence is another profession's.
    assert (
        _verdict(
            "speech-and-language-therapist",
            education="bachelor",
            years_experience=8,
            credentials=["CCC-SLP"],
            country="US",
        )
        == "needs"
    )
    assert (
        _verdict(
            "speech-and-language-therapist",
            education="master",
            years_experience=8,
            credentials=["OTR/L"],
            country="US",
        )
        == "needs"
    )


def test_the_slt_registration_certifies_the_practice(taxonomy):
    background = Background(
        education="bachelor",
        years_experience=8,
        credentials=["CORU registered Speech and Language Therapist"],
        country="IE",
    )
    assert "speech-and-language-therapy" in implied_skills(background, taxonomy)


def test_a_speech_and_language_therapist_title_names_the_post(taxonomy):
    role = current_role("Senior Speech and Language Therapist, CAMHS", taxonomy)
    assert role is not None
    assert role.id == "speech-and-language-therapist"


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("DLD", "speech-and-language-therapy"),
        ("speech-language pathology", "speech-and-language-therapy"),
        ("Makaton", "special-educational-needs"),  # teachers and carers sign too
        ("reminiscence groups", "dementia-care"),
        ("Montessori for dementia", "dementia-care"),
        ("activities calendar", "activities-coordination"),
        ("radio talk shows", "health-communication"),
        ("supportive supervision", "quality-improvement"),
        ("practice assessor for student nurses", "educational-assessment"),
        ("stop smoking advice", "behaviour-change"),
    ],
)
def test_the_rounds_names_read(taxonomy, text, skill):
    assert read_lexically(text, taxonomy) == skill


def test_bare_audit_stays_unread(taxonomy):
    # A financial or compliance audit is another field's.
    assert read_lexically("audit", taxonomy) is None


def test_inclusive_education_transfers_to_the_teaching_assistants_practice(taxonomy):
    targets = {r.target for r in taxonomy.relations if r.source == "inclusive-education"}
    assert {"special-educational-needs", "student-support"} <= targets


def _route(role_id, title, years, country=None):
    background = Background(
        education="associate", years_experience=years, current_role=title, country=country
    )
    job = f" {title.lower()} "
    found = assess(
        lookup_role(role_id).entry, background, shown=Shown(text=job, job=job, title=title)
    )
    assert found is not None
    return found.summary


def test_bereavement_work_stands_in_for_the_coordinators_degree():
    # 42 CFR 418.64(d)(1): "experience or education in grief or loss counseling".
    title = "Hospice bereavement support worker"
    assert "which you have" in _route("bereavement-coordinator", title, 6)
    assert "what you wrote shows 2" in _route("bereavement-coordinator", title, 2)


def test_volunteer_management_stands_in_for_the_coordinators_degree():
    # O*NET 13-1071.00: 27% of incumbents report less than a bachelor's; NOC 42201.
    found = _route("volunteer-coordinator", "Volunteer services lead", 6, country="US")
    assert "4 years' experience of volunteer management or coordination" in found
    assert "which you have" in found
