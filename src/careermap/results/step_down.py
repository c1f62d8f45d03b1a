"""Two questions the advice asks of a post: is it a step down, is it a peer post.

The advice order's lead (:mod:`careermap.scoring.lead`) and upskilling's wished moves
(:mod:`careermap.exploration.wished`) both leave a step down the person did not ask for
out of first place, and both treat a post that requires lived experience as a peer post;
they ask here, so the two cannot drift apart (thirty-seventh round: thin37 and up37 had
written each check once apiece).
"""

from __future__ import annotations

from careermap.resolve.background import Background
from careermap.results.experience import Shown
from careermap.results.readiness import assess
from careermap.taxonomy.lived import LivedExperience
from careermap.taxonomy.models import Role, Taxonomy

__all__ = ["is_peer_post", "step_down"]


def is_peer_post(role: Role) -> bool:
    """Say whether *role* asks for lived experience (a peer post).

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> is_peer_post(taxonomy.role_index["peer-support-specialist"])
    True
    >>> is_peer_post(taxonomy.role_index["therapist"])
    False
    """
    return role.entry is not None and role.entry.lived_experience is LivedExperience.REQUIRED


def step_down(
    role: Role, background: Background, taxonomy: Taxonomy, shown: Shown | None = None
) -> bool:
    """Say whether *role* is a step down the person did not say they would take.

    Parameters
    ----------
    role : Role
        The post.
    background : Background
        What the person said (``step_back`` true: a step down is a move they would take).
    taxonomy : Taxonomy
        Where credentials and titles are read.
    shown : Shown, optional
        What the person's texts show (:func:`careermap.results.experience.shown_by`).

    Returns
    -------
    bool
        Whether its readiness verdict is ``step-down`` and the person is not open to one.

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> aide = taxonomy.role_index["teaching-assistant"]
    >>> step_down(aide, Background(education="doctorate", years_experience=20), taxonomy)
    True
    >>> step_down(aide, Background(education="secondary", years_experience=2), taxonomy)
    False
    """
    if background.step_back or role.entry is None:
        return False
    found = assess(
        role.entry, background, taxonomy=taxonomy, shown=shown, sector=role.sector, role=role.id
    )
    return found is not None and found.verdict == "step-down"
