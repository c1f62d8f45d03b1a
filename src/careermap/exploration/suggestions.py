"""The records :func:`careermap.upskilling` returns: suggestions and the roles they change.

:class:`Upskilling` holds the :class:`SkillSuggestion` list, best first, with where the
person stands now (and, given ``targets=``, the :class:`~careermap.TargetRole` list);
each suggestion names roles as :class:`RoleChange` (a score before and after). The
computation is :mod:`.upskilling`; the texts and HTML are :mod:`.display`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from careermap.base.record import Explained, Frozen
from careermap.exploration import display as _display
from careermap.exploration.frames import upskilling_frame
from careermap.exploration.targets import TargetRole
from careermap.resolve.profile import Profile
from careermap.taxonomy.identity import TaxonomyIdentity

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["RoleChange", "SkillSuggestion", "Upskilling"]


class RoleChange(Frozen):
    """A role's score before and after a change to the profile."""

    role_id: str
    title: str
    sector: str
    before: float
    after: float

    @property
    def change(self) -> float:
        """``after - before``."""
        return self.after - self.before

    def __str__(self) -> str:
        return f"{self.title} {self.before:.3f} -> {self.after:.3f}"


class SkillSuggestion(Explained):
    """One skill to learn, and what adding it at ``level`` does to the profile's matches.

    Attributes
    ----------
    roles_gained, roles_lost : int
        Roles whose score rises to the threshold or above / falls below it. A role
        that does not use the skill keeps its score (learning takes nothing away, and
        a person need not list a skill a post does not use), so ``roles_lost`` is 0.
    gain : float
        Rise of the sum of the best ``top`` scores (never negative, as above).
    raises : tuple of RoleChange
        The roles whose score rises most, most first (at most five).
    opens : tuple of RoleChange
        The roles it brings to the threshold or above, highest score after first (ties
        by role id), at most five: the ``roles_gained`` a reader asks to see named.
    demand : float
        How much the roles advised now (the best ``top`` in advice order) ask for the
        skill: the sum of its requirements' effective weights in those roles (essential
        counts twice), each times the role's score over the best advised score (targets
        count whole), times its rarity, ``log(roles / roles that require it)``.
        Suggestions are ordered by it first.
    asked_by : tuple of RoleChange
        Those advised roles that require the skill, in advice order, with their score
        before and after it is added.
    serves : tuple of RoleChange
        With ``targets=``, the target roles the skill serves: those that ask for it by
        name, in the order the targets were given, with their scores before and after
        (``()`` without targets). A rise through transfer alone is shown in ``raises``,
        not here: a few hundredths on a role that does not list the skill is no reason
        to learn it.
    targets : int
        How many target roles were given (0 without ``targets=``): with targets,
        ``demand``, ``asked_by``, the counts and ``gain`` are counted on them alone.
    top : int
        How many of the best scores ``gain`` adds up (``Upskilling.top``; 0 when not
        known), so the summary can say "your best 10 scores rise by 1.42 between them".
    """

    rank: int
    skill_id: str
    label: str
    level: int
    roles_gained: int
    roles_lost: int
    gain: float
    raises: tuple[RoleChange, ...]
    opens: tuple[RoleChange, ...] = ()
    demand: float = 0.0
    asked_by: tuple[RoleChange, ...] = ()
    serves: tuple[RoleChange, ...] = ()
    targets: int = 0
    top: int = 0

    @property
    def net_roles(self) -> int:
        """``roles_gained - roles_lost``."""
        return self.roles_gained - self.roles_lost

    def summary(self) -> str:
        """Return the skill, how many advised roles ask for it, the roles over and the gain."""
        if self.targets:
            return self._towards()
        asked = len(self.asked_by)
        wanted = (
            f"asked for by {asked} of the roles advised now"
            if asked
            else "asked for by none of the roles advised now"
        )
        crossed = (
            f"{self.net_roles:+d} role{'' if abs(self.net_roles) == 1 else 's'} over the threshold"
            if self.net_roles
            else "no role newly over the threshold"
        )
        best = f"your best {self.top} scores" if self.top else "your best scores"
        return (
            f"{self.rank}. {self.label} (level {self.level}): {wanted}; {crossed}, "
            f"and {_display.rise(best, self.gain)}"
        )

    def _towards(self) -> str:
        """:meth:`summary` with targets: the targets it serves, and how many ask for it."""
        served = ", ".join(change.title for change in self.serves)
        asked = len(self.asked_by)
        many = "role" if self.targets == 1 else "roles"
        crossed = (
            f"{self.net_roles:+d} target {'role' if abs(self.net_roles) == 1 else 'roles'} "
            "over the threshold"
            if self.net_roles
            else "no target role newly over the threshold"
        )
        return (
            f"{self.rank}. {self.label} (level {self.level}): "
            + (
                f"asked for by {served} ({asked} of your {self.targets} target {many})"
                if served
                else "asked for by none of your target roles"
            )
            + f"; {crossed}, and "
            + _display.rise(
                "your target role's score"
                if self.targets == 1
                else f"your {self.targets} target roles' scores",
                self.gain,
                one=self.targets == 1,
            )
        )

    def explain(self) -> str:
        """Return :meth:`summary`, the advised roles asking for it, those it opens and raises."""
        if self.targets:
            serving = "; ".join(str(change) for change in self.serves or self.raises[:3])
            return self.summary() + (f"; {serving}" if serving else "")
        asking = "; ".join(str(change) for change in self.asked_by[:3])
        opened = "; ".join(str(change) for change in self.opens[:3])
        raised = "; ".join(str(change) for change in self.raises[:3])
        return (
            self.summary()
            + (f"; for {asking}" if asking else "")
            + (f"; opens {opened}" if opened else "")
            + (f"; raises {raised}" if raised else "")
        )

    def __repr__(self) -> str:
        return f"<SkillSuggestion {self.explain()}>"


class Upskilling(Explained):
    """Skills whose addition raises a profile's matches most, best first.

    ``roles_above`` is how many roles score at least ``min_score`` now and
    ``top_total`` the sum of the best ``top`` scores now; each suggestion says
    how adding its skill changes both. With a background, ``out_of_reach`` roles
    that need a degree, licence, supervised practice or lived experience first are
    left out of all of these: one more skill does not bring them within reach.
    ``advised`` are the best ``top`` roles in advice order (realistic moves first, as
    ``rank_careers`` with a background orders them) whose requirements order the
    suggestions. ``gated``: no post the person could take now or after a step was found,
    so ``advised`` are the nearest roles that need a degree, licence, supervised practice
    or lived experience first (what they ask for is still worth learning on the way).

    With ``targets=``, ``targets`` are the roles the person wants, in the order given,
    each with its score now and, with a background, its readiness verdict; ``advised``
    is empty, and ``roles_above``, ``top_total`` and every suggestion's counts are
    counted on the targets alone (``roles_above`` leaving out those a degree, licence,
    supervised practice, lived experience or experience of the work stands between:
    :attr:`TargetRole.long_step`, which the explanation names in the verdict's words).
    """

    profile: Profile
    level: int
    min_score: float
    top: int
    roles_above: int
    top_total: float
    suggestions: tuple[SkillSuggestion, ...]
    taxonomy: TaxonomyIdentity
    out_of_reach: int = 0
    advised: tuple[str, ...] = ()
    targets: tuple[TargetRole, ...] = ()
    gated: bool = False

    def __iter__(self) -> Iterator[SkillSuggestion]:  # type: ignore[override]
        return iter(self.suggestions)

    def __len__(self) -> int:
        return len(self.suggestions)

    def __getitem__(self, index: int) -> SkillSuggestion:
        return self.suggestions[index]

    def explain(self) -> str:
        """Return the starting point, how the suggestions are ordered, then each on its line."""
        lines = [_display.starting_point(self)]
        lines += [f"  {target}" for target in self.targets]
        lines += [_display.upskilling_order(self)]
        noted = _display.already_noted(self)
        lines += [
            s.explain() + (f"; {noted[s.skill_id]}" if s.skill_id in noted else "")
            for s in self.suggestions
        ]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return _display.upskilling_repr(self)

    def _repr_html_(self) -> str:
        return _display.upskilling_html(self)

    def to_dataframe(self) -> pd.DataFrame:
        """One row per suggestion (needs pandas: ``careermap[notebook]``)."""
        return upskilling_frame(self)
