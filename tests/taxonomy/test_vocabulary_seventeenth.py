"""Everyday and Norwegian terms the seventeenth persona set wrote (twenty-sixth round).

From a counsellor's review of the set (review 26, findings P1 d and f): core work in
everyday words, instrument names, and the Norwegian clinical core. Each alias is a term
people write for the skill, with its source in a YAML comment beside it and in
docs/taxonomy-notes.md ("Aliases from the seventeenth set", twenty-sixth round); the near
misses must stay unresolved, and no alias may take a name another skill already has.
"""

from __future__ import annotations

from tests.taxonomy.vocabulary import resolved, vocabulary_faults

from careermap import build_profile

EXPECTED = {
    # A carer's assessment (Care Act 2014 s. 10; Social Services and Well-being (Wales)
    # Act 2014 s. 24) and the Welsh Act's "what matters" conversation.
    "carer's needs assessments": "needs-assessment",
    "carers needs assessments": "needs-assessment",
    "carer's needs assessment": "needs-assessment",
    "what matters conversations": "needs-assessment",
    "what matters conversation": "needs-assessment",
    # IPS with a word of its job work; bare IPS is also Intentional Peer Support.
    "IPS employment": "supported-employment",
    "IPS team": "supported-employment",
    "IPS programme": "supported-employment",
    "PSR skill building": "recovery-oriented-practice",
    "PSR services": "recovery-oriented-practice",
    "DBI level 2": "crisis-intervention",
    "PCL-5": "outcome-measurement",
    "PHQ-A": "outcome-measurement",
    "CANS": "outcome-measurement",
    "CANS assessments": "outcome-measurement",
    "cognitive screening": "psychometric-testing",
    "ACE-III": "psychometric-testing",
    # Was Mental health legislation, by fuzzy match on "MCA".
    "MoCA": "psychometric-testing",
    "Montreal Cognitive Assessment": "psychometric-testing",
    "resume help": "career-guidance",
    "CV help": "career-guidance",
    "CV writing": "career-guidance",
    "mock interviews": "career-guidance",
    "interest inventories": "career-guidance",
    "career interest inventories": "career-guidance",
    "interest profilers": "career-guidance",
    "talks": "presentation-skills",
    "scheduling appointments": "administrative",
    "appointment scheduling": "administrative",
    # Norway: psykisk helsevernloven ss. 4-3 and 4-8; individual plan and responsibility
    # group (Helsedirektoratet); milieu therapy (Helsedirektoratet, IS-1957).
    "beltelegging": "physical-intervention",
    "skjerming": "physical-intervention",
    "mekaniske tvangsmidler": "physical-intervention",
    "individuell plan": "care-coordination",
    "ansvarsgrupper": "care-coordination",
    "ADL training": "independent-living-skills",
    "miljøterapi": "mental-health-nursing",
    "milieu therapy": "mental-health-nursing",
    "DIPS": "electronic-health-records",
}

NEAR_MISSES = (
    # Intentional Peer Support too: bare, the letters name two skills.
    "IPS",
    # A pre-sentence report (report writing) too.
    "PSR",
    # Data-based individualisation in US special education too.
    "DBI",
    # The WHO's alcohol test shares its name with an audit; no AUDIT alias is kept, as
    # "AUDIT-C" made "audit", "audits" and "auditing" substance use treatment by fuzzy
    # match.
    "AUDIT",
    "audits",
    "auditing",
    # Left out: home visits are how case managers, outreach workers and counsellors all
    # work (docs/taxonomy-notes.md).
    "home visits",
)


def test_seventeenth_set_terms(default):
    assert not vocabulary_faults(EXPECTED, NEAR_MISSES, default)


def test_what_matters_conversations_are_not_difficult_conversations(default):
    # By meaning the text was Difficult conversations (0.77), which put employee relations
    # and workplace mediation first for a Welsh social worker.
    profile = build_profile(["what matters conversations"], taxonomy=default)
    assert set(profile.skills) == {"needs-assessment"}


def test_comprehensive_assessments_stay_unread(default):
    # The ninth set's NC care manager: needs assessment by meaning (0.642) with the alias
    # "carers assessments", and her accepted quality improvement post left her five.
    profile = build_profile(["comprehensive assessments and care plans"], taxonomy=default)
    assert "needs-assessment" not in profile.skills
    # Since the twenty-eighth round "care plans" (an alias) is read, the rest shown unread.
    assert set(profile.skills) == {"treatment-planning"}
    assert profile.entries[0].match.unread == ("comprehensive assessments",)


def test_a_cognitive_screening_bracket_reads_whole(default):
    assert resolved("cognitive screening (ACE-III, MoCA)", default) == "psychometric-testing"
