"""Shared fixtures: the small test taxonomy and the real data sets under ../shared/data."""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import yaml

import careermap

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
MINI = TESTS / "data" / "mini"
SHARED_DATA = TESTS.parents[1] / "shared" / "data"

#: A counsellor's skills in their own words: the profile of `make demo`.
COUNSELLOR_FILE = ROOT / "examples" / "counsellor-profile.txt"
COUNSELLOR = [
    line.split("#", 1)[0].strip()
    for line in COUNSELLOR_FILE.read_text(encoding="utf-8").splitlines()
    if line.split("#", 1)[0].strip()
]
#: The tutorial's ten-skill profile ("Sam"), in a person's words.
TUTORIAL_PROFILE = [
    "listening actively",
    "CBT:4",
    "motivational interviewing:4",
    "crisis intervention",
    "trauma informed care",
    "case management",
    "advocacy",
    "clinical supervision",
    "group facilitation",
    "psychoeducation",
]
#: A short clinical profile for tests that need a few real matches quickly.
SHORT_PROFILE = ["CBT:4", "listening actively", "crisis intervention", "case management"]
PERSONAS = TESTS / "data" / "personas.yaml"


def persona_background(persona_id: str) -> tuple[dict[str, object], dict[str, object]]:
    """Return a persona of tests/data/personas.yaml and its background."""
    with PERSONAS.open(encoding="utf-8") as handle:
        found = next(p for p in yaml.safe_load(handle)["personas"] if p["id"] == persona_id)
    background = {
        "education": found["education"],
        "field": found.get("field"),
        "credentials": found.get("credentials") or [],
        "years_experience": found.get("years_experience"),
    }
    return found, background


@pytest.fixture(scope="session", autouse=True)
def disk_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every test's disk cache (CAREERMAP_CACHE_DIR): a temporary folder, never the home's."""
    folder = tmp_path_factory.mktemp("careermap-cache")
    saved = os.environ.get("CAREERMAP_CACHE_DIR")
    os.environ["CAREERMAP_CACHE_DIR"] = str(folder)
    yield folder
    if saved is None:
        os.environ.pop("CAREERMAP_CACHE_DIR", None)
    else:
        os.environ["CAREERMAP_CACHE_DIR"] = saved


@pytest.fixture(scope="session")
def mini() -> careermap.Taxonomy:
    """The hand-computable taxonomy in tests/data/mini."""
    return careermap.load_taxonomy(MINI)


@pytest.fixture(scope="session")
def default() -> careermap.Taxonomy:
    """The bundled taxonomy."""
    return careermap.load_taxonomy()


def require_shared(*parts: str) -> Path:
    """Return a path under ../shared/data; fail in CI, skip elsewhere, when it is missing."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        message = f"real data missing: {path} (the tests expect ../shared/data beside the repo)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def onet_dir() -> Path:
    """O*NET 29.3 text database."""
    return require_shared("onet-29.3")


@pytest.fixture(scope="session")
def esco_dir() -> Path:
    """ESCO v1.2.0 CSV download."""
    return require_shared("esco-1.2.0")


def read_lexically(text: str, taxonomy: careermap.Taxonomy) -> str | None:
    """Return the skill id one text reads as without the semantic layer, or ``None``."""
    profile = careermap.build_profile([text], taxonomy=taxonomy, semantic=False)
    (entry,) = profile.entries
    return entry.match.skill_id if entry.match else None


def skills_read(text: str, taxonomy: careermap.Taxonomy) -> list[str]:
    """Return every skill id one text reads as without the semantic layer, sorted."""
    profile = careermap.build_profile([text], taxonomy=taxonomy, semantic=False)
    return sorted(entry.match.skill_id for entry in profile.entries if entry.match.skill_id)


def matches_by_id(
    texts: list[str], background: dict[str, object], taxonomy: careermap.Taxonomy
) -> dict[str, careermap.RoleMatch]:
    """Return every role's match for *texts* and *background*, by role id (no semantic layer)."""
    ranking = careermap.rank_careers(
        texts, taxonomy=taxonomy, background=background, limit=None, semantic=False
    )
    return {m.role_id: m for m in ranking}


def role_verdict(role_id: str, **background: object) -> str:
    """Return the verdict on a bundled role's entry for a person with *background*."""
    from careermap.results.readiness import assess  # noqa: PLC0415 - as the tests need it

    entry = careermap.lookup_role(role_id).entry
    return assess(entry, careermap.Background(**background)).verdict  # type: ignore[arg-type]


def require_module(name: str, reason: str = "") -> ModuleType:
    """Import an optional dependency; fail in CI, skip elsewhere, when it is missing.

    CI installs every extra (``.[dev]``), so a missing one there is a broken
    install that a quiet skip would hide.
    """
    try:
        return importlib.import_module(name)
    except ImportError:
        message = f"{name} is not installed" + (f" ({reason})" if reason else "")
        if os.environ.get("CI") == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message, allow_module_level=True)


#: Fixtures that read the real data sets: tests using them are marked ``slow``.
_REAL_DATA_FIXTURES = frozenset({"onet_dir", "esco_dir", "shared_data"})
#: Test files that build wheels, start clusters, run notebooks or fuzz: ``slow`` throughout.
_SLOW_FILES = frozenset(
    {"test_packaging.py", "test_dask.py", "test_notebooks.py", "test_fuzz.py", "test_roundtrip.py"}
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark real-data and heavy tests ``slow``, so `make test-fast` leaves them out."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        reads_real_data = bool(fixtures & _REAL_DATA_FIXTURES) or (
            item.path.name == "test_cli_docs.py"
            and any(word in item.name for word in ("esco", "onet"))
        )
        if reads_real_data or item.path.name in _SLOW_FILES:
            item.add_marker(pytest.mark.slow)
