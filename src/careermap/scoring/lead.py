"""What leads an advice list: no step down, stray reading or unasked peer post.

Advice order (:func:`careermap.scoring.advice.advice_order`) puts realistic moves first
and, on a thin list (:mod:`careermap.scoring.thin`), the best fits within reach before the
realistic roles filled in. The thirty-seventh round's counsellor's review (review37 P12,
P8) found three leads a counsellor would not give:

- a post a step below the person's education, on a thin list, ahead of the posts their
  own qualification opens (a family care nurse with a bachelor's shown a behavioural
  health technician's post first, "Below your bachelor's degree");
- on a thin list where nothing within reach is open, a post needing a degree that rests
  on the one skill read of everything the person wrote (a security officer's "EHBO (first
  aid)" making exercise physiologist his first line), ahead of the posts he could take;
- a peer post, open because the person said yes to lived experience, leading a list for
  someone who asked for other work: nothing they wrote (a peer skill, a peer job title,
  their own recovery in their words) points to peer work (a hikikomori outreach worker
  asking for employment support shown peer support specialist first).

The thirty-eighth round found a fourth: on a thin list, a post within reach whose entry
needs a licence or registration the person does not hold, toward which they named no
route, ahead of the posts they could take (a mental health agent of twelve years with no
diploma shown a nurse manager's post second, "Needs a bachelor's degree; Registered Nurse
(RN)", and the peer posts he could take 20th to 23rd); and, on any list, a post a past
job title names leading the list of a person who asked for other work (the Geel family
care counsellor, who asked for the same work, shown the ward nurse's post she left twelve
years ago first).

:func:`step_down_later`, :func:`fills_first`, :func:`licensed_later`,
:func:`peer_not_first` and :func:`left_later` move only those roles, after the advice
order has placed every other; scores and verdicts are unchanged (docs/scoring.md, "What
leads the list").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from careermap.resolve.profile import Background
from careermap.scoring.advice import ADVICE_REACH, ADVICE_TIERS
from careermap.scoring.thin import THIN_TOP, Filled, realistic
from careermap.taxonomy.models import Role, Taxonomy

if TYPE_CHECKING:
    from careermap.results.experience import Shown

__all__ = [
    "PEER_LEAD",
    "PEER_SKILLS",
    "asked_peer_work",
    "fills_first",
    "lead",
    "left_later",
    "left_posts",
    "licensed_later",
    "needs_licence",
    "peer_not_first",
    "step_down_later",
]

#: Skills whose reading says the person does peer or recovery work: with one of them, a
#: peer post may lead their list (:func:`peer_not_first`). Recovery-oriented practice
#: counts: an opioid treatment nurse "talking with pts about my own recovery" (read as
#: that skill) keeps the recovery coach's post she accepted first.
PEER_SKILLS = frozenset({"peer-support", "peer-support-networks", "recovery-oriented-practice"})


#: What joins two posts held in turn in one past job title: "and", "&", "/" or ";".
_JOINED = re.compile(r"\s+(?:and|&)\s+|\s*[/;]\s*", re.IGNORECASE)

#: How far down the list :func:`peer_not_first` looks for a post to lead instead of a
#: peer post: the first screen (the persona benchmarks' top 5); a move further down is
#: not brought up past the posts between.
PEER_LEAD = 5


def step_down_later(
    within: Sequence[int],
    step_down: Callable[[int], bool],
) -> list[int]:
    """Return the roles within reach of a thin list with the steps down last.

    *within* are the roles within reach in advice order, *step_down* says whether a role
    is a step below the person's education they did not say they are open to. A stable
    move: the others keep their order.

    Examples
    --------
    >>> step_down_later([4, 2, 7], {4}.__contains__)
    [2, 7, 4]
    """
    return [i for i in within if not step_down(i)] + [i for i in within if step_down(i)]


def fills_first(
    ranked: Sequence[int], within: Collection[int], filled: Filled, *, kept: Collection[int] = ()
) -> list[int]:
    """Return *ranked* with a thin list's roles filled in before those *within* reach.

    Only where *filled* says they lead (``Filled.first``: none within reach is open to
    the person and the ranking rests on one skill read,
    :func:`~careermap.scoring.thin.thin_advice`): each post within reach then needs a
    long step and fits by that one skill, so the posts they could take come first.
    Otherwise *ranked* unchanged (the twenty-seventh round's order, measured then). The
    person's own job, *kept* within reach at any score (``scoring.own_job``), stays first.

    Examples
    --------
    >>> fills_first([1, 2, 3, 4, 5], {1, 2}, Filled(below=(3, 4), first=True))
    [3, 4, 1, 2, 5]
    >>> fills_first([1, 2, 3, 4, 5], {1, 2}, Filled(below=(3, 4)))
    [1, 2, 3, 4, 5]
    >>> fills_first([1, 2, 3, 4, 5], {1, 2}, Filled(below=(3, 4), first=True), kept={2})
    [2, 3, 4, 1, 5]
    """
    if not filled.first:
        return list(ranked)
    first = [i for i in filled.kept if i in ranked]
    own = [i for i in ranked if i in within and i in kept]
    return [
        *own,
        *first,
        *(i for i in ranked if i in within and i not in kept),
        *(i for i in ranked if i not in within and i not in first),
    ]


def licensed_later(
    ranked: Sequence[int], unlicensed: Collection[int], follow: Collection[int]
) -> list[int]:
    """Return *ranked* with the roles the person *could take* before those *unlicensed*.

    *unlicensed* are a thin list's roles within reach whose entry needs a licence or
    registration the person neither holds nor named a route to (:func:`needs_licence`);
    *follow* the realistic roles the list places after reach (those filled in, and peer
    posts whose lived experience the person meets). Those of *follow* ranked after the
    first unlicensed role move, in their order, to just before it; every other role
    keeps its order. Unchanged when either is empty.

    Examples
    --------
    >>> licensed_later([1, 2, 3, 4, 5, 6], {2, 3}, {5, 6})
    [1, 5, 6, 2, 3, 4]
    >>> licensed_later([1, 2, 3], {2}, ())
    [1, 2, 3]
    >>> licensed_later([5, 2, 3], {2}, {5})  # already before it
    [5, 2, 3]
    """
    first = next((n for n, i in enumerate(ranked) if i in unlicensed), None)
    if first is None:
        return list(ranked)
    moved = [i for i in ranked[first:] if i in follow]
    rest = [i for i in ranked[first:] if i not in follow]
    return [*ranked[:first], *moved, *rest]


def needs_licence(
    role: int, background: Background, taxonomy: Taxonomy, shown: Shown | None
) -> bool:
    """Say whether role *role*'s verdict needs a licence the person has no route to.

    A ``needs`` verdict naming a licence or registration (``Gate.LICENCE``) in which none
    of the credentials the person wrote is named: no programme toward it, no lapsed or
    pending licence, none of another country (those are routes, and are said).

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> from careermap.scoring.engine import scoring_index
    >>> taxonomy = default_taxonomy()
    >>> nurse = scoring_index(taxonomy).role_pos["psychiatric-nurse"]
    >>> needs_licence(nurse, Background(education="none", country="CI"), taxonomy, None)
    True
    >>> rn = Background(education="bachelor", credentials=["RN (US)"], country="US")
    >>> needs_licence(nurse, rn, taxonomy, None)
    False
    """
    from careermap.results.readiness import assess  # noqa: PLC0415 - as in advice_key
    from careermap.results.verdict import Gate  # noqa: PLC0415 - as in advice_key

    held = taxonomy.roles[role]
    if held.entry is None:
        return False
    found = assess(
        held.entry, background, taxonomy=taxonomy, shown=shown, sector=held.sector, role=held.id
    )
    if found is None or found.verdict != "needs" or Gate.LICENCE not in found.gates:
        return False
    said = " ".join((found.summary, *found.needs))
    return not any(text.strip() and text.strip() in said for text in background.credentials)


def asked_peer_work(
    background: Background,
    skills: Collection[str],
    taxonomy: Taxonomy,
    shown: Shown | None,
) -> bool:
    """Say whether anything the person gave points to peer work.

    A peer skill read (:data:`PEER_SKILLS`), their own lived experience in their words, a
    peer title or credential (``Shown.lived_texts``), or a job title naming a role that
    asks for lived experience (:func:`careermap.results.current.current_role`).
    """
    if not background.lived_experience:
        return False
    if PEER_SKILLS & set(skills):
        return True
    if shown is not None and (shown.lived or shown.lived_texts):
        return True
    if not background.current_role:
        return False
    from careermap.results.readiness import current_role  # noqa: PLC0415 - as in match
    from careermap.results.step_down import is_peer_post  # noqa: PLC0415 - as in match

    held = current_role(background.current_role, taxonomy)
    return held is not None and is_peer_post(held)


def peer_not_first(
    ranked: Sequence[int],
    background: Background,
    taxonomy: Taxonomy,
    *,
    skills: Collection[str],
    shown: Shown | None,
    realistic: Callable[[int], bool],
) -> list[int]:
    """Return *ranked* with a peer post no longer first for a person who asked for other work.

    A list led by peer posts (roles asking for lived experience) for a person who said
    yes to lived experience but gave nothing pointing to peer work
    (:func:`asked_peer_work`) is led instead by its first *realistic* role that is not a
    peer post, when one follows within the first :data:`PEER_LEAD`; the peer posts come
    right after it, an option their experience opens (review37 P8). Otherwise *ranked* unchanged.
    """
    if not ranked or not background.lived_experience:
        return list(ranked)
    from careermap.results.step_down import is_peer_post  # noqa: PLC0415 - as in match

    peer = [is_peer_post(taxonomy.roles[i]) for i in ranked]
    if not peer[0]:
        return list(ranked)
    lead = next((n for n, i in enumerate(ranked[:PEER_LEAD]) if not peer[n] and realistic(i)), None)
    if lead is None or asked_peer_work(background, skills, taxonomy, shown):
        return list(ranked)
    return [ranked[lead], *ranked[:lead], *ranked[lead + 1 :]]


def left_posts(background: Background, taxonomy: Taxonomy) -> frozenset[int]:
    """Return the positions of the posts the person left that they did not ask to go back to.

    The roles their past job titles name (``Background.experience``, read as
    :func:`careermap.results.current.current_role` reads a title), but for the role their
    present title names, when they asked for other work: the same work as now
    (``same_work``), or a step up (``step_up``), unless the past post is a rung above the
    seniority their present title says (:func:`careermap.results.current.own_seniority`;
    a title that says none counts as no rung). Without either wish, when the role their
    present title names manages staff (``managing-staff``), the past posts at a rung
    below it, unless they said they are open to a step back (``step_back``): the post of
    the staff they manage now is no first move (the thirtieth set's Ballinasloe assistant
    director of nursing, shown first the clinical nurse manager's post she was promoted
    from; fortieth round). A past title joining two posts names both (:func:`_past_roles`).

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> ward = {"Psychiatric nurse, inpatient ward": 8}
    >>> same = Background(current_role="Family care counsellor", same_work=True, experience=ward)
    >>> [taxonomy.roles[i].id for i in left_posts(same, taxonomy)]
    ['psychiatric-nurse']
    >>> left_posts(same.model_copy(update={"same_work": False}), taxonomy)
    frozenset()
    """
    wished = background.same_work or background.step_up
    if not background.experience or not (wished or not background.step_back):
        return frozenset()
    from careermap.results.current import current_role, own_seniority  # noqa: PLC0415
    from careermap.scoring.engine import scoring_index  # noqa: PLC0415 - as in thin
    from careermap.taxonomy.models import Seniority  # noqa: PLC0415 - as in step_up

    title = (background.current_role or "").strip()
    held = current_role(title, taxonomy, whole=True) if title else None
    rungs = list(Seniority)
    own = (
        own_seniority(title, taxonomy) if background.step_up and not background.same_work else None
    )
    # Without a wish: the rungs below a post managing staff that their title names.
    top = None if wished else _managing_rung(held)
    if not wished and top is None:
        return frozenset()
    position = scoring_index(taxonomy).role_pos
    pasts = [role for past in background.experience for role in _past_roles(past, taxonomy)]
    # A step up from a title that names no rung, after past posts on more than one rung:
    # they climbed to the highest, so a past post on it is no post below them (forty-third
    # round, review43 P10: the Ennis night superintendent's "CNM3" is unread, and the nurse
    # manager's post she had been promoted to fell from third to sixth when she asked to
    # step up). A past line on one rung may be the rung they step up from.
    reached = None
    if background.step_up and not background.same_work and own is None:
        climbed = {rungs.index(r.entry.seniority) for r in pasts if r.entry}
        reached = max(climbed) if len(climbed) > 1 else None
    left: set[int] = set()
    for role in pasts:
        if held is not None and role.id == held.id:
            continue
        rung = None if role.entry is None else role.entry.seniority
        if own is not None and rung is not None and rungs.index(rung) > rungs.index(own):
            continue  # a post above their own rung: a step up back to it
        if reached is not None and rung is not None and rungs.index(rung) == reached:
            continue
        below = top is not None and rung is not None and rungs.index(rung) < top
        if wished or below:  # without a wish, only the rungs of the staff they manage
            left.add(position[role.id])
    return frozenset(left)


def _managing_rung(held: Role | None) -> int | None:
    """Return the rung of *held* (its place in ``Seniority``) when it involves managing staff."""
    from careermap.taxonomy.conditions import Condition  # noqa: PLC0415 - as in left_posts
    from careermap.taxonomy.models import Seniority  # noqa: PLC0415 - as in left_posts

    if held is None or held.entry is None or Condition.MANAGING_STAFF not in held.conditions:
        return None
    return list(Seniority).index(held.entry.seniority)


def _past_roles(title: str, taxonomy: Taxonomy) -> list[Role]:
    """Return the roles a past job title names: the whole title's, else each of its parts'.

    A title joining two posts held in turn ("Psychiatric nurse and clinical nurse
    manager") names both, read as :func:`careermap.results.current.current_role` reads a
    title; a title naming one role names it only.
    """
    from careermap.results.current import current_role  # noqa: PLC0415 - as in left_posts

    if not title.strip():
        return []
    whole = current_role(title, taxonomy)
    if whole is not None:
        return [whole]
    parts = (part.strip() for part in _JOINED.split(title))
    return [role for part in parts if part and (role := current_role(part, taxonomy))]


def left_later(
    ranked: Sequence[int], left: Collection[int], *, held: int | None = None, after: int = PEER_LEAD
) -> list[int]:
    """Return *ranked* with the posts the person *left* after its first *after*.

    Those of *left* within the first *after* follow them, in their order, with the roles
    that filled their places brought up; *held* (their present job, placed after the
    first moves by the advice order) is not brought up into them, nor is another of
    *left* (forty-third round, review43 P1: the Whitby HR administrator's community
    health worker's post, the care work she excluded, filled the place of the homeless
    outreach worker's).

    Examples
    --------
    >>> left_later([1, 2, 3, 4, 5, 6, 7], {2}, after=5)
    [1, 3, 4, 5, 6, 2, 7]
    >>> left_later([1, 2, 3, 4, 5, 6, 7], {2}, held=6, after=5)
    [1, 3, 4, 5, 7, 2, 6]
    >>> left_later([1, 2, 3, 4, 5, 6, 7], {2, 6}, after=5)
    [1, 3, 4, 5, 7, 2, 6]
    >>> left_later([1, 2, 3], {9}, after=2)
    [1, 2, 3]
    """
    if not any(i in left for i in ranked[:after]):
        return list(ranked)
    first: list[int] = []
    rest: list[int] = []
    for n, i in enumerate(ranked):
        late = (i in left and len(first) < after) or (i == held and n >= after)
        (rest if late or len(first) >= after else first).append(i)
    return [*first, *rest]


def lead(  # noqa: PLR0917 - the advice order's own parts, from its one caller
    ranked: Sequence[int],
    key: Callable[[int], tuple[int, bool, bool]],
    score: Callable[[int], float],
    filled: Filled,
    background: Background,
    taxonomy: Taxonomy,
    shown: Shown | None,
    skills: Collection[str],
    kept: Collection[int] = (),
    *,
    elsewhere: Collection[int] = (),
) -> list[int]:
    """Return an advice order (:func:`careermap.scoring.advice.advice_order`) with its lead mended.

    On a thin list (*filled*: fewer than :data:`~careermap.scoring.thin.THIN_TOP`
    realistic roles within reach), the steps down within reach come after the others
    within reach (:func:`step_down_later`) and, where none within reach is open and the
    ranking rests on one skill read (``Filled.first``), the roles filled in lead
    (:func:`fills_first`); the realistic roles the list places after reach come before
    the roles within reach that need a licence the person has no route to
    (:func:`licensed_later`). On any list, a peer post unasked does not lead
    (:func:`peer_not_first`; *skills* are the skills counted), nor, for a person who
    asked for the same work or a step up, a post they left (:func:`left_later`), nor a
    post *elsewhere*: the work of sectors they exclude, filed under another
    (:func:`careermap.scoring.filed_elsewhere.filed_elsewhere`). *key* and *score* are
    the advice order's, *kept* the roles it kept within reach whatever their score.
    """
    order = list(ranked)
    if order and filled.within < THIN_TOP:
        floor = ADVICE_REACH * max(score(i) for i in order)
        then = set(filled.kept)
        within = [i for i in order if i not in then and (score(i) >= floor or i in kept)]
        # The person's own job keeps the place the advice order gave it (after the first
        # moves, scoring.own_job): a step down moves past the others only.
        others = [i for i in within if i not in kept]
        moved = iter(
            step_down_later(others, lambda i: _step_down(i, key, background, taxonomy, shown))
        )
        places = set(others)
        order = [next(moved) if i in places else i for i in order]
        order = fills_first(order, set(within), filled, kept=kept)
        # A licence they have no route to: the posts they could take come before it.
        from careermap.results.step_down import is_peer_post  # noqa: PLC0415 - as in match

        unlicensed = {
            i for i in within if i not in kept and needs_licence(i, background, taxonomy, shown)
        }
        reach = set(within)
        follow = {
            i
            for i in order
            if i not in reach
            and realistic(key(i))
            and (i in then or is_peer_post(taxonomy.roles[i]))
        }
        order = licensed_later(order, unlicensed, follow) if unlicensed else order
    order = peer_not_first(
        order,
        background,
        taxonomy,
        skills=skills,
        shown=shown,
        realistic=lambda i: realistic(key(i)),
    )
    # A post they left, for a person who asked for other work (left_posts).
    left = left_posts(background, taxonomy) | frozenset(elsewhere)
    if not left:
        return order
    from careermap.scoring.advice_rank import CURRENT_AFTER  # noqa: PLC0415 - its importer

    return left_later(order, left, held=_held(background, taxonomy), after=CURRENT_AFTER)


def _held(background: Background, taxonomy: Taxonomy) -> int | None:
    """Return the position of the role the person's title names, placed after the first moves."""
    if background.same_work or not (background.current_role or "").strip():
        return None
    from careermap.results.current import current_role  # noqa: PLC0415 - as in left_posts
    from careermap.scoring.engine import scoring_index  # noqa: PLC0415 - as in thin

    held = current_role(background.current_role or "", taxonomy, whole=True)
    return None if held is None else scoring_index(taxonomy).role_pos[held.id]


def _step_down(
    i: int,
    key: Callable[[int], tuple[int, bool, bool]],
    background: Background,
    taxonomy: Taxonomy,
    shown: Shown | None,
) -> bool:
    """Say whether role *i* is a step down the person did not say they are open to."""
    if key(i)[0] != ADVICE_TIERS["step-down"]:
        return False
    from careermap.results.step_down import step_down  # noqa: PLC0415 - as in advice_key

    return step_down(taxonomy.roles[i], background, taxonomy, shown)
