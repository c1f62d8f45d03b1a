"""A CV line's past tenses read by meaning as skill names say them (thirty-ninth round).

docs/semantic.md, "Thirty-ninth round": over the four spent held-out sets, CV lines that
begin with a past tense ("wrote", "chaired", "interviewed", "co-led") were read further
from the skill their "-ing" form names; reading both forms, the nearer standing, held on
every fold of the cross-fit (``benchmarks/phrase_crossfit.py``).
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve import by_meaning, cv_verbs
from careermap.resolve import semantic as _semantic
from careermap.resolve.cv_verbs import HELD_STATES, as_skill_names_say, readings
from careermap.resolve.long_texts import LONG_TEXTS_ENV
from careermap.resolve.resolver import match_text

from ..conftest import require_module


@pytest.fixture(scope="module")
def bundled() -> careermap.Taxonomy:
    for module in ("wordllama", "tokenizers", "safetensors"):
        require_module(module, "careermap[semantic] is part of the dev extra")
    return careermap.load_taxonomy()


@pytest.fixture
def shipped(monkeypatch: pytest.MonkeyPatch) -> None:
    # The shipped default (WordLlama reads every text), whatever the environment says.
    monkeypatch.delenv(LONG_TEXTS_ENV, raising=False)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("wrote treatment plans", "writing treatment plans"),
        ("co-ran a carers' group", "co-running a carers' group"),
        ("liaised with GPs; referred on", "liaising with GPs; referring on"),
        ("assessed risk and planned care", "assessing risk and planning care"),
        ("applied for grants / audited files", "applying for grants / auditing files"),
        ("Facilitated groups", "facilitating groups"),
    ],
)
def test_the_verb_that_begins_each_duty_takes_the_ing_form(text, read):
    assert as_skill_names_say(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "Registered nurse on an acute ward",  # what the person is, not what they did
        "Certified Peer Recovery Specialist",
        "trained in safe holds",
        "supported families bereaved by suicide",  # "bereaved" begins no duty
        "crisis line work",
        "used CBT",  # too short to be read as a past tense
        "agreed a plan",  # "-eed"
    ],
)
def test_other_words_are_left_as_written(text):
    assert as_skill_names_say(text).split()[1:] == text.split()[1:]
    if text.split()[0].lower() in HELD_STATES | {"crisis", "used", "agreed"}:
        assert as_skill_names_say(text) == text


def test_a_text_is_read_as_written_and_then_in_the_ing_form():
    assert readings("chaired multi-agency meetings") == [
        "chaired multi-agency meetings",
        "chairing multi-agency meetings",
    ]
    assert readings("multi-agency meetings") == ["multi-agency meetings"]


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        # As written, each was only a suggestion (0.61 and 0.63): "writing", "chairing"
        # are the words of the skills' names.
        ("wrote plain language leaflets about mental health", "health-content-writing"),
        ("chaired multi-agency meetings", "group-facilitation"),
    ],
)
def test_a_cv_line_is_read_by_the_verb_skill_names_use(bundled, shipped, text, skill_id):
    match = match_text(text, bundled)
    assert (match.skill_id, match.method) == (skill_id, "semantic")
    assert match.query == text  # the person's words are what the match shows


def test_the_first_suggestion_is_read_by_that_verb_too(bundled, shipped):
    # As written, "interviewed" pulled *Supported employment* (support worker jobs) first.
    match = match_text("interviewed candidates for support worker jobs", bundled)
    assert match.skill_id is None
    assert match.alternatives[0].skill_id == "recruitment"


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        # Participles written as adjectives: their "-ing" form reads further from the
        # skill, so the reading as written stands (both persona readings, fresh and fourth
        # sets, which reading only the "-ing" form lost).
        ("complicated grief", "grief-counselling"),
        ("structured clinical interviews (SCID) from practicum", "clinical-assessment"),
    ],
)
def test_the_nearer_reading_stands(bundled, shipped, text, skill_id):
    assert match_text(text, bundled).skill_id == skill_id
    index = _semantic.semantic_index(bundled)
    written, changed = (index.search(read, limit=1)[0] for read in readings(text))
    assert written.skill_id == skill_id
    assert changed.similarity < written.similarity


def test_the_lexical_path_never_reads_the_verbs(bundled, monkeypatch):
    # Without the semantic layer nothing of this module is asked: the lexical readings
    # are the same with and without it.
    def refuse(*args, **kwargs):
        raise AssertionError("read by meaning")

    monkeypatch.setattr(cv_verbs, "readings", refuse)
    monkeypatch.setattr(by_meaning, "nearest_skills", refuse)
    for text in ("wrote treatment plans", "chaired multi-agency meetings", "CBT"):
        match_text(text, bundled, semantic=False)
    careermap.build_profile(
        ["co-ran a carers' group", "liaised with GPs"], taxonomy=bundled, semantic=False
    )


def test_a_profile_reads_both_forms_ahead(bundled, shipped, monkeypatch):
    primed: list[str] = []
    index = _semantic.semantic_index(bundled)
    prime = index.prime

    def recording(texts):
        primed.extend(texts)
        prime(texts)

    monkeypatch.setattr(index, "prime", recording)
    careermap.build_profile(["co-ran a carers' group", "liaised with GPs"], taxonomy=bundled)
    assert {"co-running a carers' group", "liaising with GPs"} <= set(primed)
    assert {"co-ran a carers' group", "liaised with GPs"} <= set(primed)
