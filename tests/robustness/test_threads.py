"""A taxonomy and what is derived from it can be shared by threads.

Each test loads a FRESH taxonomy, so the lazy per-taxonomy indexes (names,
transfers, scoring; see careermap.base.cache) are built while eight threads ask for
them at once, and compares every answer with the one a single thread gets on
another fresh copy. Building an index is slowed down on purpose to widen the race.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, MutableSequence, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import pytest
from pydantic import ValidationError

import careermap
from careermap import (
    SkillNotFoundError,
    Taxonomy,
    build_graph,
    load_taxonomy,
    rank_careers,
    resolve_skill,
    similar_roles,
)

from ..conftest import TESTS

T = TypeVar("T")
THREADS = 8
DATA = TESTS.parent / "data" / "taxonomy"

PROFILES = [
    ["active listening", "CBT:4", "crisis intervention"],
    ["motivational interviewing:5", "case management:3"],
    ["lesson planning", "classroom management:2", "active listening:4"],
    {"conflict de-escalation": 4, "mediation": 3, "report writing": None},
    ["psychoeducation", "group facilitation:4", "safeguarding"],
    ["data analysis", "documentation:2"],
]
QUERIES = [
    "CBT",
    "active listening",
    "listening activly",
    "Motivational Interviewing",
    "crisis",
    "forklift operation",
    "safeguarding",
    "group facilitaton",
    "trauma informed care",
    "xyzzy",
]


def fresh() -> Taxonomy:
    """A new Taxonomy object: none of its derived indexes exists yet (nor the disk cache's)."""
    return load_taxonomy(DATA, cache=False)


def in_threads(work: Callable[[int], T]) -> list[T]:
    """Run ``work(i)`` for i in 0..7 in eight threads released together by a barrier."""
    barrier = threading.Barrier(THREADS)

    def run(i: int) -> T:
        barrier.wait(timeout=30)
        return work(i)

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        futures = [pool.submit(run, i) for i in range(THREADS)]
        return [future.result(timeout=120) for future in futures]


def rotated(items: list[Any], by: int) -> list[tuple[int, Any]]:
    """The items with their positions, starting at *by*: threads work in different orders."""
    indexed = list(enumerate(items))
    shift = by % len(indexed)
    return indexed[shift:] + indexed[:shift]


@pytest.fixture
def slow_builds(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[int]]:
    """Slow every derived index's construction down and record which taxonomy it was for."""
    built: dict[str, list[int]] = {}
    targets = {
        "names": ("careermap.resolve.names", "NameIndex"),
        "transfers": ("careermap.scoring.model", "TransferIndex"),
        "scoring": ("careermap.scoring.engine", "ScoringIndex"),
    }
    for key, (module, name) in targets.items():
        original = getattr(__import__(module, fromlist=[name]), name)
        record = built.setdefault(key, [])

        def make(original: type = original, record: list[int] = record) -> type:
            def __init__(self: Any, taxonomy: Taxonomy) -> None:  # noqa: N807 - an __init__
                record.append(id(taxonomy))
                time.sleep(0.05)
                original.__init__(self, taxonomy)

            return type(original.__name__, (original,), {"__init__": __init__})

        monkeypatch.setattr(f"{module}.{name}", make())
    return built


def test_rank_careers_from_eight_threads_equals_one_thread(slow_builds):
    reference = fresh()
    expected = [rank_careers(p, taxonomy=reference, limit=20) for p in PROFILES]
    shared = fresh()

    def work(i: int) -> list[tuple[int, careermap.Ranking]]:
        return [(n, rank_careers(p, taxonomy=shared, limit=20)) for n, p in rotated(PROFILES, i)]

    for results in in_threads(work):
        assert len(results) == len(PROFILES)
        for n, ranking in results:
            assert ranking == expected[n]
    for key in ("names", "transfers", "scoring"):
        assert slow_builds[key].count(id(shared)) == 1, f"{key} index built more than once"


def test_resolve_skill_from_eight_threads_equals_one_thread(slow_builds):
    def answer(taxonomy: Taxonomy, query: str) -> Any:
        try:
            return resolve_skill(query, taxonomy=taxonomy)
        except SkillNotFoundError as exc:
            return ("not found", str(exc), exc.suggestions)

    reference = fresh()
    expected = [answer(reference, q) for q in QUERIES]
    shared = fresh()

    def work(i: int) -> list[tuple[int, Any]]:
        return [(n, answer(shared, q)) for n, q in rotated(QUERIES, i)]

    for results in in_threads(work):
        assert len(results) == len(QUERIES)
        for n, got in results:
            assert got == expected[n]
    assert slow_builds["names"].count(id(shared)) == 1


def test_similar_roles_from_eight_threads_equals_one_thread(slow_builds):
    reference = fresh()
    role_ids = sorted(reference.role_index)[:16]
    expected = [similar_roles(r, taxonomy=reference, limit=5) for r in role_ids]
    shared = fresh()

    def work(i: int) -> list[tuple[int, careermap.Ranking]]:
        return [(n, similar_roles(r, taxonomy=shared, limit=5)) for n, r in rotated(role_ids, i)]

    for results in in_threads(work):
        for n, ranking in results:
            assert ranking == expected[n]
    assert slow_builds["scoring"].count(id(shared)) == 1


def test_mixed_calls_from_eight_threads_on_one_fresh_taxonomy():
    """Different entry points at once: each thread does a different kind of work."""
    reference = fresh()

    def graph_view(taxonomy: Taxonomy) -> Any:
        graph = build_graph(taxonomy=taxonomy)
        return sorted(graph.nodes(data=True)), sorted(
            (u, v, k, sorted(d.items())) for u, v, k, d in graph.edges(keys=True, data=True)
        )

    calls: list[Callable[[Taxonomy], Any]] = [
        lambda t: rank_careers(PROFILES[0], taxonomy=t),
        lambda t: similar_roles("school-counsellor", taxonomy=t),
        lambda t: resolve_skill("listening activly", taxonomy=t),
        lambda t: careermap.search_skills("crisis", taxonomy=t),
        lambda t: careermap.build_profile(PROFILES[2], taxonomy=t),
        graph_view,
        lambda t: list(careermap.rank_many(PROFILES, taxonomy=t, limit=3)),
        lambda t: rank_careers(PROFILES[3], taxonomy=t, sectors=["education"]),
    ]
    expected = [call(reference) for call in calls]
    shared = fresh()
    for _ in range(3):
        assert in_threads(lambda i: calls[i](shared)) == expected


def test_a_taxonomy_and_its_results_are_frozen(default):
    with pytest.raises(ValidationError):
        default.name = "changed"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        default.skills[0].label = "changed"  # type: ignore[misc]
    # A tuple when read from YAML or the compiled JSON; from the disk cache, a read-only
    # sequence standing for it (taxonomy.store._lazy_taxonomy): either way, not writable.
    assert isinstance(default.skills, Sequence)
    assert not isinstance(default.skills, MutableSequence)
    with pytest.raises(TypeError):
        default.skills[0] = default.skills[1]  # type: ignore[index]
    assert isinstance(default.roles[0].requirements, tuple)
    ranking = rank_careers(PROFILES[0], taxonomy=default, limit=2)
    with pytest.raises(ValidationError):
        ranking.matches[0].score = 1.0  # type: ignore[misc]
    assert isinstance(ranking.matches, tuple)


def test_derived_mappings_are_read_only():
    taxonomy = fresh()  # not the shared fixture: this may change it
    mappings = [taxonomy.skill_index, taxonomy.role_index, taxonomy.sector_index]
    mappings += [taxonomy.skills[0].codes, taxonomy.roles[0].codes]
    for mapping in mappings:
        try:
            mapping["intruder"] = None  # type: ignore[index]
        except TypeError:
            continue
        raise AssertionError(f"a {type(mapping).__name__} that can be changed")
