"""How often, a union post before a dash, reports for donors, two scripts (twenty-seventh round).

The eighteenth persona set (vocab27) wrote its practice with charting's intervals ("CIWA-Ar
& COWS q4h", "PHQ-9 every 5th session"), a union steward's post before a dash, reports
"for donors", and a gloss in English after Chinese ("團體藝術治療 group art therapy"). Each
rule is a closed pattern beside the ones it extends (docs/taxonomy-notes.md, "What the
eighteenth set wrote").
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.dash_titles import _after_title
from careermap.resolve.notes import in_latin_words, in_plain_words, without_notes


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("CIWA-Ar & COWS q4h", "CIWA-Ar & COWS"),
        ("PHQ-9 every 5th session", "PHQ-9"),
        ("PHQ-9 and GAD-7 every session", "PHQ-9 and GAD-7"),
        ("obs q15min", "obs"),
        ("vital signs every 4 hours", "vital signs"),
    ],
)
def test_how_often_last_is_a_note(text, bare):
    assert without_notes(text) == bare


@pytest.mark.parametrize(
    "text",
    ["every session counts", "quarterly reviews", "q4h", "weekly groups"],
)
def test_how_often_only_last_and_after_something(text):
    assert without_notes(text) is None


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("CIWA-Ar & COWS q4h", "substance-use-treatment"),
        ("PHQ-9 every 5th session", "outcome-measurement"),
        ("reports for donors", "report-writing"),
        ("UNISON steward - grievance & disciplinary hearings", "grievance-and-disciplinary"),
    ],
)
def test_read_by_name(text, skill, default):
    found = careermap.resolve_skill(text, taxonomy=default, semantic=False)
    assert found.skill_id == skill, found


def test_a_union_post_before_a_dash_is_a_title():
    assert _after_title("UNISON steward - grievance hearings") == "grievance hearings"
    assert _after_title("union rep \u2013 disciplinary hearings") == "disciplinary hearings"


def test_a_gloss_in_latin_letters_is_read():
    assert in_latin_words("團體藝術治療 group art therapy") == "group art therapy"
    assert in_plain_words("個案報告 case reports") == "case reports"
    # One script only: kept as written (and read, or not, as it is).
    assert in_latin_words("ψυχοεκπαίδευση σε ομάδες") == "ψυχοεκπαίδευση σε ομάδες"
    assert in_latin_words("family therapy") == "family therapy"
    # A single Latin letter is no gloss.
    assert in_latin_words("A 組") == "A 組"


def test_a_language_list_from_nepal_reads(default):
    profile = careermap.build_profile(
        ["Nepali, Tamang, Hindi, English"], taxonomy=default, semantic=False
    )
    assert set(profile.skills) == {"second-language"}
