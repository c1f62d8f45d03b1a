"""What a person wants to leave behind: role conditions, Background.avoid, caution, order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

import careermap
from careermap import Background, Condition
from careermap.base.errors import ProfileError
from careermap.cli.main import main
from careermap.contract.requests import MatchRequest
from careermap.results.gates import FAR_GATES, missing_gates
from careermap.scoring.match import ADVICE_REACH
from careermap.taxonomy.models import Role

ROOT = Path(__file__).resolve().parents[2]
CRISIS_WORKER = ["crisis intervention:4", "safety planning:5", "suicide risk assessment:4"]
BACKGROUND = {"education": "bachelor", "years_experience": 3}


def _rank(default, limit=None, **options):
    return careermap.rank_careers(CRISIS_WORKER, taxonomy=default, limit=limit, **options)


def test_every_bundled_role_states_its_conditions_from_the_vocabulary():
    # Written for every role, even when empty: an absent key would mean "not yet read".
    valid = {condition.value for condition in Condition}
    for path in sorted((ROOT / "data" / "taxonomy" / "roles").glob("*.yaml")):
        for role in yaml.safe_load(path.read_text(encoding="utf-8"))["roles"]:
            assert "conditions" in role, f"{path.name}: {role['id']} does not state conditions"
            assert set(role["conditions"]) <= valid, f"{role['id']}: {role['conditions']}"


def test_the_vocabulary_is_documented_and_published():
    format_doc = (ROOT / "docs" / "taxonomy-format.md").read_text(encoding="utf-8")
    notes = (ROOT / "docs" / "taxonomy-notes.md").read_text(encoding="utf-8")
    schema = json.loads((ROOT / "docs" / "taxonomy.schema.json").read_text(encoding="utf-8"))
    for condition in Condition:
        assert f"`{condition.value}`" in format_doc, condition
        assert f"`{condition.value}`" in notes, condition
    assert set(schema["$defs"]["Condition"]["enum"]) == {c.value for c in Condition}


def test_the_bundled_conditions_read_the_jobs(default):
    # A few that follow from what the job is (docs/taxonomy-notes.md), not from personas.
    conditions = {role.id: set(role.conditions) for role in default.roles}
    assert Condition.CRISIS_WORK in conditions["crisis-counsellor"]
    assert Condition.SHIFT_WORK in conditions["behavioural-health-technician"]
    assert Condition.TRAUMA_EXPOSURE in conditions["forensic-interviewer"]
    assert Condition.CLINICAL_CASELOAD in conditions["therapist"]
    assert not conditions["policy-advocate"]
    # Coordinating care is not giving it: a caseload, not a clinical one.
    assert conditions["nurse-case-manager"] == {Condition.CASELOAD}
    # Leading a team is the job of a supervisor or director, not of a case manager or of
    # a function's manager whose post may be a team of one (diversity, L&D).
    assert Condition.MANAGING_STAFF in conditions["peer-support-supervisor"]
    assert Condition.MANAGING_STAFF in conditions["clinical-director"]
    assert Condition.MANAGING_STAFF not in conditions["mental-health-case-manager"]
    assert Condition.MANAGING_STAFF not in conditions["diversity-and-inclusion-manager"]
    # Thirty-fifth round (own35, review34 P2): the HR function's head, the lead rung (HR
    # director, head of people), supervises its staff: O*NET 29.3 11-3121.00, core task
    # 991 ("Plan, direct, supervise, and coordinate work activities of subordinates and
    # staff ...").
    assert Condition.MANAGING_STAFF in conditions["hr-manager"]
    # Thirty-first round (review 31 P8): O*NET 21-1092.00's duties (BLS OOH) put court and
    # parole board testimony in correctional treatment work as in probation: every
    # justice-system role of the code involves court work.
    for role in default.roles:
        if role.onet_soc == "21-1092.00":
            assert Condition.COURT_WORK in conditions[role.id], role.id


def test_a_peer_worker_who_will_manage_no_one_sees_supervising_posts_later(default):
    peer = ["peer support:5", "recovery-oriented practice:4", "WRAP facilitation:4"]
    background = {"education": "secondary", "years_experience": 6, "lived_experience": True}
    plain = careermap.rank_careers(peer, taxonomy=default, background=background, limit=None)
    wary = careermap.rank_careers(
        peer, taxonomy=default, background={**background, "avoid": ["managing staff"]}, limit=None
    )
    place = {m.role_id: m.rank for m in plain}
    moved = {m.role_id: m.rank for m in wary}
    assert moved["peer-support-supervisor"] > place["peer-support-supervisor"]
    supervisor = next(m for m in wary if m.role_id == "peer-support-supervisor")
    assert supervisor.readiness.caution.startswith("Involves managing staff (leading a team")


def test_a_manager_leaving_management_is_not_shown_the_hr_function_to_run_first(default):
    # Thirty-fifth round (review34 P2): a team manager who wants out of management had
    # the rejected HR manager post first, "Ready now", with no word that it is managing.
    manager = ["supervision of social workers & nurses:5", "recruitment & retention:4"]
    background = {"education": "bachelor", "years_experience": 8}
    plain = careermap.rank_careers(manager, taxonomy=default, background=background, limit=None)
    wary = careermap.rank_careers(
        manager,
        taxonomy=default,
        background={**background, "avoid": ["managing-staff"]},
        limit=None,
    )
    hr = next(m for m in wary if m.role_id == "hr-manager")
    assert hr.readiness.caution.startswith("Involves managing staff (leading a team")
    place = {m.role_id: m.rank for m in plain}
    assert {m.role_id: m.rank for m in wary}["hr-manager"] > place["hr-manager"]


@pytest.mark.parametrize(
    "build",
    [
        lambda bad: Background(avoid=bad),
        lambda bad: Role.model_validate(
            {
                "id": "x",
                "title": "X",
                "sector": "s",
                "requirements": [{"skill": "a"}],
                "conditions": bad,
            }
        ),
        lambda bad: MatchRequest(skills=["CBT"], avoid=bad),
    ],
)
def test_an_unknown_condition_is_named_with_the_valid_ones(build):
    with pytest.raises(ValidationError) as caught:
        build(["shift-work", "nights"])
    message = str(caught.value)
    assert "'nights'" in message
    assert all(condition.value in message for condition in Condition)


def test_conditions_are_read_as_people_write_them():
    assert Background(avoid=["Shift work", "crisis_work"]).avoid == (
        Condition.SHIFT_WORK,
        Condition.CRISIS_WORK,
    )
    with pytest.raises(ValidationError, match="listed twice"):
        Background(avoid=["shift-work", "Shift work"])


def test_rank_careers_names_a_bad_condition(default):
    with pytest.raises(ProfileError, match=r"background\.avoid.*'nights'.*shift-work"):
        _rank(default, avoid=["nights"])


def test_a_role_involving_what_the_person_leaves_says_so(default):
    ranking = _rank(default, background=BACKGROUND, avoid=["crisis-work"], order="fit")
    crisis = next(m for m in ranking if m.role_id == "crisis-counsellor")
    assert crisis.readiness.avoided == (Condition.CRISIS_WORK,)
    assert "crisis work" in crisis.readiness.caution
    assert "you said you would rather not do" in str(crisis.readiness)
    for match in ranking:  # only roles that involve it carry the caution
        involved = Condition.CRISIS_WORK in default.role_index[match.role_id].conditions
        assert bool(match.readiness.caution) is involved, match.role_id


def test_avoid_changes_no_score_of_a_person_listing_no_skill_that_is_the_work(default):
    # Written with `avoid` (first round of conditions): the wish orders advice, it never
    # rescores. The twenty-sixth round changed the premise deliberately (docs/scoring.md,
    # "Skills a person wants to leave"): a skill whose practice IS an avoided condition
    # (Skill.conditions: restraint training) is left out of the score. What still holds:
    # a person who lists no such skill keeps every score, and fit order, unchanged.
    plain = list(_rank(default, background=BACKGROUND, order="fit"))
    avoid = [c.value for c in Condition]  # every condition: none is this worker's practice
    leaving = list(_rank(default, background=BACKGROUND, avoid=avoid, order="fit"))
    assert {m.role_id: m.score for m in plain} == {m.role_id: m.score for m in leaving}
    assert [m.role_id for m in plain] == [m.role_id for m in leaving]
    assert not _rank(default, background=BACKGROUND, avoid=avoid).set_aside


RESTRAINT = ["MAPA:3", "CBT:4", "active listening:4", "case management:3"]


def test_a_skill_that_is_the_avoided_work_is_listed_not_scored(default):
    leaving = {"education": "associate", "years_experience": 6, "avoid": ["physical-intervention"]}
    ranking = careermap.rank_careers(RESTRAINT, taxonomy=default, background=leaving, limit=None)
    without = careermap.rank_careers(
        RESTRAINT[1:], taxonomy=default, background=leaving, limit=None
    )
    # Scored as if the restraint training were not there (the set-aside skill is no
    # unused strength either), but listed, with the text it was read from.
    assert {m.role_id: m.score for m in ranking} == {m.role_id: m.score for m in without}
    assert all("Physical intervention" not in m.unused for m in ranking)
    assert [item.skill_id for item in ranking.set_aside] == ["physical-intervention"]
    note = "'MAPA' read as Physical intervention; not counted, since you would rather not do it"
    assert str(ranking.set_aside[0]) == note
    assert note in ranking.explain()
    assert "Not counted: &#x27;MAPA&#x27; read as Physical intervention" in ranking._repr_html_()
    data = json.loads(ranking.model_dump_json())
    assert data["set_aside"][0]["conditions"] == ["physical-intervention"]
    # Without the wish, the same skill counts: restraint posts rise.
    plain = careermap.rank_careers(RESTRAINT, taxonomy=default, background={}, limit=None)
    score = {m.role_id: m.score for m in ranking}
    assert {m.role_id: m.score for m in plain}["behavioural-health-technician"] > score.get(
        "behavioural-health-technician", 0.0
    )
    assert not plain.set_aside


def test_a_profile_of_only_the_avoided_work_ranks_nothing_and_says_why(default, capsys):
    background = {"education": "associate", "avoid": ["physical-intervention"]}
    ranking = careermap.rank_careers(
        ["CPI:3", "social stories", "sensory diets"], taxonomy=default, background=background
    )
    assert len(ranking) == 0
    said = ranking.explain()
    assert said.startswith("Only 1 of your 3 skills was recognised, and it is work you said")
    assert "no role is ranked on it" in said
    argv = ["match", "CPI:3", "forklift", "--education", "associate"]
    assert main([*argv, "--avoid", "physical-intervention"]) == 0
    out = capsys.readouterr().out
    assert "(alias 'CPI', level 3); not counted, since you would rather not do it" in out
    assert "no role is ranked on it" in out
    every = careermap.rank_careers(["CPI:3"], taxonomy=default, background=background)
    assert every.explain().startswith("Every skill recognised is work you said")


def test_a_ranking_resting_on_the_rest_says_what_it_rests_on(default):
    # Two of four texts read, one of them the avoided work: the ranking rests on one skill,
    # and the caution counts it so (it once said "rests on those 2", or nothing at all).
    background = {"education": "associate", "avoid": ["physical-intervention"]}
    texts = ["MAPA:3", "CBT", "forklift", "welding"]
    said = careermap.rank_careers(texts, taxonomy=default, background=background).explain()
    assert (
        "Only 2 of your 4 skills were recognised, and 1 of them is work you said you would "
        "rather not do (not counted), so this ranking rests on the other one alone"
    ) in " ".join(said.split())
    plain = careermap.rank_careers(texts, taxonomy=default).explain()
    assert "Only 2 of your 4" not in plain  # without the wish, two of four is enough


def test_advice_order_puts_an_avoided_role_after_its_group(default):
    plain = [m.role_id for m in _rank(default, background=BACKGROUND)]
    leaving = list(_rank(default, background=BACKGROUND, avoid=["crisis-work"]))
    ids = [m.role_id for m in leaving]
    assert plain.index("crisis-counsellor") < 5  # the best fit, without the wish
    groups = {"ready": 0, "certify": 0, "step-up": 1, "step-down": 1, "experience": 2, "needs": 2}
    # Within reach of the best fit (ADVICE_REACH); the roles below follow by score.
    floor = ADVICE_REACH * max(m.score for m in leaving)
    reach = [m for m in leaving if m.score >= floor]
    held = Background(**BACKGROUND, avoid=["crisis-work"])

    def far(m: careermap.RoleMatch) -> bool:  # two or more gates: after every long step
        return missing_gates(m.readiness, held) >= FAR_GATES

    keys = [(groups[m.readiness.verdict], far(m), bool(m.readiness.avoided)) for m in reach]
    assert keys == sorted(keys)  # readiness groups in order, avoided roles last in each
    crisis = ids.index("crisis-counsellor")
    assert leaving[crisis].readiness.avoided
    for match in reach[crisis:]:  # every realistic move without crisis work comes first
        assert match.readiness.avoided or match.readiness.verdict not in {"ready", "certify"}


def test_avoid_joins_the_background_and_the_request(default):
    given = _rank(default, limit=10, background={**BACKGROUND, "avoid": ["crisis-work"]})
    joined = _rank(default, limit=10, background=BACKGROUND, avoid=["crisis-work"])
    request = MatchRequest(
        skills=CRISIS_WORKER, limit=10, background=BACKGROUND, avoid=["crisis-work"]
    ).rank(taxonomy=default)
    assert [m.role_id for m in given] == [m.role_id for m in joined] == [m.role_id for m in request]
    assert given.profile.background.avoid == (Condition.CRISIS_WORK,)


def test_the_caution_shows_in_text_html_and_json(default):
    ranking = _rank(default, background=BACKGROUND, avoid=["crisis-work"], order="fit", limit=3)
    assert ranking[0].role_id == "crisis-counsellor"
    caution = ranking[0].readiness.caution
    assert caution in ranking[0].explain()
    assert caution in ranking[0]._repr_html_()
    data = json.loads(ranking.model_dump_json())
    assert data["matches"][0]["readiness"]["avoided"] == ["crisis-work"]
    assert data["matches"][0]["readiness"]["caution"] == caution


def test_cli_avoid(capsys):
    argv = ["match", *CRISIS_WORKER, "--education", "bachelor", "--years", "3"]
    assert main([*argv, "--avoid", "crisis-work", "--order", "fit", "--limit", "1"]) == 0
    assert "Involves crisis work" in capsys.readouterr().out
    assert main([*argv, "--avoid", "crisis-work", "--order", "fit", "--limit", "1", "--json"]) == 0
    readiness = json.loads(capsys.readouterr().out)["matches"][0]["readiness"]
    assert readiness["avoided"] == ["crisis-work"]
    assert main([*argv, "--avoid", "nights"]) != 0
    err = capsys.readouterr().err
    assert "'nights'" in err
    assert "shift-work" in err


def test_no_caseload_reaches_casework_and_therapy_each_named_once(default):
    # "No caseload": a school social worker's post involves one; a therapist's clinical
    # caseload is a caseload too, without the role listing both.
    conditions = {role.id: set(role.conditions) for role in default.roles}
    assert Condition.CASELOAD in conditions["school-social-worker"]
    assert Condition.CASELOAD not in conditions["therapist"]
    assert Condition.CASELOAD not in conditions["care-navigator"]
    skills = ["CBT:4", "case management:4", "safeguarding:3", "active listening:4"]
    background = {"education": "master", "years_experience": 10, "avoid": ["caseload"]}
    ranking = careermap.rank_careers(skills, taxonomy=default, background=background, limit=None)
    found = {m.role_id: m.readiness for m in ranking}
    assert found["school-social-worker"].caution.startswith("Involves a caseload (clients")
    assert found["therapist"].caution.startswith("Involves a caseload (clients")
    both = {**background, "avoid": ["clinical-caseload", "caseload"]}
    ranking = careermap.rank_careers(skills, taxonomy=default, background=both, limit=None)
    therapist = next(m.readiness for m in ranking if m.role_id == "therapist")
    assert therapist.avoided == (Condition.CLINICAL_CASELOAD,)
    assert "a caseload (clients" not in therapist.caution


def test_upskilling_never_advises_the_work_a_person_leaves(default):
    # A teaching assistant's skills reach restraint posts (behaviour support); one who
    # avoids physical intervention is never told to learn it, held or not. Since the
    # fortieth round (up40) restraint is advised to nobody unasked (employers teach it on
    # hire); asked for by name, it is weighed.
    skills = ["behaviour support:4", "special educational needs:4", "conflict de-escalation:3"]
    background = {"education": "associate", "years_experience": 5}
    told = careermap.upskilling(skills, taxonomy=default, background=background, limit=None)
    assert "physical-intervention" not in {s.skill_id for s in told}
    asked = careermap.upskilling(
        skills,
        taxonomy=default,
        background=background,
        candidates=["physical intervention"],
        limit=None,
    )
    assert "physical-intervention" in {s.skill_id for s in asked}
    leaving = {**background, "avoid": ["physical-intervention"]}
    found = careermap.upskilling(skills, taxonomy=default, background=leaving, limit=None)
    assert "physical-intervention" not in {s.skill_id for s in found}
    held = careermap.upskilling(
        [*skills, "MAPA:3"], taxonomy=default, background=leaving, limit=None
    )
    assert "physical-intervention" not in {s.skill_id for s in held}


def test_upskilling_never_advises_what_is_learnt_for_work_a_person_leaves(default):
    # Twenty-ninth round (review 29 P14): crisis protocols are learnt for crisis work
    # (Skill.learnt_for); an ADHD nurse prescriber leaving crisis teams was advised them.
    skills = ["SystmOne:4", "risk assessment:4"]
    background = {"education": "bachelor", "country": "GB"}
    told = careermap.upskilling(skills, taxonomy=default, background=background, limit=None)
    assert "crisis-protocols" in {s.skill_id for s in told}
    leaving = {**background, "avoid": ["crisis-work"]}
    found = careermap.upskilling(skills, taxonomy=default, background=leaving, limit=None)
    assert not {"crisis-protocols", "crisis-line-work", "crisis-response"} & {
        s.skill_id for s in found
    }
    # Asked for by name, it is still weighed; and held, it still counts in the score.
    asked = careermap.upskilling(
        skills, taxonomy=default, background=leaving, candidates=["crisis protocols"]
    )
    assert [s.skill_id for s in asked] == ["crisis-protocols"]
    held = [*skills, "crisis protocols:3"]
    plain = careermap.rank_careers(held, taxonomy=default, limit=5, order="fit")
    avoiding = careermap.rank_careers(
        held, taxonomy=default, limit=5, order="fit", background=leaving
    )
    assert [m.score for m in avoiding] == [m.score for m in plain]


def test_death_and_dying_is_trauma_exposure_said_in_its_own_words(default):
    # Thirty-third round (review33 P9): a child life specialist leaving paediatric
    # oncology ("cannot keep watching them die") avoids trauma exposure; bereavement and
    # child life posts involve death and dying (42 CFR 418.64(d)(1); ACLP 2019 exam
    # content outline), which is exposure to trauma (DSM-5 criterion A).
    conditions = {role.id: set(role.conditions) for role in default.roles}
    assert Condition.END_OF_LIFE in conditions["bereavement-coordinator"]
    assert Condition.END_OF_LIFE in conditions["child-life-specialist"]
    assert Condition.END_OF_LIFE not in conditions["therapist"]
    skills = ["medical play:5", "bereavement follow-up:3", "child development:4"]
    background = {"education": "bachelor", "years_experience": 9, "avoid": ["trauma-exposure"]}
    ranking = careermap.rank_careers(skills, taxonomy=default, background=background, limit=None)
    found = {m.role_id: m.readiness for m in ranking}
    caution = found["bereavement-coordinator"].caution or ""
    assert caution.startswith("Involves death and dying (")
    assert "abuse" not in caution
    assert found["bereavement-coordinator"].avoided == (Condition.TRAUMA_EXPOSURE,)
    # Said once when both are avoided: the role's own condition.
    both = {**background, "avoid": ["trauma-exposure", "end-of-life"]}
    ranking = careermap.rank_careers(skills, taxonomy=default, background=both, limit=None)
    child_life = next(m.readiness for m in ranking if m.role_id == "child-life-specialist")
    assert child_life.avoided == (Condition.END_OF_LIFE,)
    assert child_life.caution.count("death and dying") == 1


def test_upskilling_never_advises_grief_counselling_to_a_person_leaving_death_and_dying(
    default,
):
    # Thirty-fourth round (ups34): bereavement counselling is work with families after a
    # death (42 CFR 418.64(d)(1)), learnt for end-of-life work; not for trauma exposure.
    assert default.skill_index["grief-counselling"].learnt_for == (Condition.END_OF_LIFE,)
    skills = ["social work practice:4", "discharge planning:4", "care coordination:4"]
    background = {"education": "bachelor"}
    told = careermap.upskilling(skills, taxonomy=default, background=background, limit=None)
    assert "grief-counselling" in {s.skill_id for s in told}
    leaving = {**background, "avoid": ["end-of-life"]}
    found = careermap.upskilling(skills, taxonomy=default, background=leaving, limit=None)
    assert "grief-counselling" not in {s.skill_id for s in found}
    # Avoiding trauma exposure alone (a worker off crisis nights) still hears of it.
    traumas = {**background, "avoid": ["trauma-exposure"]}
    other = careermap.upskilling(skills, taxonomy=default, background=traumas, limit=None)
    assert "grief-counselling" in {s.skill_id for s in other}
