"""A bracketed translation is read as the text it translates (round 37, review37 P4)."""

from __future__ import annotations

from functools import partial

import pytest

from careermap.resolve.glosses import gloss, name_words
from careermap.resolve.resolver import match_text

from ..conftest import read_lexically, require_module


@pytest.fixture(scope="module")
def part(default):
    return partial(match_text, taxonomy=default, semantic=False, phrases=False)


@pytest.mark.parametrize(
    ("text", "translation"),
    [
        # Another script, Latin letters English does not write, or no word of the names.
        ("психодрама групи (psychodrama groups)", "psychodrama groups"),
        ("vođenje smjena i rasporeda (rosters for the ward)", "rosters for the ward"),
        ("opleiding van nieuwe gastgezinnen (training host families)", "training host families"),
        ("narkoloji qeydiyyat (registration of patients)", "registration of patients"),
        # Initials and codes in the bracket are of no language.
        ("kognitive Testung (WISC-V, SON-R)", "WISC-V, SON-R"),
    ],
)
def test_a_translation_in_brackets_is_the_text_to_read(default, part, text, translation):
    assert gloss(text, default, part) == translation


@pytest.mark.parametrize(
    "text",
    [
        # An English text: its bracket is a note, read only by a name, whole.
        "rewrote our investigation procedures (working group)",
        "secondment to the research team (programme evaluation)",
        # A bracket in another language, or whose words are mostly not the names'.
        "Mon soutien psy (consultations remboursées)",
        "fitsidihana ankohonana (visites à domicile)",
        "interdisziplinäres Team (KJP, Logopädie, Ergotherapie)",
        "Oméga (intervention physique)",
        # A bracket saying the skill is not held.
        "rad s obiteljima (received)",
        # No bracket.
        "психодрама групи",
    ],
)
def test_what_is_no_translation_is_not_read_as_one(default, part, text):
    assert gloss(text, default, part) is None


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("психодрама групи (psychodrama groups)", "creative-arts-therapies"),
        ("kognitive Testung (WISC-V, SON-R)", "psychometric-testing"),
        ("bilans cognitifs (MMSE, MoCA, BREF)", "psychometric-testing"),
        # A gloss that is a name, whole, was read before this round and still is.
        ("shtëpitë e mbështetura (supported housing)", "housing-support"),
    ],
)
def test_a_gloss_naming_a_skill_in_part_reads_the_text(default, text, skill):
    assert read_lexically(text, default) == skill


@pytest.mark.parametrize(
    "text",
    [
        "Mon soutien psy (consultations remboursées)",
        "interdisziplinäres Team (KJP, Logopädie, Ergotherapie)",
    ],
)
def test_a_note_in_another_language_stays_unread(default, text):
    assert read_lexically(text, default) is None


def test_the_names_words_are_the_taxonomys(default):
    words = name_words(default)
    assert {"listening", "psychodrama", "rosters"} <= words
    assert not {"gastgezinnen", "qeydiyyat", "a", "of"} & words


def test_a_listed_gloss_is_read_by_name_only(default):
    """'(individual & family)' says for whom; by meaning it was *Couples and family therapy*."""
    for module in ("wordllama", "tokenizers", "safetensors"):
        require_module(module, "careermap[semantic] is part of the dev extra")
    assert match_text("問題賭博輔導 (individual & family)", default).skill_id is None
    found = match_text("kê đơn dưới sự giám sát (prescribing, supervised)", default)
    assert (found.skill_id, found.method) == ("psychopharmacology", "part")
