"""Credentials of the nineteenth set (twenty-eighth round, review 28 P2 and P10).

A US territory licenses as a US jurisdiction; credentials written as in progress are
pending; the credentials careermap did not know by their names there.
"""

from __future__ import annotations

import pytest

from careermap import Background, lookup_role
from careermap.base.countries import licensing_country
from careermap.results.countries import elsewhere, is_unknown_name
from careermap.results.credentials import holds
from careermap.results.education import education_level
from careermap.results.readiness import assess
from careermap.results.standing import is_pending
from careermap.taxonomy.models import Education

PR_LICENCE = "Licencia de Psicóloga, Junta Examinadora de Psicólogos de Puerto Rico"


def _assess(role_id: str, **background: object):
    role = lookup_role(role_id)
    return assess(role.entry, Background(**background), sector=role.sector, role=role.id)


@pytest.mark.parametrize("code", ["PR", "GU", "VI", "AS", "MP"])
def test_a_us_territory_licenses_as_the_united_states(code):
    # ASPPB's and NCSBN's member boards: the territories' boards license as a state's do.
    assert licensing_country(code) == "US"
    lpc = lookup_role("therapist").entry.written[0]
    assert lpc.countries == ("US",)
    assert not elsewhere(lpc, code)


def test_a_country_that_is_not_a_territory_stays_itself():
    lpc = lookup_role("therapist").entry.written[0]
    assert licensing_country("MX") == "MX"
    assert elsewhere(lpc, "MX")


@pytest.mark.parametrize("role_id", ["clinical-psychologist", "clinical-supervisor", "therapist"])
def test_a_puerto_rico_psychology_licence_opens_the_clinical_posts(role_id):
    # The Ponce psychologist of the nineteenth set was told what employers "in Puerto Rico
    # ask for in place of Licensed clinical psychologist" while holding that licence.
    found = _assess(role_id, country="PR", education="doctorate", credentials=[PR_LICENCE])
    assert found.verdict == "ready", str(found)
    assert "Puerto Rico ask for" not in str(found)


def test_without_the_licence_puerto_rico_is_asked_for_the_us_licence():
    found = _assess("clinical-psychologist", country="PR", education="doctorate")
    assert found.verdict == "needs"
    assert "Licensed clinical psychologist" in found.summary
    assert not any(is_unknown_name(need) for need in found.summary.split("; "))
    assert "Puerto Rico" not in found.summary


def test_a_puerto_rico_licence_is_not_foreign_to_a_person_in_a_state():
    found = _assess(
        "clinical-psychologist",
        country="US",
        education="doctorate",
        credentials=["Licencia de Psicólogo (Puerto Rico)"],
    )
    assert found.verdict == "ready", str(found)
    assert not any("recognised" in note for note in found.notes)


def test_a_licenciatura_is_no_licence():
    # In Latin America a licenciado holds the licenciatura, a first degree.
    found = _assess(
        "clinical-psychologist",
        country="UY",
        education="bachelor",
        credentials=["Licenciatura en Psicología, Udelar"],
    )
    assert found.verdict != "ready"


SLEMAN = [
    "Magister Profesi Psikologi (Psikolog Klinis), Universitas Gadjah Mada",
    "SIPP (Surat Izin Praktik Psikologi), HIMPSI",
    "STR Psikolog Klinis, Kementerian Kesehatan",
]


def test_an_indonesian_psychologist_holds_the_licence_there():
    # UU No. 23/2022: the STR and the practice permit; the Magister Profesi Psikologi is
    # the professional programme, a master's (the post's degree there).
    found = _assess("clinical-psychologist", country="ID", education="master", credentials=SLEMAN)
    assert found.verdict == "ready", str(found)


def test_indonesia_asks_for_its_registration_in_place_of_the_us_licence():
    found = _assess("clinical-psychologist", country="ID", education="master")
    assert found.verdict == "needs"
    assert "STR Psikolog Klinis" in found.summary
    assert "doctorate" not in found.summary


def test_a_nurses_str_is_no_psychologists():
    found = _assess(
        "clinical-psychologist", country="ID", education="master", credentials=["STR Perawat"]
    )
    assert found.verdict == "needs"


@pytest.mark.parametrize(
    "held", ["Youth Mental Health First Aid Instructor", "Youth MHFA Instructor (MHFA England)"]
)
def test_a_youth_mhfa_instructor_holds_the_instructor_accreditation(held):
    # The Enniskillen youth worker was told "Ready after a short step: MHFA instructor
    # accreditation", which he holds.
    found = _assess(
        "mental-health-first-aid-instructor", country="GB", education="bachelor", credentials=[held]
    )
    assert found.verdict == "ready", str(found)


@pytest.mark.parametrize("role_id", ["peer-support-specialist", "peer-support-supervisor"])
def test_a_lived_experience_expert_training_is_what_peer_posts_in_belgium_take(role_id):
    # The Ghent ervaringsdeskundige was asked for the US CPS "in place of" her training.
    trained = ["Opleiding ervaringsdeskundige, Herstelacademie (2021)"]
    found = _assess(role_id, country="BE", education="secondary", credentials=trained)
    assert "Certified Peer Specialist" not in str(found)
    assert "Opleiding ervaringsdeskundige" not in found.summary
    untrained = _assess(role_id, country="BE", education="secondary")
    assert "Opleiding ervaringsdeskundige" in untrained.summary


def test_an_nmc_practice_assessor_holds_what_the_nurse_educator_prefers():
    role = lookup_role("nurse-educator")
    [preferred] = [c for c in role.entry.written if not c.required]
    held = "Practice Assessor (NMC Standards for Student Supervision and Assessment)"
    assert holds([held], preferred)
    assert not holds(["Care Certificate"], preferred)


@pytest.mark.parametrize(
    "held", ["Licensed Independent Clinical Social Worker (LICSW), New Hampshire", "LCSW (NY)"]
)
def test_a_us_counsellor_post_takes_the_clinical_social_work_licence(held):
    # The Portsmouth LICSW was told the counsellor post "Needs Licensed Professional
    # Counselor (LPC/LMHC)" (review 28 P10; NH RSA 330-A licenses both).
    found = _assess(
        "mental-health-counsellor", country="US", education="master", credentials=[held]
    )
    assert found.verdict == "ready", str(found)


def test_a_uk_counsellor_post_does_not_take_a_social_work_registration():
    found = _assess(
        "mental-health-counsellor",
        country="GB",
        education="master",
        credentials=["Social Work England registration"],
    )
    assert found.verdict == "needs"


@pytest.mark.parametrize(
    ("text", "pending"),
    [
        ("FdSc Nursing Associate (apprenticeship), University of Lincoln - year 2 of 2", True),
        ("Licenciatura en Psicología, Udelar (4.º año, en curso)", True),
        ("Máster en Psicología General Sanitaria (cursando)", True),
        ("Master of Social Work (Qualifying), University of South Australia (final year)", True),
        ("BSc (Hons) Community Youth Work, Ulster University (JNC recognised)", False),
        ("Curso de Acompañante Terapéutico (1 año, instituto privado)", False),
    ],
)
def test_a_course_year_or_en_curso_is_not_held_yet(text, pending):
    # Review 28 P2: the Lincoln trainee's FdSc "year 2 of 2" and the Montevideo student's
    # licenciatura "en curso" were read as held.
    assert is_pending(text) is pending


def test_a_postgraduate_diploma_in_its_final_year_is_no_masters_yet():
    # A UK postgraduate diploma counts as a master's (education_level), once completed.
    studying = Background(education="bachelor", credentials=["PGDip CBT, year 2 of 2"])
    done = Background(education="bachelor", credentials=["PGDip CBT"])
    assert education_level(studying) is Education.BACHELOR
    assert education_level(done) is Education.MASTER
