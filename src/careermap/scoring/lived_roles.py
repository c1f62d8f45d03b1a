"""Peer roles for a person with lived experience, listed even when no skill reached them.

A person who says they have lived experience of the kind a peer role asks for meets that
role's one condition no other post has; when none of the skills they wrote was read as
peer work, the role scores 0 and was not listed, so the course that opens it was never
seen (review 29, P11: a veteran in his own PTSD recovery, whose "my own PTSD & TBI
recovery (VA)" was unread, found no peer support post among 21 roles). Advice order now
lists such roles after every role that scores, at score 0, with their verdict: the
certification or course they ask for (docs/scoring.md, "Peer roles at score 0").

Listed after every role that scores, they fall past the first ten (the Guam veteran's at
#51-54, review 29b), so :func:`lived_note` names those a ranking's limit leaves out, with
their places, in what the person reads first (``Ranking.lived``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from careermap.base.text import listed
from careermap.resolve.profile import Background
from careermap.results.lived import lived_need, lived_question
from careermap.scoring.engine import Scores, scoring_index
from careermap.taxonomy.lived import LivedExperience
from careermap.taxonomy.models import Taxonomy

if TYPE_CHECKING:
    from careermap.results.experience import Shown
    from careermap.taxonomy.models import Entry

__all__ = ["asks_kind", "kind_asked", "lived_note", "lived_roles", "peer_posts"]


def lived_roles(
    background: Background,
    taxonomy: Taxonomy,
    scores: Scores,
    sectors: set[str] | None,
    *,
    exclude: str | None = None,
    away: Collection[int] = (),
    shown: Shown | None = None,
    scored: bool = False,
) -> list[int]:
    """Return the positions of the peer roles at score 0 whose lived experience is met.

    With *scored*, those a skill reaches too (whatever their score): the posts
    :func:`lived_note` names first.

    Only for a person who said they have lived experience (``Background.lived_experience``):
    each role that requires it (``Entry.lived_experience``), whose kinds the person's
    meets (:func:`careermap.results.lived.lived_need` finds nothing missing), in
    *sectors* (``None``: every sector), not *exclude*, not a post left out where the
    person is (*away*), and scoring 0; in the taxonomy's order. The kinds the person's
    own texts state (*shown*, :attr:`careermap.results.experience.Shown.lived`) count for
    a yes that said none: a carer is not offered a recovery coach's post (review 30 P6).
    """
    if not background.lived_experience:
        return []
    engine = scoring_index(taxonomy)
    found = []
    for role in taxonomy.roles:
        entry = role.entry
        if entry is None or entry.lived_experience is not LivedExperience.REQUIRED:
            continue
        if role.id == exclude or (sectors is not None and role.sector not in sectors):
            continue
        position = engine.role_pos[role.id]
        if position in away or (not scored and float(scores.score[position]) > 0.0):
            continue
        local = entry.for_country(background.works_in)
        written, texts = (shown.lived, shown.lived_texts) if shown is not None else ((), ())
        if lived_need(local, background, written=written, texts=texts) is None:
            found.append(position)
    return found


def kind_asked(
    positions: Collection[int],
    background: Background,
    taxonomy: Taxonomy,
    *,
    shown: Shown | None = None,
) -> frozenset[int]:
    """Return the peer roles among *positions* whose verdict asks the lived experience's kind.

    A yes that said no kind meets a recovery coach's post only if it is recovery from
    addiction (:func:`careermap.results.lived.lived_question`): :func:`lived_note` names
    such posts after those the person's kind surely fits (review36 P9).
    """
    return frozenset(
        position
        for position in positions
        if (entry := taxonomy.roles[position].entry) is not None
        and asks_kind(entry, background, shown)
    )


def asks_kind(entry: Entry, background: Background, shown: Shown | None) -> bool:
    """Say whether *entry*'s verdict asks which kind the person's lived experience is.

    The verdict where they work (:func:`careermap.results.lived.lived_question`); the
    kinds their texts, titles and credentials show (``Shown.lived``) answer it, as in
    the verdict. :func:`kind_asked` and the advice order
    (:func:`careermap.scoring.advice.advice_key`) ask it.
    """
    written, texts = (shown.lived, shown.lived_texts) if shown is not None else ((), ())
    local = entry.for_country(background.works_in)
    return lived_question(local, background, written=written, texts=texts) is not None


def peer_posts(
    background: Background,
    taxonomy: Taxonomy,
    scores: Scores,
    sectors: set[str] | None,
    already: Collection[int],
    *,
    exclude: str | None = None,
    away: Collection[int] = (),
    shown: Shown | None = None,
) -> tuple[list[int], list[int]]:
    """Return the peer roles to list at score 0, and every peer role whose lived experience is met.

    The first are :func:`lived_roles` not *already* listed; the second, the same with
    those a skill reaches (``scored=True``), are what :func:`lived_note` names.
    """
    met = lived_roles(
        background, taxonomy, scores, sectors, exclude=exclude, away=away, shown=shown, scored=True
    )
    return [i for i in met if i not in already and float(scores.score[i]) <= 0.0], met


def lived_note(
    peers: Collection[int],
    ranked: Sequence[int],
    limit: int | None,
    taxonomy: Taxonomy,
    *,
    scored: Collection[int] = (),
    asked: Collection[int] = (),
) -> str:
    """Name the peer roles at score 0 (:func:`lived_roles`) that *limit* leaves out.

    *ranked* is the whole advice order, *peers* the positions :func:`lived_roles` found.
    Empty when every such role is within the first *limit* (or there is no limit).
    The peer posts whose lived experience the person meets and that their skills reach
    (*scored*: ``lived_roles(..., scored=True)``), when *limit* leaves them out too, are
    named first, in advice order: the post a person would take is the peer support
    worker's at #64, not the supervisor's at score 0 (review35 P9). Those whose verdict
    asks which kind the person's lived experience is (*asked*: :func:`kind_asked`) are
    named after the posts their kind surely fits, each group in advice order: a peer
    support post before a recovery coach's, for a yes that said no kind (review36 P9).

    Examples
    --------
    >>> import careermap
    >>> taxonomy = careermap.load_taxonomy()
    >>> peer = careermap.lookup_role("peer-support-specialist", taxonomy=taxonomy)
    >>> at = taxonomy.roles.index(peer)
    >>> print(lived_note([at], [7, 8, at], 2, taxonomy))  # doctest: +NORMALIZE_WHITESPACE
    Peer posts that ask for lived experience like yours are listed for it alone, as none of
    the skills you wrote was read for them: Peer support specialist (#3); a limit of 3 lists
    them with what each asks for.
    >>> lived_note([at], [7, 8, at], 3, taxonomy)
    ''

    A peer post the person's skills reach, past the limit too, comes first:

    >>> coach = taxonomy.roles.index(careermap.lookup_role("recovery-coach", taxonomy=taxonomy))
    >>> print(lived_note([at], [7, coach, at], 1, taxonomy, scored=[coach]))
    ... # doctest: +NORMALIZE_WHITESPACE
    Peer posts that ask for lived experience like yours come further down: Recovery coach
    (#2); Peer support specialist (#3) is listed for it alone, as none of the skills you
    wrote was read for it; a limit of 3 lists them with what each asks for.

    A post whose kind the person did not say comes after those their kind surely fits:

    >>> lead = careermap.lookup_role("peer-support-supervisor", taxonomy=taxonomy)
    >>> sup = taxonomy.roles.index(lead)
    >>> print(lived_note([sup], [7, coach, at, sup], 1, taxonomy, scored=[coach, at],
    ...                  asked=[coach]))
    ... # doctest: +NORMALIZE_WHITESPACE
    Peer posts that ask for lived experience like yours come further down: Peer support
    specialist (#3) and Recovery coach (#2); Peer support supervisor (#4) is listed for it
    alone, as none of the skills you wrote was read for it; a limit of 4 lists them with
    what each asks for.
    """
    if limit is None:
        return ""
    left = [place for place, i in enumerate(ranked, start=1) if i in peers and place > limit]
    if not left:
        return ""
    zero = listed([f"{taxonomy.roles[ranked[p - 1]].title} (#{p})" for p in left])
    last = left[-1]
    found = [
        (i in asked, place, i)
        for place, i in enumerate(ranked[:last], start=1)
        if place > limit and i in scored and i not in peers
    ]
    reached = [f"{taxonomy.roles[i].title} (#{place})" for _, place, i in sorted(found)]
    if not reached:
        return (
            "Peer posts that ask for lived experience like yours are listed for it alone, as "
            f"none of the skills you wrote was read for them: {zero}; a limit of {last} lists "
            "them with what each asks for."
        )
    verb, them = ("are", "them") if len(left) > 1 else ("is", "it")
    return (
        "Peer posts that ask for lived experience like yours come further down: "
        f"{listed(reached)}; {zero} {verb} listed for it alone, as none of the skills you "
        f"wrote was read for {them}; a limit of {last} lists them with what each asks for."
    )
