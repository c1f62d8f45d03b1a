"""careermap.dask: ranking a Dask DataFrame equals rank_many, on a two-worker local cluster."""

from __future__ import annotations

import json
import math
import pickle
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

import careermap
from careermap import dask as cdask
from careermap.scoring.engine import scoring_index

from .conftest import require_module

pd = require_module("pandas", "the dask extra is not installed")
dd = require_module("dask.dataframe", "the dask extra is not installed")
distributed = require_module("distributed", "the dask extra is not installed")
cloudpickle = require_module("cloudpickle", "the dask extra is not installed")

TEXTS = [
    "active listening",
    "CBT",
    "motivational interviewing",
    "crisis intervention",
    "case management",
    "advocacy",
    "recruitment",
    "coaching",
    "group facilitation",
    "psychoeducation",
    "teaching",
    "trauma informed care",
    "listening activly",
    "forklift operation",
]


def profiles(count: int) -> list[list[str]]:
    """Deterministic, varied profiles: 1-5 skills, some with levels, typos and unknowns."""
    out = []
    for i in range(count):
        size = 1 + i % 5
        chosen = [TEXTS[(i * 7 + k * 3) % len(TEXTS)] for k in range(size)]
        out.append([f"{t}:{1 + (i + k) % 5}" if (i + k) % 3 else t for k, t in enumerate(chosen)])
    # Every profile must resolve something: the unknown skill never stands alone.
    out = [p if p != ["forklift operation"] else [*p, "CBT"] for p in out]
    return [one_level_per_skill(p) for p in out]


def one_level_per_skill(profile: list[str]) -> list[str]:
    """Drop the level of a later text naming a skill already given (two levels are an error)."""
    seen: set[str | None] = set()
    kept = []
    for item in profile:
        text = item.rpartition(":")[0] if ":" in item else item
        skill_id = careermap.resolve_skill(text).skill_id
        kept.append(item if skill_id not in seen or skill_id is None else text)
        seen.add(skill_id)
    return kept


def expected_frame(
    batch: list[Any], *, taxonomy: careermap.Taxonomy | None = None, explain: bool = False
) -> pd.DataFrame:
    """What rank_dataframe should give, built from rank_many."""
    rows = []
    index = []
    for i, ranking in enumerate(careermap.rank_many(batch, taxonomy=taxonomy, limit=5)):
        for match in ranking:
            index.append(i)
            row = {
                "rank": match.rank,
                "role_id": match.role_id,
                "score": match.score,
                "coverage": match.coverage,
                "utilisation": match.utilisation,
            }
            if explain:
                row["match"] = match.model_dump_json()
            row["unresolved"] = json.dumps([e.text for e in ranking.profile.unresolved])
            row["error"] = ""
            rows.append(row)
    return pd.DataFrame(rows, index=pd.Index(index, dtype="int64"))


def assert_same(result: pd.DataFrame, expected: pd.DataFrame) -> None:
    assert list(result.columns) == list(expected.columns)
    assert list(result.index) == list(expected.index)
    for name in expected.columns:
        # Exact equality: the same code computes both, so no tolerance is needed.
        assert list(result[name]) == list(expected[name]), name


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    # A random port for the scheduler's HTTP server: with dashboard_address=None it
    # still binds 8787, and the cluster failed to start while another test run held it.
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    client = distributed.Client(cluster)
    # The workers cannot import this test module: send its functions by value.
    module = sys.modules[__name__]
    cloudpickle.register_pickle_by_value(module)
    try:
        client.run(install_counters)
        yield client
    finally:
        cloudpickle.unregister_pickle_by_value(module)
        client.close()
        cluster.close()


def install_counters() -> None:
    """On a worker: count ScoringIndex builds and Taxonomy unpicklings."""
    from careermap.scoring import engine  # noqa: PLC0415 - runs on the worker
    from careermap.taxonomy import models  # noqa: PLC0415 - runs on the worker

    counts = {"index": 0, "unpickle": 0}
    init = engine.ScoringIndex.__init__
    setstate = models.Taxonomy.__setstate__

    def counting_init(self: Any, taxonomy: Any) -> None:
        counts["index"] += 1
        init(self, taxonomy)

    def counting_setstate(self: Any, state: Any) -> None:
        counts["unpickle"] += 1
        setstate(self, state)

    engine.ScoringIndex.__init__ = counting_init  # type: ignore[method-assign]
    models.Taxonomy.__setstate__ = counting_setstate  # type: ignore[method-assign]
    engine.test_counts = counts  # type: ignore[attr-defined]


def read_counters() -> dict[str, int]:
    from careermap.scoring import engine  # noqa: PLC0415 - runs on the worker

    return dict(engine.test_counts)  # type: ignore[attr-defined]


def counters(client: Any) -> dict[str, dict[str, int]]:
    return client.run(read_counters)  # type: ignore[no-any-return]


def test_on_a_cluster_equals_rank_many(client, default):
    batch = profiles(120)
    frame = pd.DataFrame({"skills": [json.dumps(p) for p in batch]})
    ddf = dd.from_pandas(frame, npartitions=8)
    ranked = cdask.rank_dataframe(ddf, limit=5)
    assert ranked.divisions == ddf.divisions
    assert_same(ranked.compute(), expected_frame(batch, taxonomy=default))


def test_explanations_travel_as_role_match_json(client, default):
    batch = profiles(30)
    frame = pd.DataFrame({"skills": [json.dumps(p) for p in batch]})
    ranked = cdask.rank_dataframe(dd.from_pandas(frame, npartitions=3), limit=5, explain=True)
    result = ranked.compute()
    assert_same(result, expected_frame(batch, explain=True))
    first = careermap.RoleMatch.model_validate_json(result["match"].iloc[0])
    assert first == careermap.rank_careers(batch[0], taxonomy=default, limit=5)[0]


def test_a_custom_taxonomy_is_shipped_once_per_worker(client, mini):
    batch = [["cbt:4", "listening"], ["crisis", "teaching:2"], ["payroll"], ["listening:5"]] * 10
    frame = pd.DataFrame({"skills": [json.dumps(p) for p in batch]})
    ddf = dd.from_pandas(frame, npartitions=16)
    before = counters(client)
    ranked = cdask.rank_dataframe(ddf, taxonomy=mini, limit=5)
    graph = pickle.dumps(dict(ranked.__dask_graph__()))
    assert b"Payroll clerk" in pickle.dumps(mini)
    assert b"Payroll clerk" not in graph, "the taxonomy travels inside the graph"
    assert_same(ranked.compute(), expected_frame(batch, taxonomy=mini))
    after = counters(client)
    assert set(after) == set(before)
    assert len(after) == 2
    for worker in after:
        built = after[worker]["index"] - before[worker]["index"]
        unpickled = after[worker]["unpickle"] - before[worker]["unpickle"]
        # The index is built at most once per worker for 16 partitions (0 if an earlier
        # test already had it there). The taxonomy arrives once, or twice when Dask
        # fetches a released dependency again (work stealing): never once per task (~8).
        assert built <= 1, (worker, built)
        assert unpickled <= 2, (worker, unpickled)
    # Ranking the same data again rebuilds nothing; the taxonomy is not shipped per task
    # (Dask may fetch a released dependency again under load, as above: at most twice).
    assert_same(ranked.compute(), expected_frame(batch, taxonomy=mini))
    again = counters(client)
    for worker in again:
        assert again[worker]["index"] == after[worker]["index"], worker
        assert again[worker]["unpickle"] - after[worker]["unpickle"] <= 2, (worker, again)


def test_the_bundled_taxonomy_is_never_shipped(client):
    batch = profiles(40)
    frame = pd.DataFrame({"skills": [json.dumps(p) for p in batch]})
    before = counters(client)
    cdask.rank_dataframe(dd.from_pandas(frame, npartitions=8), limit=3).compute()
    after = counters(client)
    for worker in after:
        assert after[worker]["unpickle"] == before[worker]["unpickle"]
        assert after[worker]["index"] - before[worker]["index"] <= 1


# Without a cluster: Dask's local schedulers.


def test_cells_may_be_json_lists_mappings_or_arrow_lists(default):
    pa = require_module("pyarrow")
    batch = [["CBT:4", "active listening"], ["recruitment", "coaching:2"]]
    expected = expected_frame(batch, taxonomy=default)
    forms = {
        "json strings": [json.dumps(p) for p in batch],
        "json objects": [
            json.dumps(
                [{"text": "CBT", "level": 4}, {"text": "active listening"}],
            ),
            json.dumps([{"text": "recruitment"}, {"text": "coaching", "level": 2}]),
        ],
        "json mapping": [
            json.dumps({"CBT": 4, "active listening": None}),
            json.dumps({"recruitment": None, "coaching": 2}),
        ],
        "arrow lists": pd.Series(batch, dtype=pd.ArrowDtype(pa.list_(pa.string()))),
    }
    for name, column in forms.items():
        ddf = dd.from_pandas(pd.DataFrame({"skills": column}), npartitions=2)
        result = cdask.rank_dataframe(ddf, limit=5).compute(scheduler="sync")
        assert list(result["role_id"]) == list(expected["role_id"]), name
        assert list(result["score"]) == list(expected["score"]), name


def test_a_series_and_a_named_index(default):
    batch = [["CBT:4"], ["advocacy", "case management"], ["teaching"]]
    series = pd.Series(
        [json.dumps(p) for p in batch],
        index=pd.Index(["ann", "bo", "cy"], name="person"),
        name="profile",
    )
    result = cdask.rank_dataframe(dd.from_pandas(series, npartitions=2), limit=2).compute(
        scheduler="sync"
    )
    assert result.index.name == "person"
    assert list(result.index) == ["ann", "ann", "bo", "bo", "cy", "cy"]


def test_the_processes_scheduler_builds_the_index_once_per_process(mini):
    # Each task unpickles its own copy there; the registry maps them all to one.
    shipped = cdask._Shipped(careermap.taxonomy_identity(mini).sha256, mini)
    first = pickle.loads(pickle.dumps(shipped)).resolve()  # noqa: S301 - our own bytes
    second = pickle.loads(pickle.dumps(shipped)).resolve()  # noqa: S301 - our own bytes
    assert first is second
    assert first is not mini
    assert scoring_index(first) is scoring_index(second)


def test_bad_arguments_fail_before_anything_runs():
    ddf = dd.from_pandas(pd.DataFrame({"skills": ['["CBT"]']}), npartitions=1)
    with pytest.raises(careermap.OptionError, match=r"no column 'profile'.*columns: skills"):
        cdask.rank_dataframe(ddf, "profile")
    with pytest.raises(ValueError, match="limit"):
        cdask.rank_dataframe(ddf, limit=0)
    with pytest.raises(careermap.SectorNotFoundError, match="'space'"):
        cdask.rank_dataframe(ddf, sectors=["space"])


@pytest.mark.parametrize(
    ("cell", "says"),
    [
        ('["forklift operation"]', "none of the profile's skills is recognised"),
        ("['CBT', 'advocacy']", "dataframe.convert-string"),
        ('["CBT:9"]', "levels run from 1"),
        ("[]", "the profile is empty"),
    ],
)
def test_a_bad_profile_is_named_by_its_index(cell, says):
    frame = pd.DataFrame({"skills": ['["CBT"]', cell]}, index=pd.Index([10, 11]))
    ranked = cdask.rank_dataframe(dd.from_pandas(frame, npartitions=1))
    with pytest.raises(careermap.ProfileError, match="profile at index 11") as info:
        ranked.compute(scheduler="sync")
    assert says in str(info.value)


def test_recorded_row_errors_leave_the_other_rows_ranked():
    cells = [
        '["CBT", "forklift operation"]',
        '["forklift operation"]',
        "['CBT', 'advocacy']",
        '["CBT:9"]',
        '["active listening"]',
    ]
    frame = pd.DataFrame({"skills": cells}, index=pd.Index([10, 11, 12, 13, 14]))
    ranked = cdask.rank_dataframe(
        dd.from_pandas(frame, npartitions=2), limit=2, errors="record", explain=True
    ).compute(scheduler="sync")
    good = careermap.rank_many([["CBT", "forklift operation"], ["active listening"]], limit=2)
    first, last = list(good)
    by_index = {label: ranked.loc[[label]] for label in (10, 11, 12, 13, 14)}
    assert list(by_index[10]["role_id"]) == [m.role_id for m in first]
    assert list(by_index[10]["unresolved"]) == ['["forklift operation"]'] * 2
    assert list(by_index[10]["error"]) == ["", ""]
    assert list(by_index[14]["role_id"]) == [m.role_id for m in last]
    assert list(by_index[14]["unresolved"]) == ["[]"] * 2
    for label, says, unresolved in (
        (11, "none of the profile's skills is recognised", '["forklift operation"]'),
        (12, "dataframe.convert-string", "[]"),
        (13, "levels run from 1", "[]"),
    ):
        (row,) = by_index[label].itertuples()
        assert (row.rank, row.role_id, row.match, row.unresolved) == (0, "", "", unresolved)
        assert math.isnan(row.score)
        assert says in row.error


def test_a_profile_no_role_scores_for_still_shows_what_did_not_resolve():
    frame = pd.DataFrame({"skills": ['["CBT", "forklift operation"]', '["active listening"]']})
    ranked = cdask.rank_dataframe(
        dd.from_pandas(frame, npartitions=1), limit=3, min_score=0.99
    ).compute(scheduler="sync")
    assert not len(careermap.rank_careers(["CBT"], min_score=0.99))  # nothing scores so high
    assert list(ranked.index) == [0, 1]
    assert list(ranked["rank"]) == [0, 0]
    assert list(ranked["role_id"]) == ["", ""]
    assert list(ranked["unresolved"]) == ['["forklift operation"]', "[]"]
    assert list(ranked["error"]) == ["", ""]
    assert ranked["score"].isna().all()


def test_an_unknown_error_policy_is_refused_at_once():
    frame = pd.DataFrame({"skills": ['["CBT"]']})
    with pytest.raises(careermap.OptionError, match="'raise' or 'record'"):
        cdask.rank_dataframe(dd.from_pandas(frame, npartitions=1), errors="skip")


def test_importing_careermap_dask_imports_no_dask():
    code = (
        "import sys\n"
        "import careermap.dask\n"
        "assert not [m for m in sys.modules if m.split('.')[0] in {'dask', 'distributed', "
        "'pandas'}]\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_a_missing_dask_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.dataframe", None)
    with pytest.raises(ImportError, match=r"pip install 'careermap\[dask\]'"):
        cdask.rank_dataframe(object())
