"""Terms the sixteenth persona set wrote and nothing read, or read wrongly (twenty-fifth round).

From a counsellor's review of the set (review 25, finding 9 and its list "Unread and
plainly a skill the taxonomy has"). Each alias is a term people write for the skill, with
its source in docs/taxonomy-notes.md ("Aliases from the sixteenth set", twenty-fifth
round); the near misses must stay unresolved, and no alias may take a name another skill
already has.
"""

from __future__ import annotations

from tests.taxonomy.vocabulary import resolved, vocabulary_faults

from careermap import build_profile

EXPECTED = {
    # England and Wales: an AMHP's assessment for detention under the Mental Health Act
    # 1983 is the Act's work, not a clinical assessment (it read so by meaning, 0.86).
    "Mental Health Act assessments": "mental-health-legislation",
    "MHA assessments": "mental-health-legislation",
    "Mental Health Act assessment": "mental-health-legislation",
    "Deprivation of Liberty Safeguards": "mental-health-legislation",
    "DoLS": "mental-health-legislation",
    "BIA assessments": "mental-health-legislation",
    "section 117 aftercare": "mental-health-legislation",
    "s117 aftercare": "mental-health-legislation",
    "community treatment orders": "mental-health-legislation",
    "involuntary admissions": "mental-health-legislation",
    # The Northern Territory's Mental Health and Related Services Act 1998 (not Northern
    # Ireland's).
    "MHRSA": "mental-health-legislation",
    # A local authority's assessment of needs under the Care Act 2014, s. 9.
    "Care Act needs assessments": "needs-assessment",
    "Care Act assessments": "needs-assessment",
    "DAP notes": "clinical-documentation",
    "PCIS": "electronic-health-records",
    "TrakCare": "electronic-health-records",
    "Near Me": "telehealth",
    "Doxy.me": "telehealth",
    "prior auths": "utilisation-review",
    "K10": "outcome-measurement",
    "K-10": "outcome-measurement",
    "DASS-21": "outcome-measurement",
    "depot clinics": "medication-management",
    "med prompts": "medication-management",
    # The HSE's Professional Management of Aggression and Violence (PMVA is already one).
    "PMAV": "physical-intervention",
    "ISBAR": "multidisciplinary-collaboration",
    "SBAR handover": "multidisciplinary-collaboration",
    # Withdrawal scales belong with withdrawal management, where "(CIWA, COWS)" is read.
    "COWS": "substance-use-treatment",
    "COWS scoring": "substance-use-treatment",
    "CIWA": "substance-use-treatment",
    "South Oaks Gambling Screen": "clinical-assessment",
    "NODS": "clinical-assessment",
    "PGSI": "clinical-assessment",
    # Chris Williams's CBT-based Five Areas course, psychoeducation as stress control is.
    "Living Life to the Full": "psychoeducation",
    "5 Ps formulation": "case-formulation",
    "hot cross bun model": "case-formulation",
    "VLOOKUP": "office-software",
    "Excel pivot tables": "data-analysis",
    "tikanga": "cultural-competence",
    "Inuit Qaujimajatuqangit": "cultural-competence",
    "whānau hui": "parent-engagement",
    "whanau hui": "parent-engagement",
    # Standard French terms of the clinical core (accents are folded).
    "entrevue motivationnelle": "motivational-interviewing",
    "entretien motivationnel": "motivational-interviewing",
    "prévention de la rechute": "relapse-prevention",
    "prevention de la rechute": "relapse-prevention",
    "plans de traitement": "treatment-planning",
    "supervision de stagiaires": "clinical-supervision",
}

NEAR_MISSES = (
    # Mental Health America and mental health associations: bare, the letters name no law.
    "MHA",
    # A Quebec school's plan d'intervention is its individualised education plan, a health
    # and social services one a care plan: the term names two skills.
    "plan d'intervention",
    "plans d'intervention",
    # A school year range, not the distress scale.
    "K-12",
    "K12",
    # The Wechsler scales are left out: in a bracket after "psychological evaluations"
    # they would name a second skill and leave that reading unread.
    "WAIS-IV",
    # A drug round is a medicines round, but "drug" pulls drug-use texts to medication
    # management by meaning; left out.
    "drug rounds",
)


def test_sixteenth_set_terms(default):
    assert not vocabulary_faults(EXPECTED, NEAR_MISSES, default)


def test_withdrawal_scales_in_a_bracket_keep_withdrawal_management(default):
    # Before COWS went to substance use treatment it was tried under medication-assisted
    # treatment, and the eighth set's AOD nurse lost this reading: the bracket then
    # named a second skill.
    assert resolved("withdrawal management (CIWA, COWS)", default) == "substance-use-treatment"


def test_mental_health_act_assessments_are_not_clinical_assessment(default):
    profile = build_profile(["Mental Health Act assessments"], taxonomy=default)
    assert set(profile.skills) == {"mental-health-legislation"}
