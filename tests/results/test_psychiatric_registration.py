"""A psychiatric or mental health nursing registration certifies its field's core.

Twenty-fifth round, review 25b finding 1 ("A registration on the psychiatric or mental
health part of a nursing register", docs/taxonomy-notes.md): Galway's registered
psychiatric nurse was read as the general registered nurse only, and shown clinical
assessment, clinical risk assessment, the therapeutic relationship, psychopathology and
psychopharmacology as gaps on her own job. The registration is now a credential of its
own that certifies them, and the registered nurse's licence still holds for the posts
that ask for it. Implied skills change the gaps shown, never a score.
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background
from careermap.results.credentials import holds
from careermap.results.readiness import implied_skills

CORE = {
    "mental-health-nursing",
    "therapeutic-relationship",
    "clinical-assessment",
    "risk-assessment",
    "psychopathology",
    "psychopharmacology",
}
FIELD = CORE - {"mental-health-nursing"}

#: The field registrations the persona sets write (sixteenth: Galway, Accra; ninth:
#: Manitoba; eighth: Nigeria; third, fourth, tenth: the NMC's RMN).
REGISTERED = [
    "Registered Psychiatric Nurse (RPN), Nursing and Midwifery Board of Ireland",
    "Registered Psychiatric Nurse (College of Registered Psychiatric Nurses of Manitoba)",
    "Registered Psychiatric Nurse (Nursing and Midwifery Council of Nigeria)",
    "Registered Mental Health Nurse (RMN), Nursing and Midwifery Council of Ghana",
    "Registered Mental Health Nurse (NMC)",
    "RMN (NMC registered)",
]


def implied(taxonomy, *credentials):
    return implied_skills(Background(credentials=list(credentials)), taxonomy)


@pytest.mark.parametrize("held", REGISTERED)
def test_a_field_registration_certifies_the_fields_core(taxonomy, held):
    assert implied(taxonomy, held) >= CORE
    assert holds([held], taxonomy.credential_index["psychiatric-nurse-registration"])
    # It is still the registered nurse's licence, for the posts that ask for it.
    assert holds([held], taxonomy.credential_index["registered-nurse"])
    assert "medicine-and-dentistry" in implied(taxonomy, held)


@pytest.mark.parametrize(
    "held",
    [
        "Registered Nurse (AHPRA)",
        "Registered Nurse (Singapore Nursing Board)",
        "NMC registered nurse",
        "Registered Practical Nurse (RPN)",  # Ontario's practical nurse
        "RPN",  # written alone: practical or psychiatric, the person is asked
    ],
)
def test_a_general_or_practical_registration_does_not(taxonomy, held):
    assert not FIELD & implied(taxonomy, held)


GALWAY_SKILLS = [
    "drug round & depot clinic:5",
    "special obs / 1:1s:5",
    "PMAV:4",
    "ISBAR handovers:4",
    "family meetings:3",
]


def ranking(taxonomy, credential):
    background = Background(
        education="bachelor",
        field="psychiatric nursing",
        credentials=[credential],
        years_experience=6,
        country="IE",
    )
    found = careermap.rank_careers(
        GALWAY_SKILLS, taxonomy=taxonomy, background=background, limit=200
    )
    return {m.role_id: m for m in found}


def test_a_psychiatric_nurse_is_not_told_her_fields_core_on_her_own_job(taxonomy):
    rpn = ranking(
        taxonomy, "Registered Psychiatric Nurse (RPN), Nursing and Midwifery Board of Ireland"
    )
    general = ranking(taxonomy, "Registered Nurse (NMBI)")
    own = "psychiatric-nurse"
    shown = {g.skill_id for g in rpn[own].gaps}
    assert not FIELD & shown, shown
    # Without the field registration the same job shows them: the case tests something.
    assert FIELD & {g.skill_id for g in general[own].gaps}
    # Gaps change; scores do not.
    assert {r: m.score for r, m in rpn.items()} == {r: m.score for r, m in general.items()}
