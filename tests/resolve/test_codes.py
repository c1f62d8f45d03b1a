"""Codes (abbreviations, instrument codes) in lists, near names and by meaning (twenty-sixth round).

Review 26 (P1b): "K10, PCL-5, AUDIT" was unread, K10 an alias of *Outcome measurement*,
because a part naming nothing leaves a list unsplit; an unknown code beside parts that
name skills no longer does, while a part in words still does ("CBT and forklift
operation"). Two latent misreadings: "MoCA" read as *Mental health legislation* by a near
name ("MCA", 86), "AUDIT-C" as *Regulatory compliance* by meaning (0.67).
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.codes import is_code, other_code


def _read(text, taxonomy, semantic=False):
    profile = careermap.build_profile([text], taxonomy=taxonomy, semantic=semantic)
    return [entry.match.skill_id for entry in profile.entries]


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        ("K10, PCL-5, AUDIT", ["outcome-measurement"]),
        ("CBT, DBT and HGV", ["cognitive-behavioural-therapy", "dialectical-behaviour-therapy"]),
        ("TCI and physical restraints", ["physical-intervention"]),
    ],
)
def test_an_unknown_code_does_not_stop_a_list(text, skills, default):
    assert _read(text, default) == skills


@pytest.mark.parametrize(
    "text",
    [
        # A part in words beside a named skill is now shown unread, the skill read
        # (twenty-eighth round: tests/resolve/test_unread_parts.py).
        "POPS & RtAPS",  # codes alone name nothing
        "MIG and TIG welding",
    ],
)
def test_a_list_is_still_unread(text, default):
    assert _read(text, default) == [None]


@pytest.mark.parametrize(
    ("code", "near"),
    # Each was read, before the twenty-sixth round, as the skill of the code beside it:
    # the MCAT as medication-assisted treatment (MAT), a CPIA as physical intervention
    # (CPI), "DBTT" as applied behaviour analysis (DTT). MoCA, read as the Mental Capacity
    # Act (MCA), is now an alias of psychometric testing (vocab26).
    [("MCAT", "MAT"), ("CPIA", "CPI"), ("DBTT", "DTT")],
)
def test_a_code_is_no_near_name_of_another(code, near, default):
    found = careermap.resolve_skill(code, taxonomy=default, semantic=False)
    assert found.skill_id is None
    assert near in [c.matched_name for c in found.alternatives]  # still suggested


def test_a_code_is_not_read_by_meaning(default):
    pytest.importorskip("wordllama")
    found = careermap.resolve_skill("AUDIT-C", taxonomy=default)
    assert found.skill_id is None, found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        *[(code, True) for code in ("K10", "PCL-5", "MoCA", "DATs", "ACE-III", "AUDIT-C")],
        *[(word, False) for word in ("Xello", "Kipu", "relapse signs", "NEURODIVERSITY")],
    ],
)
def test_what_a_code_is(text, code):
    assert is_code(text) is code


def test_the_same_code_written_another_way():
    assert not other_code("PHQ9", "PHQ-9")
    assert not other_code("IEPs", "IEP")
    assert other_code("MoCA", "MCA")
