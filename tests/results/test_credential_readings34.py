"""Credentials read wrongly or not at all (thirty-fourth round, cred34, review33 P10).

A social care worker on a register named for social care (Social Care Wales, NISCC) read
as that register's social worker; a provisional or temporary registration read as a
licence the taxonomy does not know; a DCU peer support certificate, Norway's family
therapy specialist approval and Mental Health First Aid for an audience read as nothing.
"""

from __future__ import annotations

import pytest

from careermap.results.course_skills import course_skills
from careermap.results.credentials import certifies, holds, is_provisional
from careermap.results.licences import unknown_licences
from careermap.results.name_keys import name_key


def credential(default, credential_id):
    return next(c for c in default.credentials if c.id == credential_id)


@pytest.mark.parametrize(
    "held",
    [
        "Social Care Wales registered social care worker",
        "Registered with Social Care Wales (social care worker)",
        "NISCC registered social care worker",
        "SSSC registered social care worker",
    ],
)
def test_a_social_care_worker_is_no_social_worker_of_any_uk_register(default, held):
    assert holds([held], credential(default, "social-care-worker-registration"))
    for social_work in ("social-work-licence", "social-work-licence-or-registration", "lcsw"):
        assert not holds([held], credential(default, social_work)), social_work


@pytest.mark.parametrize(
    "held",
    [
        "Social Care Wales registered social worker",
        "Social Care Wales registration (social worker)",
        "NISCC registered social worker",
        "SSSC registered social worker",
        "Social Work England registration",
    ],
)
def test_a_social_worker_of_each_uk_register_is_no_social_care_worker(default, held):
    assert holds([held], credential(default, "social-work-licence"))
    assert not certifies([held], credential(default, "social-care-worker-registration"))


def test_care_worker_is_one_word_of_a_key_and_social_worker_is_not_touched():
    assert name_key("Registered social care worker") != name_key("Registered social worker")
    assert name_key("social care-worker") == name_key("social care worker")
    assert "careworker" not in name_key("Social Care Wales registration (social worker)")


@pytest.mark.parametrize(
    "held",
    [
        "Provisionally registered with the HCPC",
        "Provisionally registered with the HCPC as a practitioner psychologist",
        "HCPC COVID-19 Temporary Register (paramedic)",
        "Temporarily registered with the NMC",
        "Temporary licence to practise",
    ],
)
def test_a_provisional_or_temporary_registration_is_provisional(held):
    assert is_provisional(held)


@pytest.mark.parametrize("held", ["Temporary Assistance for Needy Families caseworker", "HCPC"])
def test_temporary_alone_and_a_plain_register_are_not_provisional(held):
    assert not is_provisional(held)


def test_a_provisional_registration_is_no_licence_of_unknown_kind(default):
    assert unknown_licences(["Provisionally registered with the HCPC"], default, {}) == ()
    # The full registration written the same way is still one the taxonomy cannot name.
    assert unknown_licences(["Registered with the HCPC"], default, {}) == (
        "Registered with the HCPC",
    )


@pytest.mark.parametrize(
    "held",
    [
        "Certificate in Peer Support Working in Mental Health, Dublin City University",
        "Certificate in Peer Support Working in Mental Health (DCU)",
    ],
)
def test_the_dcu_peer_support_certificate_certifies_what_a_certified_peer_does(default, held):
    peer = credential(default, "certified-peer-specialist")
    assert certifies([held], peer)
    assert holds([held], peer)


def test_a_peer_support_course_of_another_name_is_not_the_dcu_certificate(default):
    assert not holds(
        ["Peer support awareness course"], credential(default, "certified-peer-specialist")
    )


@pytest.mark.parametrize(
    "held",
    [
        "Spesialist i familieterapi og systemisk praksis (FO)",
        "Klinisk spesialist i familieterapi og systemisk praksis (FO)",
    ],
)
def test_norway_s_family_therapy_specialist_approval_certifies_the_lmft_practice(default, held):
    assert certifies([held], credential(default, "lmft"))


def test_a_family_therapy_master_s_is_no_specialist_approval(default):
    master = "Master i familieterapi og systemisk praksis, VID vitenskapelige høgskole"
    assert not holds([master], credential(default, "lmft"))


@pytest.mark.parametrize(
    "held",
    [
        "Mental Health First Aid for Public Safety",
        "Youth Mental Health First Aid",
        "Scotland's Mental Health First Aid (SMHFA)",
        "Mental Health First Aid (2 day)",
    ],
)
def test_mental_health_first_aid_for_an_audience_is_mental_health_first_aid(default, held):
    assert course_skills([held], default) == {"mental-health-first-aid"}


@pytest.mark.parametrize(
    "held", ["Mental Health First Aid (in progress)", "Mental Health First Aid instructor"]
)
def test_a_course_in_progress_or_an_instructor_s_title_names_no_course_held(default, held):
    assert course_skills([held], default) == frozenset()
