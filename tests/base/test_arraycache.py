"""Folders of checked .npy arrays (careermap.base.arraycache)."""

from __future__ import annotations

import numpy as np
import pytest

from careermap.base.arraycache import CHUNK, CorruptEntryError, read_group, write_group


def test_a_group_round_trips_with_its_types_and_shapes(tmp_path):
    arrays = {
        "ints": np.arange(12, dtype=np.int64).reshape(3, 4),
        "floats": np.linspace(0, 1, 5),
        "flags": np.array([True, False]),
        "empty": np.zeros(0),
        "blob": np.frombuffer(bytes(range(256)) * 1000, dtype=np.uint8),
    }
    assert write_group(tmp_path / "g", arrays, {"n": 1}, blobs=["blob"])
    group = read_group(tmp_path / "g")
    assert group is not None
    assert group.meta == {"n": 1}
    for name, array in arrays.items():
        if name == "blob":
            continue
        assert group.arrays[name].dtype == array.dtype
        assert np.array_equal(group.arrays[name], array)
    blob = group.blobs["blob"]
    assert blob.checked == 0
    assert blob.read(CHUNK - 2, CHUNK + 2) == arrays["blob"][CHUNK - 2 : CHUNK + 2].tobytes()
    assert blob.checked == 2  # only the two chunks that range touches


def test_the_first_writer_keeps_the_group(tmp_path):
    assert write_group(tmp_path / "g", {"a": np.arange(3)}, {"who": "first"})
    assert write_group(tmp_path / "g", {"a": np.arange(4)}, {"who": "second"})
    group = read_group(tmp_path / "g")
    assert group is not None
    assert group.meta == {"who": "first"}
    assert group.arrays["a"].tolist() == [0, 1, 2]
    assert [p.name for p in tmp_path.iterdir()] == ["g"]


def test_a_changed_byte_in_a_blob_is_caught_when_its_chunk_is_read(tmp_path):
    data = np.frombuffer(b"x" * (3 * CHUNK), dtype=np.uint8)
    write_group(tmp_path / "g", {"blob": data}, {}, blobs=["blob"])
    path = tmp_path / "g" / "blob.npy"
    raw = bytearray(path.read_bytes())
    raw[-1] = ord("y")
    path.write_bytes(bytes(raw))
    group = read_group(tmp_path / "g")
    assert group is not None  # opening does not read the blob
    assert group.blobs["blob"].read(0, 10) == b"x" * 10
    with pytest.raises(CorruptEntryError):
        group.blobs["blob"].read(3 * CHUNK - 5, 3 * CHUNK)


def test_a_damaged_group_is_removed(tmp_path):
    write_group(tmp_path / "g", {"a": np.arange(3)}, {})
    path = tmp_path / "g" / "a.npy"
    raw = bytearray(path.read_bytes())
    raw[-1] ^= 1
    path.write_bytes(bytes(raw))
    assert read_group(tmp_path / "g") is None
    assert not (tmp_path / "g").exists()


def test_object_arrays_are_never_written(tmp_path):
    with pytest.raises(ValueError, match=r"pickle|object"):
        write_group(tmp_path / "g", {"a": np.array([{"x": 1}], dtype=object)}, {})
    assert not (tmp_path / "g").exists()


def test_int64_values_that_fit_are_stored_as_int32_and_read_back_as_int64(tmp_path):
    arrays = {
        "small": np.array([-(2**31), 0, 2**31 - 1], dtype=np.int64),
        "large": np.array([0, 2**31], dtype=np.int64),  # does not fit: stored as is
        "empty": np.zeros(0, dtype=np.int64),
        "int32": np.arange(3, dtype=np.int32),
    }
    assert write_group(tmp_path / "g", arrays, {})
    group = read_group(tmp_path / "g")
    assert group is not None
    for name, array in arrays.items():
        assert group.arrays[name].dtype == array.dtype, name
        assert np.array_equal(group.arrays[name], array), name
    size = {p.stem: p.stat().st_size for p in (tmp_path / "g").glob("*.npy")}
    assert size["small"] == size["int32"]  # three int32 values and the same header
    assert size["large"] > size["small"]


def test_a_group_in_another_layout_is_rebuilt_without_a_warning(tmp_path, caplog, monkeypatch):
    # A group written by another careermap version (another GROUP_FORMAT) is not
    # damaged: it is removed quietly (logged at INFO) and written again.
    from careermap.base import arraycache  # noqa: PLC0415

    monkeypatch.setattr(arraycache, "GROUP_FORMAT", "careermap-arrays/0")
    assert write_group(tmp_path / "g", {"a": np.arange(3)}, {})
    monkeypatch.undo()
    with caplog.at_level("INFO", logger="careermap.base.arraycache"):
        assert read_group(tmp_path / "g") is None
    assert not (tmp_path / "g").exists()
    assert [r.levelname for r in caplog.records] == ["INFO"]
    assert "careermap-arrays/0" in caplog.records[0].getMessage()


def test_arrays_read_back_are_aligned_and_read_only_as_stored(tmp_path):
    # One buffer holds a group's files and the arrays widened from int32: each
    # array's data stays aligned, those read as stored stay read-only as before.
    arrays = {
        "flags": np.array([True, False, True]),  # an odd size before the next file
        "ints": np.arange(5, dtype=np.int64),  # stored as int32, widened on reading
        "floats": np.linspace(0, 1, 7),
        "more": np.arange(3, dtype=np.int64),
    }
    assert write_group(tmp_path / "g", arrays, {})
    group = read_group(tmp_path / "g")
    assert group is not None
    for name, array in group.arrays.items():
        assert array.ctypes.data % 8 == 0, name
        assert np.array_equal(array, arrays[name]), name
    assert not group.arrays["floats"].flags.writeable
    assert not group.arrays["flags"].flags.writeable
    assert group.arrays["ints"].dtype == np.int64


def test_a_file_longer_than_its_manifest_says_is_caught(tmp_path):
    write_group(tmp_path / "g", {"a": np.arange(3), "b": np.arange(4)}, {})
    path = tmp_path / "g" / "a.npy"
    path.write_bytes(path.read_bytes() + b"\0" * 8)
    assert read_group(tmp_path / "g") is None
    assert not (tmp_path / "g").exists()
