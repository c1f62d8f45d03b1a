"""Starter posts of another trade resting on one routine line of the person's own.

A starter's post outside the person's trade can score well from one skill they gave that
is a routine part of their own work, while asking none of the post's own core work of
them. A ward head nurse's "de-escalation" made a school's behaviour interventionist and
a university residence post the first two of her list (the twenty-eighth set's Kotor
nurse, asking to step up), ahead of the nurse educator's and the programme manager's
posts of her own trade (review38 P1, P3). A counsellor would not lead with them:
de-escalation is part of every ward job, and the posts' own work (behaviour support in a
classroom, student residence life) is nowhere in what she wrote.

:func:`one_line_posts` finds such posts from what the person's record names as their
trade (:func:`trade_roles`: the roles their job title and past job titles name, and
those requiring a licence or registration they hold). A post counts when:

- it is an entry-level post of a sector none of those roles is in (a stranger's post);
- exactly one skill of the person's own practice
  (:func:`careermap.scoring.anchored.practice`) is among its requirements, and that skill
  is one their trade's roles ask (a routine line of their own work);
- none of its defining skills (its essential requirements of the greatest weight) is
  among the skills they gave.

Advice order counts their score at
:data:`~careermap.scoring.advice.PREFERRED_UNSHOWN_WEIGHT` within their group
(:func:`careermap.scoring.anchored.loosen`), as posts reached by general skills alone;
they stay listed with their score, band and verdict. Nothing changes for a person whose
record names no trade, nor (:mod:`careermap.scoring.advice_rank`) for one leaving the
sector of their practice (:func:`careermap.scoring.leaving.left_sectors`): another trade
is what they ask for (docs/scoring.md, "A stranger's post on one routine line").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from careermap.scoring.anchored import practice
from careermap.taxonomy.models import Importance, Role, Seniority, Taxonomy

if TYPE_CHECKING:
    from careermap.resolve.profile import Background
    from careermap.results.experience import Shown

__all__ = ["defining_skills", "one_line_posts", "trade_roles"]


def defining_skills(role: Role) -> frozenset[str]:
    """Return *role*'s defining skills: its essential requirements of the greatest weight.

    Examples
    --------
    >>> from careermap import lookup_role
    >>> sorted(defining_skills(lookup_role("behaviour-interventionist")))
    ['behaviour-support']
    """
    essential = [r for r in role.requirements if r.importance is Importance.ESSENTIAL]
    top = max((r.weight for r in essential), default=None)
    return frozenset(r.skill for r in essential if r.weight == top)


def trade_roles(background: Background, taxonomy: Taxonomy) -> tuple[Role, ...]:
    """Return the roles the person's record names as their trade.

    The roles their job title and past job titles name
    (:func:`careermap.results.current.current_role`), and those requiring a licence or
    registration they hold (:func:`careermap.results.licensed_roles.licensed_roles`), in
    taxonomy order, each once.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> from careermap.resolve.profile import Background
    >>> taxonomy = load_taxonomy()
    >>> nurse = Background(current_role="Ward head nurse")
    >>> [role.id for role in trade_roles(nurse, taxonomy)]
    ['nurse-manager']
    >>> trade_roles(Background(current_role="Barista"), taxonomy)
    ()
    """
    # Imported here: only advice order reads titles and licences (credential readers).
    from careermap.results.current import current_role  # noqa: PLC0415
    from careermap.results.licensed_roles import licensed_roles  # noqa: PLC0415

    titles = [background.current_role or "", *background.experience]
    named = {role.id for t in titles if t.strip() and (role := current_role(t, taxonomy))}
    opened = licensed_roles(background, taxonomy)
    return tuple(role for role in taxonomy.roles if role.id in named or role.id in opened)


def one_line_posts(
    skills: Iterable[str],
    background: Background,
    taxonomy: Taxonomy,
    *,
    shown: Shown | None = None,
    trade: Sequence[Role] | None = None,
) -> frozenset[int]:
    """Return the positions of the starter posts of another trade resting on one routine line.

    An entry-level role of a sector none of :func:`trade_roles` is in, asking exactly one
    of the skills of the person's own practice among *skills*
    (:func:`~careermap.scoring.anchored.practice`; *shown* gives its guesses), a skill
    one of those roles asks too, and none of its :func:`defining_skills` among *skills*.
    Empty when the record names no trade. *trade* is :func:`trade_roles` where the caller
    has it already (advice order reads it for :mod:`careermap.scoring.trained` too).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> from careermap.resolve.profile import Background
    >>> taxonomy = load_taxonomy()
    >>> ward = {"Staff nurse, psychiatric ward": 9}
    >>> head = Background(current_role="Ward head nurse", experience=ward)
    >>> said = ["clinical-supervision", "conflict-de-escalation", "physical-intervention"]
    >>> found = {taxonomy.roles[i].id for i in one_line_posts(said, head, taxonomy)}
    >>> "behaviour-interventionist" in found, "nurse-educator" in found
    (True, False)
    >>> one_line_posts(said, Background(current_role="Barista"), taxonomy)
    frozenset()
    """
    trade = trade_roles(background, taxonomy) if trade is None else trade
    given = set(skills)
    own = practice(given, taxonomy, shown=shown)
    if not trade or not own:
        return frozenset()
    routine = {r.skill for role in trade for r in role.requirements}
    sectors = {role.sector for role in trade}
    found: set[int] = set()
    for i, role in enumerate(taxonomy.roles):
        if role.entry is None or role.entry.seniority is not Seniority.ENTRY:
            continue
        if role.sector in sectors or defining_skills(role) & given:
            continue
        hits = {r.skill for r in role.requirements if r.skill in own}
        if len(hits) == 1 and hits <= routine:
            found.add(i)
    return frozenset(found)
