"""General skills alone (careermap.scoring.anchored): a thin profile's desk posts come later."""

from __future__ import annotations

import itertools

import pytest

import careermap
from careermap.resolve.profile import Background
from careermap.results.avoided import caution
from careermap.results.experience import (
    GUESS_SIMILARITY,
    Shown,
    guessed_skills,
    partial_skills,
)
from careermap.results.verdict import Readiness
from careermap.scoring.advice import PREFERRED_UNSHOWN_WEIGHT
from careermap.scoring.anchored import (
    ANCHOR_THIN,
    HEAD_LINES,
    MEDIUM_SKILLS,
    basic_skill,
    head_note,
    loose_readiness,
    named_by_record,
    practice,
    unanchored,
)
from careermap.taxonomy.conditions import Condition

# The review's CLI read (review33 P1): a psychologist moving from Bolivia to Spain who
# types three texts of her practice.
PSYCHOLOGIST = ["counselling", "CBT", "clinical assessment"]
BACKGROUND = {
    "education": "master",
    "field": "psychology",
    "current_role": "Psicóloga clínica",
    "country": "BO",
    "work_country": "ES",
}


def test_basic_skills_are_general_competencies_and_onet_elements(default):
    skills = default.skill_index
    assert basic_skill(skills["active-listening"])  # O*NET 2.A.1.b
    assert basic_skill(skills["coordination"])  # 2.B.1.b
    assert basic_skill(skills["psychology"])  # knowledge, 2.C.4.e
    assert basic_skill(skills["self-care"])  # a general competency
    assert not basic_skill(skills["cognitive-behavioural-therapy"])
    assert not basic_skill(skills["clinical-assessment"])


def test_unanchored_roles_ask_for_none_of_the_persons_own_skills(default):
    own = {"counselling", "cognitive-behavioural-therapy"}
    loose = unanchored([*own, "speaking"], default)
    assert loose
    for i, role in enumerate(default.roles):
        asks = {r.skill for r in role.requirements}
        assert (i in loose) == (not asks & own), role.id


def test_no_anchor_without_own_practice_or_beyond_a_thin_profile(default):
    assert unanchored(["speaking", "active-listening", "coordination"], default) == frozenset()
    many = [s.id for s in default.skills if not basic_skill(s)][: ANCHOR_THIN + 1]
    assert unanchored(many, default) == frozenset()


def test_a_thin_list_says_which_matches_rest_on_general_skills(default):
    ranking = careermap.rank_careers(
        PSYCHOLOGIST, taxonomy=default, background=BACKGROUND, limit=None
    )
    loose = {default.roles[i].id for i in unanchored(ranking.profile.skills, default)}
    listed = [m.role_id for m in ranking]
    assert len(loose & set(listed)) >= HEAD_LINES
    # Said once, at the head of the list, with how many posts it concerns (review35 P5).
    assert ranking.practice.startswith(f"{len(loose & set(listed))} of the {len(listed)} posts")
    assert "(Clinical assessment, Cognitive behavioural therapy, Counselling)" in ranking.practice
    assert ranking.practice in ranking.explain()
    assert not any("own practice" in str(m.readiness) for m in ranking)
    # A list on which fewer lines would say it says it on those lines.
    for limit in range(1, len(listed) + 1):
        if 0 < len(loose & set(listed[:limit])) < HEAD_LINES:
            break
    short = careermap.rank_careers(
        PSYCHOLOGIST, taxonomy=default, background=BACKGROUND, limit=limit
    )
    assert short.practice == ""
    for match in short:
        said = "none of the skills of your own practice" in str(match.readiness)
        assert said == (match.role_id in loose), match.role_id
    assert any(m.role_id in loose for m in short)
    # Only the advice order reads it; the score and the fit order are unchanged.
    fit = careermap.rank_careers(
        PSYCHOLOGIST, taxonomy=default, background=BACKGROUND, limit=None, order="fit"
    )
    assert {m.role_id: m.score for m in fit} == {m.role_id: m.score for m in ranking}
    assert not any("own practice" in str(m.readiness) for m in fit)
    assert fit.practice == ""


def test_within_its_group_a_loose_role_follows_anchored_roles_that_fit_nearly_as_well(
    default,
):
    ranking = careermap.rank_careers(
        PSYCHOLOGIST, taxonomy=default, background=BACKGROUND, limit=None
    )
    loose = {default.roles[i].id for i in unanchored(ranking.profile.skills, default)}
    ready = [m for m in ranking if m.readiness is not None and m.readiness.verdict == "ready"]
    # Anchored, avoiding nothing the person leaves, and not ordered at PREFERRED_UNSHOWN_WEIGHT
    # for experience their postings prefer (advice_sort_key): counted at their score.
    anchored = [
        m
        for m in ready
        if m.role_id not in loose
        and not m.readiness.avoided
        and "postings prefer" not in m.readiness.summary
    ]
    assert anchored
    compared = 0
    for m in ready:
        if m.role_id not in loose:
            continue
        for other in anchored:
            if other.score >= m.score * PREFERRED_UNSHOWN_WEIGHT:
                assert other.rank < m.rank, (other.role_id, m.role_id)
                compared += 1
    assert compared


def test_a_fuller_profile_is_not_read(default):
    six = [*PSYCHOLOGIST, "motivational interviewing", "DBT", "trauma-focused therapy"]
    ranking = careermap.rank_careers(six, taxonomy=default, background=BACKGROUND, limit=None)
    assert len(ranking.profile.skills) > ANCHOR_THIN
    assert not any("own practice" in str(m.readiness) for m in ranking)


def _subsets(items):
    for size in range(1, len(items) + 1):
        yield from itertools.combinations(items, size)


def test_every_caution_joined_to_the_general_skills_one_ends_its_sentence(default):
    # review35 P11: "..., which you said you would rather not do It asks for none ...".
    ready = Readiness(verdict="ready", summary="Ready now")
    alone = loose_readiness(ready, ["counselling"], default).caution
    for avoided in _subsets(list(Condition)):
        first = caution(avoided)
        readiness = Readiness(verdict="ready", summary="Ready now", avoided=avoided, caution=first)
        joined = loose_readiness(readiness, ["counselling"], default).caution
        assert joined == f"{first.rstrip('.')}. {alone}", avoided
        assert str(readiness).startswith("Ready now. Involves") or str(readiness).startswith(
            "Ready now. Usually"
        )


def test_a_medium_of_desk_work_is_not_a_practice(default):
    # review35 P5: "talks at recurrent training" read as Presentation skills made it the
    # pilot peer-support psychologist's practice; her wished wellbeing lead came sixth.
    for medium in MEDIUM_SKILLS:
        assert not basic_skill(default.skill_index[medium])
        assert unanchored([medium, "speaking"], default) == frozenset()
    own = {"critical-incident-debriefing"}
    loose = unanchored([*own, "presentation-skills"], default)
    assert loose
    for i, role in enumerate(default.roles):
        assert (i in loose) == (not {r.skill for r in role.requirements} & own), role.id
    ready = Readiness(verdict="ready", summary="Ready now")
    said = loose_readiness(ready, [*own, "presentation-skills"], default).caution
    assert "(Critical incident debriefing)" in said


def test_a_guess_by_meaning_is_not_a_practice(default):
    guessed = Shown(guessed=frozenset({"clinical-assessment"}))
    assert unanchored(["clinical-assessment", "speaking"], default)
    assert unanchored(["clinical-assessment", "speaking"], default, shown=guessed) == frozenset()
    both = ["clinical-assessment", "counselling"]
    assert practice(both, default, shown=guessed) == {"counselling"}
    ready = Readiness(verdict="ready", summary="Ready now")
    said = loose_readiness(ready, both, default, shown=guessed).caution
    assert "(Counselling)" in said


def test_a_text_read_by_meaning_below_the_bar_is_a_guess(default):
    profile = careermap.build_profile(
        ["individual care plans for residents", "speaking"], taxonomy=default
    )
    read = {e.match.skill_id: e.match for e in profile.entries if e.match.skill_id}
    guesses = {
        s for s, m in read.items() if m.method == "semantic" and m.similarity < GUESS_SIMILARITY
    }
    if not guesses:
        pytest.skip("the semantic extra is not installed, or the text now reads surely")
    assert guessed_skills(profile) == guesses
    ranking = careermap.rank_careers(
        ["individual care plans for residents", "speaking"],
        taxonomy=default,
        background={"education": "master", "country": "AM"},
        limit=None,
    )
    assert not any("own practice" in str(m.readiness) for m in ranking)


# Thirty-sixth round (review35 P1): a title and a licence say what the person's practice is
# when their texts are read thinly. The Dakar addiction-centre social worker's one read text
# was "case management"; her hospital social worker post, which her diploma qualifies her
# for, was ordered after a US re-entry post, "asking for none of your own practice".
SOCIAL_WORKER = {
    "education": "master",
    "field": "social work",
    "credentials": ["LCSW"],
    "country": "US",
    "years_experience": 7,
}


def test_a_role_asking_a_licence_the_person_holds_is_not_loose(default):
    hospital = default.roles.index(default.role_index["hospital-social-worker"])
    assert hospital in unanchored(["case-management"], default)
    held = Background(**SOCIAL_WORKER)
    assert named_by_record(default.roles[hospital], held, default)
    assert hospital not in unanchored(["case-management"], default, background=held)
    # Without the licence, the post is loose as before.
    unlicensed = Background(**{**SOCIAL_WORKER, "credentials": []})
    assert hospital in unanchored(["case-management"], default, background=unlicensed)
    ranking = careermap.rank_careers(
        ["case management"], taxonomy=default, background=SOCIAL_WORKER, limit=None
    )
    found = next(m for m in ranking if m.role_id == "hospital-social-worker")
    assert "own practice" not in str(found.readiness)
    # Others still are: said on their lines, or once at the head of the list (caut36).
    assert "own practice" in ranking.practice or any(
        "own practice" in str(m.readiness) for m in ranking
    )


def test_the_job_the_title_names_is_not_loose(default):
    # The Sudbury youth navigator: "Your current job ... It asks for none of the skills of
    # your own practice" on the navigator post her title names.
    background = {"education": "associate", "country": "CA", "current_role": "Care navigator"}
    ranking = careermap.rank_careers(
        ["de-escalation", "suicide risk assessment"],
        taxonomy=default,
        background=background,
        limit=None,
    )
    own = next(m for m in ranking if m.role_id == "care-navigator")
    assert own.readiness is not None
    assert own.readiness.verdict == "current"
    assert "own practice" not in str(own.readiness)
    navigator = default.roles.index(default.role_index["care-navigator"])
    skills = ranking.profile.skills
    assert navigator in unanchored(skills, default)
    assert navigator not in unanchored(skills, default, background=Background(**background))


def test_a_practice_read_only_in_part_of_longer_texts_orders_nothing(default):
    # review35 P5: "Supervised genetic counseling students in clinic" read as Clinical
    # supervision made the Madison genetic counsellor's practice; her list was ordered by it.
    texts = ["Supervised genetic counseling students in clinic", "speaking"]
    profile = careermap.build_profile(texts, taxonomy=default)
    assert partial_skills(profile) == {"clinical-supervision"}
    partial = Shown(partial=partial_skills(profile))
    assert unanchored(profile.skills, default)  # without what the reading was, ordered
    assert unanchored(profile.skills, default, shown=partial) == frozenset()
    # One skill of the practice read from a whole text makes it solid: every skill of it,
    # the partial one too, then anchors a role.
    both = {"clinical-supervision", "counselling"}
    loose = unanchored([*both, "speaking"], default, shown=partial)
    for i, role in enumerate(default.roles):
        assert (i in loose) == (not {r.skill for r in role.requirements} & both), role.id
    ranking = careermap.rank_careers(
        texts, taxonomy=default, background={"education": "master", "country": "US"}, limit=None
    )
    assert ranking.practice == ""
    assert not any("own practice" in str(m.readiness) for m in ranking)


def test_the_head_note_is_said_from_head_lines_on(default):
    own = ["counselling", "speaking"]
    loose = unanchored(own, default)
    anchored = [i for i in range(len(default.roles)) if i not in loose]
    for count in range(HEAD_LINES + 2):
        listed = [*anchored[:2], *sorted(loose)[:count]]
        note, lines = head_note(loose, listed, own, default)
        assert bool(note) == (count >= HEAD_LINES), count
        assert lines == (frozenset() if note else loose)
    note, _ = head_note(loose, sorted(loose)[:4], own, default)
    assert note.startswith("All 4 posts listed ask for none")
