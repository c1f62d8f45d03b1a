"""Everyday vocabulary the twenty-first set wrote and careermap did not read (title30).

Review 30 (b): problem gambling counselling, grant reports, literature searches,
vocational rehabilitation and Datix incident reports read nothing lexically. The sources
are in docs/taxonomy-notes.md (thirtieth round, title30).
"""

from __future__ import annotations

import pytest

from ..conftest import read_lexically


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("problem gambling counselling", "substance-use-treatment"),
        ("problem gambling counseling", "substance-use-treatment"),
        ("grant reports (SAMHSA, ASPR)", "grant-writing"),
        ("writing grant reports", "grant-writing"),
        ("literature searches", "literature-review"),
        ("vocational rehab - hospital workshops", "supported-employment"),
        ("Datix reports", "quality-improvement"),
    ],
)
def test_everyday_words_read_as_their_skill(text, skill, taxonomy):
    assert read_lexically(text, taxonomy) == skill
