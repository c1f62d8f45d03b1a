"""Years of other helping work reach a step up, not a step down (thirty-third round).

Review 32 (P5) found the step up and down by years reading only the years of the
current job: ``Background.experience`` (other work, by job title) was not counted.
docs/scoring.md, "Years of other helping work reach a step up, not a step down".
"""

import careermap
from careermap import lookup_role
from careermap.resolve.profile import Background
from careermap.results.experience import experience_shown
from careermap.results.readiness import role_readiness
from careermap.results.rungs import helping_years


def _verdict(role_id, years, experience, title="Counsellor (university counselling centre)"):
    taxonomy = careermap.load_taxonomy()
    person = Background(
        education="master",
        years_experience=years,
        country="US",
        current_role=title,
        experience=experience,
    )
    shown = experience_shown([], [], person, taxonomy)
    found = role_readiness(lookup_role(role_id), person, taxonomy=taxonomy, shown=shown)
    assert found is not None
    return found


def test_years_of_other_helping_work_reach_a_senior_post():
    # Two years as a counsellor after six in community mental health: eight years of the
    # work, which reach a senior post such as a programme manager's.
    alone = _verdict("mental-health-programme-manager", 2, {})
    assert alone.verdict == "step-up", alone
    before = {"Community mental health counselor": 6}
    helped = _verdict("mental-health-programme-manager", 2, before)
    assert helped.verdict == "ready", helped


def test_years_of_other_work_that_is_not_helping_work_do_not_count():
    barista = _verdict("mental-health-programme-manager", 2, {"Barista": 6})
    assert barista.verdict == "step-up", barista


def test_years_of_other_helping_work_make_no_step_down():
    # Eighteen years in all, two in the current job: an entry-level post is no step down
    # by years (the titles do not say how senior the years before made the person).
    found = _verdict("intake-coordinator", 2, {"Community mental health counselor": 16})
    assert found.verdict != "step-down" or "after" not in found.summary, found


def test_helping_years_counts_titles_naming_helping_work():
    taxonomy = careermap.load_taxonomy()
    person = Background(experience={"Peer support worker": 4, "Barista": 3, "Youth worker": 2})
    shown = experience_shown([], [], person, taxonomy)
    assert helping_years(shown.past) == 6.0


def _counted(*titles):
    taxonomy = careermap.load_taxonomy()
    person = Background(experience=dict.fromkeys(titles, 3))
    return helping_years(experience_shown([], [], person, taxonomy).past)


def test_a_post_of_any_trade_is_no_helping_work_unless_its_field_is_known():
    # review33 P4 (thirty-fourth round): "Casino table games dealer and floor supervisor"
    # was read as the clinical supervisors' kind of work, "Creamery worker" and "Dairy farm
    # assistant" as the support workers' and the assistants', and each counted as helping
    # years for a step up (results.generic_posts).
    for held in (
        "Casino table games dealer and floor supervisor",
        "Floor supervisor",
        "Creamery worker",
        "Dairy farm assistant",
        "Bar and retail work",
        "Patrol officer",
        "Security guard",
        "Bus driver",
        "Supermarket store manager",
    ):
        assert _counted(held) == 0.0, held
    for held in ("Healthcare assistant", "Youth worker", "Crisis helpline worker"):
        assert _counted(held) == 3.0, held


def test_a_profession_the_title_names_is_helping_work():
    # A physician assistant's post is a profession (O*NET 29-1071.00), not an assistant's;
    # a psychologist's or a social worker's title in another language names its profession.
    for held in (
        "Physician assistant (family practice and urgent care)",
        "Physician associate",
        "Psicóloga clínica (consulta externa, hospital)",
        "Trabajadora social, psychosocial rehabilitation centre",
    ):
        assert _counted(held) == 3.0, held
