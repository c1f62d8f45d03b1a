"""Terms practitioners write that no skill's names held (round 37, read37; review37 P3, P4).

Each alias is a term of the field with its source in the YAML beside it: community
development (ESCO, the UK Community Development National Occupational Standards), clinical
coding and its audit (AHIMA, NHS England's Clinical Coding Audit Methodology, O*NET
29-2072.00), the case conference (the Australian MBS's multidisciplinary case conferences),
case supervision (Kadushin and Harkness), the WHO's AUDIT and ASSIST screens, and psychodrama
(NCCATA). The near misses must stay as they were: "ICD-10" alone is the diagnostician's
classification, and "audit" alone is an English word, no screens.
"""

from __future__ import annotations

from tests.taxonomy.vocabulary import resolved, vocabulary_faults

EXPECTED = {
    "community development": "community-organising",
    "community development work with young people": "community-organising",
    "ICD-10 coding": "health-information-management",
    "diagnosis coding": "health-information-management",
    "clinical coding audit": "health-information-management",
    "ICD-10 coding audits": "health-information-management",
    "case conferences": "multidisciplinary-collaboration",
    "case conferences with the GP and the family": "multidisciplinary-collaboration",
    "case supervision": "clinical-supervision",
    "AUDIT and ASSIST screening": "substance-use-treatment",
    "ASSIST screening": "substance-use-treatment",
    "psychodrama": "creative-arts-therapies",
    "psychodrama groups": "creative-arts-therapies",
}

NEAR_MISSES = (
    "audit",
    "AUDIT-C",
    "audit (poster, College of Psychiatrists)",
    "community",
)


def test_thirty_seventh_round_terms(default):
    assert not vocabulary_faults(EXPECTED, NEAR_MISSES, default)


def test_icd_10_alone_stays_the_diagnosticians(default):
    assert resolved("ICD-10", default) == "diagnosis"
    assert resolved("DSM-5 and ICD-10 diagnosis", default) == "diagnosis"
