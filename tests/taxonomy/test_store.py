"""The disk cache of validated taxonomies (careermap.taxonomy.store): round trips and trust."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import COUNSELLOR, MINI, ROOT, SHORT_PROFILE, require_shared

import careermap
from careermap import load_taxonomy, rank_careers, similar_roles, taxonomy_identity
from careermap.base.arraycache import CHUNK
from careermap.importers import import_esco, import_onet
from careermap.taxonomy import store
from careermap.taxonomy.compiled import save_compiled
from careermap.taxonomy.lazy import LazyItems

BUNDLED = ROOT / "data" / "taxonomy"
DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test's own."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("CAREERMAP_CACHE_DIR", str(folder))
    return folder


def entries(cache: Path) -> list[Path]:
    folder = cache / "taxonomies"
    if not folder.exists():
        return []
    return sorted(p for p in folder.iterdir() if not p.name.startswith("."))


def lazy(taxonomy: careermap.Taxonomy) -> bool:
    return isinstance(taxonomy.roles, LazyItems)


def outcomes(taxonomy: careermap.Taxonomy, role: str) -> dict[str, object]:
    """Everything a user reads: rankings with explanations, resolution, similar roles."""
    profile = careermap.build_profile(SHORT_PROFILE, taxonomy=taxonomy)
    return {
        "identity": taxonomy_identity(taxonomy),
        "profile": profile.model_dump(mode="json"),
        "ranking": [m.to_dict() for m in rank_careers(profile, taxonomy=taxonomy, limit=None)],
        "advice": [
            m.to_dict()
            for m in rank_careers(
                careermap.build_profile(COUNSELLOR, taxonomy=taxonomy),
                taxonomy=taxonomy,
                limit=15,
            )
        ],
        "similar": [m.to_dict() for m in similar_roles(role, taxonomy=taxonomy, limit=10)],
        "typo": careermap.resolve_skill("motivatonal interviewing", taxonomy=taxonomy).to_dict(),
    }


@pytest.mark.parametrize("source", [MINI, BUNDLED], ids=["mini", "bundled-yaml"])
def test_a_cached_load_gives_the_same_results(cache, source):
    reference = load_taxonomy(source, cache=False)
    role = reference.roles[0].id
    expected = outcomes(reference, role)
    first = load_taxonomy(source)  # validates, then writes the entry
    assert not lazy(first)
    assert len(entries(cache)) == 1
    again = load_taxonomy(source)  # reads the entry
    assert lazy(again)
    assert again.roles.built == 0
    assert outcomes(again, role) == expected
    # A third process-like load reads the indexes the second one added to the entry.
    third = load_taxonomy(source)
    groups = sorted(p.name for p in entries(cache)[0].iterdir())
    assert {"core", "scoring-2", "names-1"} <= set(groups)
    assert outcomes(third, role) == expected
    assert third == reference
    assert third.model_dump() == reference.model_dump()


def test_a_cached_compiled_file_gives_the_same_taxonomy(cache, tmp_path):
    path = save_compiled(load_taxonomy(MINI, cache=False), tmp_path / "mini.json")
    reference = load_taxonomy(path, cache=False)
    load_taxonomy(path)
    again = load_taxonomy(path)
    assert lazy(again)
    assert again == reference
    assert taxonomy_identity(again) == taxonomy_identity(reference)


def test_reading_one_role_builds_only_that_role(cache):
    load_taxonomy(BUNDLED)
    taxonomy = load_taxonomy(BUNDLED)
    assert taxonomy.roles.built == 0
    assert taxonomy.skills.built == 0
    role = taxonomy.role_index["school-counsellor"]
    assert taxonomy.roles.built == 1
    assert taxonomy.role_index["school-counsellor"] is role
    every = taxonomy.roles.as_tuple()  # builds the rest
    assert taxonomy.roles.built == len(taxonomy.roles)
    assert role in every
    assert every.count(role) == 1
    assert [r.id for r in every] == [r.id for r in load_taxonomy(BUNDLED, cache=False).roles]


def test_a_ranking_builds_only_the_roles_it_returns(cache):
    load_taxonomy(BUNDLED)
    rank_careers(SHORT_PROFILE, taxonomy=load_taxonomy(BUNDLED), limit=3)  # adds the indexes
    taxonomy = load_taxonomy(BUNDLED)
    matches = [m.to_dict() for m in rank_careers(SHORT_PROFILE, taxonomy=taxonomy, limit=3)]
    assert len(matches) == 3
    assert taxonomy.roles.built <= 3
    # Resolving and explaining read labels from the entry: no skill model is built
    # (objects the collector would walk again and again in a long-lived process).
    assert taxonomy.skills.built == 0


def test_credential_definitions_are_built_when_a_background_reads_them(cache):
    reference = load_taxonomy(BUNDLED, cache=False)
    load_taxonomy(BUNDLED)
    taxonomy = load_taxonomy(BUNDLED)
    assert isinstance(taxonomy.credentials, LazyItems)
    [m.to_dict() for m in rank_careers(SHORT_PROFILE, taxonomy=taxonomy, limit=3)]
    assert taxonomy.credentials.built == 0  # a ranking without a background reads none
    background = {"country": "US", "credentials": ["LPC"], "education": "master"}
    found = rank_careers(SHORT_PROFILE, taxonomy=taxonomy, background=background)
    expected = rank_careers(SHORT_PROFILE, taxonomy=reference, background=background)
    assert [m.to_dict() for m in found] == [m.to_dict() for m in expected]
    assert taxonomy.credentials.built > 0
    assert taxonomy.credentials == reference.credentials
    assert taxonomy.credential_index == reference.credential_index


def test_a_credential_definition_that_fails_validation_is_taken_from_the_sources(tmp_path):
    reference = load_taxonomy(BUNDLED, cache=False)
    fallback = store._Fallback(tmp_path / "entry", lambda: reference)
    written = [c.model_dump(mode="json") for c in reference.credentials[:2]]
    written[1]["kind"] = "not a kind"
    found = store._definitions(written, fallback)
    assert found[0] == reference.credentials[0]
    assert fallback.taxonomy is None  # nothing failed yet
    assert found[1] == reference.credentials[1]
    assert fallback.taxonomy is reference


def test_the_identity_is_the_same_however_the_taxonomy_was_loaded(cache):
    load_taxonomy(MINI)
    cached = load_taxonomy(MINI)
    assert lazy(cached)
    uncached = load_taxonomy(MINI, cache=False)
    rebuilt = careermap.Taxonomy.model_validate(uncached.model_dump(by_alias=True))
    assert taxonomy_identity(cached) == taxonomy_identity(uncached) == taxonomy_identity(rebuilt)


def _core(cache: Path) -> Path:
    (entry,) = entries(cache)
    return entry / "core"


def _flip(path: Path, at: int) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0x20
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "damage",
    ["array", "manifest", "missing", "truncated", "manifest-edited-consistently"],
)
def test_a_damaged_entry_is_rebuilt_never_served(cache, damage):
    reference = load_taxonomy(MINI, cache=False)
    load_taxonomy(MINI)
    core = _core(cache)
    if damage == "array":
        _flip(core / "role-ids.npy", -3)
    elif damage == "manifest":
        _flip(core / "manifest.json", 40)
    elif damage == "missing":
        (core / "skill-labels.npy").unlink()
    elif damage == "truncated":
        path = core / "roles.npy"
        path.write_bytes(path.read_bytes()[:-10])
    else:  # an edit that keeps the JSON valid but not the digest
        manifest = json.loads((core / "manifest.json").read_text())
        manifest["body"]["meta"]["name"] = "evil"
        (core / "manifest.json").write_text(json.dumps(manifest))
    found = load_taxonomy(MINI)
    assert not lazy(found)  # rebuilt from the sources
    assert found == reference
    assert found.name == reference.name
    again = load_taxonomy(MINI)  # and saved again, intact
    assert lazy(again)
    assert again == reference


def test_a_damaged_item_read_after_opening_is_taken_from_the_sources(cache, caplog):
    reference = load_taxonomy(BUNDLED, cache=False)
    load_taxonomy(BUNDLED)
    taxonomy = load_taxonomy(BUNDLED)
    assert lazy(taxonomy)
    blob = _core(cache) / "roles.npy"
    size = blob.stat().st_size
    _flip(blob, size - 1)  # the last role's JSON: its chunk is not checked yet
    assert size > CHUNK
    last = taxonomy.roles[-1]
    assert last == reference.roles[-1]
    assert "damaged" in caplog.text
    assert entries(cache) == []  # removed, rebuilt on the next load
    assert taxonomy == reference


def test_another_library_version_or_source_byte_makes_a_new_entry(cache, tmp_path, monkeypatch):
    folder = tmp_path / "tax"
    shutil.copytree(MINI, folder)
    load_taxonomy(folder)
    assert len(entries(cache)) == 1
    monkeypatch.setattr(store, "__version__", "99.0")
    assert not lazy(load_taxonomy(folder))
    assert len(entries(cache)) == 2
    monkeypatch.undo()
    monkeypatch.setenv("CAREERMAP_CACHE_DIR", str(cache))
    first = sorted(folder.rglob("*.yaml"))[0]
    first.write_text(first.read_text() + "\n# a comment\n")
    assert not lazy(load_taxonomy(folder))
    assert len(entries(cache)) == 3
    assert lazy(load_taxonomy(folder))


@pytest.mark.parametrize("how", ["env", "argument"])
def test_turning_the_cache_off_writes_nothing(cache, monkeypatch, how):
    if how == "env":
        monkeypatch.setenv("CAREERMAP_CACHE_DIR", "off")
        taxonomies = [load_taxonomy(MINI), load_taxonomy(MINI)]
    else:
        taxonomies = [load_taxonomy(MINI, cache=False), load_taxonomy(MINI, cache=False)]
    assert not any(lazy(t) for t in taxonomies)
    rank_careers(SHORT_PROFILE, taxonomy=taxonomies[1])
    assert not cache.exists()


def test_an_unwritable_cache_folder_works_uncached(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CAREERMAP_CACHE_DIR", str(blocker / "cache"))
    reference = load_taxonomy(MINI, cache=False)
    for _ in range(2):
        found = load_taxonomy(MINI)
        assert not lazy(found)
        assert found == reference
        assert [m.role_id for m in rank_careers(SHORT_PROFILE, taxonomy=found)]


def test_no_array_is_ever_read_with_pickle():
    source = Path(careermap.__file__).parent
    for path in source.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "allow_pickle=True" not in text, path
        assert "np.load(" not in text or "allow_pickle=False" in text, path


WRITE = """
import sys
import careermap
taxonomy = careermap.load_taxonomy(sys.argv[1])
careermap.rank_careers(["CBT:4", "case management"], taxonomy=taxonomy)
"""


def test_processes_writing_the_same_entry_at_once_leave_it_intact(cache):
    env = {**os.environ, "CAREERMAP_CACHE_DIR": str(cache)}
    command = [sys.executable, "-c", WRITE, str(BUNDLED)]
    running = [subprocess.Popen(command, env=env) for _ in range(3)]
    assert [p.wait(timeout=120) for p in running] == [0, 0, 0]
    (entry,) = entries(cache)
    assert not [p for p in entry.rglob("*") if p.name.startswith(".")]  # no leftovers
    taxonomy = load_taxonomy(BUNDLED)
    assert lazy(taxonomy)
    assert taxonomy == load_taxonomy(BUNDLED, cache=False)


def test_a_cached_taxonomy_pickles_as_tuples(cache):
    import pickle  # noqa: PLC0415 - only here

    load_taxonomy(MINI)
    taxonomy = load_taxonomy(MINI)
    copy = pickle.loads(pickle.dumps(taxonomy))  # noqa: S301 - our own object
    assert isinstance(copy.roles, tuple)
    assert copy == taxonomy


@pytest.mark.parametrize(
    ("importer", "folder"),
    [(import_esco, DATA / "esco-mini"), (import_onet, DATA / "onet-mini")],
    ids=["esco", "onet"],
)
def test_importers_use_the_cache(cache, importer, folder):
    reference = importer(folder, cache=False)
    assert not lazy(importer(folder))
    again = importer(folder)
    assert lazy(again)
    role = reference.roles[0].id
    assert [m.to_dict() for m in similar_roles(role, taxonomy=again)] == [
        m.to_dict() for m in similar_roles(role, taxonomy=reference)
    ]
    again = importer(folder)  # with the indexes the last one saved
    assert again == reference
    assert taxonomy_identity(again) == taxonomy_identity(reference)
    # Mappings compare equal in any order: what a user sees must also be in the same order.
    assert again.model_dump_json() == reference.model_dump_json()
    assert [m.to_dict() for m in similar_roles(role, taxonomy=again)] == [
        m.to_dict() for m in similar_roles(role, taxonomy=reference)
    ]


@pytest.mark.slow
def test_full_onet_from_the_cache_gives_the_same_results(cache):
    folder = require_shared("onet-29.3")
    reference = import_onet(folder, cache=False)
    import_onet(folder)
    roles = [reference.roles[i].id for i in (0, 100, 500)]
    for attempt in range(2):  # the first builds and saves the indexes, the second reads them
        again = import_onet(folder)
        assert lazy(again), attempt
        for role in roles:
            assert [m.to_dict() for m in similar_roles(role, taxonomy=again)] == [
                m.to_dict() for m in similar_roles(role, taxonomy=reference)
            ]
        profile = [(s.id, 3) for s in reference.skills[:20]]
        assert rank_careers(profile, taxonomy=again) == rank_careers(profile, taxonomy=reference)
        assert taxonomy_identity(again) == taxonomy_identity(reference)


def test_the_load_size_limit_is_the_yaml_readers():
    from careermap.taxonomy import load, safe_yaml  # noqa: PLC0415

    assert load.MAX_FILE_BYTES == safe_yaml.MAX_FILE_BYTES


CHECK_IMPORTS = """
import sys
import careermap
taxonomy = careermap.load_taxonomy(sys.argv[1])
careermap.rank_careers(["CBT:4", "case management"], taxonomy=taxonomy)
print(type(taxonomy.roles).__name__, "yaml" in sys.modules)
"""


def test_a_cached_load_never_imports_the_yaml_parser(cache):
    env = {**os.environ, "CAREERMAP_CACHE_DIR": str(cache)}
    command = [sys.executable, "-c", CHECK_IMPORTS, str(BUNDLED)]
    first = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    assert first.stdout.split() == ["tuple", "True"]
    again = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    assert again.stdout.split() == ["LazyItems", "False"]


RANK_IDS = """
import sys
import careermap
taxonomy = careermap.load_taxonomy(sys.argv[1])
careermap.rank_careers([(s.id, 3) for s in taxonomy.skills[:20]], taxonomy=taxonomy)
print(" ".join(sorted(m for m in sys.modules if m.startswith(tuple(sys.argv[2:])))))
"""


def test_a_ranking_of_ids_from_the_cache_imports_only_what_it_uses(cache):
    # A service answering with skill ids pays for no fuzzy matcher, narrative
    # extractor, file writer or YAML parser: each costs milliseconds of a fresh
    # process (benchmarks/bench_fast.py, "cache warm"). Nor for the YAML file's model
    # or the cross-file checks, which only reading and checking files need, nor for the
    # views of a ranking or a profile (text, repr, HTML, data frames), drawn when shown,
    # nor for numpy.typing, which only annotations use, or the tables of countries and
    # nations, which only a background's country reads (thirty-fourth round).
    unused = [
        "rapidfuzz",
        "numpy.typing",
        "careermap.base.countries",
        "careermap.base.nations",
        "yaml",
        "careermap.resolve.extract",
        "careermap.base.atomic",
        "careermap.taxonomy.files",
        "careermap.taxonomy.validate",
        "careermap.results.display",
        "careermap.results.plain",
        "careermap.results.frames",
        "careermap.resolve.display",
    ]
    env = {**os.environ, "CAREERMAP_CACHE_DIR": str(cache)}
    command = [sys.executable, "-c", RANK_IDS, str(BUNDLED), *unused]
    subprocess.run(command, env=env, capture_output=True, text=True, check=True)  # writes
    again = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    assert again.stdout.split() == []


RANK_IDS_PATTERNS = """
import sys
import careermap
from careermap.resolve import codes
taxonomy = careermap.load_taxonomy(sys.argv[1])
careermap.rank_careers([(s.id, 3) for s in taxonomy.skills[:20]], taxonomy=taxonomy)
print(codes._code.cache_info().currsize, codes._version.cache_info().currsize)
careermap.rank_careers(["PEPs", "CBT:4"], taxonomy=taxonomy)  # PEP, not PEPS
print(codes._code.cache_info().currsize)
"""


def test_a_ranking_of_ids_compiles_no_code_expression(cache):
    # resolve.codes is imported by the resolver, which reads an id that is also a name
    # as that name: its expressions are compiled when a text is first tested for a
    # code, which a ranking of ids never does (thirty-fourth round, issue 12).
    env = {**os.environ, "CAREERMAP_CACHE_DIR": str(cache)}
    command = [sys.executable, "-c", RANK_IDS_PATTERNS, str(BUNDLED)]
    subprocess.run(command, env=env, capture_output=True, text=True, check=True)  # writes
    again = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    assert again.stdout.split() == ["0", "0", "1"]


def test_eight_threads_share_a_cached_taxonomy(cache):
    from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

    reference = load_taxonomy(BUNDLED, cache=False)
    expected = [m.to_dict() for m in rank_careers(SHORT_PROFILE, taxonomy=reference)]
    load_taxonomy(BUNDLED)
    shared = load_taxonomy(BUNDLED)
    assert lazy(shared)

    ids = [r.id for r in reference.roles]

    def work(i: int) -> tuple[list[dict[str, object]], dict[str, int]]:
        order = ids[i * 7 :] + ids[: i * 7]  # each thread in another order
        objects = {role: id(shared.role_index[role]) for role in order}
        return [m.to_dict() for m in rank_careers(SHORT_PROFILE, taxonomy=shared)], objects

    with ThreadPoolExecutor(max_workers=8) as pool:
        found = list(pool.map(work, range(8)))
    for matches, objects in found:
        assert matches == expected
        assert objects == found[0][1]  # the same object for each role: each built once
    assert shared.roles == reference.roles


@pytest.mark.parametrize(
    "group",
    ["scoring-2", "scoring-explain-1", "names-1", "id-names-1", "context-1", "missing-explain"],
)
def test_a_damaged_index_group_is_rebuilt_never_served(cache, group):
    reference = load_taxonomy(BUNDLED, cache=False)
    role = reference.roles[3].id
    expected = outcomes(reference, role)
    load_taxonomy(BUNDLED)
    outcomes(load_taxonomy(BUNDLED), role)  # writes every index group
    (entry,) = entries(cache)
    if group == "missing-explain":
        shutil.rmtree(entry / "scoring-explain-1")
    else:
        target = max((entry / group).glob("*.npy"), key=lambda p: p.stat().st_size)
        _flip(target, -1)
    assert outcomes(load_taxonomy(BUNDLED), role) == expected
    assert outcomes(load_taxonomy(BUNDLED), role) == expected  # the group written again
    assert (entry / group).is_dir() or group == "missing-explain"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text()))
def test_packed_strings_read_back_as_written(strings: list[str]) -> None:
    # NUL-terminated, or a JSON list when a string holds a NUL; empty strings and
    # strings starting with "[" included (st.text() draws no lone surrogates).
    packed = store.pack_strings(strings)
    assert packed.dtype == "uint8"
    assert store.unpack_strings(packed) == strings
    assert store.unpack_strings(packed[:]) == strings  # a view reads the same


def test_packed_strings_that_lost_their_last_terminator_are_refused() -> None:
    packed = store.pack_strings(["a", "b"])
    with pytest.raises(ValueError, match="not a packed list"):
        store.unpack_strings(packed[:-1])


def test_a_profile_of_ids_from_the_cache_never_opens_the_names(cache):
    # ESCO's ids are URIs, never names: a service ranking profiles of ids reads
    # the entry's small group of ids-that-are-names, not its 26k names.
    from careermap.base.cache import _entries  # noqa: PLC0415 - what was built

    folder = DATA / "esco-mini"
    reference = import_esco(folder, cache=False)
    ids = [skill.id for skill in reference.skills[:8]]
    named = reference.skills[0].label  # a label among the ids: resolved by the names
    expected = careermap.build_profile([*ids, named], taxonomy=reference)
    first = import_esco(folder)
    assert careermap.build_profile([*ids, named], taxonomy=first) == expected  # writes the groups
    again = import_esco(folder)
    assert lazy(again)
    only_ids = careermap.build_profile(ids, taxonomy=again)
    assert "names" not in _entries[id(again)]
    assert [entry.match.method for entry in only_ids.entries] == ["id"] * len(ids)
    assert careermap.build_profile([*ids, named], taxonomy=again) == expected
    assert "names" in _entries[id(again)]


@pytest.mark.parametrize("reader", ["lazy", "from-sources"])
def test_a_cached_scoring_index_equals_the_one_built(cache, reader):
    # The group keeps no ids of its own: a taxonomy read from the entry gives its
    # stored ids (and shares its id positions), one loaded from its sources its items'.
    from careermap.base.arraycache import read_group  # noqa: PLC0415
    from careermap.scoring.engine import ScoringIndex, scoring_index  # noqa: PLC0415
    from careermap.scoring.stored import GROUP, _rebuild  # noqa: PLC0415

    built = ScoringIndex(load_taxonomy(BUNDLED, cache=False))
    scoring_index(load_taxonomy(BUNDLED))  # writes the entry, then its scoring group
    taxonomy = load_taxonomy(BUNDLED) if reader == "lazy" else load_taxonomy(BUNDLED, cache=False)
    assert lazy(taxonomy) == (reader == "lazy")
    (entry,) = entries(cache)
    group = read_group(entry / GROUP)
    assert group is not None
    assert "skill_ids" not in group.arrays
    read = _rebuild(group.arrays, group.meta, taxonomy)
    for name, value in vars(built).items():
        if name == "out_transfer":  # rebuilt lazily by load_scoring
            continue
        mine = vars(read)[name]
        if isinstance(value, np.ndarray):
            assert mine.dtype == value.dtype, name
            assert np.array_equal(mine, value), name
        else:
            assert mine == value, name
    if reader == "lazy":
        assert read.skill_pos is taxonomy.skill_index.positions  # type: ignore[attr-defined]


def test_the_places_registering_as_another_country_key_the_entry(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Forty-second round (cred42): loading gives each place of base.registers.REGISTERED_AS
    # its country's entries, outside the files; the Falkland Islands' addition was kept
    # out of a cache keyed by the files alone, and the stale taxonomy was read.
    before = store.entry_folder("same sources")
    monkeypatch.setattr(store, "REGISTERED_AS", {**store.REGISTERED_AS, "XX": "GB"})
    after = store.entry_folder("same sources")
    assert before is not None
    assert after is not None
    assert before != after
