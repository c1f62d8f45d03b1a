"""Regenerate every published JSON Schema from the models: python scripts/write_schemas.py.

Writes docs/taxonomy.schema.json and docs/schema/*.json (removing stale ones).
"""

from pathlib import Path

from careermap.contract.schemas import write_schemas

for path in write_schemas(Path(__file__).resolve().parents[1] / "docs"):
    print(f"{'wrote' if path.exists() else 'removed'} {path}")
