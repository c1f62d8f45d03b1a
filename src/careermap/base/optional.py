"""Optional dependencies and progress reporting, in one place.

:func:`require` imports an optional module or raises an :class:`ImportError`
that names the extra to install; :func:`start_progress` turns a ``progress=``
option (a callback, ``True`` for tqdm, or off) into one callback type,
:data:`Progress`, used by batches, DataFrames, plots, Dask and the CLI.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from typing import Any

from careermap.base.errors import MissingExtraError

__all__ = [
    "INSTALL_HINT",
    "Progress",
    "available",
    "install_hint",
    "pandas",
    "require",
    "start_progress",
]

#: How to install the optional notebook dependencies.
INSTALL_HINT = "pip install 'careermap[notebook]'"

#: A progress callback: called with (items done, total or None when unknown).
Progress = Callable[[int, "int | None"], None]


def install_hint(extra: str) -> str:
    """Return the command that installs careermap's optional *extra*.

    Examples
    --------
    >>> install_hint("dask")
    "pip install 'careermap[dask]'"
    """
    return f"pip install 'careermap[{extra}]'"


def available(module: str) -> bool:
    """Say whether *module* can be imported, without importing it.

    Examples
    --------
    >>> available("json"), available("no_such_module_zq")
    (True, False)
    """
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a parent package missing, or a broken __spec__
        return False


def require(module: str, what: str = "this", *, extra: str = "notebook") -> Any:
    """Import optional *module*, or raise :class:`~careermap.MissingExtraError` with the hint.

    Parameters
    ----------
    module : str
        The module to import, such as ``"pandas"`` or ``"matplotlib.figure"``.
    what : str
        What needs it, for the message (``"to_dataframe()"``).
    extra : str, default 'notebook'
        The careermap extra that brings it.

    Examples
    --------
    >>> require("json").__name__
    'json'
    >>> require("no_such_module_here", "plots", extra="dask")
    Traceback (most recent call last):
    ...
    careermap.MissingExtraError: plots needs no_such_module_here: pip install 'careermap[dask]'
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(module, extra=extra, what=what) from exc


def pandas(what: str) -> Any:
    """Return the pandas module, or raise an ImportError with the install hint."""
    return require("pandas", what)


def start_progress(
    progress: Progress | bool | None, total: int | None, *, unit: str
) -> tuple[Progress | None, Callable[[], None]]:
    """Return ``(callback, close)`` for *progress*: a callback, ``True`` for tqdm, or off.

    ``True`` uses ``tqdm.auto`` (a notebook widget where ipywidgets is
    installed, else a text bar); it falls back to the text bar when the widget
    cannot be made.
    """
    if progress is None or progress is False:
        return None, lambda: None
    if progress is not True:
        return progress, lambda: None
    auto = require("tqdm.auto", "progress=True")
    try:
        bar = auto.tqdm(total=total, unit=unit)
    except ImportError:  # a notebook without ipywidgets: tqdm's widget cannot be made
        bar = require("tqdm.std", "progress=True").tqdm(total=total, unit=unit)

    def update(done: int, _total: int | None) -> None:
        bar.update(done - bar.n)

    return update, bar.close
