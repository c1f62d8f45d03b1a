"""A CV line's later duty alone, read by meaning, is only suggested (forty-third round).

docs/semantic.md, "Forty-third round": read42's duty-by-duty reading
(``careermap.resolve.cv_duties``) made silent matches on the spent held-out sets that were
right 40 times in 77; of the 24 whose one skill was a later duty's, read by meaning, with
the line's first duty unread, 2 were right ("... and wrote them up for the team" read as
*Writing*). Those are now suggestions, the skill second after the whole line's nearest; a
first duty's reading, and a later duty read by name, stand.
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.long_texts import LONG_TEXTS_ENV
from careermap.resolve.readings import unsure_duty
from careermap.resolve.resolver import match_text
from careermap.resolve.skill_match import SkillMatch

from ..conftest import require_module


@pytest.fixture
def semantic(monkeypatch: pytest.MonkeyPatch) -> careermap.Taxonomy:
    for module in ("wordllama", "tokenizers", "safetensors"):
        require_module(module, "careermap[semantic] is part of the dev extra")
    monkeypatch.delenv(LONG_TEXTS_ENV, raising=False)
    return careermap.load_taxonomy()


def _read(text: str, part: str, method: str) -> SkillMatch:
    return SkillMatch(
        query=text, skill_id="writing", label="Writing", method=method, similarity=70.0,
        matched_name="Writing", part=part,
    )  # fmt: skip


def test_a_later_duty_alone_by_meaning_is_unsure() -> None:
    text = "took full psychosocial histories from new clients and wrote them up for the team"
    assert unsure_duty(text, _read(text, "wrote them up for the team", "semantic"))
    # By name, or the first duty's, or no CV line: the reading stands.
    assert not unsure_duty(text, _read(text, "wrote them up for the team", "part"))
    first = "took full psychosocial histories from new clients"
    assert not unsure_duty(text, _read(text, first, "semantic"))
    assert not unsure_duty("writing reports", _read("writing reports", "writing", "semantic"))
    assert not unsure_duty(text, None)


def test_the_later_duty_is_suggested_after_the_whole_lines_nearest(
    semantic: careermap.Taxonomy,
) -> None:
    text = "called insurers to get more sessions authorised and wrote the justification"
    match = match_text(text, semantic)
    assert match.skill_id is None
    suggested = [other.skill_id for other in match.alternatives]
    assert suggested.index("writing") == 1
    assert suggested[0] != "writing"


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("ran the clozapine clinic and chased missed blood results", "medication-management"),
        (
            "administered depot antipsychotics and monitored side effects in the clozapine clinic",
            "medication-management",  # the later duty read by name
        ),
    ],
)
def test_a_first_duty_or_a_name_still_reads(
    semantic: careermap.Taxonomy, text: str, skill: str
) -> None:
    assert match_text(text, semantic).skill_id == skill
