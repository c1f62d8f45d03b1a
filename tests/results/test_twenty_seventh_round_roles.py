"""The arts therapist's post and the senior mental health nurse (twenty-seventh round, arts27).

Review 27 (P4, P5): art, music and drama therapists had no post of their own, so their
same work elsewhere was never a move, and a Band 6 mental health nurse asking for Band 7
had no rung above the psychiatric nurse. The sources are in docs/taxonomy-notes.md
("Creative arts therapist and the senior mental health nurse").
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.results.current import current_role
from careermap.results.readiness import assess, implied_skills

from ..conftest import role_verdict as _verdict


@pytest.mark.parametrize(
    ("credentials", "education", "country"),
    [
        (["MT-BC (CBMT)"], "bachelor", "US"),  # a music therapist enters on a bachelor's
        (["ATR-BC"], "master", "US"),
        (["LCAT"], "master", "US"),
        (["HCPC registered arts therapist (dramatherapist)"], "master", "GB"),
        (["Eintragung in die Musiktherapeutenliste"], "bachelor", "AT"),
    ],
)
def test_each_route_opens_the_arts_therapist_post(credentials, education, country):
    found = _verdict(
        "creative-arts-therapist",
        education=education,
        years_experience=6,
        credentials=credentials,
        country=country,
    )
    assert found == "ready", credentials


def test_a_music_therapist_is_not_asked_for_an_art_therapists_registration():
    # The MT-BC and the ATR are certifications, each needed where a role lists both: one
    # licence of three names stands for them, so either opens the post.
    entry = lookup_role("creative-arts-therapist").entry
    assert entry is not None
    (credential,) = entry.credentials
    assert credential.kind.value == "licence"
    assert credential.required


def test_what_is_not_held_does_not_open_the_post():
    # A pending Austrian recognition is not the entry on the ministry's list; an LPC is
    # another profession's licence; the UK asks a master's of an arts therapist.
    pending = ["Anerkennung nach dem Musiktherapiegesetz (Österreich), beantragt"]
    assert (
        _verdict(
            "creative-arts-therapist",
            education="master",
            years_experience=5,
            credentials=pending,
            country="AT",
        )
        == "needs"
    )
    assert (
        _verdict(
            "creative-arts-therapist", education="master", years_experience=9, credentials=["LPC"]
        )
        == "needs"
    )
    assert (
        _verdict(
            "creative-arts-therapist",
            education="bachelor",
            years_experience=6,
            credentials=["HCPC registered music therapist"],
            country="GB",
        )
        == "needs"
    )


def test_the_arts_therapists_credential_certifies_the_practice(taxonomy):
    background = Background(education="bachelor", years_experience=7, credentials=["MT-BC"])
    assert "creative-arts-therapies" in implied_skills(background, taxonomy)


@pytest.mark.parametrize(
    "title",
    [
        "Music therapist (contract)",
        "Dramatherapist, CAMHS",
        "Art therapist, adolescent residential treatment",
        "Musiktherapeutin (Anerkennung in Österreich ausständig)",
    ],
)
def test_an_arts_therapist_title_names_the_post(taxonomy, title):
    role = current_role(title, taxonomy)
    assert role is not None
    assert role.id == "creative-arts-therapist"


def test_a_band_6_mental_health_nurse_title_stays_the_psychiatric_nurse(taxonomy):
    role = current_role("Specialist Perinatal Mental Health Nurse (Band 6)", taxonomy)
    assert role is not None
    assert role.id == "psychiatric-nurse"


def test_the_senior_nurse_rung_is_a_step_above_the_psychiatric_nurse(taxonomy):
    senior = lookup_role("mental-health-nurse-specialist")
    nurse = lookup_role("psychiatric-nurse")
    assert senior.entry is not None
    assert nurse.entry is not None
    assert (senior.entry.seniority.value, nurse.entry.seniority.value) == ("senior", "mid")
    assert "managing-staff" in {c.value for c in senior.conditions}
    # Not the prescriber: diagnosis and prescribing are the nurse practitioner's.
    assert "diagnosis" not in {r.skill for r in senior.requirements}


def test_a_uk_band_6_rmn_with_a_degree_is_ready_for_band_7():
    found = _verdict(
        "mental-health-nurse-specialist",
        education="bachelor",
        years_experience=16,
        credentials=["RMN"],
        country="GB",
        current_role="Specialist Perinatal Mental Health Nurse (Band 6)",
    )
    assert found == "ready"


def test_a_nurse_in_other_work_reaches_the_senior_rung_as_a_step_up(taxonomy):
    # Postings count years of mental health nursing itself (O*NET 29-1141.04: most
    # incumbents report over 2 years of related work): an occupational health nurse
    # adviser's years are not them, a community psychiatric nurse's are.
    def verdict(title):
        background = Background(
            education="bachelor",
            years_experience=16,
            credentials=["RMN"],
            country="GB",
            current_role=title,
        )
        ranked = careermap.rank_careers(
            ["mental health nursing:4", "risk assessment:4"],
            taxonomy=taxonomy,
            limit=None,
            semantic=False,
            background=background,
        )
        (match,) = [m for m in ranked if m.role_id == "mental-health-nurse-specialist"]
        return match.readiness.verdict

    assert verdict("Occupational Health Nurse Advisor") == "step-up"
    assert verdict("Community Psychiatric Nurse (Band 6)") == "ready"


def test_a_us_rn_is_told_the_clinical_nurse_specialists_graduate_degree():
    found = _verdict(
        "mental-health-nurse-specialist",
        education="bachelor",
        years_experience=12,
        credentials=["RN"],
        country="US",
    )
    assert found == "needs"


PENDING_AT = "Anerkennung nach dem Musiktherapiegesetz (Österreich), beantragt"


@pytest.mark.parametrize(
    ("credentials", "told"),
    [
        ([PENDING_AT], True),  # applied for, in German: not held yet
        (["Austrian music therapy recognition (pending)"], True),
        (["Musiktherapeutin (Musiktherapeutenliste)"], False),  # on the list: holds it
        (["MA Musiktherapie"], False),  # nothing applied for: nothing to say of it
    ],
)
def test_a_licence_applied_for_is_named_on_the_current_job(taxonomy, credentials, told):
    # The Vienna music therapist of the eighteenth set was told only "your current job"
    # while her recognition in Austria was pending (a counsellor's review, round 27).
    role = taxonomy.role_index["creative-arts-therapist"]
    person = Background(
        education="master",
        credentials=credentials,
        current_role="Musiktherapeutin",
        same_work=True,
        country="AT",
    )
    found = assess(role.entry, person, taxonomy=taxonomy, sector=role.sector, role=role.id)
    assert found.verdict == "current"
    said = "in Austria it needs" in found.summary
    assert said is told
    if told:
        assert repr(credentials[0]) in found.summary
        assert "Musiktherapeutenliste" in found.summary


def test_a_pending_licence_without_a_country_says_nothing_more(taxonomy):
    role = taxonomy.role_index["creative-arts-therapist"]
    person = Background(
        education="master", credentials=[PENDING_AT], current_role="Musiktherapeutin"
    )
    found = assess(role.entry, person, taxonomy=taxonomy, sector=role.sector, role=role.id)
    assert (
        str(found) == "Your current job: the same work with another employer or in another setting"
    )
