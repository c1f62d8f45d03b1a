"""A ready verdict beside a weak or stretch score says that only the credentials are ready.

Twentieth round, from a counsellor's review of sets six to eleven: 450 of their 480
advice-order top-five entries said "Ready now", 147 of them beside a weak score, and a
client reads it as "you could be hired now". The verdict speaks of licences, degrees and
experience; where the skills fall short, the explanation, the CLI and the HTML say so.
"""

from __future__ import annotations

import careermap
from careermap import Background
from careermap.cli.format import explanation
from careermap.results.bands import score_band

SKILLS = ["CBT:4", "active listening:5", "psychoeducation:3"]


def _ranking():
    background = Background(education="master", country="GB", years_experience=6)
    return careermap.rank_careers(
        SKILLS, background=background, limit=None, semantic=False, order="advice"
    )


def test_ready_beside_a_weak_score_says_the_skills_match_is_weak():
    weak = [m for m in _ranking() if m.band == "weak" and m.readiness.verdict == "ready"]
    assert weak, "expected a ready post with a weak score"
    match = weak[0]
    line = next(line for line in match.explain().splitlines() if "hiring:" in line)
    assert "ready now; the skills match is weak (see the gaps)" in line, line
    assert "the skills match is weak" in match._repr_html_()
    assert match.readiness.summary == "Ready now"  # the record and the JSON are unchanged
    assert match.to_dict()["readiness"]["summary"] == "Ready now"


def test_ready_beside_a_good_score_is_plain():
    good = [m for m in _ranking() if score_band(m.score) in ("good", "strong")]
    for match in good:
        line = next(line for line in match.explain().splitlines() if "hiring:" in line)
        assert "the skills match" not in line, line


def test_the_cli_detail_says_it_too():
    weak = next(m for m in _ranking() if m.band == "weak" and m.readiness.verdict == "ready")
    assert "the skills match is weak" in " ".join(explanation(weak))
