"""Order rules of the twenty-ninth round (review 29, P9 and P11).

A post needing two or more gates the person lacks follows every nearer long step, those
involving work the person would rather not do included (P9); peer roles are listed at
score 0 for a person with lived experience (P11). No score and no verdict changes.
"""

from __future__ import annotations

import careermap
from careermap.resolve.profile import Background
from careermap.scoring.advice import ADVICE_TIERS, FAR_TIER, advice_key


def test_a_post_behind_two_or_more_gates_follows_the_avoided_reachable_ones(default):
    support_worker = Background(
        education="certificate",
        country="GB",
        years_experience=22,
        avoid=["physical-intervention", "shift-work"],
    )
    practitioner = advice_key(
        default.role_index["psychiatric-nurse-practitioner"], support_worker, default
    )
    associate = advice_key(default.role_index["nursing-associate"], support_worker, default)
    assert practitioner[0] == FAR_TIER
    assert associate == (ADVICE_TIERS["needs"], True, False)
    assert associate < practitioner


def test_peer_roles_are_listed_at_score_0_for_a_person_with_lived_experience(default):
    officer = {
        "education": "associate",
        "country": "GU",
        "years_experience": 12,
        "current_role": "Veterans Service Officer (VA-accredited)",
    }
    skills = ["VA disability claims:5", "outreach at the village mayors offices:4"]
    without = careermap.rank_careers(skills, background=officer, limit=None, order="advice")
    assert "peer-support-specialist" not in [m.role_id for m in without]
    lived = {**officer, "lived_experience": True}
    ranking = careermap.rank_careers(skills, background=lived, limit=None, order="advice")
    peer = next(m for m in ranking if m.role_id == "peer-support-specialist")
    assert peer.score == 0.0
    assert peer.readiness is not None
    assert peer.readiness.verdict == "certify"
    # After every role that scores.
    assert all(m.score > 0 for m in ranking[: peer.rank - 1])
    # Its hiring line says no skill reaches it, not that a weak match was found (review 29b).
    said = peer.readiness.beside(peer.band, score=peer.score)
    assert "none of the skills you listed reaches its requirements yet" in said
    assert "is weak" not in said
    assert "none of the skills you listed" in peer.explain()
    # Not below a minimum score asked for.
    floor = careermap.rank_careers(
        skills, background=lived, limit=None, order="advice", min_score=0.01
    )
    assert "peer-support-specialist" not in [m.role_id for m in floor]


def test_peer_roles_past_the_limit_are_named_where_the_person_reads_first(default):
    # Review 29b (R4): listed after every role that scores, the peer posts sat at #51-54,
    # and the default ten gave no pointer to them.
    lived = {
        "education": "associate",
        "country": "GU",
        "years_experience": 12,
        "lived_experience": True,
    }
    skills = ["VA disability claims:5", "outreach at the village mayors offices:4"]
    every = careermap.rank_careers(skills, background=lived, limit=None, order="advice")
    peers = [m for m in every if m.score == 0.0 and m.readiness is not None]
    assert peers
    assert every.lived == ""  # all listed: nothing to point to
    ranking = careermap.rank_careers(skills, background=lived, order="advice")
    assert not any(m.role_id == peers[0].role_id for m in ranking)
    note = ranking.lived
    assert note.startswith("Peer posts that ask for lived experience like yours")
    for peer in peers:
        assert f"{peer.title} (#{peer.rank})" in note
    assert f"a limit of {peers[-1].rank} lists them" in note
    # Carried as the other notes are: JSON, explain(), the notebook view, the CLI table.
    assert ranking.to_dict()["lived"] == note
    assert note in ranking.explain()
    assert note.split(":")[0] in ranking._repr_html_()
    from careermap.cli.format import ranking_lines  # noqa: PLC0415

    shown = " ".join(" ".join(ranking_lines(ranking, explain=False)).split())
    assert note in shown
    # Without lived experience, no such note.
    officer = {key: value for key, value in lived.items() if key != "lived_experience"}
    assert careermap.rank_careers(skills, background=officer).lived == ""


def test_the_note_names_the_peer_posts_her_skills_reach_before_those_at_zero(default):
    # review35 P9: the Neath nursery nurse with --lived-experience was told of the peer
    # support supervisor's post (#89, score 0) and not of the peer support worker's (#64,
    # score 0.124), the one she would take.
    background = {
        "education": "secondary",
        "years_experience": 13,
        "country": "GB",
        "lived_experience": True,
    }
    skills = ["safeguarding", "listening to parents"]
    every = careermap.rank_careers(skills, background=background, limit=None, order="advice")
    zero = [m for m in every if m.score == 0.0 and m.readiness is not None]
    peer = next(m for m in every if m.role_id == "peer-support-specialist")
    assert zero
    assert peer.score > 0
    # Thirty-eighth round: her thin list's realistic peer posts come before the posts
    # within reach that need a registration (scoring.lead), so a short list leaves them.
    limit = 5
    assert peer.rank > limit
    note = careermap.rank_careers(skills, background=background, order="advice", limit=limit).lived
    assert f"{peer.title} (#{peer.rank})" in note
    for match in zero:
        assert f"{match.title} (#{match.rank})" in note
        # The post her skills reach is named first; those at zero are said to be at zero.
        assert note.index(peer.title) < note.index(f"{match.title} (#{match.rank})")
    assert "none of the skills you wrote was read for" in note.split(peer.title, 1)[1]
    assert f"a limit of {zero[-1].rank} lists them" in note
