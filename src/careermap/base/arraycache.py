"""Folders of ``.npy`` arrays with a manifest: written atomically, read only when intact.

A *group* is one folder holding ``<name>.npy`` files (``np.save`` with
``allow_pickle=False``: numbers and bytes only, never objects) and a
``manifest.json`` naming each file's size, shape, dtype and SHA-256, plus the
SHA-256 of the manifest itself. Nothing in a group is trusted before it is
checked against the manifest, and the manifest before its own digest checks:

* small arrays are read whole, hashed and compared when the group is opened
  (an ``int64`` array whose values fit is stored as ``int32`` and widened back
  on reading: half the bytes to read and hash, the same array returned);
* *blobs* (large 1-D ``uint8`` arrays: the JSON of every item of a taxonomy) are
  memory-mapped and checked :data:`CHUNK` bytes at a time, the first time a
  chunk is read (:class:`Blob`), so opening one costs no pass over its bytes.

A group that fails a check is reported as missing (``None``) or, for a blob
chunk read later, with :class:`CorruptEntryError`; the caller rebuilds it from
its sources. A group is written in a temporary sibling folder and renamed into
place; when two processes write the same group, the first rename wins and the
second discards its copy, so a reader never sees half a group.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import math
import mmap
import os
import secrets
import shutil
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from careermap.base.log import logger

if TYPE_CHECKING:  # annotations only (scoring.engine says why)
    import numpy.typing as npt

__all__ = ["CHUNK", "Blob", "CorruptEntryError", "Group", "read_group", "remove", "write_group"]


#: Identifies the layout of a group; bump it when the manifest changes shape.
GROUP_FORMAT = "careermap-arrays/2"
#: Blobs are checked in pieces of this many bytes, each on first use.
CHUNK = 1 << 16
MANIFEST = "manifest.json"


class CorruptEntryError(OSError):
    """A cached file no longer matches the digest its manifest recorded."""


def _sha(data: bytes | memoryview) -> str:
    return hashlib.sha256(data).hexdigest()


def _manifest_bytes(body: Mapping[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


def write_group(
    folder: Path,
    arrays: Mapping[str, npt.NDArray[Any]],
    meta: Mapping[str, Any],
    *,
    blobs: Collection[str] = (),
) -> bool:
    """Write *arrays* and *meta* (JSON data) as the group *folder*; ``False`` if it could not.

    Parameters
    ----------
    folder : Path
        The group's folder; its parent is created. An existing group is kept
        (the first writer wins).
    arrays : mapping of str to numpy array
        The arrays by name (a name is a file name without ``.npy``).
    meta : mapping
        JSON-compatible data kept in the manifest.
    blobs : collection of str
        Names of 1-D ``uint8`` arrays to check chunk by chunk when read.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp()) / "g"
    >>> write_group(folder, {"a": np.arange(3)}, {"kind": "demo"})
    True
    >>> group = read_group(folder)
    >>> group.meta["kind"], group.arrays["a"].tolist()
    ('demo', [0, 1, 2])
    """
    tmp = folder.with_name(f".{folder.name}.{secrets.token_hex(4)}.tmp")
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        os.mkdir(tmp)
        files: dict[str, Any] = {}
        for name, given in arrays.items():
            array, widen = _narrowed(np.ascontiguousarray(given), name in blobs)
            buffer = io.BytesIO()
            np.save(buffer, array, allow_pickle=False)
            data = buffer.getvalue()
            entry: dict[str, Any] = {
                "size": len(data),
                "shape": list(array.shape),
                "dtype": array.dtype.str,
            }
            if widen is not None:
                entry["widen"] = widen
            if name in blobs:
                if array.dtype != np.uint8 or array.ndim != 1:
                    msg = f"blob {name!r} must be a 1-D uint8 array"
                    raise ValueError(msg)
                payload = data[len(data) - array.shape[0] :]
                entry["chunks"] = [
                    _sha(payload[i : i + CHUNK]) for i in range(0, len(payload), CHUNK)
                ]
            else:
                entry["sha256"] = _sha(data)
            files[name] = entry
            (tmp / f"{name}.npy").write_bytes(data)
        body = {"format": GROUP_FORMAT, "files": files, "meta": dict(meta)}
        text = _manifest_bytes(body)
        manifest = {"body": body, "sha256": _sha(text)}
        (tmp / MANIFEST).write_bytes(_manifest_bytes(manifest))
        try:
            os.rename(tmp, folder)
        except OSError:
            if not (folder / MANIFEST).is_file():
                raise
            # Another process wrote the same group first: keep theirs.
            shutil.rmtree(tmp, ignore_errors=True)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        logger(__name__).info("could not write the cache entry %s: %s", folder, exc)
        return False
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return True


class Blob:
    """A memory-mapped 1-D byte array whose chunks are checked on first read.

    Reading a range hashes each :data:`CHUNK` it covers once (and remembers it);
    a chunk whose digest differs from the manifest raises :class:`CorruptEntryError`.
    """

    def __init__(self, path: Path, size: int, chunks: list[str]) -> None:
        self.path = path
        self.size = size
        self._chunks = chunks
        self._checked = bytearray(len(chunks))
        with path.open("rb") as handle:
            whole = os.fstat(handle.fileno()).st_size
            if whole < size:
                raise CorruptEntryError(f"{path} is shorter than its manifest says")
            self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if whole else None
        self._start = whole - size

    def read(self, start: int, end: int) -> bytes:
        """Return bytes ``start:end`` of the blob, each chunk they touch checked once."""
        if self._map is None or end <= start:
            return b""
        for chunk in range(start // CHUNK, (end - 1) // CHUNK + 1):
            if not self._checked[chunk]:
                lo = self._start + chunk * CHUNK
                hi = min(lo + CHUNK, self._start + self.size)
                if _sha(self._map[lo:hi]) != self._chunks[chunk]:
                    raise CorruptEntryError(f"{self.path}: chunk {chunk} does not match its digest")
                self._checked[chunk] = 1
        return self._map[self._start + start : self._start + end]

    @property
    def checked(self) -> int:
        """How many chunks were read (and checked) so far."""
        return sum(self._checked)


class Group:
    """An opened, checked group: its arrays, blobs and meta data."""

    def __init__(
        self,
        folder: Path,
        arrays: dict[str, npt.NDArray[Any]],
        blobs: dict[str, Blob],
        meta: dict[str, Any],
    ) -> None:
        self.folder = folder
        self.arrays = arrays
        self.blobs = blobs
        self.meta = meta


#: Where each array's data starts in a group's buffer: a cache line, as ``np.save`` aligns it.
_ALIGN = 64


def _aligned(position: int) -> int:
    return -(-position // _ALIGN) * _ALIGN


def _layout(entry: Mapping[str, Any]) -> tuple[np.dtype[Any], tuple[int, ...], int]:
    """Return an array's dtype, shape and data size (bytes) as its manifest entry names them."""
    dtype = np.dtype(entry["dtype"])
    shape = tuple(int(n) for n in entry["shape"])
    if dtype.hasobject:
        msg = "object arrays are never read"
        raise CorruptEntryError(msg)
    return dtype, shape, dtype.itemsize * math.prod(shape)


def _read_arrays(folder: Path, entries: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """Read and check the (small) arrays *entries* of the group *folder*.

    Every file is read into one buffer (each array's data aligned as ``np.save``
    aligns it), then the arrays stored as ``int32`` are widened into the same
    buffer: a buffer of a few MB is one allocation, which numpy asks the kernel to
    back with huge pages, where one read per file into fresh memory would fault in
    every 4 KiB page of it (about half the time a first ranking spent opening
    ESCO's scoring index). The arrays read as stored are read-only, as before.
    """
    places = []  # name, entry, its layout, where its file starts in the buffer
    end = 0
    for name, entry in entries.items():
        size = int(entry["size"])
        layout = _layout(entry)
        if layout[2] > size:
            msg = f"{folder / name}.npy is shorter than its shape"
            raise CorruptEntryError(msg)
        start = _aligned(end + size - layout[2]) - (size - layout[2])
        places.append((name, entry, layout, start))
        end = start + size
    widen_at = {}
    for name, entry, layout, _ in places:
        if entry.get("widen") is not None:
            end = _aligned(end)
            widen_at[name] = end
            end += 2 * layout[2]
    arena = np.empty(end, dtype=np.uint8)
    buffer = arena.data
    arrays: dict[str, Any] = {}
    for name, entry, (dtype, shape, data), start in places:
        path = os.path.join(folder, f"{name}.npy")
        size = int(entry["size"])
        raw = buffer[start : start + size]
        with open(path, "rb", buffering=0) as handle:
            if os.fstat(handle.fileno()).st_size != size or _fill(handle, raw) != size:
                msg = f"{path} does not match its digest"
                raise CorruptEntryError(msg)
        if _sha(raw) != entry["sha256"]:
            msg = f"{path} does not match its digest"
            raise CorruptEntryError(msg)
        # The file is the one written (its digest matched), so its data are its last
        # bytes: read them by the manifest's type and shape, without parsing the header
        # again (``np.load`` costs a millisecond per file in ``ast.literal_eval``).
        stored = arena[start + size - data : start + size].view(dtype)
        widen = entry.get("widen")
        if widen is None:
            stored.flags.writeable = False
            arrays[name] = stored.reshape(shape)
            continue
        if widen != _WIDE or dtype != _NARROW:
            msg = f"{path}: only int32 is widened, to int64"
            raise CorruptEntryError(msg)
        wide = arena[widen_at[name] : widen_at[name] + 2 * data].view(_WIDE)
        np.copyto(wide, stored)
        arrays[name] = wide.reshape(shape)
    return arrays


def _fill(handle: io.RawIOBase, into: memoryview) -> int:
    """Read *handle* into *into* until it is full or the file ends; return the bytes read."""
    done = 0
    while done < len(into):
        got = handle.readinto(into[done:])
        if not got:
            break
        done += got
    return done


_WIDE = np.dtype(np.int64).str
_NARROW = np.dtype(np.int32)
_INT32 = np.iinfo(np.int32)


def _narrowed(array: npt.NDArray[Any], blob: bool) -> tuple[npt.NDArray[Any], str | None]:
    """Return *array* as stored: ``int64`` values that fit go as ``int32`` (and its dtype)."""
    if blob or array.dtype != _WIDE or not array.size:
        return array, None
    if array.min() < _INT32.min or array.max() > _INT32.max:
        return array, None
    return array.astype(_NARROW), _WIDE


def read_group(folder: Path) -> Group | None:
    """Open the group *folder*, or return ``None`` when it is missing or fails a check.

    Every small array is read and checked now; blobs are checked as they are read.
    A group that fails a check is removed, so that it is written again.
    """
    try:
        raw = (folder / MANIFEST).read_bytes()
    except OSError:
        return None
    try:
        manifest = json.loads(raw)
        body = manifest["body"]
        if manifest["sha256"] != _sha(_manifest_bytes(body)):
            raise CorruptEntryError(f"{folder / MANIFEST} does not match its digest")
        if body["format"] != GROUP_FORMAT:  # not damaged: written in another layout
            logger(__name__).info("rebuilding %s, written as %s", folder, body["format"])
            remove(folder)
            return None
        blobs: dict[str, Blob] = {}
        small: dict[str, Mapping[str, Any]] = {}
        for name, entry in body["files"].items():
            path = folder / f"{name}.npy"
            if "chunks" in entry:
                if path.stat().st_size != entry["size"]:
                    raise CorruptEntryError(f"{path} is not the size its manifest says")
                blobs[name] = Blob(path, int(entry["shape"][0]), list(entry["chunks"]))
            else:
                small[name] = entry
        return Group(folder, _read_arrays(folder, small), blobs, dict(body["meta"]))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        logger(__name__).warning(
            "ignoring a damaged cache entry at %s (%s); it is rebuilt", folder, exc
        )
        remove(folder)
        return None


def remove(folder: Path) -> None:
    """Remove a (damaged) group or entry: renamed aside first, so a reader sees it whole or not."""
    aside = folder.with_name(f".{folder.name}.{secrets.token_hex(4)}.old")
    with contextlib.suppress(OSError):
        os.rename(folder, aside)
    shutil.rmtree(aside, ignore_errors=True)
