"""How a narrative's clauses are read by meaning: one-word clauses, a second skill per clause.

docs/semantic.md, "Thirty-seventh round": both rules were cross-fitted over the four
narrative sets (development, holdout, holdout2, holdout3).
"""

from __future__ import annotations

import pytest

from careermap.resolve import extract as _extract
from careermap.resolve.extract import extract_skills
from careermap.resolve.long_texts import LONG_TEXTS_ENV, mixed_hits
from careermap.resolve.semantic import SemanticHit, semantic_index

from ..conftest import require_module
from .test_long_texts import _mixed, _Naming, _twice


@pytest.fixture(scope="module")
def extra() -> None:
    for module in ("wordllama", "tokenizers", "safetensors"):
        require_module(module, "careermap[semantic] is part of the dev extra")


@pytest.fixture
def shipped(monkeypatch: pytest.MonkeyPatch) -> None:
    # These tests mean the shipped default (WordLlama reads every clause), whatever
    # CAREERMAP_LONG_TEXTS says in the environment that runs them.
    monkeypatch.delenv(LONG_TEXTS_ENV, raising=False)


def ids(text: str, taxonomy) -> set[str]:
    return {s.skill_id for s in extract_skills(text, taxonomy=taxonomy)}


def test_a_one_word_clause_is_not_read_as_a_skill_of_its_own(extra, default, shipped):
    # "managers", the tail of a list cut at "and", is not managing staff.
    found = ids("I offered counselling to employees and managers.", default)
    assert "counselling" in found
    assert "management-of-personnel-resources" not in found


def test_a_one_word_clause_close_to_a_skill_is_still_read(extra, default, shipped):
    found = {s.skill_id: s for s in extract_skills("Mentoring.", taxonomy=default)}
    assert found["mentoring"].confidence >= _extract.ONE_WORD_SIMILARITY


def test_a_clause_can_name_two_close_skills(extra, default, shipped):
    found = {
        s.skill_id: s
        for s in extract_skills("I moderated content for a social media company.", taxonomy=default)
    }
    assert "content-moderation" in found
    assert found["content-moderation"].evidence == found["health-communication"].evidence
    assert found["content-moderation"].confidence >= _extract.SECOND_SKILL_SIMILARITY


def test_which_hits_of_a_clause_are_kept():
    first, second = SemanticHit("a", "A", 0.80), SemanticHit("b", "B", 0.72)
    kept = _extract._kept
    assert kept([first, second], words=4, floor=0.45) == [first, second]
    far = SemanticHit("b", "B", 0.69)  # under SECOND_SKILL_SIMILARITY
    assert kept([first, far], words=4, floor=0.45) == [first]
    high = SemanticHit("a", "A", 0.95)  # the second more than SECOND_SKILL_GAP behind
    assert kept([high, second], words=4, floor=0.45) == [high]
    assert kept([first, second], words=4, floor=0.9) == []  # a caller's floor holds
    assert kept([SemanticHit("a", "A", 0.79)], words=1, floor=0.45) == []
    assert kept([first], words=1, floor=0.45) == [first]
    assert kept([], words=3, floor=0.45) == []


def test_with_the_long_text_encoder_clauses_are_read_by_the_mix(extra, default, monkeypatch):
    # CAREERMAP_LONG_TEXTS=minilm: a clause of two words or more is read by the mix of the
    # two encoders (a stand-in reader that finds one skill at 0.9), a one-word one is not.
    plain, routed = _twice(default)
    routed.long_reader = lambda: _Naming(plain, "horticulture", 0.9)
    monkeypatch.setattr(_extract, "semantic_index", lambda taxonomy: routed)
    clause = "I supported families after a bereavement"
    ours = {h.skill_id: h.similarity for h in plain.search(verb_cues_of(clause), limit=300)}
    found = {s.skill_id: s for s in extract_skills(clause + ". Mentoring.", taxonomy=default)}
    assert found["horticulture"].evidence == clause
    assert found["horticulture"].confidence == pytest.approx(
        _mixed(ours["horticulture"], 0.9), abs=1e-4
    )
    assert found["mentoring"].evidence == "Mentoring"  # one word: WordLlama's reading
    monkeypatch.setattr(_extract, "semantic_index", lambda taxonomy: plain)  # the variable unset
    assert "horticulture" not in ids(clause, default)


def verb_cues_of(clause: str) -> str:
    return _extract.verb_cues(_extract._LEAD.sub("", clause))


def test_the_lexical_path_never_reads_by_meaning(default, monkeypatch):
    # semantic=False (or the extra missing): only names found in the clauses, whatever the
    # long-text encoder chosen; neither encoder nor mix is asked.
    monkeypatch.setenv("CAREERMAP_LONG_TEXTS", "minilm")

    def asked(*args, **kwargs):
        raise AssertionError("the lexical path read a clause by meaning")

    monkeypatch.setattr(_extract, "mixed_hits", asked)
    monkeypatch.setattr(_extract, "semantic_index", asked)
    text = "I used motivational interviewing with families and managers. Mentoring."
    found = extract_skills(text, taxonomy=default, semantic=False)
    assert [(s.skill_id, s.method) for s in found] == [("motivational-interviewing", "exact")]


def test_without_the_variable_no_clause_is_read_by_minilm(extra, default, shipped, monkeypatch):
    # CAREERMAP_LONG_TEXTS unset (the default), a narrative is read as it is without
    # careermap[minilm]: no clause goes to the MiniLM mix (thirty-eighth round: the MiniLM
    # clause reading stays opt-in, docs/semantic.md).
    assert semantic_index(default).long_reader is None
    given: list[object] = []

    def recording(*args, **kwargs):
        found = mixed_hits(*args, **kwargs)
        given.append(found)
        return found

    monkeypatch.setattr(_extract, "mixed_hits", recording)
    found = extract_skills("I ran a weekly support group, wrote care plans and trained volunteers.")
    assert found  # read by WordLlama
    assert given == [None]
