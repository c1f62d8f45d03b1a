"""Credentials careermap misread until the thirteenth round: what each is, and what it opens.

Each case is read in docs/taxonomy-notes.md, "Credentials, thirteenth round", with the
professional body's or regulator's published page it rests on.
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.results.credentials import certifies, holds, is_provisional
from careermap.results.readiness import assess, implied_skills


def assessed(role_id, credentials, *, current_role=None, years=6):
    background = Background(
        education="master",
        years_experience=years,
        credentials=credentials,
        current_role=current_role,
    )
    return assess(lookup_role(role_id).entry, background, taxonomy=careermap.load_taxonomy())


@pytest.mark.parametrize("held", ["ATR-P", "ATR-P (ATCB)", "ATR-Provisional"])
def test_a_provisional_art_therapist_holds_the_atr_p_not_the_atr(taxonomy, held):
    # ATCB: the ATR-P is held after the master's, while practising under an approved
    # supervisor toward the ATR; it is not the ATR.
    atr = taxonomy.credential_index["atr"]
    provisional = taxonomy.credential_index["atr-provisional"]
    assert is_provisional(held)
    assert not holds([held], atr)
    assert not certifies([held], atr)
    assert holds([held], provisional)
    assert certifies([held], provisional)


def test_the_atr_p_certifies_the_helping_skills_of_supervised_practice(taxonomy):
    skills = implied_skills(Background(credentials=["ATR-P"]), taxonomy)
    assert {"therapeutic-relationship", "active-listening", "ethical-practice"} <= skills
    # It opens no post: a national credential, not a licence to practise.
    assert assessed("therapist", ["ATR-P"]).verdict == "needs"


@pytest.mark.parametrize(
    ("held", "abbreviation"),
    [("ATR-BC", "atr"), ("LCSW-C (Maryland)", "lcsw"), ("SHRM-CP", "hr-certification")],
)
def test_other_hyphenated_suffixes_still_name_the_credential(taxonomy, held, abbreviation):
    assert not is_provisional(held)
    assert holds([held], taxonomy.credential_index[abbreviation])


@pytest.mark.parametrize("held", ["LPAT (New Jersey)", "LCAT (New York)"])
def test_a_licensed_art_therapist_holds_the_clinical_supervisor_posts_licence(held):
    # New York's and New Jersey's rules have licensed creative arts and art therapists
    # supervise their own profession's licence candidates (limited permit holders, LAATs).
    found = assessed("clinical-supervisor", [held], current_role="Art therapist", years=9)
    assert found.verdict != "needs", found.summary
    supervising = assessed(
        "clinical-supervisor", [held, "ATR-BC"], current_role="Art therapy supervisor", years=9
    )
    assert supervising.verdict == "ready", supervising.summary


def test_an_art_therapy_certification_alone_does_not_open_the_supervisor_post():
    found = assessed("clinical-supervisor", ["ATR-BC"], current_role="Art therapy supervisor")
    assert found.verdict == "needs"


@pytest.mark.parametrize(
    "held", ["CPHR (BC & Yukon)", "CPHR", "Chartered Professional in Human Resources"]
)
def test_the_cphr_holds_the_hr_posts_certification(taxonomy, held):
    # CPHR Canada and SHRM recognise each other's designations.
    assert holds([held], taxonomy.credential_index["hr-certification"])


def test_the_cphr_is_named_in_the_hr_posts_notes():
    for role_id in ("hr-business-partner", "hr-generalist", "hr-manager"):
        notes = [c.note for c in lookup_role(role_id).entry.written if c.id == "hr-certification"]
        assert notes, role_id
        assert "Canada: the CPHR" in notes[0], role_id


@pytest.mark.parametrize("held", ["RCC (BCACC)", "Registered Clinical Counsellor (RCC)", "RCC"])
def test_a_bc_registered_clinical_counsellor_holds_the_ccc(taxonomy, held):
    # BCACC's RCC: a master's in counselling, six course areas and 100 supervised hours;
    # British Columbia's counselling registration, as the CCC is Canada's.
    ccc = taxonomy.credential_index["canadian-certified-counsellor"]
    assert certifies([held], ccc)
    assert assessed("therapist", [held]).verdict == "ready"
    assert "active-listening" in implied_skills(Background(credentials=[held]), taxonomy)


def test_an_australian_clinical_counsellor_is_no_rcc(taxonomy):
    ccc = taxonomy.credential_index["canadian-certified-counsellor"]
    assert not holds(["PACFA registered clinical counsellor"], ccc)


def test_an_unknown_licence_of_the_posts_practice_is_checked_first():
    found = assessed("therapist", ["COSCA accredited counsellor"])
    assert found.verdict == "needs"  # the taxonomy cannot say it is accepted
    assert found.summary.startswith(
        "Check whether your COSCA accredited counsellor is accepted where you want to work"
        " in place of "
    )
    # Other needs come first where there are any: the check is then one step among them.
    lower = Background(education="bachelor", credentials=["COSCA accredited counsellor"])
    needs = assess(lookup_role("therapist").entry, lower, taxonomy=careermap.load_taxonomy())
    assert needs.summary.startswith("Needs a master's degree")
    assert needs.summary.endswith(
        "check whether your COSCA accredited counsellor is accepted where you want to work"
    )


def test_an_accreditation_of_another_practice_is_not_asked_about():
    found = assessed("therapist", ["Triple P Level 4 accredited", "EMDR Europe accredited"])
    assert "check whether" not in found.summary.lower()


def test_an_atr_is_no_provisional_art_therapist(taxonomy):
    provisional = taxonomy.credential_index["atr-provisional"]
    assert not holds(["ATR-BC"], provisional)
    assert not holds(["Registered Art Therapist (ATR)"], provisional)


def test_an_mhfa_england_instructor_written_out_holds_the_accreditation():
    # MHFA England's instructor members pass its RSPH-accredited instructor training.
    found = assessed(
        "mental-health-first-aid-instructor", ["Mental Health First Aid England instructor"]
    )
    assert found.verdict != "certify", found.summary
    assert "Mental Health First Aid instructor accreditation" not in found.needs


def test_pennsylvanias_certified_recovery_specialist_holds_the_recovery_coach_credential(
    taxonomy,
):
    # PCB's CRS: Pennsylvania's peer recovery credential (78 hours, lived recovery, exam).
    credential = taxonomy.credential_index["peer-recovery-specialist"]
    assert certifies(["CRS (Certified Recovery Specialist)"], credential)
    found = assess(
        lookup_role("recovery-coach").entry,
        Background(
            education="secondary",
            years_experience=4,
            lived_experience=["substance-use"],
            credentials=["CRS (Certified Recovery Specialist)"],
        ),
        taxonomy=taxonomy,
    )
    assert found.verdict == "ready", found.summary
