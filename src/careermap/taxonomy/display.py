"""How skills and roles show themselves: short ``repr`` texts and HTML for notebooks.

Built from the primitives of :mod:`careermap.base.html`; every text from a person
or a taxonomy is escaped there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from careermap.base import html
from careermap.base.html import escape as esc

if TYPE_CHECKING:
    from careermap.taxonomy.models import Role, Skill

__all__ = ["role_html", "role_repr", "skill_html", "skill_repr"]


def skill_repr(skill: Skill) -> str:
    """``<Skill 'active-listening': Active listening>``."""
    return f"<Skill {skill.id!r}: {skill.label}>"


def role_repr(role: Role) -> str:
    """``<Role 'therapist': Therapist [clinic], 3 requirements>``."""
    count = len(role.requirements)
    return (
        f"<Role {role.id!r}: {role.title} [{role.sector}], "
        f"{count} requirement{'' if count == 1 else 's'}>"
    )


def skill_html(skill: Skill) -> str:
    """Show a skill: label, id, aliases, category, broader skills, codes and description."""
    return html.box(
        "skill",
        f"<p><strong>{esc(skill.label)}</strong> <code>{esc(skill.id)}</code></p>",
        html.fields(
            [
                ("Aliases", esc(", ".join(skill.aliases))),
                ("Category", esc(skill.category or "")),
                ("Broader", esc(", ".join(skill.broader))),
                (
                    "Codes",
                    esc(", ".join(f"{k}: {v}" for k, v in sorted(skill.codes.items()))),
                ),
                ("Description", esc(skill.description)),
            ]
        ),
    )


def role_html(role: Role) -> str:
    """Show a role: title, sector, codes and description, then its requirements."""
    rows = [
        (
            f"<code>{esc(req.skill)}</code>",
            req.importance.value,
            f"{req.weight:g}",
            str(req.level),
        )
        for req in role.requirements
    ]
    return html.box(
        "role",
        f"<p><strong>{esc(role.title)}</strong> <code>{esc(role.id)}</code> "
        f"[{esc(role.sector)}]</p>",
        html.fields(
            [
                ("Aliases", esc(", ".join(role.aliases))),
                ("O*NET-SOC", esc(role.onet_soc or "")),
                (
                    "Codes",
                    esc(", ".join(f"{k}: {v}" for k, v in sorted(role.codes.items()))),
                ),
                ("Description", esc(role.description)),
            ]
        ),
        html.table(["Skill", "Importance", "Weight", "Level"], rows, numeric=2),
    )
