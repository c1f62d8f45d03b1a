"""Chosen roles side by side: one profile explained against several roles.

The definition is in ``docs/scoring.md`` ("Comparing roles").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from careermap.base.errors import OptionError
from careermap.exploration import display as _display
from careermap.exploration.frames import comparison_frame
from careermap.exploration.paths import explained
from careermap.resolve.profile import Background, ProfileInput, build_profile
from careermap.results.experience import shown_by
from careermap.results.matches import Matches
from careermap.results.readiness import implied_skills
from careermap.scoring.anchored import unanchored
from careermap.scoring.engine import scoring_index
from careermap.scoring.set_aside import profile_skills
from careermap.scoring.start import person_start, start_scores
from careermap.taxonomy.identity import taxonomy_identity
from careermap.taxonomy.load import default_taxonomy
from careermap.taxonomy.lookup import lookup_role
from careermap.taxonomy.models import Taxonomy

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["RoleComparison", "compare_roles"]


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

        Parameters
        ----------
        summary : bool, default False
            One row per role with its rank and scores, instead of one row per skill.
        """
        return comparison_frame(self, summary=summary)


def compare_roles(
    profile: ProfileInput,
    roles: Iterable[str],
    *,
    taxonomy: Taxonomy | None = None,
    background: Background | Mapping[str, object] | None = None,
) -> RoleComparison:
    """Explain several roles for one profile side by side.

    Parameters
    ----------
    profile : profile
        Anything :func:`rank_careers` accepts.
    roles : iterable of str
        The roles to compare (ids, titles or aliases), in the order to show them; each once.
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.
    background : Background or mapping, optional
        The person's education, credentials and experience, as :func:`rank_careers`
        takes it (a :class:`Profile` built with one carries it already). Each match then
        carries its readiness verdict and leaves out of its gaps what the background
        certifies, as in ``rank_careers``: the role their job title names is marked as
        their current job and lists no gaps. Scores are unchanged.

    Raises
    ------
    RoleNotFoundError
        If a role id is unknown.
    OptionError
        If no role is given, or one is given twice.

    Examples
    --------
    >>> side = compare_roles(["CBT:4", "active listening"], ["therapist", "school-counsellor"])
    >>> [m.role_id for m in side]
    ['therapist', 'school-counsellor']
    """
    taxonomy = taxonomy or default_taxonomy()
    names = [roles] if isinstance(roles, str) else list(roles)
    if not names:
        msg = "give at least one role to compare"
        raise OptionError(msg)
    chosen = [lookup_role(name, taxonomy=taxonomy) for name in names]
    ids = [role.id for role in chosen]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        msg = f"roles are given more than once: {', '.join(repeated)}"
        raise OptionError(msg)
    resolved = build_profile(profile, taxonomy=taxonomy, background=background)
    skills = profile_skills(resolved, taxonomy)
    engine = scoring_index(taxonomy)
    start = person_start(skills, None, taxonomy)
    scores = start_scores(start, taxonomy)
    position = engine.role_pos
    person = resolved.background
    certified = implied_skills(person, taxonomy, resolved.skills)
    shown = shown_by(resolved, taxonomy)
    # Roles a thin profile reaches by general skills alone, found once (scoring.anchored).
    loose = (
        unanchored(start.skills, taxonomy, shown=shown, background=person)
        if person is not None
        else frozenset()
    )
    return RoleComparison(
        profile=resolved,
        matches=tuple(
            explained(
                taxonomy,
                start,
                scores,
                position[role.id],
                exclude=None,
                background=person,
                certified=certified,
                shown=shown,
                loose=loose,
            )
            for role in chosen
        ),
        taxonomy=taxonomy_identity(taxonomy),
    )
