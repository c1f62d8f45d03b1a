"""Rankings held to a career counsellor's persona set (tests/data/personas.yaml).

The bars are those of docs/personas.md, measured by benchmarks/personas.py; the
set was written without running the ranking and nothing is fitted to it, except
the readiness step rules, chosen on the tune half of the personas (a fixed split by a
hash of the id, ``benchmarks/personas.py:half``) and checked here on the other.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import careermap
from careermap.results.experience import shown_by
from careermap.results.readiness import assess

from ..scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


HARNESS = load_script(ROOT / "benchmarks" / "personas.py", "personas")


@pytest.fixture(scope="module")
def judged(default):
    return {
        "advice": HARNESS.summary(HARNESS.judge(HARNESS.careermap_top, default)),
        "fit": HARNESS.summary(HARNESS.judge(HARNESS.fit_top, default)),
        "cosine": HARNESS.summary(HARNESS.judge(HARNESS.cosine_top, default)),
    }


def test_advice_puts_fewer_rejected_roles_in_the_top_five(judged):
    advice, fit, cosine = judged["advice"], judged["fit"], judged["cosine"]
    assert advice["rejected per top 5"] < fit["rejected per top 5"]
    assert advice["rejected per top 5"] < cosine["rejected per top 5"]


@pytest.mark.parametrize("half", ["tune", "check"])
def test_no_rejected_role_in_any_top_five(half, default):
    # Issue 15's bar, on each half. Measured (December 2026): 0 of 10 and 0 of 11; before
    # the working conditions and avoid wishes, 1 of 10 and 4 of 11.
    judged = [
        j for j in HARNESS.judge(HARNESS.careermap_top, default) if HARNESS.half(j.persona) == half
    ]
    assert [(j.persona, j.top) for j in judged if j.rejected] == []


def test_no_top_five_holds_what_the_person_wants_to_leave(default):
    # The wish acts through the taxonomy's conditions, for every persona that states one.
    wishes = {p["id"]: set(p["avoid"]) for p in HARNESS.personas() if p.get("avoid")}
    assert len(wishes) >= 10
    for judged in HARNESS.judge(HARNESS.careermap_top, default):
        for role_id in judged.top if judged.persona in wishes else ():
            involved = {c.value for c in default.role_index[role_id].conditions}
            assert not involved & wishes[judged.persona], (judged.persona, role_id, involved)


@pytest.mark.parametrize("half", ["tune", "check"])
def test_advice_beats_the_baselines_on_each_half(half, default):
    # The rules were chosen looking at the tune half; the check half must agree.
    def on_half(ranker):
        judged = HARNESS.judge(ranker, default)
        return HARNESS.summary([j for j in judged if HARNESS.half(j.persona) == half])

    advice, fit, cosine = (
        on_half(HARNESS.careermap_top),
        on_half(HARNESS.fit_top),
        on_half(HARNESS.cosine_top),
    )
    # Never below the baseline on either half. A half is ten or eleven people, so one
    # accepted role is 0.02: in the tenth round, lexical phrases (the "part" rule) lifted
    # the cosine baseline's tune half from 0.28 to 0.44 and careermap's from 0.34 to 0.44,
    # a tie. Over the whole set careermap must stay strictly ahead (below).
    assert advice["precision@5"] >= cosine["precision@5"]
    assert advice["precision@5"] >= fit["precision@5"]
    assert advice["rejected per top 5"] < fit["rejected per top 5"]
    assert advice["rejected per top 5"] < cosine["rejected per top 5"]


def test_the_split_is_fixed_and_balanced():
    halves = [HARNESS.half(p["id"]) for p in HARNESS.personas()]
    assert HARNESS.half("inpatient-psychiatric-nurse-burned-out") == "check"
    assert 0.4 <= halves.count("tune") / len(halves) <= 0.6


def test_advice_finds_accepted_roles(judged):
    assert judged["advice"]["precision@5"] > judged["cosine"]["precision@5"]
    assert judged["advice"]["hit rate"] >= 0.7


@pytest.mark.parametrize("half", ["tune", "check"])
def test_readiness_agrees_with_the_counsellor(half, default):
    reachable = flagged = accepted = rejected = 0
    for persona in (p for p in HARNESS.personas() if HARNESS.half(p["id"]) == half):
        background = careermap.Background(**HARNESS.context(persona)["background"])
        # What their words show of experience, as rank_careers reads it.
        shown = shown_by(careermap.build_profile(persona["skills"], background=background), default)
        for role_id, wanted in [*((r, True) for r in persona["accept"]),
                                *((r, False) for r in persona["reject"])]:  # fmt: skip
            role = careermap.lookup_role(role_id, taxonomy=default)
            verdict = assess(role.entry, background, taxonomy=default, shown=shown)
            ready = verdict is not None and verdict.verdict in {"ready", "certify"}
            if wanted:
                accepted += 1
                reachable += ready
            else:
                rejected += 1
                flagged += not ready
    # Measured (December 2026): tune 0.87 reachable, 0.81 flagged; check 0.91, 0.80.
    # Before the step rules were revised: tune 0.84, 0.93; check 0.70, 0.85 (more of the
    # accepted moves into a new field were called steps down).
    assert reachable / accepted >= 0.8
    assert flagged / rejected >= 0.75


#: What every persona (all have worked in mental-health care) practised daily: a
#: counsellor would never tell them to learn it.
NEVER_A_GAP = {"empathy", "active-listening", "rapport-building"}


@pytest.mark.parametrize("persona", HARNESS.personas(), ids=lambda p: p["id"])
def test_no_one_from_mental_health_care_is_told_to_learn_empathy(persona, default):
    # Measured before the relations from MI, CBT, school counselling, victim support and
    # rapport building (December 2026): 33 such gaps in the personas' top tens.
    ranking = careermap.rank_careers(
        persona["skills"],
        taxonomy=default,
        limit=10,
        exclude_sectors=persona.get("exclude_sectors") or None,
        **HARNESS.context(persona),
    )
    told = [(m.role_id, g.skill_id) for m in ranking for g in m.gaps if g.skill_id in NEVER_A_GAP]
    assert told == []


#: Core-practice gaps left in the personas' top tens after the third pass, each judged
#: real (docs/taxonomy-notes.md, "Core practice gaps, third pass"): nothing the person
#: wrote or holds shows the skill, or the role asks for it in a sense their work does not.
REAL_CORE_GAPS = {
    # Nothing listed certifies or implies it: "writing shift notes" resolves to writing,
    # CPI is restraint training, and no credential of theirs carries a code of ethics.
    ("behavioural-health-technician-no-degree", "confidentiality"),
    ("behavioural-health-technician-no-degree", "ethical-practice"),
    ("behavioural-health-technician-no-degree", "professional-boundaries"),
    ("residential-youth-worker", "ethical-practice"),
    ("residential-youth-worker", "professional-boundaries"),
    # A new graduate with one year as a research assistant: judgement in casework and
    # a coach's boundaries are still to be learned.
    ("psychology-graduate-research-assistant", "judgment-and-decision-making"),
    ("psychology-graduate-research-assistant", "professional-boundaries"),
    # A forensic interviewer's boundaries are neutrality, the opposite of an advocate's
    # alliance with the survivor.
    ("domestic-violence-advocate-6y", "professional-boundaries"),
    # Sixteenth round, crisis: *Crisis counsellor* (now a diploma post) entered the
    # technician's top ten. A technician acts on the nurse's direction and the unit's
    # protocol; a crisis line counsellor decides alone, on the call, whether to send help.
    ("behavioural-health-technician-no-degree", "judgment-and-decision-making"),
    # Twenty-third round, experience in place of a degree: *Intake coordinator* (four years
    # of social care work now stand in for its bachelor's) entered the residential youth
    # worker's top ten. Intake decides a caller's level of care with the clinical team on
    # the first contact; a children's home support worker acts within the home's care
    # plans and the manager's direction.
    ("residential-youth-worker", "judgment-and-decision-making"),
}


@pytest.mark.parametrize("persona", HARNESS.personas(), ids=lambda p: p["id"])
def test_core_practice_is_a_gap_only_where_the_person_lacks_it(persona, default):
    # Measured before the third pass (December 2026): 50 such gaps in the personas' top
    # tens (judgement 14, social perceptiveness 17, confidentiality 8, ethics 6,
    # boundaries 5), 13 of 21 personas failing; after it, 10, all judged real above.
    told = {
        (m.role_id, g.skill_id)
        for m in _top(persona, default, HARNESS.GAP_DEPTH)
        for g in m.gaps
        if g.skill_id in HARNESS.CORE_PRACTICE and (persona["id"], g.skill_id) not in REAL_CORE_GAPS
    }
    assert told == set()


def _persona(persona_id: str) -> dict:
    return next(p for p in HARNESS.personas() if p["id"] == persona_id)


def _top(persona: dict, default: careermap.Taxonomy, limit: int) -> careermap.Ranking:
    return HARNESS.ranked(persona, default, limit)


def _told(persona: dict, default: careermap.Taxonomy, skills: set[str]) -> list[tuple[str, str]]:
    """Return (role, skill) for each gap among *skills* in the persona's top roles."""
    return [
        (m.role_id, g.skill_id)
        for m in _top(persona, default, HARNESS.GAP_DEPTH)
        for g in m.gaps
        if g.skill_id in skills
    ]


def test_a_pwp_who_runs_psychoeducation_groups_is_not_told_to_learn_group_facilitation(default):
    # She wrote "psychoeducation groups:3"; group psychoeducation is step 2 work in NHS
    # Talking Therapies (docs/taxonomy-notes.md, "A counsellor's read of the advice").
    # Before psychoeducation -> group facilitation, *Parent educator* showed it as an
    # essential gap; the phrase also resolved only through the semantic layer.
    pwp = _persona("low-intensity-cbt-practitioner")
    lexical = careermap.build_profile(pwp["skills"], taxonomy=default, semantic=False)
    assert "psychoeducation" in lexical.skills
    assert _told(pwp, default, {"group-facilitation"}) == []


def test_a_court_advocate_is_not_told_to_learn_law_and_government(default):
    # Her court accompaniment resolves to victim support; court and legal advocacy is
    # knowing the civil and criminal court process and protective orders (state advocate
    # certifications train both). Before victim support -> law and government, two
    # roles of her top ten showed it as a gap, and two just below as an essential one.
    advocate = _persona("domestic-violence-advocate-6y")
    told = _told(advocate, default, {"law-and-government"})
    assert told == []


#: O*NET skills that every licensed mental-health, school and nursing code rates
#: important (3.75 or more), which their licences now imply: a holder is never told to
#: learn them.
BASIC_SKILLS = {
    "speaking",
    "writing",
    "reading-comprehension",
    "critical-thinking",
    "service-orientation",
}
#: The personas holding such a licence or registration (an associate licence certifies
#: nothing yet; a PG Cert, the CADC and peer certifications are not licences).
LICENSED = (
    "inpatient-psychiatric-nurse-burned-out",
    "school-counsellor-high-school",
    "lcsw-10y-clinical-supervisor",
    "child-therapist-leaving-clinical",
    "clinical-psychologist-to-corporate",
    "eap-counsellor-to-hr",
    "mft-to-private-coaching",
    "school-psychologist-leaving-schools",
    "child-protection-social-worker-burned-out",
    "counsellor-into-tech",
    "service-manager-to-policy",
)


#: Those whose licence is a clinical one (LPC, LCSW, LMFT, psychologist, RN).
CLINICAL_LICENSED = (
    "inpatient-psychiatric-nurse-burned-out",
    "lcsw-10y-clinical-supervisor",
    "child-therapist-leaving-clinical",
    "clinical-psychologist-to-corporate",
    "eap-counsellor-to-hr",
    "mft-to-private-coaching",
    "counsellor-into-tech",
)


@pytest.mark.parametrize("persona_id", CLINICAL_LICENSED)
def test_a_licensed_clinician_is_not_told_to_learn_coordination(persona_id, default):
    # Eleventh round: Coordination was the gap most often listed in the persona sets'
    # top fives; O*NET 29.3 rates it 3.25-4.0 of 5 in importance for every licensed
    # clinical occupation (21-1013, 21-1014, 21-1022, 19-3033, 29-1141), and the
    # clinical licences now imply it.
    told = _told(_persona(persona_id), default, {"coordination", "emotional-awareness"})
    assert told == []


@pytest.mark.parametrize("persona_id", LICENSED)
def test_a_licensed_clinician_is_not_told_to_learn_speaking_or_reading(persona_id, default):
    # Measured before the licences implied them (December 2026): 122 gaps for these five
    # skills in the personas' top tens, 82 of them shown to these eleven (a licensed
    # play therapist told to learn speaking for eight roles, a PhD psychologist reading
    # comprehension); docs/taxonomy-notes.md, "A counsellor's read of the advice".
    persona = _persona(persona_id)
    told = _told(persona, default, BASIC_SKILLS)
    assert told == []


@pytest.mark.parametrize(
    "persona_id",
    [
        "clinical-psychologist-to-corporate",
        "school-psychologist-leaving-schools",
    ],
)
def test_clinicians_are_not_told_to_learn_psychopathology_or_outcome_measures(persona_id, default):
    # Nothing transferred to either (December 2026, eighth round): the psychiatric nurse
    # was told to learn psychopathology, the two psychologists outcome measurement (three
    # gaps), though diagnosis, clinical assessment and psychiatric nursing presuppose the
    # first and psychometric testing is the second over time (docs/taxonomy-notes.md).
    persona = _persona(persona_id)
    told = _told(persona, default, {"psychopathology", "outcome-measurement"})
    assert told == []


@pytest.mark.parametrize("persona", HARNESS.personas(), ids=lambda p: p["id"])
def test_no_practitioner_is_told_to_learn_customer_and_personal_service(persona, default):
    # O*NET 29.3 rates Customer and Personal Service (2.C.1.e) 3.58-4.50 important for
    # every code these personas come from. Measured before the licences implied it and
    # before the relations from counselling, peer support, intake and de-escalation
    # (December 2026): 62 such gaps in the personas' top tens, 15 of 21 personas;
    # docs/taxonomy-notes.md, "What practitioners' work already gave them".
    told = _told(persona, default, {"customer-and-personal-service"})
    assert told == []


@pytest.mark.parametrize("held", ["psychiatric nursing:4", "diagnosis:4", "clinical assessment:4"])
def test_clinical_work_counts_toward_psychopathology(held, default):
    # A psychiatric nurse applying for the clinical psychologist's post was shown
    # psychopathology as a gap to learn: no relation reached it.
    ranked = careermap.rank_careers([held], taxonomy=default, limit=None, semantic=False)
    match = next(m for m in ranked if m.role_id == "clinical-psychologist")
    assert "psychopathology" not in {g.skill_id for g in match.gaps}
    assert "psychopathology" in {t.skill_id for t in match.transferred}


@pytest.mark.parametrize(
    "held", ["care coordination:4", "treatment planning:4", "discharge planning:4"]
)
def test_clinical_work_counts_toward_coordination(held, default):
    # O*NET rates Coordination 3.25-4.0 of 5 in importance for every clinical
    # occupation; the persona sets' top fives showed it as a gap 49 times (eleventh
    # round), to nurses and therapists who plan care with other providers daily.
    ranked = careermap.rank_careers([held], taxonomy=default, limit=None, semantic=False)
    match = next(m for m in ranked if m.role_id == "patient-care-coordinator")
    assert "coordination" not in {g.skill_id for g in match.gaps}
    assert "coordination" in {t.skill_id for t in match.transferred}


@pytest.mark.parametrize(
    ("held", "skill"),
    [
        ("crisis line work:4", "composure-under-pressure"),
        ("crisis intervention:4", "composure-under-pressure"),
        ("de-escalation:4", "composure-under-pressure"),
        ("crisis line work:4", "rapport-building"),
    ],
)
def test_crisis_work_counts_toward_composure_and_rapport(held, skill, default):
    # Six years on a crisis line (`careermap match --text ...`, December 2026) were told
    # to learn composure under pressure for the crisis counsellor's post: O*NET rates
    # Stress Tolerance 4.3-4.7 for every counselling and social service code.
    ranked = careermap.rank_careers([held], taxonomy=default, limit=None, semantic=False)
    roles = [m for m in ranked if skill in {r.skill_id for r in (*m.gaps, *m.transferred)}]
    assert roles, f"no role asks for {skill}"
    for match in roles:
        assert skill not in {g.skill_id for g in match.gaps}, match.role_id


#: Personal-effectiveness gaps (emotional intelligence, awareness and regulation,
#: resilience, adaptability, composure, reflective practice) left in the personas' top
#: tens, each judged real (docs/taxonomy-notes.md, "Emotional skills and resilience").
REAL_SELF_GAPS = {
    # *Crisis counsellor* asks for resilience at level 4: staying effective through
    # acute crises shift after shift. A high-school counsellor's suicide screenings and
    # an associate's risk assessments are single moments of it; neither lists crisis
    # work, debriefing or self-care that would show it held up over time.
    ("school-counsellor-high-school", "resilience"),
    ("counsellor-associate-staying-clinical", "resilience"),
}
#: Not judged real, and waiting for a relation (relations are another branch's work):
#: since "parenting support" and "working with families" resolve to parent and family
#: engagement (docs/taxonomy-notes.md, "Phrases that named a skill but matched
#: nothing"), *Child life specialist* enters the top tens of a family therapist of nine
#: years and a child protection social worker of six, with emotional regulation as a
#: gap that nothing credits from couples and family therapy or from statutory social
#: work. Empty this set when such a relation lands.
#: Emptied in the eleventh round without it: the CCLS is now a long step (its 600-hour
#: internship, docs/taxonomy-notes.md, "A certification that takes months of supervised
#: practice is no short step"), so *Child life specialist* left both top tens in advice
#: order. The relation is still missing; the gap would show to either of them again if
#: the post came back into their top tens.
#: Sixteenth round, crisis: *Crisis counsellor*, now a diploma post, entered the
#: technician's top ten asking resilience at level 4. Three years of rotating shifts on
#: an inpatient unit show it held up; nothing credits it from de-escalation or CPI. Not
#: judged real: waiting for a relation (not made this round, for lack of time).
#: Emptied at the same round's merge: the post now asks for crisis work shown first, so
#: it left his top ten again. The relation is still missing.
#: Nineteenth round: *Executive coach* entered the PWP's top ten when academic advisor's
#: preferred experience moved that post down (docs/taxonomy-notes.md, "Academic advisor
#: and youth advocate"), asking reflective practice at level 4. Not judged real: a PWP
#: has weekly case management and clinical skills supervision; she wrote "supervision",
#: which stays unread (giving it or receiving it?), and her title names no role in the
#: catalogue. Emptied in the twentieth round without a reading of it: executive coach
#: postings now prefer leadership or business experience (docs/taxonomy-notes.md,
#: "Executive coach: experience buyers prefer"), which she does not show, so the post
#: left her top ten. The gap would show again if it came back.
#: Twenty-fifth round: advice order gives its readiness groups only to roles within reach
#: of the best fit (a third of the best score, ADVICE_REACH; docs/scoring.md). The
#: technician's best is his own job (0.66), so life coach (0.21) and MHFA instructor
#: (0.20), ready, fall below the reach, and *Crisis counsellor* (0.31, experience of
#: crisis work first) is ninth in his top ten again, asking resilience: the sixteenth
#: round's gap above, still waiting for the relation.
#: Emptied in the thirty-ninth round (role39) without it: the support, time and recovery
#: worker's post entered the technician's top five and *Crisis counsellor* left his top
#: ten. The relation is still missing; the gap would show again if the post came back.
PENDING_SELF_GAPS: set[tuple[str, str]] = set()


def test_personal_effectiveness_is_a_gap_only_where_the_work_did_not_give_it(default):
    # Measured before the relations (December 2026): 26 such gaps in the personas' top
    # tens, 13 of 21 personas (emotional intelligence to the LCSW, the clinical
    # psychologist, the child therapist and the EAP counsellor; emotional regulation,
    # for *Teaching assistant*, to three people who de-escalate young people daily;
    # emotional awareness to a counsellor for *Therapist*); after them, only the two
    # judged real above.
    skills = {s.id for s in default.skills if s.category == "personal-effectiveness"}
    told = {(p["id"], skill) for p in HARNESS.personas() for _, skill in _told(p, default, skills)}
    assert told == REAL_SELF_GAPS | PENDING_SELF_GAPS


@pytest.mark.parametrize(
    ("held", "skill"),
    [
        ("crisis line work:4", "emotional-regulation"),
        ("crisis line work:4", "resilience"),
        ("crisis line work:4", "emotional-intelligence"),
        ("crisis intervention:4", "emotional-regulation"),
        ("crisis support:4", "emotional-regulation"),
        ("de-escalation:4", "emotional-regulation"),
        ("de-escalation:4", "emotional-intelligence"),
        ("de-escalation:4", "adaptability"),
        ("counselling:4", "emotional-awareness"),
        ("counselling:4", "emotional-intelligence"),
        ("CBT:4", "emotional-regulation"),
        ("CBT:4", "emotional-intelligence"),
        ("play therapy:4", "emotional-intelligence"),
        ("TF-CBT:4", "emotional-regulation"),
        ("addiction counselling:4", "emotional-intelligence"),
        ("SEL curriculum:4", "emotional-regulation"),
        ("suicide risk assessment:4", "composure-under-pressure"),
        ("peer support:4", "resilience"),
        ("relapse prevention:4", "resilience"),
    ],
)
def test_practice_counts_toward_the_emotional_skills_it_trains(held, skill, default):
    # A crisis line worker of two years (`careermap match "crisis line work:4" ASIST
    # ...`, December 2026) was shown *Emotional regulation* and *Resilience* as essential
    # gaps for *Crisis counsellor*: no relation reached either from crisis work.
    ranked = careermap.rank_careers([held], taxonomy=default, limit=None, semantic=False)
    roles = [m for m in ranked if skill in {r.skill_id for r in (*m.gaps, *m.transferred)}]
    assert roles, f"no role asks for {skill}"
    for match in roles:
        assert skill not in {g.skill_id for g in match.gaps}, match.role_id


#: Basic-skill gaps shown to personas without a licence and judged real (same notes):
#: nothing they list carries the skill at the level the role asks.
REAL_BASIC_GAPS = {
    # Secondary education or a care certificate, applying where writing is level 3-4.
    ("peer-support-specialist-4y", "writing"),
    ("behavioural-health-technician-no-degree", "writing"),
    ("residential-youth-worker", "writing"),
    # Two years on a helpline; no written work or assessment is listed.
    ("crisis-line-worker-2y", "writing"),
    ("crisis-line-worker-2y", "critical-thinking"),
    # Notes are not among what she listed; workshop and advising materials are new.
    ("low-intensity-cbt-practitioner", "writing"),
    ("low-intensity-cbt-practitioner", "reading-comprehension"),
    # Nothing she lists is written work; her sociology degree enters readiness only.
    ("domestic-violence-advocate-6y", "writing"),
    ("domestic-violence-advocate-6y", "reading-comprehension"),
}


@pytest.mark.parametrize("persona", HARNESS.personas(), ids=lambda p: p["id"])
def test_basic_skills_are_a_gap_only_where_the_work_did_not_give_them(persona, default):
    # Measured before the relations (December 2026): 44 basic-skill gaps in the
    # personas' top tens, all to people without a licence (an addiction counsellor told
    # to learn service orientation, residential youth workers speaking); after, 13,
    # each judged real above.
    told = {
        (role, skill)
        for role, skill in _told(persona, default, BASIC_SKILLS)
        if (persona["id"], skill) not in REAL_BASIC_GAPS
    }
    assert told == set()


@pytest.mark.parametrize(
    "persona_id",
    ["eap-counsellor-to-hr", "counsellor-into-tech", "child-therapist-leaving-clinical"],
)
def test_a_licensed_counsellor_is_not_told_to_learn_reflective_practice(persona_id, default):
    # A clinical licence follows two to three thousand hours of supervised practice;
    # before the licences implied it, the LMHC moving into tech was shown *Reflective
    # practice* (essential) for *Executive coach*, the EAP counsellor for another role.
    told = _told(_persona(persona_id), default, {"reflective-practice"})
    assert told == []


def test_an_associate_in_weekly_supervision_is_not_told_to_learn_reflective_practice(default):
    # She wrote "receiving weekly supervision", which matched nothing without the
    # semantic layer; supervision received is reflective practice's narrower skill.
    # Before the alias, *Therapist* showed *Reflective practice* as a gap.
    associate = _persona("counsellor-associate-staying-clinical")
    lexical = careermap.build_profile(associate["skills"], taxonomy=default, semantic=False)
    assert "reflective-supervision-received" in lexical.skills
    told = _told(associate, default, {"reflective-practice"})
    assert told == []


def test_a_psychologist_who_supervises_trainees_is_not_told_to_learn_supervision(default):
    # "supervising trainees" matched nothing; a psychologist's trainees are supervised
    # clinically (an APA internship's supervision). Before the alias, *Clinical
    # supervision* was a gap in her top ten.
    psychologist = _persona("clinical-psychologist-to-corporate")
    lexical = careermap.build_profile(psychologist["skills"], taxonomy=default, semantic=False)
    assert "clinical-supervision" in lexical.skills
    told = _told(psychologist, default, {"clinical-supervision"})
    assert told == []


@pytest.mark.parametrize(
    ("persona_id", "skill"),
    [
        ("psychology-graduate-research-assistant", "psychology"),
        ("case-manager-5y-community", "psychology"),
    ],
)
def test_a_graduate_is_not_told_to_learn_the_subject_of_their_degree(persona_id, skill, default):
    # Before Background.field (December 2026) the psychology graduate ("BSc in
    # psychology") was told to learn psychology for all five roles of her top 5 and six
    # of her top ten, the case manager ("BA in psychology") for five of his top ten. (The
    # crisis-line worker's psychology and the advocate's sociology were no gap before.)
    persona = _persona(persona_id)
    assert HARNESS.context(persona)["background"]["field"]
    told = _told(persona, default, {skill})
    assert told == []


def test_a_certified_school_counsellor_is_not_told_to_learn_therapy_and_counselling(default):
    # Read as a counsellor at the end of the eighth round: the certified high-school
    # counsellor was shown O*NET's Therapy and Counseling knowledge as a gap for the crisis
    # counsellor and the vocational rehabilitation counsellor posts; O*NET 29.3 rates it
    # 3.59 for 21-1012.00, and a BACP-registered counsellor (the UK name the credential
    # lists) is trained in it.
    told = _told(_persona("school-counsellor-high-school"), default, {"therapy-and-counseling"})
    assert told == []


def test_a_school_counsellor_is_not_told_to_learn_education_and_training(default):
    # Eleventh round: the high-school counsellor was shown O*NET's Education and
    # Training knowledge as a gap in four of her top fives; school counsellors teach
    # classroom lessons (O*NET 21-1012.00 rates the knowledge 3.44 of 5).
    told = _told(_persona("school-counsellor-high-school"), default, {"education-and-training"})
    assert told == []


def test_prison_reentry_is_not_advised_to_clinicians_for_their_clinical_risk_work(default):
    # A reentry specialist assesses what someone leaving prison needs (housing, ID,
    # benefits, treatment, work) and plans release around it; clinical risk assessment
    # (suicide, self-harm, violence) was an essential requirement that no posting or
    # O*NET 21-1092 rating asks of the role (docs/taxonomy-notes.md, "Reentry specialist").
    # With it, *Reentry specialist* was fourth for the psychiatric nurse and second for
    # the school counsellor, through their risk and suicide-risk assessment; the case
    # manager, who accepts it, keeps it among her first moves. Eighteenth round: its
    # postings prefer justice experience, which she does not mention, so it comes after
    # her five best-placed moves but stays ready, with the preference named.
    top = {
        j.persona: j.top
        for j in HARNESS.judge(HARNESS.careermap_top, default)
        if j.persona
        in {
            "inpatient-psychiatric-nurse-burned-out",
            "school-counsellor-high-school",
            "case-manager-5y-community",
        }
    }
    assert "reentry-specialist" not in top["inpatient-psychiatric-nurse-burned-out"]
    assert "reentry-specialist" not in top["school-counsellor-high-school"]
    ranking = HARNESS.ranked(_persona("case-manager-5y-community"), default, 10)
    found = next(m for m in ranking if m.role_id == "reentry-specialist")
    assert found.readiness.verdict == "ready"
    assert "most postings prefer experience" in found.readiness.summary


def test_a_cadc_is_not_told_to_learn_assessment_or_counselling(default):
    # The certified addiction counsellor, ranked without his current title (which leaves
    # his own role out of a ranking), was shown Therapy and Counseling and Clinical assessment as
    # essential gaps for *Substance use counsellor*. The IC&RC ADC examination behind the
    # CADC covers screening, assessment and engagement; treatment planning; counselling
    # (TAP 21's client education with it); O*NET rates Therapy and Counseling 4.99 for
    # 21-1011.00. Psychology stays: many states certify without a degree.
    persona = _persona("addiction-counsellor-in-recovery")
    background = {**HARNESS.context(persona)["background"], "current_role": None}
    ranking = careermap.rank_careers(
        persona["skills"], taxonomy=default, limit=None, background=background
    )
    match = next(m for m in ranking if m.role_id == "substance-use-counsellor")
    told = {g.skill_id for g in match.gaps}
    certified = {
        "therapy-and-counseling",
        "clinical-assessment",
        "counselling",
        "treatment-planning",
        "psychoeducation",
    }
    assert told & certified == set()
    assert "psychology" in told


#: The personas holding a US counselling or social work licence, or the school
#: counsellor's certification, which now imply *Safeguarding*.
SAFEGUARDING_LICENSED = (
    "eap-counsellor-to-hr",
    "mft-to-private-coaching",
    "counsellor-into-tech",
    "child-therapist-leaving-clinical",
    "lcsw-10y-clinical-supervisor",
    "service-manager-to-policy",
    "school-counsellor-high-school",
    "child-protection-social-worker-burned-out",
)


@pytest.mark.parametrize("persona_id", SAFEGUARDING_LICENSED)
def test_a_licensed_counsellor_is_not_told_to_learn_safeguarding(persona_id, default):
    # Measured before (December 2026): six essential Safeguarding gaps in these personas'
    # top tens (the LPC EAP counsellor, the LMFT, the LMHC). US counsellors, MFTs and
    # social workers are mandated reporters of child abuse in every state, and California,
    # New York and Pennsylvania make reporting training a condition of the licence
    # (docs/taxonomy-notes.md, "US counselling and social work licences imply
    # safeguarding").
    assert _told(_persona(persona_id), default, {"safeguarding"}) == []


def test_a_family_therapist_is_not_told_to_learn_de_escalation_or_difficult_conversations(default):
    # Read as a counsellor (December 2026, ninth round): the LMFT, whose daily work is
    # conflict between partners, was shown *Conflict de-escalation* and *Difficult
    # conversations* as gaps for the workplace mediator and the employee relations
    # specialist; nothing she lists transferred to either (O*NET 21-1013.00 tasks 9185
    # and 9186; AAMFT core competencies).
    told = _told(
        _persona("mft-to-private-coaching"),
        default,
        {"conflict-de-escalation", "difficult-conversations"},
    )
    assert told == []


@pytest.mark.parametrize(
    ("persona_id", "skill"),
    [
        # Play therapy works with parents: consultations, filial sessions.
        ("child-therapist-leaving-clinical", "parent-engagement"),
        # Mindfulness is DBT's core skills module.
        ("lcsw-10y-clinical-supervisor", "mindfulness"),
    ],
)
def test_clinicians_are_not_told_to_learn_what_their_therapy_teaches(persona_id, skill, default):
    # Read as a counsellor (December 2026, ninth round): the child and family therapist
    # was shown *Parent and family engagement* for four roles of her top five, the LCSW
    # who runs a DBT skills group *Mindfulness* for the wellness coach post.
    told = _told(_persona(persona_id), default, {skill})
    assert told == []


@pytest.mark.parametrize(
    "persona_id",
    [
        "lcsw-10y-clinical-supervisor",
        "child-therapist-leaving-clinical",
        "counsellor-into-tech",
        "child-protection-social-worker-burned-out",
    ],
)
def test_a_licensed_counsellor_or_social_worker_is_not_told_to_learn_resource_referral(
    persona_id, default
):
    # Referring clients to community resources is a Core task in O*NET 29.3 for every
    # counselling and social work code (21-1014.00 task 1602, 21-1021.00 task 245,
    # 21-1022.00 task 260, 21-1023.00 task 277). Before the licences implied it, the
    # LCSW of ten years was shown it for three roles of her top ten, the licensed child
    # therapist for three (docs/taxonomy-notes.md, "Counselling and social work licences
    # imply resource referral").
    assert _told(_persona(persona_id), default, {"resource-referral"}) == []


def test_a_licensed_counsellor_is_not_told_to_learn_crisis_intervention(default):
    # O*NET 21-1014.00 (mental health counselors), Core tasks 23908 and 20402: "Perform
    # crisis interventions". The LPC EAP counsellor was shown it for the MHFA instructor.
    assert _told(_persona("eap-counsellor-to-hr"), default, {"crisis-intervention"}) == []


def test_a_certified_school_counsellor_is_not_told_to_learn_crisis_work_referral_or_groups(
    default,
):
    # O*NET 21-1012.00 Core tasks: 5608 "Provide crisis intervention to students", 23991
    # "Refer students to outside counseling services", 23990 "Counsel individuals or
    # groups". Before the certification implied them, the high-school counsellor of eight
    # years (small groups for anxiety and grief, parent conferences) was shown crisis
    # response, group facilitation and parent engagement for *Student wellbeing
    # coordinator* and crisis intervention for two more roles of her top ten.
    counsellor = _persona("school-counsellor-high-school")
    skills = {
        "crisis-intervention",
        "crisis-response",
        "resource-referral",
        "group-facilitation",
        "parent-engagement",
    }
    assert _told(counsellor, default, skills) == []


def test_a_case_manager_is_not_told_to_learn_needs_assessment(default):
    # Assessing what a client needs is the step every case plan starts from (CMSA
    # Standards of Practice for Case Management: screening, assessing, planning...).
    # Before case management -> needs assessment, the ACT case manager of five years was
    # shown it for *Reentry specialist* (her first role) and *Intake coordinator*.
    case_manager = _persona("case-manager-5y-community")
    assert _told(case_manager, default, {"needs-assessment"}) == []
