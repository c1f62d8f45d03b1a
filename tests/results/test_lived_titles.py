"""The kind of lived experience a peer job title names (review 33, P8)."""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.resolve.lived_titles import lived_kinds_in_titles, lived_titles
from careermap.results.experience import experience_shown
from careermap.results.readiness import assess


@pytest.mark.parametrize(
    ("title", "kinds"),
    [
        (
            "Branitelj pomagač (veterans' peer helper), udruga branitelja",
            ["mental-health", "military"],
        ),
        ("Veteran Peer Support Specialist", ["mental-health", "military"]),
        ("Peer support worker (community mental health team)", ["mental-health"]),
        ("Certificate in Peer Support Working in Mental Health", ["mental-health"]),
        ("Peer Recovery Coach, addiction services", ["substance-use"]),
        ("Family Peer Advocate", ["family"]),
        ("Carer peer worker", ["family"]),
        # A population that is no kind of recovery keeps what a yes is read as beside it.
        ("Forensic peer specialist", ["mental-health", "substance-use", "justice"]),
        (
            "Lived experience worker, homelessness outreach",
            ["mental-health", "substance-use", "homelessness"],
        ),
        # Thirty-ninth round: suicide prevention's own kind.
        ("Lived experience peer worker, suicide prevention", ["suicide"]),
        (
            "Peer Recovery Support Specialist (PRSS), Oklahoma Department of Mental Health and "
            "Substance Abuse Services",
            ["mental-health", "substance-use"],
        ),
    ],
)
def test_a_peer_title_naming_a_population_names_its_kind(title, kinds):
    assert [k.value for k in lived_kinds_in_titles([title])] == kinds
    assert lived_titles([title]) == (title,)


@pytest.mark.parametrize(
    "title",
    [
        "Peer support worker",  # a peer of no population said: the yes keeps its reading
        "Mental health support worker",  # not peer work
        "Veterans service officer",
        "Substance use counsellor",
        "Family therapist",
    ],
)
def test_other_titles_name_no_kind(title):
    assert lived_kinds_in_titles([title]) == ()
    assert lived_titles([title]) == ()


def test_a_veterans_peer_helpers_yes_is_not_read_as_substance_use_recovery(default):
    coach = lookup_role("recovery-coach", taxonomy=default)
    peer = lookup_role("peer-support-specialist", taxonomy=default)
    helper = Background(
        lived_experience=True,
        current_role="Branitelj pomagač (veterans' peer helper), udruga branitelja",
    )
    seen = experience_shown(["peer support"], ["peer-support"], helper, default)
    assert [k.value for k in seen.lived] == ["mental-health", "military"]
    # The recovery coach's posts ask for substance-use recovery: a long step, said why.
    found = assess(coach.entry, helper, taxonomy=default, shown=seen)
    assert found.verdict == "needs"
    assert "substance-use recovery" in found.needs[0]
    assert "veterans' peer helper" in found.needs[0]
    # A mental-health peer post is met by a veterans' peer's (38 U.S.C. 7402(b)(13)).
    met = assess(peer.entry, helper, taxonomy=default, shown=seen)
    assert not any("lived experience" in need for need in met.needs)


def test_a_peer_title_in_past_work_counts_and_a_plain_one_does_not(default):
    coach = lookup_role("recovery-coach", taxonomy=default)
    past = Background(
        lived_experience=True,
        current_role="Peer Educator, Recovery Education Service",
        experience={"Peer support worker (community mental health team)": 4},
    )
    seen = experience_shown([], [], past, default)
    assert [k.value for k in seen.lived] == ["mental-health"]
    assert assess(coach.entry, past, taxonomy=default, shown=seen).verdict == "needs"
    plain = Background(lived_experience=True, current_role="Peer support worker")
    assert experience_shown([], [], plain, default).lived == ()
    # Without a yes, a title gives no lived experience at all.
    no = Background(lived_experience=False, current_role="Veteran peer support specialist")
    unmet = assess(coach.entry, no, taxonomy=default, shown=experience_shown([], [], no, default))
    assert unmet.verdict == "needs"


def test_a_veterans_peer_helpers_ranking_puts_the_recovery_coach_with_the_long_steps(default):
    ranking = careermap.rank_careers(
        ["peer support", "crisis response"],
        taxonomy=default,
        limit=None,
        background={
            "lived_experience": True,
            "current_role": "Veterans' peer helper",
        },
    )
    verdicts = {m.role_id: m.readiness.verdict for m in ranking}
    assert verdicts["recovery-coach"] == "needs"
    assert verdicts["peer-support-specialist"] != "needs"
