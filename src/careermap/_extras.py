"""Optional extras: import a module that an extra installs, or say how to install it.

One place builds the install hint, so every message names the same command.
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

__all__ = ["MissingExtraError", "available", "install_hint", "require"]


class MissingExtraError(ImportError):
    """A feature needs a package that one of careermap's extras installs.

    Examples
    --------
    >>> str(MissingExtraError("no_such_module", extra="semantic"))
    "this needs the package providing 'no_such_module': pip install 'careermap[semantic]'"
    """

    def __init__(self, module: str, *, extra: str) -> None:
        super().__init__(
            f"this needs the package providing {module!r}: {install_hint(extra)}", name=module
        )
        self.extra = extra


def install_hint(extra: str) -> str:
    """Return the command that installs careermap's *extra*.

    Examples
    --------
    >>> install_hint("semantic")
    "pip install 'careermap[semantic]'"
    """
    return f"pip install 'careermap[{extra}]'"


def available(module: str) -> bool:
    """Whether *module* can be imported (without importing it).

    Examples
    --------
    >>> available("json"), available("no_such_module_zq")
    (True, False)
    """
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a parent package missing, or a broken __spec__
        return False


def require(module: str, *, extra: str) -> ModuleType:
    """Import *module*, or raise :class:`MissingExtraError` naming careermap's *extra*.

    Examples
    --------
    >>> require("json", extra="semantic").__name__
    'json'
    """
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise MissingExtraError(module, extra=extra) from error
