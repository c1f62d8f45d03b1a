"""Gaps a counsellor judged already practised (tests/data/gap-judgement.yaml, class b).

Each link comes from a published source (docs/taxonomy-notes.md, "Is every gap real?"):
a credential certifies what its body's standards say every holder does, and a relation
gives credit where the work is the same work.
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background
from careermap.results.readiness import implied_skills


def test_school_counsellor_certification_certifies_the_asca_competencies():
    # ASCA School Counselor Professional Standards & Competencies: collaboration with
    # families, teachers and other stakeholders (M 5), classroom and large-group lessons
    # (B-PF 1d), using data to monitor students' progress (O*NET 21-1012.00 Monitoring 3.75).
    held = Background(credentials=["State school counselor certification (PK-12)"])
    implied = implied_skills(held, careermap.load_taxonomy())
    assert {"stakeholder-engagement", "psychoeducation", "monitoring"} <= implied


def test_the_school_counsellor_is_not_told_to_learn_stakeholder_engagement():
    ranking = careermap.rank_careers(
        ["school counseling:5", "college and career readiness:5", "SEL curriculum"],
        limit=None,
        background={
            "education": "master",
            "credentials": ["State school counselor certification (PK-12)"],
        },
    )
    wellbeing = next(m for m in ranking if m.role_id == "student-wellbeing-coordinator")
    shown = {gap.skill_id for gap in wellbeing.gaps}
    assert not shown & {"stakeholder-engagement", "psychoeducation", "monitoring"}
    # A real gap stays: running a whole programme is new to her.
    assert "programme-management" in shown


def test_crisis_line_work_gives_credit_for_telehealth():
    ranking = careermap.rank_careers(["crisis hotline:4", "active listening:4"], limit=None)
    intake = next(m for m in ranking if m.role_id == "telehealth-intake-coordinator")
    assert "telehealth" not in {gap.skill_id for gap in intake.gaps}
    credit = {t.skill_id: t for t in intake.transferred}
    assert "telehealth" in credit
    assert credit["telehealth"].path[0].source_id == "crisis-line-work"


def _implied(*credentials: str) -> frozenset[str]:
    return implied_skills(Background(credentials=list(credentials)), careermap.load_taxonomy())


def test_qts_is_the_teaching_licence_and_certifies_teaching():
    # DfE Teachers' Standards (plan and teach lessons, assess, manage behaviour); O*NET 29.3
    # rates Education and Training 4.47-4.84 and Instructing 4.25 for 25-2021/25-2022.
    implied = _implied("QTS")
    assert {"education-and-training", "instructing", "classroom-management"} <= implied
    assert {"speaking", "monitoring", "learning-strategies", "curriculum-design"} <= implied


def test_hcpc_arts_therapists_are_certified_in_the_basic_skills_of_clinical_licences():
    # As the LPC, LCSW, LMFT and BABCP accreditation: HCPC standards of proficiency for
    # arts therapists (communicate effectively; insight and self-awareness from their own
    # therapy); O*NET 29.3 rates these 3.25-4.0 for 29-1129.01 and 29-1129.02.
    implied = _implied("HCPC registered arts therapist (dramatherapist)")
    assert {"writing", "reading-comprehension", "critical-thinking"} <= implied
    assert {"coordination", "emotional-awareness", "speaking"} <= implied


def test_ptuk_play_therapists_are_certified_in_child_development_and_working_with_others():
    # IfATE play therapist standard ST0905 (attachment and child development, the child's
    # brain and mind); PTUK competency framework (communications with referrers, carers and
    # other professionals; work in multidisciplinary teams).
    implied = _implied("PTUK Certified Play Therapist (accredited register)")
    assert {"psychology", "child-development", "multidisciplinary-collaboration"} <= implied
    assert {"speaking", "writing", "coordination"} <= implied


def test_bcba_certifies_measurement_and_teaching_procedures():
    # BCBA Test Content Outline (6th ed.): C. Measurement, Data Display, and
    # Interpretation; G. Behavior-Change Procedures; I. Personnel Supervision and Management.
    assert {"monitoring", "learning-strategies"} <= _implied("BCBA")


def test_a_real_gap_stays_for_the_play_therapist():
    # She is a teacher and a play therapist: forensic interviewing is still new to her.
    ranking = careermap.rank_careers(
        ["non-directive play therapy:5", "safeguarding children:4", "lesson planning"],
        limit=None,
        background={
            "education": "bachelor",
            "credentials": ["PTUK Certified Play Therapist (accredited register)", "QTS"],
        },
    )
    interviewer = next(m for m in ranking if m.role_id == "forensic-interviewer")
    shown = {gap.skill_id for gap in interviewer.gaps}
    assert "forensic-interviewing" in shown
    assert not shown & {"speaking", "writing", "multidisciplinary-collaboration"}


def test_a_certified_peer_specialist_is_not_told_to_learn_what_certification_covers():
    # SAMHSA's core competencies for peer workers (2015), the standard peer certifications
    # are built on: "Engages peers in collaborative and caring relationships", "Links to
    # resources, services, and supports", and build on strengths and "empower them to
    # choose for themselves". A certified peer specialist was told to learn all four for
    # the peer specialist post itself (docs/cli.md's example, twelfth round).
    ranking = careermap.rank_careers(
        ["peer support:5", "recovery-oriented practice:4"],
        limit=None,
        background={
            "lived_experience": ["mental-health"],
            "credentials": ["Certified Peer Specialist"],
        },
    )
    peer = next(m for m in ranking if m.role_id == "peer-support-specialist")
    gaps = {r.skill_id for r in peer.gaps}
    assert not gaps & {"rapport-building", "resource-referral", "empowerment"}
    assert "strengths-based-practice" not in gaps
    # Thirteenth round: the same competencies' communication and teamwork categories, and
    # the state curricula's boundaries and self-care (Wisconsin's CPS core competencies,
    # Utah's R523-5-7), cover talking with people, working alongside a team, keeping
    # one's own boundaries and looking after oneself.
    assert not gaps & {"speaking", "coordination", "emotional-boundaries", "self-care"}
    # What the certification does not cover is still a gap: running groups, which not
    # every peer post or training includes, and finding a way through other systems.
    assert {"support-group-facilitation", "systems-navigation"} <= gaps


def test_a_certified_recovery_coach_is_not_told_to_learn_speaking_or_self_care(default):
    # The IC&RC peer recovery domains: "practice effective communication skills", and
    # responding to one's own risk indicators and telling one's support network what
    # affects the work (thirteenth round).
    ranking = careermap.rank_careers(
        ["peer support:5", "recovery-oriented practice:4"],
        taxonomy=default,
        limit=None,
        background={
            "lived_experience": ["substance-use"],
            "credentials": ["Certified Addiction Recovery Coach"],
        },
    )
    peer = next(m for m in ranking if m.role_id == "peer-support-specialist")
    gaps = {r.skill_id for r in peer.gaps}
    assert not gaps & {"speaking", "self-care"}
    assert "emotional-boundaries" in gaps  # not in what the IC&RC domains name


@pytest.mark.parametrize(
    ("credential", "role_id"),
    [
        ("CARC (Connecticut Certification Board)", "recovery-coach"),
        ("CRS (Certified Recovery Specialist)", "recovery-coach"),
        ("Certified Peer Specialist", "peer-support-specialist"),
    ],
)
def test_a_certified_peer_is_not_told_to_learn_recovery_oriented_practice(
    default, credential, role_id
):
    # SAMHSA's first principle of peer work is that it is recovery-oriented; the IC&RC
    # Peer Recovery domain Recovery/Wellness Support and Pennsylvania's CRS training teach
    # it (thirteenth round). The ED recovery coach with a CARC was told to learn it for
    # the recovery coach post.
    ranking = careermap.rank_careers(
        ["peer support:5"],
        taxonomy=default,
        limit=None,
        background={"lived_experience": ["substance-use"], "credentials": [credential]},
    )
    post = next(m for m in ranking if m.role_id == role_id)
    assert "recovery-oriented-practice" not in {r.skill_id for r in post.gaps}
