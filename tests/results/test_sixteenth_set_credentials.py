"""Credentials the sixteenth persona set holds: what each opens and certifies.

Each case is read in docs/taxonomy-notes.md, "Credentials from the sixteenth set"
(twenty-fifth round, review 25 finding 2), with the regulator's or body's page it rests on.
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.results.credentials import ambiguous_abbreviations, certifies, holds
from careermap.results.readiness import implied_skills, role_readiness
from careermap.results.scope import licensed_above

IRELAND = "Registered Psychiatric Nurse (RPN), Nursing and Midwifery Board of Ireland"
MANITOBA = "Registered Psychiatric Nurse (College of Registered Psychiatric Nurses of Manitoba)"
ONTARIO = "Registered Practical Nurse (RPN), College of Nurses of Ontario"
PRSS = (
    "Peer Recovery Support Specialist (PRSS), Oklahoma Department of Mental Health and "
    "Substance Abuse Services"
)
LCADC = "Licensed Clinical Alcohol and Drug Counselor (LCADC), Nevada"
TSI = "Travailleuse sociale immatriculée (TSI), Association des travailleurs sociaux du N.-B."
PROVISIONAL = (
    "Provisional registration as a psychologist, Psychology Board of Australia (Ahpra), "
    "5+1 internship"
)
LPN = "Licensed Practical Nurse (LPN), West Virginia State Board of Examiners"
LAPSED_LPN = "Licensed Practical Nurse, Nebraska (lapsed 2016)"


def taxonomy():
    return careermap.load_taxonomy()


def definition(credential_id):
    return taxonomy().credential_index[credential_id]


def verdict(role_id, credentials, country, education="bachelor"):
    background = Background(
        education=education, years_experience=10, credentials=credentials, country=country
    )
    return role_readiness(lookup_role(role_id), background, taxonomy=taxonomy(), shown=None)


def implied(credentials, **background):
    return implied_skills(Background(credentials=credentials, **background), taxonomy())


@pytest.mark.parametrize(("held", "country"), [(IRELAND, "IE"), (MANITOBA, "CA")])
def test_a_registered_psychiatric_nurse_holds_the_registered_nurse(held, country):
    # NMBI's Psychiatric Nurses Division; the western provinces' RPN colleges (bccnm.ca).
    assert verdict("psychiatric-nurse", [held], country).verdict == "ready"
    assert "mental-health-nursing" in implied([held])


def test_ontarios_registered_practical_nurse_is_a_practical_nurse_not_a_registered_nurse():
    # CNO: "Registered Practical Nurse (RPN)" is Ontario's practical nurse's title.
    found = verdict("psychiatric-nurse", [ONTARIO], "CA")
    assert found.verdict == "needs"
    assert holds([ONTARIO], definition("licensed-practical-nurse"))
    unsure = ambiguous_abbreviations(list(taxonomy().credentials))
    assert "RPN" in unsure  # spelled two ways: "RPN" alone holds neither
    assert not holds(["RPN"], definition("registered-nurse"), ambiguous=unsure)
    assert not holds(["RPN"], definition("licensed-practical-nurse"), ambiguous=unsure)


def test_the_registered_nurse_implies_judgement():
    # O*NET 29-1141.00 registered nurses: judgement importance 3.88, level 3.75 (gaps2).
    assert "judgment-and-decision-making" in implied(["Registered Nurse (Ahpra)"])


@pytest.mark.parametrize("role_id", ["peer-support-specialist", "recovery-coach"])
def test_oklahomas_peer_recovery_support_specialist_is_the_states_peer_credential(role_id):
    # ODMHSAS certifies the PRSS for recovery from mental illness, substance use or both.
    found = verdict(role_id, [PRSS], "US", education="secondary")
    assert not any("Peer" in need for need in found.needs), found


def test_nevadas_licensed_clinical_alcohol_and_drug_counselor_is_a_cadc_licence():
    # NRS 641C: the Board of Examiners for Alcohol, Drug and Gambling Counselors' LCADC.
    assert holds([LCADC], definition("cadc"))


def test_new_brunswicks_travailleuse_sociale_immatriculee_is_a_registered_social_worker():
    # The NB association's Act protects the title of its registered members.
    assert holds([TSI], definition("social-work-licence-or-registration"))
    assert "social-perceptiveness" in implied([TSI])


def test_a_provisional_registration_written_out_is_the_provisional_psychologist():
    psychologist = definition("psyba-registered-psychologist")
    assert certifies([PROVISIONAL], psychologist)
    assert not holds([PROVISIONAL], psychologist)
    assert "psychometric-testing" in implied([PROVISIONAL])


def test_a_practical_nurses_licence_certifies_its_practice_and_a_lapsed_one_holds_nothing():
    # O*NET 29-2061.00 tasks: medications administered and charted.
    lpn = definition("licensed-practical-nurse")
    assert {"medication-management", "clinical-documentation"} <= implied([LPN])
    assert holds([LPN], lpn)
    assert certifies([LAPSED_LPN], lpn)
    assert not holds([LAPSED_LPN], lpn)
    assert "judgment-and-decision-making" not in lpn.implies  # O*NET level 3.25: under the rule


def test_no_bundled_post_asks_for_the_lpn_so_it_sets_no_scope():
    # The step down in scope needs a licence the field's own posts ask for (scope.py).
    entry = lookup_role("behavioural-health-technician").entry
    nurse = Background(education="certificate", credentials=[LPN])
    assert licensed_above(entry, "mental-health", nurse, taxonomy()) == ()


@pytest.mark.parametrize(
    ("held", "skill"),
    [
        ("Certified Therapeutic Recreation Specialist (CTRS), NCTRC", "social-perceptiveness"),
        ("Certified Therapeutic Recreation Specialist (CTRS), NCTRC", "treatment-planning"),
        ("Certified Professional Coder (CPC), AAPC", "health-information-management"),
    ],
)
def test_ctrs_and_cpc_certify_what_their_occupations_do(held, skill):
    # O*NET 29-1125.00 recreational therapists; 29-2072.00 medical records specialists.
    assert skill in implied([held])
