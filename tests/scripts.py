"""Load a script of the repository (a benchmark, an example, a docs builder) as a module."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def load_script(path: Path, name: str) -> ModuleType:
    """Import the file at *path* as the module *name*, registered in ``sys.modules``.

    Registered so that what the script defines can find its module again (dataclasses
    and pickling look a class's module up there).
    """
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
