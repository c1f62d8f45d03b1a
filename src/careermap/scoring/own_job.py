"""The person's own job, ranked for their licence when none of their skills was read.

A profile of which almost nothing is read can leave the person's own profession at score
0, so it is not ranked at all: a psychiatric nurse whose only read skill is WRAP found no
nursing post in her list (a counsellor's review of the sixteenth set, finding 6). Her
licence says what her skills did not. When the role her job title names requires a
licence or registration she holds, advice order ranks it, at score 0, with its verdict
(her current job), and the verdict says why (:func:`why`).
"""

from __future__ import annotations

from careermap.resolve.profile import Background
from careermap.results.current import current_role
from careermap.results.licensed_roles import own_licence
from careermap.results.verdict import Readiness
from careermap.scoring.engine import Scores, scoring_index
from careermap.taxonomy.models import CredentialKind, Role, Taxonomy

__all__ = ["licensed_job", "why"]


def licensed_job(
    background: Background, taxonomy: Taxonomy, scores: Scores, sectors: set[str] | None
) -> int | None:
    """Return the position of the person's job, when it scores 0 and they hold its licence.

    The role their job title names (``Background.current_role``), in *sectors*
    (``None``: every sector), scoring 0, that requires a licence or registration they
    hold (:func:`careermap.results.licensed_roles.own_licence`); otherwise ``None``.
    """
    title = background.current_role
    held = current_role(title, taxonomy) if title and title.strip() else None
    if held is None or (sectors is not None and held.sector not in sectors):
        return None
    position = scoring_index(taxonomy).role_pos[held.id]
    if float(scores.score[position]) > 0.0 or own_licence(held, background, taxonomy) is None:
        return None
    return position


def why(found: Readiness, role: Role, background: Background, taxonomy: Taxonomy) -> Readiness:
    """Say why the person's own job is ranked at score 0: their licence, not their skills.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> from careermap.results.current import current_job
    >>> taxonomy = load_taxonomy()
    >>> nurse = taxonomy.role_index["psychiatric-nurse"]
    >>> said = why(current_job(), nurse, Background(credentials=["RN (US)"]), taxonomy)
    >>> print(said.summary)  # doctest: +ELLIPSIS +NORMALIZE_WHITESPACE
    Your current job: ...; listed for your licence (Registered Nurse (RN)), as none of
    the skills you listed was recognised as this work
    """
    licence = own_licence(role, background, taxonomy)
    if found.verdict != "current" or licence is None:
        return found
    kind = "licence" if licence.kind is CredentialKind.LICENCE else "registration"
    summary = (
        f"{found.summary}; listed for your {kind} ({licence.name}), as none of the skills "
        "you listed was recognised as this work"
    )
    return found.model_copy(update={"summary": summary})
