"""How a resolved skill shows itself: a short ``repr`` and HTML for notebooks.

Built from the primitives of :mod:`careermap.base.html`; every text from a person
or a taxonomy is escaped there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from careermap.base import html
from careermap.base.html import escape as esc

if TYPE_CHECKING:
    from careermap.resolve.resolver import SkillMatch

__all__ = ["skill_match_html", "skill_match_repr"]


def skill_match_repr(match: SkillMatch) -> str:
    """``<SkillMatch 'CBT' -> Cognitive behavioural therapy [alias via 'CBT', 100]>``."""
    return f"<SkillMatch {match}>"


def skill_match_html(match: SkillMatch) -> str:
    """How a text resolved: the skill and method, or no match; then the alternatives."""
    if match.skill_id is None:
        head = f"<p>{esc(repr(match.query))}: <strong>no match</strong></p>"
    else:
        via = f" via {esc(repr(match.matched_name))}" if match.method in {"alias", "fuzzy"} else ""
        how = f"{match.method}{via}, {match.similarity:.0f}"
        if match.method == "semantic":
            how = f"semantic via {esc(repr(match.matched_name))}, cosine {match.cosine or 0:.2f}"
        head = (
            f"<p>{esc(repr(match.query))} &rarr; <strong>{esc(match.label)}</strong> "
            f"<code>{esc(match.skill_id)}</code> ({how})</p>"
        )
    alternatives = ""
    if match.alternatives:
        what = "Suggestions" if match.skill_id is None else "Alternatives"
        alternatives = f'<p style="{html.MUTED}">{what}: ' + (
            ", ".join(f"{esc(c.label)} ({c.similarity:.0f})" for c in match.alternatives) + "</p>"
        )
    return html.box("skill-match", head, alternatives)
