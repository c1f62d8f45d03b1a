"""How skills and roles show themselves: short ``repr`` texts and HTML for notebooks.

Built from the primitives of :mod:`careermap.base.html`; every text from a person
or a taxonomy is escaped there.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING

from careermap.base import html
from careermap.base.html import escape as esc
from careermap.taxonomy.credentials import Credential
from careermap.taxonomy.lived import asked_for

if TYPE_CHECKING:
    from careermap.taxonomy.models import Entry, Role, Skill, Taxonomy

__all__ = ["entry_html", "remember", "role_html", "role_repr", "skill_html", "skill_repr"]

# The labels of the skills and sectors of every taxonomy built in this process, by
# id, so a role shows its requirements by label (a role does not hold its
# taxonomy). For display only: an id no taxonomy named shows as the id.
_LABELS: dict[str, str] = {}
_SECTORS: dict[str, str] = {}
# Pairs noted by remember_labels, added to _LABELS in order when a view first reads it:
# a load from the cache does not build a dict of ESCO's 14k labels that no view reads.
_PENDING: list[Iterable[tuple[str, str]]] = []
_LOCK = threading.Lock()


def _labels() -> dict[str, str]:
    """Return the skill labels noted so far, the pending ones added."""
    with _LOCK:
        while _PENDING:
            _LABELS.update(_PENDING.pop(0))
    return _LABELS


def remember(taxonomy: Taxonomy) -> None:
    """Note the labels of *taxonomy*'s skills and sectors, for the views below."""
    _labels().update((skill.id, skill.label) for skill in taxonomy.skills)
    _SECTORS.update((sector.id, sector.label) for sector in taxonomy.sectors)


def remember_labels(skills: Iterable[tuple[str, str]], sectors: Iterable[tuple[str, str]]) -> None:
    """Note ``(id, label)`` pairs of skills and sectors (a taxonomy read from the cache).

    The skills' pairs are read when a view first needs a label (*skills* must not
    change until then).
    """
    with _LOCK:
        _PENDING.append(skills)
    _SECTORS.update(sectors)


def _named(labels: dict[str, str], key: str) -> str:
    """Return the label of *key*, its id on hover; the id itself when no label is known."""
    label = labels.get(key)
    if label is None:
        return f"<code>{esc(key)}</code>"
    return f'<span title="{esc(key)}">{esc(label)}</span>'


def skill_repr(skill: Skill) -> str:
    """``<Skill Active listening (active-listening)>``."""
    return f"<Skill {skill.label} ({skill.id})>"


def role_repr(role: Role) -> str:
    """``<Role Therapist (therapist) [Clinic], 3 requirements>``."""
    count = len(role.requirements)
    return (
        f"<Role {role.title} ({role.id}) [{_SECTORS.get(role.sector, role.sector)}], "
        f"{count} requirement{'' if count == 1 else 's'}>"
    )


def skill_html(skill: Skill) -> str:
    """Show a skill: label, id, aliases, category, broader skills, codes and description."""
    labels = _labels()
    return html.box(
        "skill",
        f"<p><strong>{esc(skill.label)}</strong> <code>{esc(skill.id)}</code></p>",
        html.fields(
            [
                ("Aliases", esc(", ".join(skill.aliases))),
                ("Category", esc(skill.category or "")),
                ("Broader", ", ".join(_named(labels, b) for b in skill.broader)),
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
    labels = _labels()
    rows = [
        (
            _named(labels, req.skill),
            req.importance.value,
            f"{req.weight:g}",
            str(req.level),
        )
        for req in role.requirements
    ]
    return html.box(
        "role",
        f"<p><strong>{esc(role.title)}</strong> <code>{esc(role.id)}</code> "
        f"[{_named(_SECTORS, role.sector)}]</p>",
        html.fields(
            [
                ("Aliases", esc(", ".join(role.aliases))),
                ("O*NET-SOC", esc(role.onet_soc or "")),
                (
                    "Codes",
                    esc(", ".join(f"{k}: {v}" for k, v in sorted(role.codes.items()))),
                ),
                ("Description", esc(role.description)),
                ("Conditions", esc(", ".join(c.value for c in role.conditions))),
            ]
        ),
        html.table(["Skill", "Importance", "Weight", "Level"], rows, numeric=2),
        entry_html(role) if role.entry is not None else "",
    )


def entry_html(role: Role) -> str:
    """Show what a role asks of a new hire: education (or experience), job zone, credentials."""
    entry = role.entry
    if entry is None:
        return ""
    credentials = "".join(
        (
            f"<li><strong>{esc(c.name)}</strong> ({esc(c.kind.value)}, "
            if isinstance(c, Credential)
            else f"<li><code>{esc(c.credential)}</code> ("  # not resolved: built in code
        )
        + f"{'required' if c.required else 'preferred'})"
        + (f'<br><span style="{html.MUTED}">{esc(c.note)}</span>' if c.note else "")
        + "</li>"
        for c in entry.credentials
    )
    hours = f"{entry.supervised_hours:,}" if entry.supervised_hours else ""
    way = entry.experience_for_degree  # "or equivalent experience"
    instead = f", or {way.years} years' experience of {esc(way.of)}" if way else ""
    return html.box(
        "entry",
        f"<p><strong>Entry requirements: {esc(role.title)}</strong></p>",
        html.fields(
            [
                ("Education", esc(entry.education.value) + instead),
                ("Job zone", f"{entry.job_zone} of 5"),
                ("Seniority", esc(entry.seniority.value)),
                ("Lived experience", esc(_lived(entry))),
                ("Supervised hours", hours),
                ("Credentials", f"<ul>{credentials}</ul>" if credentials else ""),
            ]
        ),
    )


def _lived(entry: Entry) -> str:
    """Say whether *entry* asks for lived experience, and of what ("required: ...")."""
    if not entry.lived_experience_of:
        return entry.lived_experience.value
    return f"{entry.lived_experience.value}: {asked_for(entry.lived_experience_of)}"
