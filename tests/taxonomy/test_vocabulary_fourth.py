"""The fourth persona set's everyday vocabulary (twelfth round, docs/taxonomy-notes.md).

Added after reading that set's unresolved texts, so the set no longer checks these
aliases blind. Each alias is a term of the field with its source in the notes; the near
misses below are what was judged too vague, or not the skill, and must stay unresolved.
"""

from __future__ import annotations

from tests.taxonomy.vocabulary import misread, resolved

from careermap import build_profile, rank_careers


def test_fourth_set_vocabulary_resolves_without_the_semantic_layer(default):
    expected = {
        # Psychiatric Rehabilitation Association: psychiatric rehabilitation promotes
        # recovery and community integration; SAMHSA's Illness Management and Recovery
        # kit; the Copeland Center's WRAP facilitator training.
        "psychiatric rehabilitation": "recovery-oriented-practice",
        "psychosocial rehabilitation": "recovery-oriented-practice",
        "illness management and recovery": "recovery-oriented-practice",
        "WRAP facilitator": "recovery-oriented-practice",
        "WRAP facilitation": "recovery-oriented-practice",
        # CCAR Recovery Coach Academy: recovery coaching is peer recovery support.
        "recovery coaching": "peer-support",
        "telling my story": "peer-support",
        # SSA's Work Incentives Planning and Assistance: benefits counselling.
        "benefits counseling": "benefits-advice",
        "work incentives planning": "benefits-advice",
        "living skills": "independent-living-skills",
        "teaching budgeting and independent living skills": "independent-living-skills",
        "Triple P": "parent-engagement",
        # SAMHSA's guidelines for transition from jail and prison (APIC): reentry planning.
        "reentry planning": "discharge-planning",
        "CBT-informed practice": "cognitive-behavioural-therapy",
        "clinical notes": "clinical-documentation",
        # AIHW Specialist Homelessness Services: crisis accommodation.
        "crisis accommodation": "housing-support",
        "incident reports": "quality-improvement",  # read41: patient safety (WHO 2020)
        "presenting at conferences": "presentation-skills",
        "IRB protocols": "regulatory-compliance",
        "structured clinical interviews": "clinical-assessment",
        "reasonable adjustments advice": "reasonable-adjustments",
        "listen people": "active-listening",
        "critical incident response": "critical-incident-debriefing",
        "conflict mediation": "mediation",
        "employee relations investigations": "workplace-investigations",
        # IPS Employment Center, "Practice and Principles of IPS": systematic job
        # development; an IPS team's job coaching.
        "IPS supported employment": "supported-employment",
        "individual placement and support": "supported-employment",
        "job development with local employers": "supported-employment",
        "job coaching": "supported-employment",
    }
    wrong = misread(expected, default)
    assert not wrong, wrong


def test_fourth_set_near_misses_stay_unresolved(default):
    # Too vague ("assessment", "parents orientation"), not the skill named nearby (a
    # parent's story is not peer support in recovery; family sessions are not always
    # family therapy), below fluency, or work the taxonomy has no skill for. "Teaching
    # yoga classes" left this list in the nineteenth round: teaching classes of any kind
    # is *Instructing* (teaching work, tests/resolve/test_parts.py), though yoga itself
    # is still no skill here.
    for text in (
        "assessment",
        "parents orientation",
        "sharing my own story as a parent",
        "family sessions",
        "Spanish (conversational)",
        "IPS",  # Individual Placement and Support, or Intentional Peer Support
        "fitness for work assessments",
        "student conduct hearings",
        "brief therapeutic intervention with young people",
    ):
        assert resolved(text, default) is None, text
    # The semantic layer may not read a brief therapy as a physical intervention (a
    # "Therapeutic Crisis Intervention" alias of restraint training did, and was left out).
    profile = build_profile(["brief therapeutic intervention with young people"], taxonomy=default)
    assert "physical-intervention" not in profile.skills


def test_supported_employment_is_its_own_skill_under_career_guidance(default):
    # A psychiatric rehabilitation practitioner's job development resolved to nothing
    # (fourth set). IPS supported employment is a kind of career guidance (the job search
    # follows the person's preferences) with employer work, benefits counselling and
    # in-work support of its own (IPS Employment Center's eight principles).
    skill = default.skill_index["supported-employment"]
    assert tuple(skill.broader) == ("career-guidance",)
    into = {r.target: r.weight for r in default.relations if r.source == "supported-employment"}
    assert set(into) == {"stakeholder-engagement", "benefits-advice", "reasonable-adjustments"}
    ranked = rank_careers(["job development:4"], taxonomy=default, limit=None, semantic=False)
    specialist = next(m for m in ranked if m.role_id == "employment-specialist")
    credit = {t.skill_id: t.source_id for t in specialist.transferred}
    assert credit["career-guidance"] == "supported-employment"
    assert credit["stakeholder-engagement"] == "supported-employment"
