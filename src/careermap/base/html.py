"""HTML primitives every layer builds its notebook views from.

Every piece of text that comes from a person or a taxonomy (profile entries,
labels, titles, reasons, descriptions) is escaped with :func:`html.escape`, so
a label such as ``<script>`` shows as text. The HTML uses inline styles only and
no scripts; long rankings are cut at :data:`MAX_ROWS` rows with a note.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = [
    "KIND_COLOURS",
    "MAX_ROWS",
    "MUTED",
    "bar",
    "box",
    "escape",
    "fields",
    "kind_mark",
    "more",
    "table",
]

#: Colours of direct, transferred and gap requirements (Okabe-Ito: safe for colour blindness).
KIND_COLOURS = {"direct": "#0072B2", "transferred": "#E69F00", "gap": "#D55E00"}
#: Most rows an HTML table shows.
MAX_ROWS = 50

MUTED = "color:#666"


def escape(value: object) -> str:
    """Return *value* as text, HTML-escaped (quotes included)."""
    # The stdlib module imports its entity tables (2 ms): only when a view is drawn.
    import html  # noqa: PLC0415

    return html.escape(str(value), quote=True)


def bar(value: float, colour: str = KIND_COLOURS["direct"], width: int = 70) -> str:
    """Return *value* with a small horizontal bar for it (0-1)."""
    share = max(0.0, min(1.0, value))
    return (
        '<span style="white-space:nowrap">'
        f'<span style="display:inline-block;width:{width}px;height:0.7em;background:#e3e3e3;'
        f'vertical-align:middle;margin-right:0.4em">'
        f'<span style="display:block;width:{share:.1%};height:100%;background:{colour}">'
        f"</span></span>{value:.3f}</span>"
    )


def kind_mark(kind: str) -> str:
    """Return a coloured square and the name of a requirement *kind*."""
    return f'<span style="color:{KIND_COLOURS[kind]}">&#9632;</span>&nbsp;{kind}'


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], *, numeric: int = 0) -> str:
    """Return an HTML table of HTML cells; the last *numeric* columns are right-aligned."""
    count = len(headers)

    def cell(tag: str, position: int, content: str) -> str:
        align = "right" if position >= count - numeric else "left"
        return f'<{tag} style="text-align:{align}">{content}</{tag}>'

    head = "".join(cell("th", i, h) for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def box(kind: str, *parts: str) -> str:
    """Wrap *parts* in the ``div`` every careermap view uses, classed by *kind*."""
    # No blank lines inside: Markdown renderers end an HTML block at a blank line.
    return f'<div class="careermap careermap-{kind}">' + "".join(parts) + "</div>"


def more(shown: int, total: int, what: str) -> str:
    """Return a muted "... and N more" note when *total* exceeds *shown*, else ""."""
    if total <= shown:
        return ""
    return f'<p style="{MUTED}">... and {total - shown} more {what}</p>'


def fields(pairs: Iterable[tuple[str, str]]) -> str:
    """Return a two-column table of ``(name, HTML value)`` pairs."""
    rows = "".join(
        f'<tr><th style="text-align:left">{name}</th><td style="text-align:left">{value}</td></tr>'
        for name, value in pairs
        if value
    )
    return f"<table><tbody>{rows}</tbody></table>"
