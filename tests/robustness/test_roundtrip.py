"""Dumping a taxonomy to YAML and loading it again gives an equal taxonomy.

Property-tested on random taxonomies (tests/strategies.py) whose names, aliases,
descriptions and codes are full of text that YAML likes to reinterpret: ``NO``,
``on``, ``010``, ``0110``, ``: ``, ``#``, ``- ``, anchors, tags, quotes, unicode,
control characters and line breaks. Labels are stripped by the model, so the
strategies build every value through the models and compare what they hold.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from careermap import (
    Requirement,
    Role,
    Sector,
    Skill,
    SkillRelation,
    Taxonomy,
    load_taxonomy,
)
from careermap.taxonomy.dump import dump_taxonomy, taxonomy_to_yaml

from ..conftest import MINI
from ..strategies import taxonomies

_COUNT = int(os.environ.get("CAREERMAP_FUZZ_EXAMPLES", "200"))
_HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large]
EXAMPLES = settings(max_examples=_COUNT, deadline=None, suppress_health_check=_HEALTH)
FEWER_EXAMPLES = settings(max_examples=_COUNT // 2, deadline=None, suppress_health_check=_HEALTH)

SPECIALS = [
    *("NO", "no", "No", "on", "OFF", "yes", "y", "n", "~", "null", "Null", "true", "False"),
    *("010", "0110", "0o10", "0x1F", "1e3", "1_000", ".inf", "-.inf", ".nan", "1.10"),
    *("2024-01-31", "12:30", "1:30:00", ": ", "#", " #", "- ", "-", "?", "? x", "&a", "*a"),
    *("!tag", "!!str", "!!python/name:os.system", "%YAML", "@", "`", "'", '"', "{", "}"),
    *("[", "]", ",", "|", ">", "---", "...", "<<", "=", "\\", "\\n", " ", "  "),
    *("é", "ß", "中文", "\U0001f442", "مرحبا", "\u00a0", "\u202e", "\u2028", "\u2029"),
    *("\x85", "\ufeff", "\t", "\x1b", "\x7f", "\u200b", "\U0010fffd"),
]
PIECES = st.one_of(st.sampled_from(SPECIALS), st.text(max_size=6))
TEXT = st.lists(PIECES, min_size=1, max_size=4).map("".join)
MULTILINE = st.lists(st.one_of(PIECES, st.sampled_from(["\n", "\n\n", "  \n", "\r\n"])), max_size=8)
DESCRIPTION = MULTILINE.map("".join)
CODE_VALUES = st.one_of(st.sampled_from(["0110", "010", "NO", " 0110 ", "2.A.1.b", "~"]), TEXT)
WEIGHTS = st.floats(min_value=0.0, max_value=1.0, exclude_min=True)


def rebuilt(model: BaseModel, draw: st.DrawFn, updates: dict[str, Any]) -> Any:
    """*model* with *updates* applied and validated; the original if they are invalid."""
    data = model.model_dump(by_alias=True)
    data.update(updates)
    try:
        return type(model).model_validate(data)
    except ValidationError:
        return model


def visible(text: str) -> bool:
    """Whether *text* has a character one can see: names of only invisible ones are refused."""
    return any(unicodedata.category(c) not in INVISIBLE for c in text)


#: Format characters, controls, spaces, separators and combining marks.
INVISIBLE = frozenset({"Cf", "Cc", "Zs", "Zl", "Zp", "Mn", "Me"})


def names(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A label and a few aliases, unique without regard to case, each with a visible character."""
    label = draw(TEXT.filter(visible))
    aliases: list[str] = []
    seen = {label.strip().casefold()}
    for alias in draw(st.lists(TEXT, max_size=3)):
        key = alias.strip().casefold()
        if key and key not in seen and visible(alias):
            seen.add(key)
            aliases.append(alias)
    return label, aliases


def codes(draw: st.DrawFn) -> dict[str, str]:
    return draw(st.dictionaries(st.sampled_from(["isco", "esco", "onet", "x.1"]), CODE_VALUES))


@st.composite
def tricky_taxonomies(draw: st.DrawFn) -> Taxonomy:
    """A random valid taxonomy whose every free text is hard for YAML."""
    base = draw(taxonomies(max_skills=6, max_roles=4))
    sectors = [
        rebuilt(s, draw, {"label": draw(TEXT.filter(visible)), "description": draw(DESCRIPTION)})
        for s in base.sectors
    ]
    skills = []
    for skill in base.skills:
        label, aliases = names(draw)
        updates = {"label": label, "aliases": aliases, "description": draw(DESCRIPTION)}
        updates["codes"] = codes(draw)
        skills.append(rebuilt(skill, draw, updates))
    relations = [
        rebuilt(r, draw, {"reason": draw(TEXT), "weight": draw(WEIGHTS)}) for r in base.relations
    ]
    roles = []
    for role in base.roles:
        title, aliases = names(draw)
        requirements = [rebuilt(req, draw, {"weight": draw(WEIGHTS)}) for req in role.requirements]
        updates = {
            "title": title,
            "aliases": aliases,
            "description": draw(DESCRIPTION),
            "codes": codes(draw),
            "requirements": [r.model_dump() for r in requirements],
        }
        roles.append(rebuilt(role, draw, updates))
    name = draw(TEXT.map(str.strip).filter(bool))
    version = draw(st.sampled_from(["0", "1.10", "010", "2024-01-31", "NO"]))
    assert all(isinstance(x, Sector) for x in sectors)
    assert all(isinstance(x, Skill) for x in skills)
    assert all(isinstance(x, SkillRelation) for x in relations)
    assert all(isinstance(x, Role) for x in roles)
    assert all(isinstance(r, Requirement) for role in roles for r in role.requirements)
    return Taxonomy(
        name=name,
        version=version,
        sectors=tuple(sectors),
        skills=tuple(skills),
        relations=tuple(relations),
        roles=tuple(roles),
    )


def round_trip(taxonomy: Taxonomy, target: str) -> Taxonomy:
    """Dump *taxonomy* to a new file or directory and load it back."""
    workdir = tempfile.mkdtemp(prefix="careermap-roundtrip-")
    try:
        path = Path(workdir) / target
        dump_taxonomy(taxonomy, path)
        return load_taxonomy(path)
    finally:
        shutil.rmtree(workdir)


@EXAMPLES
@given(tricky_taxonomies())
def test_single_file_round_trip_is_equal_and_stable(taxonomy):
    loaded = round_trip(taxonomy, "taxonomy.yaml")
    assert loaded == taxonomy
    assert taxonomy_to_yaml(loaded) == taxonomy_to_yaml(taxonomy)  # dump, load, dump: same text


@FEWER_EXAMPLES
@given(tricky_taxonomies())
def test_directory_round_trip(taxonomy):
    """The directory form splits the same data into files: fewer examples suffice."""
    assert round_trip(taxonomy, "taxonomy") == taxonomy


def test_tricky_values_survive_by_example():
    skill = Skill(
        id="0110",
        label="NO",
        aliases=("on", "010", "- item", "key: value", "# not a comment", "\u202eevil"),
        description="line one\n\nline: two\n  indented # hash\ttab",
        codes={"isco": "0110", "onet": " 010 "},
    )
    taxonomy = Taxonomy(name="yes", version="1.10", skills=(skill,))
    for target in ("one.yaml", "folder"):
        loaded = round_trip(taxonomy, target)
        assert loaded == taxonomy
        assert loaded.skills[0].codes == {"isco": "0110", "onet": " 010 "}


@pytest.mark.parametrize("target", ["bundled.yaml", "bundled"])
def test_bundled_taxonomy_round_trips(default, target):
    assert round_trip(default, target) == default


@pytest.mark.parametrize("target", ["mini.yaml", "mini"])
def test_mini_taxonomy_round_trips(target):
    mini = load_taxonomy(MINI)
    assert round_trip(mini, target) == mini
