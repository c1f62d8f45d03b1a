"""A registration written out: "Registered with the SSSC as a social worker" (read33).

Thirty-third round: the credential was read as none, since no name's key holds the
sentence; it is now read as the title the register gives ("SSSC registered social worker",
"Registered social worker (SSSC)"), for every regulator careermap knows by name
(careermap.results.registered_as).
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background
from careermap.results.credentials import certifies
from careermap.results.nations import nation_of
from careermap.results.readiness import assess


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


@pytest.mark.parametrize(
    ("held", "credential_id"),
    [
        ("Registered with the SSSC as a social worker", "social-work-licence"),
        ("Registered with Social Work England as a social worker", "social-work-licence"),
        ("Registered with the NISCC as a social worker", "social-work-licence"),
        ("Registered with Social Care Wales as a social worker", "social-work-licence"),
        (
            "Registered with the Scottish Social Services Council as a social worker",
            "social-work-licence",
        ),
        ("registered with the SSSC as a support worker", "social-care-worker-registration"),
        ("registered with the HCPC as an arts therapist", "hcpc-arts-therapist"),
        ("Registered with the HCPC as an occupational therapist", "occupational-therapist-licence"),
        ("Registered with the NMC as a mental health nurse", "psychiatric-nurse-registration"),
        ("Registered with the Nursing and Midwifery Council as a nurse", "registered-nurse"),
    ],
)
def test_a_registration_written_out_is_the_registers_title(taxonomy, held, credential_id):
    assert certifies([held], taxonomy.credential_index[credential_id])


def test_a_body_written_out_reads_no_other_register(taxonomy):
    # "Social Care Wales registered social care worker" has the words of the social
    # worker's register; a body's name goes in brackets after the title only.
    held = ["Registered with Social Care Wales as a social care worker"]
    assert certifies(held, taxonomy.credential_index["social-care-worker-registration"])
    assert not certifies(held, taxonomy.credential_index["social-work-licence"])


def test_the_scottish_register_written_out_opens_scottish_posts(taxonomy):
    held = "Registered with the SSSC as a social worker"
    assert nation_of(held) == "GB-SCT"
    role = taxonomy.role_index["child-protection-social-worker"]
    person = Background(
        education="master",
        field="social work",
        years_experience=6,
        country="Scotland",
        credentials=[held],
    )
    found = assess(role.entry, person, taxonomy=taxonomy, sector=role.sector, role=role.id)
    assert found.verdict == "ready", found.summary
