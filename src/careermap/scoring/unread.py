"""What a thin list says when little of what the person wrote was read.

A thin advice list (:mod:`careermap.scoring.thin`) that nothing could fill was listed
with no note at all: the San Marino educatore of seventeen years, whose six Italian texts
were not read, was shown nine posts, none she could take (a recovery house, peer posts
asking lived experience, a Deaf service asking sign language), as if they were advice
(thirty-ninth round, review39 P11). Where at most half the person's texts were read
(as :func:`careermap.resolve.display.thin_profile` counts them), the head of such a list
says so and names what to add: the texts careermap could not read, in the person's own
words (:func:`unread_note`). Words only: what is listed, and in what order, is unchanged.
"""

from __future__ import annotations

from collections.abc import Collection

from careermap.base.text import listed
from careermap.resolve.language import other_language
from careermap.resolve.profile import Profile

__all__ = ["QUOTED", "little_read", "unread_note", "unread_tail"]

#: How many of the texts careermap could not read the note quotes; the rest are counted.
QUOTED = 3


def little_read(profile: Profile, aside: Collection[str] = ()) -> bool:
    """Say whether at most half of *profile*'s texts were read and counted.

    A text read only as a skill set aside (*aside*: work the person would rather not do)
    is not counted, as :func:`careermap.resolve.display.thin_profile` counts it.

    Examples
    --------
    >>> from careermap import build_profile
    >>> little_read(build_profile(["CBT", "forklift", "welding"], semantic=False))
    True
    >>> little_read(build_profile(["CBT", "motivational interviewing"], semantic=False))
    False
    """
    given = len(profile.entries)
    counted = sum(entry.match.skill_id not in aside for entry in profile.resolved)
    return given > 0 and counted * 2 < given


def unread_note(profile: Profile, open_: int, aside: Collection[str] = ()) -> str:
    """Return the head of a thin list that rests on little of what the person wrote, or ``""``.

    *open_* is how many of the roles the person fits best are open to them now or after
    a step (``Filled.within``); nothing filled the list. Empty unless :func:`little_read`
    (:func:`unread_tail` says the rest).

    Examples
    --------
    >>> from careermap import build_profile
    >>> profile = build_profile(
    ...     ["psychosocial rehabilitation", "laboratori espressivi e di cucina",
    ...      "riunione quotidiana del centro diurno"], semantic=False)
    >>> print(unread_note(profile, 1))  # doctest: +NORMALIZE_WHITESPACE
    A thin list: of the roles your skills fit best, only 1 is open to you now or after a
    step, and no other post you could take comes close enough to list. It rests on 1 of
    your 3 texts, the only one careermap could read: read it as what that text alone
    points to, not as advice. Write in English what careermap could not read
    ('laboratori espressivi e di cucina' and 'riunione quotidiana del centro diurno'), as
    the skills each is, and rank again.
    >>> unread_note(build_profile(["CBT", "motivational interviewing"], semantic=False), 0)
    ''
    """
    tail = unread_tail(profile, aside)
    if not tail:
        return ""
    opened = "none is" if open_ == 0 else f"only {open_} {'is' if open_ == 1 else 'are'}"
    return (
        f"A thin list: of the roles your skills fit best, {opened} open to you now or after "
        f"a step, and no other post you could take comes close enough to list. {tail}"
    )


def unread_tail(profile: Profile, aside: Collection[str] = ()) -> str:
    """Say what a thin list rests on and which texts to write again, or ``""``.

    Empty unless :func:`little_read`, and where nothing was counted (such a profile
    ranks nothing, and says why) or every text was read (some only as work set aside).
    It says how many texts the list rests on, that it is not yet advice, and which
    texts to write again so careermap can read them (the first :data:`QUOTED`, in the
    person's words): in English, where most look written in another language
    (:func:`careermap.resolve.language.other_language`).

    Examples
    --------
    >>> from careermap import build_profile
    >>> profile = build_profile(["CBT", "benefits advice", "forklift", "welding",
    ...                          "home visits", "walking group"], semantic=False)
    >>> print(unread_tail(profile))  # doctest: +NORMALIZE_WHITESPACE
    It rests on 2 of your 6 texts, those careermap could read: read it as what those
    texts alone point to, not as advice. Reword what careermap could not read
    ('forklift', 'welding', 'home visits' and 1 more), as the skills each is, and rank
    again.
    """
    if not little_read(profile, aside):
        return ""
    given = len(profile.entries)
    counted = sum(entry.match.skill_id not in aside for entry in profile.resolved)
    unread = [entry.text for entry in profile.unresolved]
    if counted == 0 or not unread:
        return ""
    if counted == 1:
        rests = f"It rests on 1 of your {given} texts, the only one careermap could read"
        alone = "what that text alone points to"
    else:
        rests = f"It rests on {counted} of your {given} texts, those careermap could read"
        alone = "what those texts alone point to"
    quoted = [repr(text) for text in unread[:QUOTED]]
    more = len(unread) - len(quoted)
    named = listed([*quoted, f"{more} more"] if more else quoted)
    foreign = sum(map(other_language, unread))
    write = "Write in English" if foreign * 2 >= len(unread) else "Reword"
    return (
        f"{rests}: read it as {alone}, not as advice. {write} what careermap could not "
        f"read ({named}), as the skills each is, and rank again."
    )
