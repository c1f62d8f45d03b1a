"""Layer 7, the ``careermap`` command line: a thin layer over the public API.

Owns argument parsing and error handling (:mod:`.main`), the commands
(:mod:`.commands`) and plain-text formatting (:mod:`.format`).

May import: every layer below, and :mod:`careermap.importers` on demand.
"""

from careermap.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
