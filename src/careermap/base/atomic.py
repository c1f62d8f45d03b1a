"""Writing files and folders atomically: a reader sees the old content or the new, never a mix.

Everything is written to a temporary sibling (``.NAME.RANDOM.tmp``) and renamed
into place, so a full disk, an exception, Ctrl-C or a kill halfway leaves the
old file or folder as it was. The temporary sibling is removed on any failure,
``KeyboardInterrupt`` included (a ``SIGKILL`` can still leave one behind,
named so that taxonomy folders skip it). Files are created with mode
``0o666`` and folders with ``0o777``, both less the umask, as ``open`` would.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

__all__ = ["TargetExistsError", "atomic_folder", "holds_files", "write_atomic"]


class TargetExistsError(FileExistsError):
    """The folder to write already holds files, and replacing it was not asked for."""


def holds_files(path: str | os.PathLike[str]) -> bool:
    """Whether *path* is a folder with anything in it (the directory handle is closed at once).

    ``any(path.iterdir())`` would leave an open directory iterator behind on
    Pythons whose ``iterdir`` uses ``os.scandir``.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> holds_files(folder), holds_files(folder / "missing")
    (False, False)
    """
    if not Path(path).is_dir():
        return False
    with os.scandir(path) as entries:
        return next(entries, None) is not None


def _sibling(target: Path, kind: str) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.{kind}")


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Write *data* (text as UTF-8) to *path* through a temporary sibling and a rename.

    The parent folder must exist. The old file, if any, stays whole until the
    new one is complete and flushed to disk.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> write_atomic(folder / "a.txt", "new").read_text()
    'new'
    >>> sorted(p.name for p in folder.iterdir())
    ['a.txt']
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    tmp = _sibling(target, "tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(tmp, flags, 0o666)  # the umask applies, as for open()
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target


@contextlib.contextmanager
def atomic_folder(path: str | os.PathLike[str], *, replace: bool = False) -> Iterator[Path]:
    """Yield a fresh temporary folder; on success it takes *path*'s place whole.

    A *path* that is a non-empty folder is refused with :class:`TargetExistsError`
    unless *replace* is true; then the old folder is swapped out only once the
    new one is complete, and removed. On any failure (``KeyboardInterrupt``
    included) the temporary folder is removed and *path* is left as it was.

    Examples
    --------
    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "out"
    >>> with atomic_folder(target) as tmp:
    ...     _ = (tmp / "a.yaml").write_text("name: t")
    >>> sorted(p.name for p in target.iterdir())
    ['a.yaml']
    """
    target = Path(path)
    if target.exists() and not target.is_dir():
        raise NotADirectoryError(f"{target} exists and is not a folder")
    if holds_files(target) and not replace:
        msg = f"{target} is a folder that already holds files"
        raise TargetExistsError(msg)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _sibling(target, "tmp")
    os.mkdir(tmp, 0o777)  # the umask applies
    try:
        yield tmp
        _swap(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _swap(new: Path, target: Path, rename: Callable[[Path, Path], None] = os.replace) -> None:
    """Move the folder *new* to *target*, replacing an existing folder there whole."""
    if not target.exists():
        rename(new, target)
        return
    old = _sibling(target, "old")
    rename(target, old)
    try:
        rename(new, target)
    except BaseException:
        rename(old, target)  # put the old folder back
        raise
    shutil.rmtree(old, ignore_errors=True)
