"""A yes without a kind: read from credentials and titles, and ordered by it (review36 P9)."""

from __future__ import annotations

import pytest

import careermap
from careermap import Background
from careermap.resolve.lived_texts import lived_kinds_in
from careermap.resolve.lived_titles import lived_kinds_in_titles
from careermap.results.experience import experience_shown

CERT_IV = "Certificate IV in Mental Health Peer Work (CHC43515)"


def kinds(titles=(), credentials=()):
    return [k.value for k in lived_kinds_in_titles(titles, credentials)]


@pytest.mark.parametrize(
    ("credential", "expected"),
    [
        ("New York Certified Peer Specialist (NYCPS)", ["mental-health"]),
        ("NYCPS", ["mental-health"]),
        # Consumer and carer peer workers train in it alike: no kind by its name.
        (CERT_IV, []),
        ("Certificate in Peer Support Working in Mental Health", []),
        (f"{CERT_IV}, carer stream", ["family"]),
        (f"{CERT_IV} (consumer stream)", ["mental-health"]),
        ("Mental Health First Aid (two-day adult course)", []),
    ],
)
def test_a_credential_shows_a_kind_by_who_may_hold_it(credential, expected):
    assert kinds(credentials=[credential]) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Carer Consultant (0.6 FTE), Area Mental Health Service", ["family"]),
        ("Consumer Consultant, Adult Mental Health", ["mental-health"]),
        ("Family Peer Advocate, addiction services", ["family"]),
        ("Carer peer worker (mental health)", ["family"]),
    ],
)
def test_a_carer_or_consumer_consultant_is_a_peer_title_of_its_kind(title, expected):
    assert kinds([title]) == expected


def test_own_lived_experience_with_its_kind_in_a_bracket_is_read():
    assert [k.value for k in lived_kinds_in(["my own lived experience (self-harm, ED)"])] == [
        "mental-health"
    ]


def test_a_carer_consultants_yes_is_read_as_a_carers(default):
    carer = Background(
        lived_experience=True,
        current_role="Carer Consultant (0.6 FTE), Area Mental Health Service",
        credentials=[CERT_IV],
        country="AU",
    )
    seen = experience_shown([], [], carer, default)
    assert [k.value for k in seen.lived] == ["family"]


def _ranking(skills, background):
    return careermap.rank_careers(skills, limit=None, background=background)


def test_a_certified_peer_specialists_yes_is_not_offered_an_addiction_post_first():
    ranking = _ranking(
        ["WRAP:4", "peer support:4"],
        {
            "education": "secondary",
            "lived_experience": True,
            "country": "US",
            "credentials": ["New York Certified Peer Specialist (NYCPS)"],
        },
    )
    found = {m.role_id: m for m in ranking}
    assert found["recovery-coach"].readiness.verdict == "needs"
    assert "open to you only if that is yours" not in str(found["recovery-coach"].readiness)
    assert found["peer-support-specialist"].rank < found["recovery-coach"].rank


def test_an_unknown_kind_asks_but_an_addiction_post_does_not_outrank_a_general_one():
    ranking = _ranking(
        ["WRAP:4", "peer support:4", "relapse prevention:4"],
        {"education": "secondary", "lived_experience": True, "country": "US"},
    )
    found = {m.role_id: m for m in ranking}
    coach, peer = found["recovery-coach"], found["peer-support-specialist"]
    assert "open to you only if that is yours" in str(coach.readiness)  # the question stays
    assert coach.score > peer.score  # it fits better, and still comes after
    assert peer.rank < coach.rank


def test_the_peer_note_names_the_posts_the_kind_fits_first():
    ranking = careermap.rank_careers(
        ["welcoming people in crisis", "safety planning:3", "barista / customer service:4"],
        limit=3,
        background={"education": "certificate", "lived_experience": True, "country": "GB"},
    )
    note = ranking.lived
    # Further down the list the recovery coach scores above the peer support post; the
    # note names first the post a yes surely fits, then the one whose kind it asks.
    assert note.index("Peer support specialist (#") < note.index("Recovery coach (#")
