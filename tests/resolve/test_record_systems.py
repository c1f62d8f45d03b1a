"""Clinical record systems are read as *Electronic health records* (twentieth round).

A counsellor's review of sets six to eleven: SystmOne, RiO, Kipu, IAPTus, CPRS/VistA and
others never resolved, so a nurse who trains colleagues on MidtEPJ was shown *Electronic
health records* as a gap. The systems are aliases now, and "X charting" reads the
system X.
"""

from __future__ import annotations

import pytest

import careermap


@pytest.mark.parametrize(
    "text",
    [
        "SystmOne",
        "RiO",
        "EMIS Web",
        "Kipu charting",
        "Cerner charting",
        "IAPTus",
        "CPRS/VistA",
        "MidtEPJ",
    ],
)
def test_a_record_system_is_read(text, default):
    found = careermap.resolve_skill(text, taxonomy=default, semantic=False)
    assert found.skill_id == "electronic-health-records", found


def test_a_peer_recovery_specialists_cprs_is_not_a_record_system(default):
    # CPRS is also the Certified Peer Recovery Specialist's abbreviation.
    found = careermap.resolve_skill("CPRS", taxonomy=default, semantic=False)
    assert found.skill_id != "electronic-health-records", found


def test_notes_still_read_as_documentation(default):
    found = careermap.resolve_skill("progress notes", taxonomy=default, semantic=False)
    assert found.skill_id == "clinical-documentation", found
