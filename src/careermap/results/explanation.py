"""The parts of a match's explanation: how each requirement was met, and how context moved it.

A :class:`~careermap.results.role_match.RoleMatch` lists a :class:`RequirementResult`
for each requirement of the role (met directly, through the :class:`TransferStep`
that carried credit over, or not at all) and, when context terms applied, a
:class:`ContextResult` with one :class:`ContextTerm` per term. The engine builds them
(:mod:`careermap.scoring.explain`); they are importable from
:mod:`careermap.results.matches` too.
"""

from __future__ import annotations

from typing import Literal

from careermap.base.record import Record
from careermap.taxonomy.models import RequiredLevel

__all__ = ["ContextResult", "ContextTerm", "RequirementResult", "TransferStep"]


class TransferStep(Record):
    """One step of credit between two skills."""

    source_id: str
    source_label: str
    target_id: str
    target_label: str
    relation: Literal["transfers_to", "broader", "narrower"]
    weight: float
    reason: str

    def __str__(self) -> str:
        return f"from {self.source_label}: {self.plain()}"

    def plain(self) -> str:
        """Return why the step earns credit, in a practitioner's words (the relation's reason).

        Hierarchy steps, which carry no written reason, say how the two skills are
        related instead.
        """
        if self.reason:
            return self.reason.rstrip(".")
        if self.relation == "broader":
            return f"{self.source_label} is a kind of {self.target_label.lower()}"
        if self.relation == "narrower":
            return f"{self.target_label} is part of {self.source_label.lower()}"
        return f"{self.source_label} carries over to {self.target_label.lower()}"


class RequirementResult(Record):
    """How one requirement of a role was met: directly, by transfer, or not at all.

    Attributes
    ----------
    credit : float
        Share of the requirement met, 0-1.
    cost : float
        Share of the role's coverage lost on this requirement: its weight times
        ``1 - credit`` over the role's total weight.
    path : tuple of TransferStep
        Empty for a direct match; the transfer step for a transferred one.
    """

    skill_id: str
    label: str
    essential: bool
    weight: float
    required_level: RequiredLevel
    credit: float
    cost: float
    source_id: str | None = None
    source_label: str | None = None
    source_level: RequiredLevel | None = None
    path: tuple[TransferStep, ...] = ()
    minor: bool = False

    @property
    def kind(self) -> Literal["direct", "transferred", "gap"]:
        """``'direct'``, ``'transferred'`` or ``'gap'``."""
        if self.source_id is None:
            return "gap"
        return "transferred" if self.path else "direct"

    def __str__(self) -> str:
        need = "essential" if self.essential else "minor" if self.minor else "optional"
        if self.kind == "gap":
            return f"{self.label} ({need}, level {self.required_level}; costs {self.cost:.1%})"
        level = (
            f"level {self.source_level}/{self.required_level}"
            if self.source_level is not None and self.source_level < self.required_level
            else ""
        )
        extra = ", ".join(filter(None, [need, level, f"{self.credit:.0%} credit"]))
        how = " " + "; ".join(str(step) for step in self.path) if self.path else ""
        return f"{self.label} [{extra}]{how}"

    def __repr__(self) -> str:
        from careermap.results import display  # noqa: PLC0415 - views only

        return display.requirement_repr(self)


class ContextTerm(Record):
    """One context term of a score: its similarity and its weight in the score."""

    name: Literal["interests", "job_zone", "education", "text", "skill_groups"]
    similarity: float
    weight: float

    def __str__(self) -> str:
        return f"{self.name.replace('_', ' ')} {self.similarity:.2f} (weight {self.weight:g})"


class ContextResult(Record):
    """How context moved a score: ``score = (1 - weight) * skills + sum(w * similarity)``.

    Attributes
    ----------
    skills : float
        The skills score (``coverage ** 0.5 * utilisation ** 0.5``).
    weight : float
        The total weight of the context terms both sides have.
    terms : tuple of ContextTerm
        Each term with its similarity and weight.
    """

    skills: float
    weight: float
    terms: tuple[ContextTerm, ...]

    def __str__(self) -> str:
        terms = ", ".join(str(term) for term in self.terms)
        return f"skills {self.skills:.3f} (weight {1 - self.weight:g}); context: {terms}"
