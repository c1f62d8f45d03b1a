"""Terms the fifteenth persona set wrote and nothing read, or read wrongly (twenty-fourth round).

From a counsellor's review of the set (review 24, finding 5). Each alias is a term people
write on CVs for the skill, with its source in docs/taxonomy-notes.md ("Aliases from the
fifteenth set", twenty-fourth round); the near misses must stay unresolved, and no alias
may take a name another skill already has.
"""

from __future__ import annotations

from tests.taxonomy.vocabulary import vocabulary_faults

EXPECTED = {
    # Participatory design and usability testing (ISO 9241-210, human-centred design).
    "co-design": "user-research",
    "co-design workshops": "user-research",
    "user testing sessions": "user-research",
    "usability sessions": "user-research",
    "lit reviews": "literature-review",
    "online survey": "survey-design",
    "Qualtrics survey": "survey-design",
    # A survey of callers' feedback is a survey, not *Giving feedback*.
    "feedback survey": "survey-design",
    # Holland's RIASEC codes: the O*NET Interest Profiler's six interest areas.
    "Holland code": "career-guidance",
    "RIASEC": "career-guidance",
    "career talks": "career-guidance",
    # The Myers-Briggs Type Indicator, a standardised personality questionnaire.
    "MBTI": "psychometric-testing",
    "testifying at the Capitol": "policy-advocacy",
    "screening resumes": "recruitment",
    "onboarding buddy": "onboarding",
    # Falls and restraint audits and safety huddles: NHS and IHI quality improvement.
    "falls audits": "quality-improvement",
    "restraint audits": "quality-improvement",
    "safety huddles": "quality-improvement",
    "EHR superuser": "electronic-health-records",
}

NEAR_MISSES = (
    # Testimony is given in courts as well as to legislatures: bare, it names no skill.
    "testimony",
    "testifying",
    "expert testimony",
    "family court testimony",
    # Any software has superusers and a go-live; only the record system's are named.
    "superuser",
    "go-live",
    # A shop's manager, not stress management (a short word takes one typo, not two).
    "store manager",
)


def test_fifteenth_set_terms(default):
    assert not vocabulary_faults(EXPECTED, NEAR_MISSES, default)
