"""What a person says they want to leave, said back in plain words.

``caution`` names the working conditions of a role that a person gave in
``Background.avoid``; ``with_avoid`` adds conditions to a background given as a model or
a mapping (the ``avoid=`` argument of :func:`careermap.rank_careers`). ``SetAside`` is a
skill of theirs whose practice is such a condition, read but not counted
(:mod:`careermap.scoring.set_aside`), and ``reading_caution`` what a ranking then rests on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from careermap.base.record import Record
from careermap.base.text import listed
from careermap.resolve.background import Background
from careermap.resolve.profile import Profile
from careermap.taxonomy.conditions import CONDITION_WORDS, Condition

__all__ = ["NOT_COUNTED", "ON_SITE_CAUTION", "SetAside", "caution", "reading_caution", "with_avoid"]


def caution(avoided: Sequence[Condition]) -> str:
    """Say in plain words which conditions a person would rather not do a role involves.

    Examples
    --------
    >>> print(caution([Condition.PHYSICAL_INTERVENTION, Condition.COURT_WORK]))
    ... # doctest: +NORMALIZE_WHITESPACE
    Involves physical intervention (restraint or holds) and court work (reports and
    evidence for courts), which you said you would rather not do

    A role tied to a site, for a person who wants to work from home (``on-site``):

    >>> print(caution([Condition.CLINICAL_CASELOAD, Condition.ON_SITE]))
    ... # doctest: +NORMALIZE_WHITESPACE
    Involves a clinical caseload (assessing or treating patients or clients), which you
    said you would rather not do; usually done in person, on site, not from home as you
    said you want
    """
    words = [CONDITION_WORDS[c] for c in avoided if c is not Condition.ON_SITE]
    parts = []
    if words:
        parts.append(f"involves {listed(words)}, which you said you would rather not do")
    if Condition.ON_SITE in avoided:
        parts.append(ON_SITE_CAUTION)
    said = "; ".join(parts)
    return said[0].upper() + said[1:]


#: The caution for ``on-site``: a wish to work from home, said as the person put it.
ON_SITE_CAUTION = "usually done in person, on site, not from home as you said you want"


def with_avoid(
    background: Background | Mapping[str, object] | None, avoid: str | Iterable[str]
) -> dict[str, object]:
    """Return *background* as a mapping whose ``avoid`` also holds *avoid* (once each).

    The mapping is validated where it is used (:func:`careermap.build_profile`), so an
    unknown condition is reported there, naming it and listing the valid ones.

    Examples
    --------
    >>> with_avoid({"education": "master"}, ["shift-work"])
    {'education': 'master', 'avoid': ['shift-work']}
    >>> with_avoid(Background(avoid=["shift-work"]), "court-work")["avoid"]
    ['shift-work', 'court-work']
    """
    if isinstance(background, Background):
        given: dict[str, object] = background.model_dump(mode="json", exclude_defaults=True)
    else:
        given = dict(background or {})
    held = given.get("avoid") or ()
    before = [held] if isinstance(held, str) else list(held) if isinstance(held, Iterable) else []
    added = [avoid] if isinstance(avoid, str) else list(avoid)
    given["avoid"] = list(dict.fromkeys([*before, *added]))
    return given


#: What is said beside a text read as a skill set aside (the CLI's table, :class:`SetAside`).
NOT_COUNTED = "not counted, since you would rather not do it"


class SetAside(Record):
    """A skill read from the person's texts but left out of their score.

    Its practice is a working condition they said they want to leave
    (``Skill.conditions``, ``Background.avoid``): restraint training, for someone
    leaving restraint. It is listed, never counted (``docs/scoring.md``, "Skills a
    person wants to leave").

    Examples
    --------
    >>> print(SetAside(skill_id="physical-intervention", label="Physical intervention",
    ...                texts=("CPI",), conditions=(Condition.PHYSICAL_INTERVENTION,)))
    'CPI' read as Physical intervention; not counted, since you would rather not do it
    """

    skill_id: str
    label: str
    texts: tuple[str, ...]
    conditions: tuple[Condition, ...]

    def __str__(self) -> str:
        read = ", ".join(map(repr, self.texts))
        return f"{read} read as {self.label}; {NOT_COUNTED}"


def reading_caution(profile: Profile, set_aside: Sequence[SetAside] = ()) -> str:
    """Say what a ranking rests on when little of the profile counts (empty when enough).

    When every skill read is set aside (:class:`SetAside`), nothing is ranked, and this
    says so; otherwise it is :func:`careermap.resolve.display.thin_profile`.

    Examples
    --------
    >>> from careermap import build_profile
    >>> profile = build_profile(["MAPA:3", "forklift"], semantic=False)
    >>> aside = SetAside(skill_id="physical-intervention", label="Physical intervention",
    ...                  texts=("MAPA",), conditions=(Condition.PHYSICAL_INTERVENTION,))
    >>> print(reading_caution(profile, [aside]))  # doctest: +NORMALIZE_WHITESPACE
    Only 1 of your 2 skills was recognised, and it is work you said you would rather not
    do (Physical intervention), so it is not counted and no role is ranked on it: reword
    the others (see what was not recognised) to be ranked on them.

    When others were read too, the ranking rests on those alone, and it says so:

    >>> profile = build_profile(["MAPA:3", "CBT", "forklift", "welding"], semantic=False)
    >>> print(reading_caution(profile, [aside]))  # doctest: +NORMALIZE_WHITESPACE
    Only 2 of your 4 skills were recognised, and 1 of them is work you said you would
    rather not do (not counted), so this ranking rests on the other one alone: reword the
    others (see what was not recognised) before reading much into it.
    """
    left = {item.skill_id for item in set_aside}
    if not left or not left.issuperset(profile.skills):
        from careermap.resolve.display import thin_profile  # noqa: PLC0415 - only then

        return thin_profile(profile, aside=sorted(left))
    given, known = len(profile.entries), len(profile.resolved)
    named = ", ".join(item.label for item in set_aside)
    one = known == 1
    it, was, is_, them = ("it", "was", "is", "it") if one else ("they", "were", "are", "them")
    if known == given:
        return (
            f"Every skill recognised is work you said you would rather not do ({named}), so "
            "none is counted and no role is ranked: add what else you do to be ranked on it."
        )
    return (
        f"Only {known} of your {given} skills {was} recognised, and {it} {is_} work you said "
        f"you would rather not do ({named}), so {it} {is_} not counted and no role is ranked "
        f"on {them}: reword the others (see what was not recognised) to be ranked on them."
    )
