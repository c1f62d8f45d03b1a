"""Regenerate docs/schema/*.json from the models: python scripts/write_result_schemas.py."""

from pathlib import Path

from careermap.contract.schemas import dumps_result_schemas

target = Path(__file__).resolve().parents[1] / "docs" / "schema"
target.mkdir(exist_ok=True)
schemas = dumps_result_schemas()
for stale in sorted({p.name for p in target.glob("*.json")} - set(schemas)):
    (target / stale).unlink()
    print(f"removed {target / stale}")
for name, text in schemas.items():
    (target / name).write_text(text, encoding="utf-8")
    print(f"wrote {target / name}")
