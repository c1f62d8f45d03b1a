"""Skills a person holds but wants to leave: read, listed, and kept out of the score.

A skill whose practice *is* a working condition (``Skill.conditions``: restraint
training is ``physical-intervention``) says what the person did, not what they want to
do next. For a person whose ``Background.avoid`` names that condition, the skill is
still read and listed, with a plain note, but it is left out of the skills scored, as
general competencies are left out of utilisation (``docs/scoring.md``, "Skills a person
wants to leave"): restraint training no longer ranks restraint posts first for someone
who is leaving restraint. A profile whose every read skill is set aside ranks nothing,
and says why (:func:`careermap.results.avoided.reading_caution`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from careermap.base.cache import derived
from careermap.base.errors import ProfileError
from careermap.resolve.background import Background
from careermap.resolve.profile import Profile
from careermap.results.avoided import SetAside
from careermap.results.degree_held import degree_held, degree_note
from careermap.taxonomy.conditions import Condition
from careermap.taxonomy.models import Taxonomy
from careermap.taxonomy.store import skill_labels

if TYPE_CHECKING:
    from collections.abc import Callable

    from careermap.results.experience import Shown

__all__ = [
    "ProfileRead",
    "Tie",
    "degree_counted",
    "degree_line",
    "practising",
    "profile_skills",
    "read_profile",
    "set_aside",
    "shown_of",
    "skill_conditions",
]

#: How a skill is tied to a working condition: its practice is the condition
#: (``Skill.conditions``), or it is learnt for the posts that involve it
#: (``Skill.learnt_for``: :mod:`careermap.exploration.tied`).
Tie = Literal["conditions", "learnt_for"]


def skill_conditions(
    taxonomy: Taxonomy, tie: Tie = "conditions"
) -> Mapping[str, tuple[Condition, ...]]:
    """Return the skills tied to a working condition by *tie*, with those conditions.

    By default those whose practice is a working condition.
    """

    def build() -> dict[str, tuple[Condition, ...]]:
        ties = (
            (s.id, s.conditions if tie == "conditions" else s.learnt_for) for s in taxonomy.skills
        )
        return {skill: its for skill, its in ties if its}

    found: dict[str, tuple[Condition, ...]] = derived(taxonomy, f"skill-{tie}", build)
    return found


def practising(
    background: Background | None, taxonomy: Taxonomy, tie: Tie = "conditions"
) -> frozenset[str]:
    """Return the skills tied by *tie* to a condition *background* says to leave.

    By default those whose practice is such a condition: never advised to learn
    (:func:`careermap.upskilling`); held, they are set aside. With ``"learnt_for"``,
    those learnt for the posts that involve one
    (:func:`careermap.exploration.tied.tied_skills`).

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> sorted(practising(Background(avoid=["physical-intervention"]), default_taxonomy()))
    ['physical-intervention']
    >>> practising(Background(avoid=["shift-work"]), default_taxonomy())
    frozenset()
    """
    avoid = () if background is None else background.avoid
    if not avoid:
        return frozenset()
    found = skill_conditions(taxonomy, tie).items()
    return frozenset(skill for skill, its in found if any(c in avoid for c in its))


def set_aside(profile: Profile, taxonomy: Taxonomy) -> tuple[SetAside, ...]:
    """Return the profile's skills left out of its score, each with its texts and conditions.

    A skill is set aside when its practice is a condition the person wants to leave
    (``Background.avoid``). Empty without a background or an ``avoid``.

    Examples
    --------
    >>> from careermap import build_profile
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> profile = build_profile(
    ...     ["MAPA:3", "CBT:4"], background={"avoid": ["physical-intervention"]}, semantic=False
    ... )
    >>> print(*set_aside(profile, default_taxonomy()))
    'MAPA' read as Physical intervention; not counted, since you would rather not do it
    """
    if profile.background is None or not profile.background.avoid:
        return ()  # nothing to leave: the skills are not read
    return _set_aside(profile, profile.skills, taxonomy)


def _set_aside(
    profile: Profile, skills: Mapping[str, int], taxonomy: Taxonomy
) -> tuple[SetAside, ...]:
    """:func:`set_aside` given the profile's *skills* (``Profile.skills``), read once."""
    leaving = practising(profile.background, taxonomy)
    held = [skill for skill in skills if skill in leaving]
    if not held:
        return ()
    avoid = profile.background.avoid if profile.background is not None else ()
    practised, labels = skill_conditions(taxonomy), skill_labels(taxonomy)
    return tuple(
        SetAside(
            skill_id=skill,
            label=labels[skill],
            texts=tuple(
                dict.fromkeys(e.text for e in profile.resolved if e.match.skill_id == skill)
            ),
            conditions=tuple(c for c in practised[skill] if c in avoid),
        )
        for skill in held
    )


def profile_skills(profile: Profile, taxonomy: Taxonomy) -> dict[str, int]:
    """Return the skills scored for *profile*: every read skill but those set aside.

    With them, the knowledge and practice a completed master's degree or doctorate in
    its subject counts as held (:func:`careermap.results.degree_held.degree_held`), for
    a skill no text of the person's read.

    Raises
    ------
    ProfileError
        If none of the profile's texts was read (the message lists each with
        suggestions), or if it names skills *taxonomy* lacks. A profile whose every
        read skill is set aside gives ``{}``: it ranks nothing, and says why
        (:func:`careermap.results.avoided.reading_caution`).
    """
    return _scored(profile, profile.skills, taxonomy)[0]


def _scored(
    profile: Profile, skills: dict[str, int], taxonomy: Taxonomy
) -> tuple[dict[str, int], dict[str, int]]:
    """:func:`profile_skills` given *skills*, read once, with :func:`degree_counted`'s part."""
    if not skills:
        details = "; ".join(str(entry.match) for entry in profile.unresolved)
        msg = f"none of the profile's skills is recognised: {details}"
        raise ProfileError(msg)
    index = taxonomy.skill_index
    unknown = sorted(s for s in skills if s not in index)
    if unknown:
        msg = (
            f"the profile names skills this taxonomy lacks ({', '.join(unknown)}); "
            "build the profile against the same taxonomy"
        )
        raise ProfileError(msg)
    leaving = practising(profile.background, taxonomy)
    scored = {skill: level for skill, level in skills.items() if skill not in leaving}
    if not scored:  # every read skill set aside: it ranks nothing (reading_caution)
        return scored, {}
    counted = _from_degree(profile, skills, taxonomy)
    return scored | counted, counted


def degree_counted(profile: Profile, taxonomy: Taxonomy) -> dict[str, int]:
    """Return the skills :func:`profile_skills` counts from the person's degree alone.

    Those :func:`~careermap.results.degree_held.degree_held` gives that no text of the
    person's read and that are not set aside; none when nothing else is scored.
    """
    if not degree_held(profile.background, taxonomy):
        return {}  # no degree counted: the skills are not read
    return _from_degree(profile, profile.skills, taxonomy)


def _from_degree(profile: Profile, skills: dict[str, int], taxonomy: Taxonomy) -> dict[str, int]:
    """:func:`degree_counted` given the profile's *skills*, read once by the caller."""
    if not skills:
        return {}
    leaving = practising(profile.background, taxonomy)
    if not any(skill not in leaving for skill in skills):
        return {}
    held = degree_held(profile.background, taxonomy)
    return {s: level for s, level in held.items() if s not in skills and s not in leaving}


def degree_line(profile: Profile, taxonomy: Taxonomy) -> str:
    """Say which skills a ranking counts from the person's degree (``Ranking.degree``)."""
    return _degree_line(profile, degree_counted(profile, taxonomy), taxonomy)


def _degree_line(profile: Profile, counted: dict[str, int], taxonomy: Taxonomy) -> str:
    """:func:`degree_line` given the skills :func:`degree_counted` found."""
    return degree_note(profile.background, counted, skill_labels(taxonomy)) if counted else ""


@dataclass(frozen=True)
class ProfileRead:
    """What a ranking reads of a profile, found from one read of ``Profile.skills``."""

    #: ``Profile.skills``: every skill read, at its level.
    skills: dict[str, int]
    #: :func:`profile_skills`: the skills scored.
    scored: dict[str, int]
    #: :func:`set_aside`: the skills left out of the score, with their texts.
    set_aside: tuple[SetAside, ...]
    #: :func:`degree_line`: the skills counted from the person's degree, said.
    degree: str


def read_profile(profile: Profile, taxonomy: Taxonomy) -> ProfileRead:
    """Return :func:`profile_skills`, :func:`set_aside` and :func:`degree_line` at once.

    ``Profile.skills`` works the levels out from every entry each time it is read (a
    short course counts as training: :mod:`careermap.resolve.courses`); a ranking reads
    it here, once, and hands it on.

    Raises
    ------
    ProfileError
        As :func:`profile_skills`.

    Examples
    --------
    >>> from careermap import build_profile
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> profile = build_profile(
    ...     ["MAPA:3", "CBT:4"], background={"avoid": ["physical-intervention"]}, semantic=False
    ... )
    >>> read = read_profile(profile, default_taxonomy())
    >>> read.scored, [item.skill_id for item in read.set_aside], read.degree
    ({'cognitive-behavioural-therapy': 4}, ['physical-intervention'], '')
    >>> read.scored == profile_skills(profile, default_taxonomy())
    True
    """
    skills = profile.skills
    scored, counted = _scored(profile, skills, taxonomy)
    return ProfileRead(
        skills=skills,
        scored=scored,
        set_aside=_set_aside(profile, skills, taxonomy),
        degree=_degree_line(profile, counted, taxonomy),
    )


def shown_of(
    profile: Profile | Callable[[], Profile], taxonomy: Taxonomy, read: ProfileRead | None
) -> Shown | None:
    """Return what a ranked profile's words show of experience, ``None`` without a background.

    :func:`careermap.results.experience.shown_by`, from the skills the ranking *read*; a
    profile still to be built (a callable: one without a background) shows nothing, and
    the reader of texts is imported only for a profile with a background.

    Examples
    --------
    >>> from careermap import build_profile
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> bare = build_profile(["CBT:4"], semantic=False)
    >>> shown_of(bare, default_taxonomy(), read_profile(bare, default_taxonomy())) is None
    True
    >>> placed = build_profile(["CBT:4"], background={"country": "GB"}, semantic=False)
    >>> "cognitive-behavioural-therapy" in shown_of(placed, default_taxonomy(), None).skills
    True
    """
    if not isinstance(profile, Profile) or profile.background is None:
        return None
    from careermap.results.experience import shown_by  # noqa: PLC0415 - with a background

    return shown_by(profile, taxonomy, skills=None if read is None else read.skills)
