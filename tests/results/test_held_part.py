"""A credential still needed that names one the person holds says so (V300, round 31)."""

from __future__ import annotations

from careermap import lookup_role
from careermap.resolve.profile import Background
from careermap.results.readiness import assess, implied_skills

#: The Newry perinatal mental health nurse of the eighteenth set, shortened: an RMN with
#: the NMC's V300 prescribing annotation and a bachelor's degree.
NEWRY = {
    "education": "bachelor",
    "country": "GB",
    "years_experience": 4,
    "credentials": [
        "Registered Mental Health Nurse (RMN), NMC",
        "V300 Independent and Supplementary Prescriber, NMC",
    ],
}


def test_the_v300_is_read_as_held_where_the_post_names_it(default):
    role = lookup_role("psychiatric-nurse-practitioner")
    found = assess(role.entry, Background(**NEWRY), taxonomy=default)
    assert found is not None
    assert found.verdict == "needs"  # advanced practice is still to get
    need = next(n for n in found.needs if n.startswith("Advanced clinical practitioner"))
    assert "you hold the V300 non-medical prescribing it names" in need
    assert "V300 Independent and Supplementary Prescriber, NMC" in found.summary
    without = {**NEWRY, "credentials": NEWRY["credentials"][:1]}
    plain = assess(role.entry, Background(**without), taxonomy=default)
    assert plain is not None
    assert not any("you hold" in n for n in plain.needs)


def test_the_v300_certifies_prescribing_knowledge(default):
    held = implied_skills(Background(credentials=["V300 non-medical prescribing"]), default)
    assert {"psychopharmacology", "medication-management"} <= held
    other = implied_skills(Background(credentials=["MHFA instructor"]), default)
    assert "psychopharmacology" not in other
