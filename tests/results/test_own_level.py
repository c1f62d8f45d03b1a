"""A post at the level of the person's own work is not called below them (review39 P13)."""

from __future__ import annotations

import careermap
from careermap.results.readiness import role_readiness

LIAISON = {
    "education": "bachelor",
    "field": "psychology",
    "years_experience": 5,
    "experience": {"Case manager, community mental health centre": 12},
    "current_role": "Mental Health Court Liaison, Provincial Court",
    "country": "CA",
}


def _verdict(background: dict[str, object], role: str) -> careermap.Readiness:
    taxonomy = careermap.load_taxonomy()
    found = role_readiness(
        taxonomy.role_index[role],
        careermap.Background(**background),
        taxonomy=taxonomy,
        shown=None,
    )
    assert found is not None
    return found


def test_past_work_at_the_post_level_is_not_below() -> None:
    found = _verdict(LIAISON, "housing-support-worker")
    assert found.verdict == "step-down"  # the order reads the verdict: unchanged
    assert not found.summary.startswith("Below your")
    assert "less than your bachelor's degree" in found.summary
    assert "Case manager, community mental health centre" in found.summary


def test_without_that_work_it_is_still_below() -> None:
    background = {k: v for k, v in LIAISON.items() if k != "experience"}
    found = _verdict({**background, "years_experience": 17}, "housing-support-worker")
    assert found.summary.startswith("Below your bachelor's degree")


def test_same_work_with_an_unread_title_drops_the_mark_where_practice_is_used() -> None:
    educator = {
        "education": "bachelor",
        "years_experience": 11,
        # A title no role is named by (role39 made "Éducatrice spécialisée" read as the
        # psychosocial rehabilitation educator; the moniteur-éducateur is not in the
        # catalogue).
        "current_role": "Monitrice-éducatrice, foyer d'hébergement",
        "same_work": True,
    }
    skills = ["crisis response:4", "accompagnement éducatif au quotidien:5"]

    def verdicts(background: dict[str, object]) -> dict[str, careermap.Readiness]:
        ranking = careermap.rank_careers(skills, background=background, limit=None, semantic=False)
        return {m.role_id: m.readiness for m in ranking if m.readiness is not None}

    same = verdicts(educator)["mental-health-case-manager"]
    assert same.verdict == "ready"
    assert "(an entry-level post)" not in same.summary
    assert not any(note.startswith("An entry-level post may pay") for note in same.notes)
    other = verdicts({**educator, "same_work": False})["mental-health-case-manager"]
    assert "(an entry-level post)" in other.summary


def test_same_work_with_an_unread_title_hedges_a_step_down() -> None:
    educator = {
        "education": "bachelor",
        "years_experience": 11,
        # A title no role is named by (role39 made "Éducatrice spécialisée" read as the
        # psychosocial rehabilitation educator; the moniteur-éducateur is not in the
        # catalogue).
        "current_role": "Monitrice-éducatrice, foyer d'hébergement",
        "same_work": True,
    }
    found = _verdict(educator, "housing-support-worker")
    assert found.verdict == "step-down"
    assert found.summary.startswith("Open to you:")
    assert "if it is the work you do now, it is no step down" in found.summary


def test_a_licensed_profession_is_not_at_an_unlicensed_post_level() -> None:
    therapist = {
        "education": "bachelor",
        "years_experience": 10,
        "current_role": "Occupational Therapist",
        "country": "US",
    }
    found = _verdict(therapist, "job-coach")
    assert "at the level of your work" not in found.summary


def test_past_work_at_the_post_level_drops_the_entry_level_mark() -> None:
    found = _verdict(
        {
            "education": "bachelor",
            "years_experience": 8,
            "experience": {"Behavioral health case manager": 4},
            "current_role": "Treatment Court Coordinator (adult drug court)",
        },
        "employment-specialist",
    )
    assert "(an entry-level post)" not in found.summary


MUSCAT = {
    "education": "bachelor",
    "field": "social work",
    "years_experience": 8,
    "current_role": "Social Worker, psychiatric hospital (adult wards and addiction unit)",
    "country": "OM",
}


def test_a_title_above_the_degree_names_the_trade_at_the_degree_rung() -> None:
    # The title reads as the catalogue's clinical social worker (a master's and a
    # licence); with a bachelor's, a case manager's bachelor's post of the same practice
    # is the rung his degree gives (review40 P12).
    found = _verdict(MUSCAT, "mental-health-case-manager")
    assert found.verdict == "ready"
    assert "(an entry-level post)" not in found.summary
    assert not any(note.startswith("An entry-level post may pay") for note in found.notes)


def test_a_title_above_the_degree_keeps_the_mark_on_other_work() -> None:
    # A patient care coordinator's post asks less than his degree and shares no skill
    # of the social worker's practice: still an entry-level post for him.
    assert "(an entry-level post)" in _verdict(MUSCAT, "patient-care-coordinator").summary


def test_without_the_title_the_case_manager_post_is_entry_level() -> None:
    untitled = {k: v for k, v in MUSCAT.items() if k != "current_role"}
    assert "(an entry-level post)" in _verdict(untitled, "mental-health-case-manager").summary
