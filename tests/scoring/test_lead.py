"""What leads an advice list (review37 P12, P8): scoring.lead.

The twenty-eighth set's read found a thin list led by a step down (a family care nurse's
behavioural health technician post, "Below your bachelor's degree"), by a post needing a
degree on the one skill read (a security officer's exercise physiologist post, from "EHBO
(first aid)"), and a list led by a peer post a hikikomori outreach worker asking for
employment support had not asked for (his yes to lived experience opened it).
"""

from __future__ import annotations

import careermap
from careermap.results.verdict import Gate
from careermap.scoring.lead import (
    PEER_LEAD,
    asked_peer_work,
    left_later,
    left_posts,
    licensed_later,
    needs_licence,
    peer_not_first,
    step_down_later,
)
from careermap.taxonomy.lived import LivedExperience

STEWARD = ["grievance-and-disciplinary:4", "physical-intervention:4"]
LEAVING = {"education": "certificate", "years_experience": 30, "avoid": ["physical-intervention"]}
NURSE = ["psychiatric nursing:5", "medication administration:4"]
FAMILY_CARE = {"education": "bachelor", "field": "nursing", "years_experience": 12}
OUTREACH = ["rapport building:5", "coordination:3"]
YOUTH = {"education": "bachelor", "years_experience": 7, "lived_experience": True}


def _realistic(match: careermap.RoleMatch) -> bool:
    readiness = match.readiness
    return readiness is not None and readiness.verdict != "needs" and not readiness.avoided


def _peer(role_id: str, taxonomy: careermap.Taxonomy) -> bool:
    entry = careermap.lookup_role(role_id, taxonomy=taxonomy).entry
    return entry is not None and entry.lived_experience is LivedExperience.REQUIRED


def _others(default: careermap.Taxonomy) -> list[str]:
    # Outside advocacy: there the trade union organiser is open to a steward (test_thin).
    return sorted({role.sector for role in default.roles} - {"advocacy"})


def test_a_thin_list_on_one_skill_read_leads_with_posts_the_person_could_take(default):
    ranking = careermap.rank_careers(
        STEWARD, taxonomy=default, limit=None, background=LEAVING, sectors=_others(default)
    )
    assert ranking.thin
    flags = [_realistic(m) for m in ranking.matches]
    lead = flags.index(False)  # the first post needing a degree on one stray reading
    assert lead >= 2
    assert all(flags[:lead])  # only posts he could take before it
    assert max(m.score for m in ranking.matches[:lead]) < ranking.matches[lead].score
    assert "come first" in ranking.thin
    assert "each resting on the one skill of yours that was read" in ranking.thin


def test_a_thin_list_on_two_skills_read_keeps_its_best_fits_first(default):
    skills = ["grievance-and-disciplinary:4", "employment-law:3", "physical-intervention:4"]
    ranking = careermap.rank_careers(
        skills, taxonomy=default, limit=None, background=LEAVING, sectors=_others(default)
    )
    assert ranking.thin
    assert "come first" not in ranking.thin
    assert not _realistic(ranking.matches[0])


def test_a_step_down_does_not_lead_a_thin_list(default):
    ranking = careermap.rank_careers(NURSE, taxonomy=default, limit=None, background=FAMILY_CARE)
    assert ranking.thin  # what her bachelor's opens needs a nurse's registration first
    downs = [n for n, m in enumerate(ranking) if m.readiness.verdict == "step-down"]
    assert downs
    ahead = [m for m in ranking.matches[: downs[0]] if m.readiness.verdict != "step-down"]
    assert ahead  # the posts her own qualification opens come first
    assert ranking.matches[0].readiness.verdict != "step-down"


def test_a_step_down_leads_for_a_person_open_to_one(default):
    open_to_one = {**FAMILY_CARE, "step_back": True}
    ranking = careermap.rank_careers(NURSE, taxonomy=default, limit=None, background=open_to_one)
    assert ranking.matches[0].readiness.verdict in {"step-down", "ready", "certify"}


def test_a_peer_post_does_not_lead_for_a_person_who_asked_for_other_work(default):
    yes = careermap.rank_careers(OUTREACH, taxonomy=default, limit=10, background=YOUTH)
    peers = [n for n, m in enumerate(yes) if _peer(m.role_id, default)]
    assert peers
    assert peers[0] < PEER_LEAD  # still named, among the first
    assert not _peer(yes.matches[0].role_id, default)
    assert _realistic(yes.matches[0])


def test_a_peer_post_may_lead_for_a_person_doing_peer_work(default):
    skills = [*OUTREACH, "peer support:5"]
    ranking = careermap.rank_careers(skills, taxonomy=default, limit=10, background=YOUTH)
    assert _peer(ranking.matches[0].role_id, default)


def test_step_down_later_is_stable():
    assert step_down_later([5, 1, 9, 3], {1, 3}.__contains__) == [5, 9, 1, 3]
    assert step_down_later([], bool) == []


def test_peer_not_first_moves_only_the_first_realistic_other_post(default):
    position = {role.id: n for n, role in enumerate(default.roles)}
    peer = position["peer-support-specialist"]
    far = position["nurse-educator"]  # not realistic here
    near = position["employment-specialist"]
    background = careermap.Background(lived_experience=True)
    moved = peer_not_first(
        [peer, far, near],
        background,
        default,
        skills=(),
        shown=None,
        realistic=lambda i: i != far,
    )
    assert moved == [near, peer, far]
    said_no = careermap.Background(lived_experience=False)
    kept = peer_not_first(
        [peer, near], said_no, default, skills=(), shown=None, realistic=lambda _: True
    )
    assert kept == [peer, near]
    beyond = [peer, *([far] * PEER_LEAD), near]
    unmoved = peer_not_first(
        beyond, background, default, skills=(), shown=None, realistic=lambda i: i != far
    )
    assert unmoved == beyond  # no other realistic post within the first PEER_LEAD


def test_what_points_to_peer_work(default):
    yes = careermap.Background(lived_experience=True)
    assert not asked_peer_work(yes, {"coordination", "rapport-building"}, default, None)
    assert asked_peer_work(yes, {"recovery-oriented-practice"}, default, None)
    assert asked_peer_work(yes, {"peer-support"}, default, None)
    titled = careermap.Background(lived_experience=True, current_role="Peer support specialist")
    assert asked_peer_work(titled, (), default, None)
    no = careermap.Background(lived_experience=False, current_role="Peer support specialist")
    assert not asked_peer_work(no, {"peer-support"}, default, None)


# Thirty-eighth round: a thin list within reach of posts needing a nurse's registration
# (the Bouaké agent with no diploma, one skill read) led by them, with the peer posts his
# yes to lived experience opens last at score 0.
AGENT = ["medication administration:3"]
NO_DIPLOMA = {
    "education": "none",
    "country": "CI",
    "years_experience": 12,
    "lived_experience": True,
}


def _unlicensed(match: careermap.RoleMatch) -> bool:
    readiness = match.readiness
    return (
        readiness is not None and readiness.verdict == "needs" and Gate.LICENCE in readiness.gates
    )


def test_posts_the_person_could_take_come_before_a_licence_they_lack(default):
    ranking = careermap.rank_careers(AGENT, taxonomy=default, limit=None, background=NO_DIPLOMA)
    matches = ranking.matches
    licensed = [n for n, m in enumerate(matches) if _unlicensed(m)]
    peers = [n for n, m in enumerate(matches) if _peer(m.role_id, default) and _realistic(m)]
    assert licensed
    assert peers  # his yes opens them, at score 0
    assert max(peers) < licensed[0]
    # The nursing posts are still listed, after them, by score.
    scores = [matches[n].score for n in licensed[:3]]
    assert scores == sorted(scores, reverse=True)


def test_a_named_route_to_the_licence_keeps_its_place(default):
    position = {role.id: n for n, role in enumerate(default.roles)}
    nurse = position["psychiatric-nurse"]
    none = careermap.Background(education="secondary", country="US")
    assert needs_licence(nurse, none, default, None)
    abroad = none.model_copy(update={"credentials": ("Registered Nurse (Philippines)",)})
    assert not needs_licence(nurse, abroad, default, None)  # its recognition is the route
    held = careermap.Background(education="bachelor", country="US", credentials=["RN (US)"])
    assert not needs_licence(nurse, held, default, None)


def test_licensed_later_moves_only_the_realistic_roles_that_follow():
    assert licensed_later([1, 2, 3, 4, 5, 6], {2, 3}, {5, 6}) == [1, 5, 6, 2, 3, 4]
    assert licensed_later([1, 2, 3, 4], {2}, {1}) == [1, 2, 3, 4]
    assert licensed_later([1, 2, 3], set(), {3}) == [1, 2, 3]


# Thirty-eighth round: the Geel counsellor, who asked for the same work, shown the ward
# nurse's post she left twelve years ago first.
WARD = {"Psychiatric nurse, inpatient ward": 8}
FAMILY_CARE_NOW = {
    **FAMILY_CARE,
    "country": "US",
    "credentials": ["RN (US)"],
    "current_role": "Family care counsellor",
    "experience": WARD,
}


def test_a_post_left_does_not_lead_for_a_person_asking_for_the_same_work(default):
    same = {**FAMILY_CARE_NOW, "same_work": True}
    asked = careermap.rank_careers(NURSE, taxonomy=default, limit=10, background=same)
    ids = [m.role_id for m in asked]
    assert "psychiatric-nurse" in ids  # still listed, with its verdict
    assert ids.index("psychiatric-nurse") >= 5
    # Without a wish, going back may be the move: its place is the advice order's.
    free = careermap.rank_careers(NURSE, taxonomy=default, limit=10, background=FAMILY_CARE_NOW)
    assert [m.role_id for m in free].index("psychiatric-nurse") < 5


def test_which_posts_were_left(default):
    position = {role.id: n for n, role in enumerate(default.roles)}
    same = careermap.Background(
        current_role="Family care counsellor", same_work=True, experience=WARD
    )
    assert left_posts(same, default) == {position["psychiatric-nurse"]}
    up = careermap.Background(
        current_role="Suicide crisis assessment nurse", step_up=True, experience=WARD
    )
    assert left_posts(up, default) == {position["psychiatric-nurse"]}
    # Back up to a post a rung above the present one is a step up: not left behind.
    back = careermap.Background(
        current_role="Peer support specialist",
        step_up=True,
        experience={"Peer support supervisor": 4},
    )
    assert left_posts(back, default) == frozenset()
    assert left_posts(careermap.Background(experience=WARD), default) == frozenset()


def test_a_step_up_from_an_unread_title_keeps_the_highest_rung_held(default):
    # review43 P10: the Ennis night superintendent's "CNM3" is unread; asking to step up,
    # her nurse manager's post (a rung she has held) fell from third to sixth.
    position = {role.id: n for n, role in enumerate(default.roles)}
    ennis = careermap.Background(
        current_role="Night Superintendent (CNM3), mental health services",
        step_up=True,
        experience={"Psychiatric nurse and clinical nurse manager": 23},
    )
    assert left_posts(ennis, default) == {position["psychiatric-nurse"]}
    # With the same work asked for, every past post is still one she left.
    same = ennis.model_copy(update={"step_up": False, "same_work": True})
    assert left_posts(same, default) == {
        position["nurse-manager"],
        position["psychiatric-nurse"],
    }


def test_left_later_keeps_the_present_job_after_the_first_moves():
    assert left_later([1, 2, 3, 4, 5, 6, 7], {1, 2}, held=6, after=5) == [3, 4, 5, 7, 1, 2, 6]
    assert left_later([1, 2, 3], {3}, after=2) == [1, 2, 3]


def test_the_posts_below_a_managers_own_are_left_without_a_wish(default):
    # The thirtieth set's Ballinasloe assistant director of nursing: the clinical nurse
    # manager's post she was promoted from led her list, without her asking to step up.
    position = {role.id: n for n, role in enumerate(default.roles)}
    adon = careermap.Background(
        current_role="Assistant Director of Nursing, mental health services",
        experience={"Psychiatric nurse and clinical nurse manager": 26},
    )
    assert left_posts(adon, default) == {
        position["nurse-manager"],
        position["psychiatric-nurse"],
    }
    # Open to a step back: going back is theirs to weigh.
    assert left_posts(adon.model_copy(update={"step_back": True}), default) == frozenset()
    # A present post managing no staff (a nursing lecturer's) leaves no rung behind.
    lecturer = careermap.Background(
        current_role="Lecturer, mental health nursing",
        experience={"Mental health nurse (Chainama Hills Hospital)": 6},
    )
    assert left_posts(lecturer, default) == frozenset()
