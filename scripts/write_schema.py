"""Regenerate docs/taxonomy.schema.json from the models: python scripts/write_schema.py."""

from pathlib import Path

from careermap.contract.taxonomy_schema import dumps_schema

target = Path(__file__).resolve().parents[1] / "docs" / "taxonomy.schema.json"
target.write_text(dumps_schema(), encoding="utf-8")
print(f"wrote {target}")
