"""What to learn next, and chosen roles side by side: upskilling and role comparisons.

The definitions, with their tie-breaks, are in ``docs/scoring.md`` ("Upskilling",
"Comparing roles"). :func:`upskilling` adds each candidate skill to the profile
in turn, scores every role again with the vectorised engine, and counts the
roles that cross a threshold and the rise of the best scores;
:func:`compare_roles` explains several chosen roles for one profile.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import BaseModel

from careermap import _display
from careermap._checks import check_limit, check_sectors, check_unit, positive_int
from careermap._engine import Float, scoring_index
from careermap._identity import TaxonomyIdentity, taxonomy_identity
from careermap._load import default_taxonomy
from careermap._lookup import lookup_role
from careermap._match import person_start, profile_skills, start_scores
from careermap._models import Taxonomy
from careermap._paths import CONFIG, DIGITS, explained
from careermap._profile import Profile, ProfileInput, build_profile
from careermap._record import Explained
from careermap._resolve import resolve_skill
from careermap._results import Matches

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "DEFAULT_THRESHOLD",
    "RoleChange",
    "RoleComparison",
    "SkillSuggestion",
    "Upskilling",
    "compare_roles",
    "upskilling",
]

#: Score at which :func:`upskilling` counts a role as within reach.
DEFAULT_THRESHOLD = 0.5


class RoleChange(BaseModel):
    """A role's score before and after a change to the profile."""

    model_config = CONFIG

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
        Roles whose score rises to the threshold or above / falls below it.
    gain : float
        Rise of the sum of the best ``top`` scores (it can be negative: a skill
        that few roles use lowers the others' utilisation).
    raises : tuple of RoleChange
        The roles whose score rises most, most first (at most five).
    """

    model_config = CONFIG

    rank: int
    skill_id: str
    label: str
    level: int
    roles_gained: int
    roles_lost: int
    gain: float
    raises: tuple[RoleChange, ...]

    @property
    def net_roles(self) -> int:
        """``roles_gained - roles_lost``."""
        return self.roles_gained - self.roles_lost

    def explain(self) -> str:
        """Return the suggestion on one line."""
        crossed = (
            f"{self.net_roles:+d} role{'' if abs(self.net_roles) == 1 else 's'} over the threshold"
        )
        if self.roles_lost:
            crossed += f" ({self.roles_gained} up, {self.roles_lost} down)"
        raised = "; ".join(str(change) for change in self.raises[:3])
        return (
            f"{self.rank}. {self.label} (level {self.level}): {crossed}, best scores "
            f"{self.gain:+.3f}" + (f"; raises {raised}" if raised else "")
        )

    def __repr__(self) -> str:
        return f"<SkillSuggestion {self.explain()}>"


class Upskilling(Explained):
    """Skills whose addition raises a profile's matches most, best first.

    ``roles_above`` is how many roles score at least ``threshold`` now and
    ``top_total`` the sum of the best ``top`` scores now; each suggestion says
    how adding its skill changes both.
    """

    model_config = CONFIG

    profile: Profile
    level: int
    threshold: float
    top: int
    roles_above: int
    top_total: float
    suggestions: tuple[SkillSuggestion, ...]
    taxonomy: TaxonomyIdentity

    def __iter__(self) -> Iterator[SkillSuggestion]:  # type: ignore[override]
        return iter(self.suggestions)

    def __len__(self) -> int:
        return len(self.suggestions)

    def __getitem__(self, index: int) -> SkillSuggestion:
        return self.suggestions[index]

    def explain(self) -> str:
        """Return the starting point, then every suggestion on its own line."""
        lines = [
            f"{self.roles_above} roles score {self.threshold:g} or more; "
            f"the best {self.top} sum to {self.top_total:.3f}"
        ]
        lines += [s.explain() for s in self.suggestions]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return _display.upskilling_repr(self)

    def _repr_html_(self) -> str:
        return _display.upskilling_html(self)

    def to_dataframe(self) -> pd.DataFrame:
        """One row per suggestion (needs pandas: ``careermap[notebook]``)."""
        from careermap._frames import upskilling_frame  # noqa: PLC0415 - pandas is optional

        return upskilling_frame(self)


def _top_total(scores: Float, keep: np.ndarray[Any, np.dtype[np.bool_]], top: int) -> float:
    kept = np.sort(scores[keep & (scores > 0.0)])[::-1]
    return float(kept[:top].sum())


def _candidates(
    given: Iterable[str] | None,
    taxonomy: Taxonomy,
    ranked: Sequence[int],
    owned: Mapping[str, int],
) -> list[str]:
    if given is None:
        wanted = {req.skill for i in ranked for req in taxonomy.roles[i].requirements}
    else:
        if isinstance(given, str):
            given = [given]
        wanted = set()
        for text in given:
            skill_id = resolve_skill(text, taxonomy=taxonomy).skill_id
            if skill_id is not None:  # pragma: no branch - resolve_skill raises otherwise
                wanted.add(skill_id)
    return sorted(wanted - set(owned))


def upskilling(
    profile: ProfileInput,
    *,
    taxonomy: Taxonomy | None = None,
    level: int = 3,
    threshold: float = DEFAULT_THRESHOLD,
    top: int = 10,
    pool: int = 30,
    limit: int | None = 10,
    sectors: Iterable[str] | None = None,
    candidates: Iterable[str] | None = None,
) -> Upskilling:
    """Rank the skills whose addition raises the profile's matches most.

    Each candidate skill is added to the profile at *level* and every role is
    scored again with the vectorised engine.

    Parameters
    ----------
    profile : profile
        Anything :func:`rank_careers` accepts.
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.
    level : int, default 3
        The level at which a skill is added.
    threshold : float, default :data:`DEFAULT_THRESHOLD`
        The score that counts a role as within reach.
    top : int, default 10
        ``gain`` is the rise of the sum of the best *top* scores.
    pool : int, default 30
        Candidates are the skills required by the best *pool* roles that the
        person does not have.
    limit : int or None, default 10
        How many suggestions to return; ``None`` for all.
    sectors : iterable of str, optional
        Only count, and draw candidates from, roles in these sectors.
    candidates : iterable of str, optional
        Skills to try instead (ids, labels or aliases, resolved as
        :func:`resolve_skill` does); those the person has are left out.

    Returns
    -------
    Upskilling
        Best first: more roles newly over the threshold (net of those that
        fall below it), then a larger ``gain``, then skill id. A skill the
        person has is never suggested.

    Examples
    --------
    >>> found = upskilling(["CBT:4", "active listening", "crisis intervention"], limit=3)
    >>> len(found)
    3
    >>> found[0].skill_id in found.profile.skills
    False
    """
    taxonomy = taxonomy or default_taxonomy()
    if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= 5:
        msg = f"level must be a whole number from 1 to 5, not {level!r}"
        raise ValueError(msg)
    threshold = check_unit(threshold, "threshold")
    top = positive_int(top, "top")
    pool = positive_int(pool, "pool")
    check_limit(limit)
    wanted = check_sectors(sectors, taxonomy)
    resolved = build_profile(profile, taxonomy=taxonomy)
    skills = profile_skills(resolved, taxonomy)

    engine = scoring_index(taxonomy)
    keep = np.ones(engine.n_roles, dtype=bool)
    if wanted is not None:
        keep = engine.sector_mask(wanted)
    before = engine.score(skills)
    ranked = engine.top(before, limit=pool, sectors=wanted)
    above = keep & (before.score >= threshold)
    total = _top_total(before.score, keep, top)

    found: list[tuple[tuple[int, float, str], SkillSuggestion]] = []
    for skill_id in _candidates(candidates, taxonomy, ranked, skills):
        after = engine.score({**skills, skill_id: level}).score
        now_above = keep & (after >= threshold)
        gained = int((now_above & ~above).sum())
        lost = int((above & ~now_above).sum())
        gain = _top_total(after, keep, top) - total
        change = np.where(keep, np.round(after - before.score, DIGITS), 0.0)
        rising = np.flatnonzero(change > 0)
        order = np.lexsort((engine.role_id_rank[rising], -change[rising]))[:5]
        raises = tuple(
            RoleChange(
                role_id=engine.role_ids[i],
                title=taxonomy.roles[i].title,
                sector=taxonomy.roles[i].sector,
                before=float(before.score[i]),
                after=float(after[i]),
            )
            for i in rising[order]
        )
        suggestion = SkillSuggestion(
            rank=0,
            skill_id=skill_id,
            label=taxonomy.skill_index[skill_id].label,
            level=level,
            roles_gained=gained,
            roles_lost=lost,
            gain=gain,
            raises=raises,
        )
        found.append(((lost - gained, -round(gain, DIGITS), skill_id), suggestion))
    found.sort(key=lambda item: item[0])
    chosen = found if limit is None else found[:limit]
    return Upskilling(
        profile=resolved,
        level=level,
        threshold=threshold,
        top=top,
        roles_above=int(above.sum()),
        top_total=total,
        suggestions=tuple(
            s.model_copy(update={"rank": n}) for n, (_, s) in enumerate(chosen, start=1)
        ),
        taxonomy=taxonomy_identity(taxonomy),
    )


class RoleComparison(Matches):
    """Several roles explained for one profile, side by side, in the order asked for.

    Each match's ``rank`` is the role's place in ``rank_careers(..., limit=None)``.
    """

    def skills(self) -> list[tuple[str, str]]:
        """Every required skill as ``(id, label)``: needed by more roles first, then label."""
        count: dict[str, int] = {}
        labels: dict[str, str] = {}
        for match in self.matches:
            for req in (*match.matched, *match.transferred, *match.gaps):
                count[req.skill_id] = count.get(req.skill_id, 0) + 1
                labels[req.skill_id] = req.label
        order = sorted(count, key=lambda s: (-count[s], labels[s].casefold(), s))
        return [(skill_id, labels[skill_id]) for skill_id in order]

    def explain(self) -> str:
        """Return every match's explanation."""
        return "\n".join(match.explain() for match in self.matches)

    def __repr__(self) -> str:
        return _display.comparison_repr(self)

    def _repr_html_(self) -> str:
        return _display.comparison_html(self)

    def to_dataframe(self, *, summary: bool = False) -> pd.DataFrame:
        """Return the credit of every required skill (rows) in every role (columns).

        ``NaN`` where a role does not require the skill. With ``summary=True``,
        one row per role with its rank and scores instead. Needs pandas
        (``careermap[notebook]``).
        """
        from careermap._frames import comparison_frame  # noqa: PLC0415 - pandas is optional

        return comparison_frame(self, summary=summary)


def compare_roles(
    profile: ProfileInput, role_ids: Iterable[str], *, taxonomy: Taxonomy | None = None
) -> RoleComparison:
    """Explain several roles for one profile side by side.

    Parameters
    ----------
    profile : profile
        Anything :func:`rank_careers` accepts.
    role_ids : iterable of str
        The roles to compare, in the order to show them; each once.
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.

    Raises
    ------
    RoleNotFoundError
        If a role id is unknown.
    ValueError
        If no role is given, or one is given twice.

    Examples
    --------
    >>> side = compare_roles(["CBT:4", "active listening"], ["therapist", "school-counsellor"])
    >>> [m.role_id for m in side]
    ['therapist', 'school-counsellor']
    """
    taxonomy = taxonomy or default_taxonomy()
    ids = [role_ids] if isinstance(role_ids, str) else list(role_ids)
    if not ids:
        msg = "give at least one role id to compare"
        raise ValueError(msg)
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        msg = f"role ids are given more than once: {', '.join(repeated)}"
        raise ValueError(msg)
    roles = [lookup_role(role_id, taxonomy=taxonomy) for role_id in ids]
    resolved = build_profile(profile, taxonomy=taxonomy)
    skills = profile_skills(resolved, taxonomy)
    engine = scoring_index(taxonomy)
    start = person_start(skills, None, taxonomy)
    scores = start_scores(start, taxonomy)
    position = {role_id: i for i, role_id in enumerate(engine.role_ids)}
    return RoleComparison(
        profile=resolved,
        matches=tuple(
            explained(taxonomy, start, scores, position[role.id], exclude=None) for role in roles
        ),
        taxonomy=taxonomy_identity(taxonomy),
    )
