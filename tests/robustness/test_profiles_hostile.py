"""Untrusted profiles: every bad input gets a ProfileError naming it, quickly.

What each kind of input gets is listed in docs/reliability.md; these tests hold
the library to it. Every call runs under a time bound (tests/bounded.py).
"""

from __future__ import annotations

import itertools
import math
from decimal import Decimal
from fractions import Fraction

import numpy
import pytest

import careermap
from careermap import ProfileError, build_profile, rank_careers, resolve_skill
from careermap.resolve.profile import _SPEC_SLACK, MAX_PROFILE_SKILLS, MAX_SKILL_TEXT

from ..bounded import raises_within, run_bounded
from ..conftest import TESTS


def profile_error(profile: object, taxonomy: careermap.Taxonomy) -> str:
    """The message of the ProfileError that *profile* must raise, within the time bound."""
    return str(raises_within(ProfileError, lambda: build_profile(profile, taxonomy=taxonomy)))


@pytest.fixture
def no_resolving(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail if any text gets as far as being resolved: checks must come first."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("resolved a text before checking the whole profile")

    monkeypatch.setattr("careermap.resolve.profile.match_texts", refuse)


# --- empty and wrongly shaped profiles ----------------------------------------------


@pytest.mark.parametrize(
    ("profile", "fragment"),
    [
        ([], "the profile is empty"),
        ((), "the profile is empty"),
        ({}, "the profile is empty"),
        (iter([]), "the profile is empty"),
        ("", "not one string ('')"),
        ("CBT", "not one string ('CBT')"),
        (None, "not NoneType"),
        (42, "not int"),
        (b"CBT", "not bytes; decode the text first"),
        (bytearray(b"CBT"), "not bytearray"),
        ([""], "a profile entry is empty ('')"),
        (["   \t "], "a profile entry is empty ('   \\t ')"),
        ([None], "profile entry None is not understood"),
        ([["CBT", 4, 5]], "profile entry ['CBT', 4, 5] is not understood"),
        ([("CBT", 4, 5)], "profile entry ('CBT', 4, 5) is not understood"),
        ([[["deeply", ["nested"]]]], "profile entry [['deeply', ['nested']]] is not understood"),
        ([b"CBT"], "profile entry b'CBT' is not understood"),
        ([(b"CBT", 4)], "a skill must be text, not bytes (b'CBT')"),
        ({b"CBT": 4}, "a skill must be text, not bytes (b'CBT')"),
        ({None: 4}, "a skill must be text, not NoneType (None)"),
        ([(4, "CBT")], "a skill must be text, not int (4)"),
    ],
)
def test_wrongly_shaped_profiles(profile, fragment, mini):
    assert fragment in profile_error(profile, mini)


def test_a_huge_entry_is_named_briefly(mini):
    message = profile_error([[0] * 1_000_000], mini)
    assert "profile entry [0, 0, 0, 0, 0, 0, ...] is not understood" in message
    assert len(message) < 200


def test_an_entry_whose_repr_fails_still_gets_a_profile_error(mini):
    class Hostile:
        def __repr__(self) -> str:
            raise RuntimeError("no repr for you")

    assert "is not understood" in profile_error([Hostile()], mini)


# --- size limits ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "make",
    [
        lambda n: [f"skill {i}" for i in range(n)],
        lambda n: {f"skill {i}": 3 for i in range(n)},
        lambda n: tuple((f"skill {i}", 3) for i in range(n)),
    ],
    ids=["list", "mapping", "tuple"],
)
def test_ten_thousand_skills_are_refused_before_any_is_resolved(make, mini, no_resolving):
    message = profile_error(make(10_000), mini)
    assert f"at most {MAX_PROFILE_SKILLS:,} skills (this one has 10,000)" in message


def test_an_endless_iterator_stops_one_past_the_limit(mini, no_resolving):
    message = profile_error(itertools.repeat("CBT"), mini)
    assert f"at most {MAX_PROFILE_SKILLS:,} skills" in message


def test_the_limit_itself_is_accepted(mini):
    texts = [s.id for s in mini.skills] * (MAX_PROFILE_SKILLS // len(mini.skills))
    outcome = run_bounded(lambda: build_profile(texts[:MAX_PROFILE_SKILLS], taxonomy=mini))
    assert outcome.error is None
    assert len(outcome.value.entries) == MAX_PROFILE_SKILLS


def test_an_invalid_last_entry_is_found_before_any_is_resolved(mini, no_resolving):
    profile = [f"skill {i}" for i in range(MAX_PROFILE_SKILLS - 1)] + [("CBT", 9)]
    assert "level of 'CBT' is 9" in profile_error(profile, mini)


@pytest.mark.parametrize(
    "profile",
    [
        ["x" * 10_000],
        [("x" * 10_000, 3)],
        {"x" * 10_000: 3},
        ["x" * 10_000 + ":4"],
        [" " * 10_000 + "CBT"],
        [" " * 10_000],
        ["CBT:" + "9" * 5_000],  # int() of over 4,300 digits raises ValueError
    ],
    ids=["text", "tuple", "mapping", "spec", "leading-spaces", "spaces", "long-level"],
)
def test_ten_kilobyte_texts_are_refused_naming_the_limit(profile, mini):
    message = profile_error(profile, mini)
    assert f"at most {MAX_SKILL_TEXT} characters" in message
    assert len(message) < 300  # the text is quoted in part, not whole


def test_many_long_texts_are_refused_within_the_bound(mini, no_resolving):
    """A 'text:LEVEL' parser that backtracked quadratically took minutes on this.

    The bound only catches a hang; how the time grows with the input is measured
    in ``benchmarks/bench_profiles.py`` (medians, and the ratio 2,000 / 1,000).
    """
    outcome = run_bounded(lambda: build_profile([" " * 10_000 + "x"] * 2_000, taxonomy=mini))
    assert isinstance(outcome.error, ProfileError)


def test_a_text_at_the_limit_with_a_level_is_accepted(mini):
    text = "active listening " + "x" * (MAX_SKILL_TEXT - 17)
    assert len(text) == MAX_SKILL_TEXT
    profile = build_profile([f"{text} : 4"], taxonomy=mini)
    assert (profile.entries[0].text, profile.entries[0].level) == (text, 4)


# --- control characters and scripts ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("\x00CBT", r"'\x00CBT' contains a control character (U+0000)"),
        ("\x1b[31mCBT\x1b[0m", r"'\x1b[31mCBT\x1b[0m' contains a control character (U+001B)"),
        ("CBT\x07", "(U+0007)"),
        ("CBT\x7f", "(U+007F)"),
        ("C\x85BT", "(U+0085)"),  # NEL is whitespace to str.strip(): inside
        ("CBT\u202e", r"'CBT\u202e' contains RIGHT-TO-LEFT OVERRIDE (U+202E)"),
        ("x\ud800", r"'x\ud800' contains a lone surrogate (U+D800)"),
        ("\u2066CBT\u2069", "LEFT-TO-RIGHT ISOLATE (U+2066)"),
        ("CBT\u202a", "LEFT-TO-RIGHT EMBEDDING (U+202A)"),
    ],
)
def test_control_characters_and_bidi_overrides_are_refused(text, fragment, mini, no_resolving):
    for profile in ([text], [(text, 3)], {text: 3}, [f"{text}:3"]):
        message = profile_error(profile, mini)
        assert fragment in message
        assert "\x1b" not in message
        assert "\u202e" not in message  # the message is safe to print: escapes only


@pytest.mark.parametrize("text", ["CBT\n", "\tCBT", "CBT\r\n", " CBT \t"])
def test_tabs_and_line_breaks_are_whitespace(text, default):
    (entry,) = build_profile([text], taxonomy=default).entries
    assert entry.match.skill_id == "cognitive-behavioural-therapy"


@pytest.mark.parametrize(
    ("text", "skill_id", "method"),
    [
        ("\uff23\uff22\uff34", "cognitive-behavioural-therapy", "alias"),  # full-width CBT
        ("Active listenin\u0301g", "active-listening", "exact"),  # combining accent dropped
        ("\U0001f442 active listening", "active-listening", "exact"),  # emoji dropped
        ("active\u200blistening", "active-listening", "exact"),  # zero-width space: a gap
        ("\u0421\u0412\u0422", None, "none"),  # Cyrillic look-alikes of CBT: not Latin
        ("积极倾听", None, "none"),  # CJK: no skill has a CJK name
        ("\U0001f600\U0001f600", None, "none"),
    ],
)
def test_other_scripts_and_symbols_get_a_documented_result(text, skill_id, method, default):
    (entry,) = build_profile([text], taxonomy=default).entries
    assert (entry.match.skill_id, entry.match.method) == (skill_id, method)


def test_a_cyrillic_look_alike_never_matches_exactly(default):
    """Look-alike letters are dropped, not mapped to Latin: no exact or alias match."""
    match = build_profile(["\u0410ctive listening"], taxonomy=default).entries[0].match
    assert match.method in {"fuzzy", "semantic", "none"}


# --- levels --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("level", "fragment"),
    [
        (0, "level of 'CBT' is 0; levels run from 1 (novice) to 5 (expert)"),
        (6, "is 6; levels run"),
        (-1, "is -1; levels run"),
        (1.5, "not 1.5"),
        (math.nan, "not nan"),
        (math.inf, "not inf"),
        (-math.inf, "not -inf"),
        (True, "not True"),
        (False, "not False"),
        ("4.0", "not '4.0'"),
        (Decimal(4), "not Decimal('4')"),
        (Fraction(1, 2), "not Fraction(1, 2)"),
        (4 + 0j, "not (4+0j)"),
        ([4], "not [4]"),
        pytest.param(10**5000, "is <an integer of 16,610 bits>", id="5000-digits"),
    ],
)
def test_levels_out_of_range_or_of_the_wrong_type(level, fragment, mini):
    for profile in ([("CBT", level)], {"CBT": level}):
        assert fragment in profile_error(profile, mini)


@pytest.mark.parametrize(("level", "expected"), [(None, None), (4.0, 4), (1, 1), (5, 5)])
def test_accepted_levels(level, expected, default):
    (entry,) = build_profile([("CBT", level)], taxonomy=default).entries
    assert entry.level == expected


@pytest.mark.parametrize("spec", ["CBT:0", "CBT:6", "CBT:99"])
def test_levels_in_specs_are_checked(spec, mini):
    assert "levels run from 1 (novice) to 5 (expert)" in profile_error([spec], mini)


@pytest.mark.parametrize(
    ("spec", "suffix"),
    [
        ("motivational interviewing:4.0", "4.0"),
        ("Crisis intervention:-1", "-1"),
        ("X:nan", "nan"),
        ("X:+5", "+5"),
        ("X:\uff15", "\uff15"),  # a fullwidth 5
        ("X:\u0663", "\u0663"),  # an Arabic-Indic 3
        ("CBT:", ""),
        ("CBT:four", "four"),
        ("CBT:IV", "IV"),
        ("CBT:-", "-"),
        ("CBT:?", "?"),
        ("CBT:1e0", "1e0"),
        ("CBT: 4 / 5", None),  # several words: part of the text, no level
    ],
)
def test_a_suffix_is_a_valid_level_or_an_error_naming_it(spec, suffix, default):
    """Never the whole text, colon and number included, fuzzy-matched at the default level."""
    if suffix is None:
        (entry,) = build_profile([spec], taxonomy=default).entries
        assert (entry.text, entry.level) == (spec, None)
        return
    message = profile_error([spec], default)
    assert f"not {suffix!r}" in message
    assert repr(spec.rpartition(":")[0].rstrip()) in message


@pytest.mark.parametrize(
    ("profile", "texts", "levels"),
    [
        (["CBT:4", "CBT:2"], ("CBT", "CBT"), (4, 2)),
        (
            ["CBT:2", "cognitive behavioural therapy:4"],
            ("CBT", "cognitive behavioural therapy"),
            (2, 4),
        ),
        ({"CBT": 4, "cbt": 2}, ("CBT", "cbt"), (4, 2)),
        (
            [("CBT", 1), {"text": "Cognitive Behavioral Therapy", "level": 4}, "CBT"],
            ("CBT", "Cognitive Behavioral Therapy", "CBT"),
            (1, 4, None),
        ),
    ],
)
def test_one_skill_given_twice_with_two_levels_keeps_the_higher_and_both_texts(
    profile, texts, levels, default
):
    """Neither refused nor dropped: the higher level is used and every text is kept."""
    built = build_profile(profile, taxonomy=default)
    assert built.skills == {"cognitive-behavioural-therapy": 4}
    (merge,) = built.merged
    assert (merge.skill_id, merge.level, merge.texts, merge.levels) == (
        "cognitive-behavioural-therapy",
        4,
        texts,
        levels,
    )
    assert [entry.text for entry in built.entries] == list(texts)
    assert built.model_dump(mode="json")["merged"][0]["levels"] == list(levels)


@pytest.mark.parametrize(
    ("profile", "level"),
    [(["CBT:4", "CBT:4"], 4), (["CBT", "CBT:2"], 2), (["CBT:2", "cbt"], 2), (["CBT", "cbt"], 3)],
)
def test_a_repeat_without_a_conflict_keeps_the_level_given(profile, level, default):
    assert build_profile(profile, taxonomy=default).skills == {
        "cognitive-behavioural-therapy": level
    }


# --- the same through rank_careers and resolve_skill ------------------------------------


@pytest.mark.parametrize(
    "profile", [[], ["\x1b[31mCBT"], ["x" * 10_000], [("CBT", math.nan)], [None], b"CBT"]
)
def test_rank_careers_passes_the_profile_error_on(profile, mini):
    raises_within(ProfileError, lambda: rank_careers(profile, taxonomy=mini))


def test_resolve_skill_refuses_non_text_with_a_profile_error(mini):
    for value in (None, b"CBT", 42, ["CBT"]):
        error = raises_within(ProfileError, lambda value=value: resolve_skill(value, taxonomy=mini))
        assert "a skill must be given as text" in str(error)


def test_resolve_skill_matches_no_over_long_text_and_says_so_briefly(default):
    match = resolve_skill("active listening " * 1_000, taxonomy=default)
    assert match.method == "none"
    assert f"17,000 characters, over the {MAX_SKILL_TEXT} limit" in str(match)
    assert len(str(match)) < 200
    assert careermap.search_skills("active listening " * 1_000, taxonomy=default) == []


def test_resolve_skill_shows_control_characters_escaped(default):
    """resolve_skill does not refuse control characters; its text shows them escaped."""
    match = resolve_skill("\x1b[2J", taxonomy=default)
    assert match.method == "none"
    assert r"'\x1b[2J'" in str(match)
    assert "\x1b" not in str(match)


def test_the_reliability_doc_states_the_profile_limits_of_the_code():
    doc = (TESTS.parent / "docs" / "reliability.md").read_text(encoding="utf-8")
    assert f"| {MAX_PROFILE_SKILLS:,} (`MAX_PROFILE_SKILLS`)" in doc
    assert f"| {MAX_SKILL_TEXT} characters (`MAX_SKILL_TEXT`)" in doc
    assert f"longer than {MAX_SKILL_TEXT + _SPEC_SLACK} characters" in doc


def test_json_shaped_entries_and_numpy_levels_are_accepted(default):
    profile = careermap.build_profile(
        [["CBT", 4], ("empathy", numpy.int64(5)), ("active listening", numpy.float64(3.0))],
        taxonomy=default,
    )
    assert profile.skills == {
        "active-listening": 3,
        "cognitive-behavioural-therapy": 4,
        "empathy": 5,
    }
