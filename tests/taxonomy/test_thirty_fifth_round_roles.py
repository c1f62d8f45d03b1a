"""Roles added in the thirty-fifth round (role35): review34 P7 and the twenty-sixth set.

The community mental health nurse is its own role, apart from the ward's psychiatric
nurse: the same registration, a caseload and home visits in place of shifts and restraint
(NYS Civil Service classification standard 5614500; an NHS community team's job
description). The medical secretary (O*NET 43-6013.00), the IPS supervisor (the IPS
fidelity scale's employment supervisor) and the recovery residence manager (NARR's Level
II house manager) are jobs the twenty-sixth set's people hold or ask for that no role was.
"""

from __future__ import annotations

import pytest

import careermap
from careermap.results.current import current_role


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


def _conditions(taxonomy, role_id):
    role = careermap.lookup_role(role_id, taxonomy=taxonomy)
    return {c.value for c in role.conditions}


@pytest.mark.parametrize(
    "title",
    ["Community psychiatric nurse", "CPN", "Community mental health nurse", "CMHN"],
)
def test_a_community_nurses_title_names_the_community_role(taxonomy, title):
    assert careermap.lookup_role(title, taxonomy=taxonomy).id == "community-mental-health-nurse"


@pytest.mark.parametrize("title", ["Psychiatric nurse", "RMN", "Inpatient psychiatric nurse"])
def test_the_ward_nurses_titles_stay_with_the_psychiatric_nurse(taxonomy, title):
    assert careermap.lookup_role(title, taxonomy=taxonomy).id == "psychiatric-nurse"


def test_a_cpn_job_title_is_the_community_role(taxonomy):
    found = current_role("Community Psychiatric Nurse (Band 6)", taxonomy)
    assert found is not None
    assert found.id == "community-mental-health-nurse"


def test_the_community_nurse_works_by_day_without_restraint(taxonomy):
    community = _conditions(taxonomy, "community-mental-health-nurse")
    ward = _conditions(taxonomy, "psychiatric-nurse")
    assert {"shift-work", "physical-intervention"} <= ward
    assert not {"shift-work", "physical-intervention", "on-site"} & community
    assert {"clinical-caseload", "travel"} <= community


def test_the_community_nurse_asks_the_ward_nurses_registration(taxonomy):
    def credentials(role_id):
        role = careermap.lookup_role(role_id, taxonomy=taxonomy)
        assert role.entry is not None
        return [(c.id, c.required, c.note) for c in role.entry.credentials]

    assert credentials("community-mental-health-nurse") == credentials("psychiatric-nurse")


def test_a_ward_nurse_who_wants_days_is_not_warned_off_the_community_post(taxonomy):
    # review34 P7: the Stirling charge nurse's first move, a CPN post by day, no restraint.
    texts = ["mental health nursing:5", "risk assessment:4", "de-escalation:4", "depot:3"]
    background = {
        "education": "bachelor",
        "years_experience": 12,
        "credentials": ["RMN"],
        "country": "GB",
        "avoid": ["shift-work", "physical-intervention"],
    }
    ranking = careermap.rank_careers(
        texts, taxonomy=taxonomy, background=background, limit=None, semantic=False
    )
    notes = {m.role_id: m.explain() for m in ranking}
    avoided = "you said you would rather not"
    assert avoided in notes["psychiatric-nurse"]
    assert avoided not in notes["community-mental-health-nurse"]
    by_id = {m.role_id: m for m in ranking}
    assert by_id["community-mental-health-nurse"].readiness.verdict == "ready"


@pytest.mark.parametrize(
    ("title", "role_id"),
    [
        ("Medical secretary", "medical-secretary"),
        ("Psychiatric Secretary", "medical-secretary"),
        ("IPS team leader", "ips-supervisor"),
        ("Supported employment supervisor", "ips-supervisor"),
        ("Recovery house manager", "recovery-residence-manager"),
        ("Sober living house manager", "recovery-residence-manager"),
    ],
)
def test_the_new_posts_are_found_by_their_titles(taxonomy, title, role_id):
    assert careermap.lookup_role(title, taxonomy=taxonomy).id == role_id


def test_the_medical_secretary_is_a_day_post_without_a_caseload(taxonomy):
    role = careermap.lookup_role("medical-secretary", taxonomy=taxonomy)
    assert role.onet_soc == "43-6013.00"
    assert role.entry is not None
    assert role.entry.education.value == "secondary"
    assert not {"caseload", "clinical-caseload", "shift-work"} & _conditions(
        taxonomy, "medical-secretary"
    )


def test_a_secretaire_medicale_shows_the_medical_secretary_s_office_work(taxonomy):
    # Forty-first round (cred41, review41 P2): the Monaco medical secretary of eighteen
    # years, her title in French, was told nothing she wrote showed office work.
    def secretary(title: str) -> str:
        ranking = careermap.rank_careers(
            ["dossier patient informatisé", "confidentiality"],
            taxonomy=taxonomy,
            limit=None,
            semantic=False,
            background={
                "education": "certificate",
                "country": "MC",
                "current_role": title,
                "years_experience": 18,
            },
        )
        return next(m.readiness.summary for m in ranking if m.role_id == "medical-secretary")

    assert "nothing you wrote shows" not in secretary("Secrétaire médicale, service de psychiatrie")
    assert "nothing you wrote shows" in secretary("Aide-soignante, service de psychiatrie")


def test_the_ips_supervisor_manages_the_specialists_and_comes_from_the_work(taxonomy):
    assert "managing-staff" in _conditions(taxonomy, "ips-supervisor")
    role = careermap.lookup_role("ips-supervisor", taxonomy=taxonomy)
    assert role.entry is not None
    assert role.entry.experience is not None
    assert "supported-employment" in role.entry.experience.skills
    specialist = careermap.lookup_role("employment-specialist", taxonomy=taxonomy)
    assert specialist.entry is not None
    assert role.entry.seniority.value == "senior" != specialist.entry.seniority.value


def test_the_recovery_house_values_recovery_and_keeps_the_manager_on_site(taxonomy):
    role = careermap.lookup_role("recovery-residence-manager", taxonomy=taxonomy)
    assert role.entry is not None
    assert role.entry.lived_experience.value == "valued"
    assert [k.value for k in role.entry.lived_experience_of] == ["substance-use"]
    assert {"on-site", "shift-work"} <= _conditions(taxonomy, "recovery-residence-manager")
