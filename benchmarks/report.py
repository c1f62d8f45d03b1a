"""Write a benchmark's results into a marked section of a Markdown file."""

from __future__ import annotations

from pathlib import Path


def replace_section(path: Path, name: str, body: str) -> None:
    """Replace the text between ``<!-- name:start -->`` and ``<!-- name:end -->``."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    text = path.read_text(encoding="utf-8")
    if start not in text or end not in text:
        msg = f"{path} has no {start} ... {end} markers"
        raise SystemExit(msg)
    before, rest = text.split(start, 1)
    _, after = rest.split(end, 1)
    path.write_text(f"{before}{start}\n{body}{end}{after}", encoding="utf-8")
    print(f"updated the {name!r} section of {path}")
