"""A thin advice list is filled with realistic roles and says so (twenty-seventh round, P6).

A counsellor's review of the eighteenth set: a nursing assistant of thirty years, whose
restraint training was rightly set aside (he is leaving restraint), was left one counted
skill; four HR posts, each "Needs a bachelor's degree", were all his ranking held, and his
upskilling advice was empty.
"""

from __future__ import annotations

import careermap
from careermap.scoring.advice import ADVICE_REACH
from careermap.scoring.thin import FILL_REACH, THIN_TOP, Filled, fill, realistic, thin_note

STEWARD = ["grievance-and-disciplinary:4", "physical-intervention:4"]
LEAVING = {"education": "certificate", "years_experience": 30, "avoid": ["physical-intervention"]}
COUNSELLOR = ["CBT:4", "motivational interviewing:4", "case management:4", "crisis intervention:3"]


def _realistic(match):
    readiness = match.readiness
    return readiness.verdict != "needs" and not readiness.avoided


def test_a_set_aside_skill_no_longer_leaves_only_posts_the_person_cannot_take(default):
    # Outside advocacy: the trade union organiser (roles27) is open to a steward, so within
    # every sector one realistic post is within reach; the case is the one where none is.
    others = sorted({role.sector for role in default.roles} - {"advocacy"})
    ranking = careermap.rank_careers(
        STEWARD, taxonomy=default, limit=None, background=LEAVING, sectors=others
    )
    best = max(m.score for m in ranking)
    within = [m for m in ranking if m.score >= ADVICE_REACH * best]
    assert not any(map(_realistic, within))  # every post his one skill reaches needs a degree
    # On his one skill read, the posts he could take now lead (review37 P12, scoring.lead);
    # the twenty-seventh round listed them after those within reach.
    after = ranking.matches[: [m.role_id for m in ranking].index(within[0].role_id)]
    assert after
    assert all(map(_realistic, after[:THIN_TOP]))
    leaving = {r.id for r in default.roles if "physical-intervention" in r.conditions}
    assert not {m.role_id for m in after} & leaving  # none of them restraint work
    assert ranking.thin.startswith("A thin list: of the roles your skills fit best, none is")
    assert "Physical intervention" in ranking.thin
    assert ranking.thin in ranking.explain()
    assert ranking.model_dump(mode="json")["thin"] == ranking.thin


def test_upskilling_draws_from_the_roles_a_thin_list_adds(default):
    found = careermap.upskilling(STEWARD, taxonomy=default, background=LEAVING)
    assert found.advised  # empty before: no realistic role scored on the counted skill
    assert len(found)
    ranking = careermap.rank_careers(STEWARD, taxonomy=default, limit=None, background=LEAVING)
    assert set(found.advised) <= {m.role_id for m in ranking if _realistic(m)}


def test_every_skill_set_aside_still_ranks_nothing(default):
    ranking = careermap.rank_careers(["MAPA:4"], taxonomy=default, background=LEAVING)
    assert len(ranking) == 0
    assert ranking.thin == ""


def test_enough_realistic_roles_within_reach_fill_nothing(default):
    background = {"education": "master", "credentials": ["LPC"], "years_experience": 6}
    ranking = careermap.rank_careers(
        COUNSELLOR, taxonomy=default, limit=None, background=background
    )
    best = max(m.score for m in ranking)
    within = [m for m in ranking if m.score >= ADVICE_REACH * best]
    assert sum(map(_realistic, within)) >= THIN_TOP
    assert ranking.thin == ""
    below = [m.score for m in ranking if m.score < ADVICE_REACH * best]
    assert below == sorted(below, reverse=True)  # by score alone, as before


def test_a_thin_list_fills_only_from_half_the_reach(default):
    # A post fitting a tenth as well as the person's best stays out of the fill (the
    # twenty-fifth round's billing specialist: care navigator at 0.04 against 0.43).
    coder = {"education": "certificate", "years_experience": 9}
    ranking = careermap.rank_careers(
        ["medical coding:5"], taxonomy=default, limit=None, background=coder
    )
    best = max(m.score for m in ranking)
    assert ranking.thin
    within = [m for m in ranking.matches if m.score >= ADVICE_REACH * best]
    assert list(ranking.matches[: len(within)]) == within  # every role within reach first
    filled = []
    for match in ranking.matches[len(within) :]:
        if not _realistic(match):
            break
        filled.append(match)
    assert filled
    assert all(m.score >= FILL_REACH * best for m in filled)


def test_the_note_says_how_many_are_open_and_where_the_others_come_from():
    assert thin_note(Filled()) == ""
    assert "only 2 are open" in thin_note(Filled(below=(1,), within=2))
    both = thin_note(Filled(below=(1,), whole=(2,), within=0), ["Physical intervention"])
    assert "the best others you could take and roles" in both
    assert realistic((1, False, False))
    assert not realistic((1, True, False))


def test_a_role_open_but_avoided_is_named_not_counted_as_none():
    # Review 29b: "none is open to you now or after a step" above a #1 post that was
    # ready now but involved work the person wanted to leave.
    keys = {0: (0, True, False), 1: (1, False, False), 2: (0, False, False)}
    scores = {0: 0.3, 1: 0.25, 2: 0.05}
    found = fill([0, 1, 2], keys.__getitem__, scores.__getitem__, 0.1)
    assert (found.within, found.avoided, found.below) == (1, 1, (2,))
    note = thin_note(found)
    assert "only 1 you would take is open to you now or after a step" in note
    assert "(1 more is, but it involves work you would rather not do)" in note
    none = thin_note(Filled(below=(3,), avoided=2))
    assert "none you would take is open" in none
    assert "(2 are, but they involve work you would rather not do)" in none
    assert "you would take" not in thin_note(Filled(below=(3,), within=1))


def test_a_thin_list_puts_avoided_work_after_the_long_steps(default):
    # Review 30, P8: a safer custody officer leaving trauma work, whose list is thin, was
    # shown a crisis counsellor post third, above posts he wants that need a degree.
    background = {
        "education": "secondary",
        "years_experience": 7,
        "current_role": "Prison officer",
        "avoid": ["trauma-exposure", "physical-intervention"],
    }
    ranking = careermap.rank_careers(
        ["ASIST:4", "mental health first aid:5"],
        taxonomy=default,
        limit=None,
        background=background,
        semantic=False,
        exclude_sectors=["social-services", "advocacy"],
    )
    assert ranking.thin  # a thin list
    best = max(m.score for m in ranking)
    within = [m for m in ranking if m.score >= ADVICE_REACH * best]
    crisis = next(m for m in within if m.role_id == "crisis-counsellor")
    assert crisis.readiness.verdict == "ready"
    assert crisis.readiness.avoided
    place = ranking.matches.index(crisis)
    # Every post within reach involving nothing avoided comes first, long steps included.
    assert all(ranking.matches.index(m) < place for m in within if not m.readiness.avoided)
    assert any(m.readiness.verdict == "needs" for m in ranking.matches[:place])
