"""Checks shared by the vocabulary tests of each round (tests/taxonomy/test_vocabulary_*.py).

Each round's aliases are terms of the field with their sources in docs/taxonomy-notes.md;
these read them the way a profile does, lexically.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import careermap
from careermap import build_profile
from careermap.base.text import normalize
from careermap.resolve.names import name_index


def resolved(text: str, taxonomy: careermap.Taxonomy) -> str | None:
    """Return the skill id a profile of *text* alone resolves to, lexically, or ``None``."""
    profile = build_profile([text], taxonomy=taxonomy, semantic=False)
    return next(iter(profile.skills), None)


def misread(expected: Mapping[str, str], taxonomy: careermap.Taxonomy) -> dict[str, str | None]:
    """Return the texts of *expected* that do not resolve to their skill, with what they do."""
    found = {text: resolved(text, taxonomy) for text in expected}
    return {text: skill for text, skill in found.items() if skill != expected[text]}


def shared_names(texts: Iterable[str], taxonomy: careermap.Taxonomy) -> dict[str, set[str]]:
    """Return the texts that name more than one skill exactly, with those skills."""
    index = name_index(taxonomy)
    owners = {text: {hit[1] for hit in index.exact_all.get(normalize(text), [])} for text in texts}
    return {text: skills for text, skills in owners.items() if len(skills) > 1}


def vocabulary_faults(
    expected: Mapping[str, str], near_misses: Iterable[str], taxonomy: careermap.Taxonomy
) -> dict[str, object]:
    """Return what is wrong with one round's terms: an empty dict when nothing is.

    The three checks of a round's vocabulary: each text resolves to its skill lexically
    (``misread``), no alias names two skills (``shared``), and each near miss stays
    unresolved (``near_misses``: the text, with what it resolved to).
    """
    missed = {text: skill for text in near_misses if (skill := resolved(text, taxonomy))}
    found = {
        "misread": misread(expected, taxonomy),
        "shared": shared_names(expected, taxonomy),
        "near_misses": missed,
    }
    return {check: fault for check, fault in found.items() if fault}
