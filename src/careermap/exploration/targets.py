"""The roles a person wants to move into, for :func:`careermap.upskilling` (``targets=``).

A counsellor asks "where do you want to go?" before saying what to learn. Each target
is named as a person writes it: a role's id, title or alias
(:func:`careermap.lookup_role`), or a job title that names one role confidently, read
as ``--current-role`` is (:func:`careermap.results.current.current_role`: "School
counselor", "Crisis line counselor"). Each :class:`TargetRole` carries the person's
score for it now and, with a background, the readiness verdict ``rank_careers`` gives
it (:func:`careermap.results.readiness.assess`), so that a target needing a degree,
licence or lived experience says so in the verdict's own words: no skill closes that.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from careermap.base.errors import OptionError, RoleNotFoundError, shown
from careermap.base.record import Frozen
from careermap.results.current import current_role
from careermap.results.readiness import role_readiness
from careermap.results.verdict import Readiness
from careermap.taxonomy.lookup import lookup_role

if TYPE_CHECKING:
    from careermap.resolve.profile import Background
    from careermap.results.experience import Shown
    from careermap.taxonomy.models import Role, Taxonomy

__all__ = ["LONG_STEPS", "TargetRole", "find_targets", "target_role"]

#: Verdicts that no skill closes: a degree, licence, supervised practice or lived
#: experience (``needs``), or time in a kind of work (``experience``).
LONG_STEPS = frozenset({"needs", "experience"})


class TargetRole(Frozen):
    """A role the person wants, with their score for it now and whether they could be hired.

    Attributes
    ----------
    role_id, title, sector : str
        The role.
    given : str
        The text the role was named by, as given.
    score : float
        The person's score for the role now (0-1), as ``rank_careers`` gives it.
    readiness : Readiness or None
        With a background, the verdict ``rank_careers`` gives the role
        (:func:`careermap.results.readiness.assess`); ``None`` without one.
    """

    role_id: str
    title: str
    sector: str
    given: str
    score: float
    readiness: Readiness | None = None

    @property
    def long_step(self) -> bool:
        """Whether a degree, licence or experience stands between the person and the role.

        A degree, licence, supervised practice, lived experience or experience of the
        work (the verdicts :data:`LONG_STEPS`): no skill closes that.
        """
        return self.readiness is not None and self.readiness.verdict in LONG_STEPS

    def __str__(self) -> str:
        text = f"{self.title} {self.score:.3f}"
        if self.readiness is None:
            return text
        if self.long_step:
            return f"{text}: {self.readiness}; learning a skill does not close that"
        return f"{text}: {self.readiness}"


def _find(text: str, taxonomy: Taxonomy) -> Role:
    """Return the role *text* names: an id, title or alias, or a job title naming one."""
    try:
        return lookup_role(text, taxonomy=taxonomy)
    except RoleNotFoundError as exc:
        held = current_role(text, taxonomy) if isinstance(text, str) and text.strip() else None
        if held is not None:
            return held
        raise RoleNotFoundError(
            f"no role is named {shown(text)} among the targets (give a role's id, title or alias)",
            query=text,
            suggestions=exc.suggestions,
        ) from None


def find_targets(
    given: Iterable[str],
    taxonomy: Taxonomy,
    sectors: set[str] | None = None,
) -> list[tuple[str, Role]]:
    """Return each target as ``(text given, role)``, in the order given.

    Raises
    ------
    RoleNotFoundError
        For a text that names no role, with the roles whose names come close.
    OptionError
        If no target is given, two texts name the same role, or a target lies outside
        *sectors* (the sectors kept once those left out are taken away: the person said
        two different things).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> [role.id for _, role in find_targets(["UX researcher", "school counselor"], taxonomy)]
    ['ux-researcher', 'school-counsellor']
    """
    texts = [given] if isinstance(given, str) else list(given)
    if not texts:
        msg = "give at least one target role, or leave targets out"
        raise OptionError(msg)
    found = [(text, _find(text, taxonomy)) for text in texts]
    ids = [role.id for _, role in found]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        msg = f"targets name the same role more than once: {', '.join(repeated)}"
        raise OptionError(msg)
    for text, role in found:
        if sectors is not None and role.sector not in sectors:
            msg = (
                f"the target {shown(text)} ({role.title}) is in the sector {role.sector!r}, "
                "which the sector options leave out: drop the target or the sector option"
            )
            raise OptionError(msg)
    return found


def target_role(
    text: str,
    role: Role,
    score: float,
    background: Background | None,
    *,
    taxonomy: Taxonomy,
    shown: Shown | None,
) -> TargetRole:
    """Return *role* as a :class:`TargetRole`, with its verdict as ``rank_careers`` gives it."""
    return TargetRole(
        role_id=role.id,
        title=role.title,
        sector=role.sector,
        given=text,
        score=score,
        readiness=role_readiness(role, background, taxonomy=taxonomy, shown=shown),
    )
