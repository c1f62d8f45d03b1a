"""Fuzzing the loader and the resolver: only careermap's own errors may come out.

The suite runs a bounded number of examples per test. For a longer run, raise it:

    CAREERMAP_FUZZ_EXAMPLES=20000 .venv/bin/python -m pytest tests/robustness/test_fuzz.py

Whatever input is given, ``read_yaml`` returns problems instead of raising,
``load_taxonomy`` gives a taxonomy or a TaxonomyError, ``resolve_skill`` a match
or a SkillNotFoundError, and ``build_profile`` a profile or a ProfileError.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careermap import (
    Profile,
    ProfileError,
    SkillMatch,
    Taxonomy,
    TaxonomyError,
    build_profile,
    load_taxonomy,
    resolve_skill,
    search_skills,
)
from careermap.taxonomy.dump import taxonomy_to_yaml
from careermap.taxonomy.safe_yaml import read_yaml

from ..strategies import taxonomies

EXAMPLES = int(os.environ.get("CAREERMAP_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Text built from the characters that mean something to YAML, plus a little of everything.
YAML_CHARS = st.sampled_from([*":-[]{}&*!|>'\"%@`#,?~<=\\ \n\t\r", "\ufeff", "\x00"])
YAML_TOKENS = st.sampled_from(
    [
        "skills:",
        "roles:",
        "sectors:",
        "relations:",
        "- ",
        "  ",
        "id: a",
        "label: A",
        "&x ",
        "*x",
        "<<: ",
        "!!python/object:os.system ",
        "!!binary ",
        "--- ",
        "... ",
        "NO",
        "0110",
        ".nan",
        "? ",
        "\n",
    ]
)
YAMLISH = st.lists(st.one_of(YAML_CHARS, YAML_TOKENS, st.text(max_size=5)), max_size=60).map(
    "".join
)

FIELD_NAMES = st.sampled_from(
    [
        "name",
        "version",
        "sectors",
        "skills",
        "relations",
        "roles",
        "id",
        "label",
        "title",
        "aliases",
        "description",
        "category",
        "broader",
        "codes",
        "from",
        "to",
        "weight",
        "reason",
        "bidirectional",
        "sector",
        "onet_soc",
        "requirements",
        "skill",
        "importance",
        "level",
        "lable",
    ]
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-10, max_value=10),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["a", "b", "hr", "essential", "optional", "0110", "NO", "", " ", "x y"]),
    st.text(max_size=8),
)
# Nested data shaped like a taxonomy, often close enough to reach the model's validation.
DOCUMENTS = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.one_of(FIELD_NAMES, st.text(max_size=4)), inner, max_size=5)
    ),
    max_leaves=30,
)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One directory for the whole module (hypothesis reruns a test many times)."""
    return tmp_path_factory.mktemp("fuzz")


def attempt(func: Callable[[], Any], error: type[Exception]) -> tuple[Any, Exception | None]:
    """Return ``(result, None)`` or ``(None, the error)``; any other exception propagates."""
    try:
        return func(), None
    except error as exc:
        return None, exc


def check_read_yaml(raw: bytes) -> None:
    located, problems = read_yaml(raw, "fuzz.yaml")
    assert (located is None) == bool(problems)
    for problem in problems:
        assert problem.file == "fuzz.yaml"
        assert problem.message
        assert problem.line is None or problem.line >= 1
        assert problem.column is None or problem.column >= 1


def check_load(raw: bytes, path: Path) -> None:
    path.write_bytes(raw)
    taxonomy, error = attempt(lambda: load_taxonomy(path), TaxonomyError)
    if isinstance(error, TaxonomyError):
        assert error.problems
        for problem in error.problems:
            assert problem.file == str(path)
            assert problem.message
            assert str(problem).startswith(str(path))
    else:
        assert isinstance(taxonomy, Taxonomy)


@FUZZ
@given(st.binary(max_size=400))
def test_read_yaml_never_raises_on_bytes(raw):
    check_read_yaml(raw)


@FUZZ
@given(YAMLISH)
def test_read_yaml_never_raises_on_yaml_like_text(text):
    check_read_yaml(text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.one_of(st.binary(max_size=300), YAMLISH.map(lambda t: t.encode("utf-8", "replace"))))
def test_load_taxonomy_gives_only_taxonomy_errors_on_random_files(scratch, raw):
    check_load(raw, scratch / "random.yaml")


@FUZZ
@given(DOCUMENTS)
def test_load_taxonomy_gives_only_taxonomy_errors_on_random_documents(scratch, document):
    raw = yaml.safe_dump(document, allow_unicode=True).encode("utf-8")
    check_load(raw, scratch / "document.yaml")


@FUZZ
@given(
    taxonomies(max_skills=6, max_roles=4),
    st.lists(
        st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=3), st.binary()),
        min_size=1,
        max_size=4,
    ),
)
def test_load_taxonomy_gives_only_taxonomy_errors_on_mutated_taxonomies(scratch, taxonomy, edits):
    """A valid file with a few bytes deleted, inserted or replaced."""
    raw = bytearray(taxonomy_to_yaml(taxonomy).encode("utf-8"))
    for position, action, data in edits:
        at = position % (len(raw) + 1)
        if action == 0:
            del raw[at : at + len(data) + 1]
        elif action == 1:
            raw[at:at] = data
        else:
            raw[at : at + len(data)] = data
    check_load(bytes(raw), scratch / "mutated.yaml")


TEXTS = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="ascii"), max_size=40),
    st.sampled_from(["CBT", "active listening", "listening activly", "", " ", "x" * 400]),
)


@FUZZ
@given(TEXTS)
def test_resolve_skill_gives_a_match_or_says_none(default, text):
    match = resolve_skill(text, taxonomy=default)
    assert isinstance(match, SkillMatch)
    assert match.query == text
    if match.method == "none":
        assert match.skill_id is None
    else:
        assert match.skill_id in default.skill_index
    assert len(search_skills(text, taxonomy=default, limit=3)) <= 3


LEVELS = st.one_of(
    st.none(),
    st.integers(min_value=-3, max_value=8),
    st.floats(),
    st.booleans(),
    st.text(max_size=3),
    st.just(math.nan),
)
ITEMS = st.one_of(
    TEXTS,
    st.tuples(TEXTS, LEVELS),
    st.tuples(st.one_of(st.none(), st.binary(max_size=4), st.integers()), LEVELS),
    st.none(),
    st.binary(max_size=5),
    st.lists(TEXTS, max_size=2),
    st.tuples(TEXTS, LEVELS, LEVELS),
)
PROFILES: st.SearchStrategy[Any] = st.one_of(
    st.lists(ITEMS, max_size=6),
    st.dictionaries(TEXTS, LEVELS, max_size=6),
    TEXTS,
    st.binary(max_size=5),
    st.none(),
    st.integers(),
)


@FUZZ
@given(PROFILES)
def test_build_profile_gives_a_profile_or_profile_error(default, profile):
    built, error = attempt(lambda: build_profile(profile, taxonomy=default), ProfileError)
    if error is not None:
        assert str(error)
    else:
        assert isinstance(built, Profile)
        assert built.entries
        for entry in built.entries:
            assert entry.level is None or 1 <= entry.level <= 5
