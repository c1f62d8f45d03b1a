"""The readiness verdict's record: :class:`Readiness` (see :mod:`careermap.results.readiness`)."""

from __future__ import annotations

from typing import Literal

from careermap.base.record import Frozen
from careermap.taxonomy.conditions import Condition

__all__ = ["Readiness", "Verdict"]

Verdict = Literal["ready", "certify", "experience", "needs", "step-up", "step-down", "current"]


class Readiness(Frozen):
    """Whether a person could be hired into a role now, with what stands between.

    Attributes
    ----------
    verdict : {'ready', 'certify', 'experience', 'needs', 'step-up', 'step-down', 'current'}
        See :mod:`careermap.results.readiness`; ``current`` is the role the person's job
        title names (:func:`careermap.results.current.current_job`).
    summary : str
        The verdict in plain words, for a person.
    needs : tuple of str
        Each missing degree, credential, lived experience or experience of a kind of
        work, named.
    notes : tuple of str
        The jurisdiction notes of the missing credentials (US/UK).
    avoided : tuple of Condition
        The role's working conditions the person said they want to leave behind.
    caution : str
        Those conditions in plain words ("" when there are none).
    """

    verdict: Verdict
    summary: str
    needs: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    avoided: tuple[Condition, ...] = ()
    caution: str = ""

    def __str__(self) -> str:
        return f"{self.summary}. {self.caution}" if self.caution else self.summary
