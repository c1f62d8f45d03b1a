"""Write the bundled taxonomy's compiled form, data/compiled/taxonomy.json, from its YAML.

    .venv/bin/python scripts/compile_taxonomy.py

The wheel ships it beside the YAML, so a first ``rank_careers`` or ``careermap
match`` reads validated JSON instead of parsing YAML. Its header holds the
fingerprint of the YAML it was built from: after any edit to data/taxonomy/ it
is no longer used (the YAML is read) until this script is run again, and
tests/taxonomy/test_load_bundled.py fails until then.
"""

from __future__ import annotations

from pathlib import Path

from careermap.taxonomy.compiled import save_compiled
from careermap.taxonomy.load import COMPILED_BUNDLED, _load, bundled_sources

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    """Compile the bundled YAML into data/compiled/taxonomy.json."""
    files, source = bundled_sources()
    target = ROOT.joinpath(*COMPILED_BUNDLED)
    save_compiled(_load([files]), target, source=source)
    print(f"wrote {target.relative_to(ROOT)} ({target.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
