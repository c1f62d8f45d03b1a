"""Skill profiles: what a person says they can do, resolved against a taxonomy."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import TypeAlias

from pydantic import BaseModel, ConfigDict

from careermap._errors import ProfileError
from careermap._load import default_taxonomy
from careermap._models import Taxonomy
from careermap._resolve import DEFAULT_SCORE_CUTOFF, SkillMatch, match_text

__all__ = [
    "DEFAULT_PERSON_LEVEL",
    "MAX_PROFILE_SKILLS",
    "MAX_SKILL_TEXT",
    "Profile",
    "ProfileEntry",
    "ProfileInput",
    "build_profile",
    "parse_skill_spec",
]

#: Level assumed for a skill given without one ("competent").
DEFAULT_PERSON_LEVEL = 3
#: Most entries a profile may have.
MAX_PROFILE_SKILLS = 2_000
#: Longest skill text accepted, in characters.
MAX_SKILL_TEXT = 300

_SPEC = re.compile(r"^(?P<text>.*?)\s*:\s*(?P<level>[0-9]+)\s*$", re.DOTALL)

SkillItem: TypeAlias = "str | tuple[str, int | None]"
ProfileInput: TypeAlias = "Profile | Iterable[SkillItem] | Mapping[str, int | None]"


class ProfileEntry(BaseModel):
    """One entry of a profile: the text given, the level, and how it resolved."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    level: int | None
    match: SkillMatch

    @property
    def effective_level(self) -> int:
        """The level used for scoring: the one given, else :data:`DEFAULT_PERSON_LEVEL`."""
        return DEFAULT_PERSON_LEVEL if self.level is None else self.level


class Profile(BaseModel):
    """A person's skills, resolved against a taxonomy.

    Nothing given is dropped silently: :attr:`entries` keeps every input, in
    order, with how it resolved; :attr:`unresolved` lists those that matched
    nothing, each with suggestions.

    Examples
    --------
    >>> profile = build_profile(["CBT:4", "listening actively", "forklift operation"])
    >>> profile.skills
    {'active-listening': 3, 'cognitive-behavioural-therapy': 4}
    >>> [entry.text for entry in profile.unresolved]
    ['forklift operation']
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    entries: tuple[ProfileEntry, ...]

    @property
    def skills(self) -> dict[str, int]:
        """Resolved skill ids and their levels, by id; a repeated skill keeps its top level."""
        levels: dict[str, int] = {}
        for entry in self.entries:
            skill_id = entry.match.skill_id
            if skill_id is not None:
                levels[skill_id] = max(levels.get(skill_id, 0), entry.effective_level)
        return dict(sorted(levels.items()))

    @property
    def resolved(self) -> tuple[ProfileEntry, ...]:
        """Entries that matched a skill."""
        return tuple(e for e in self.entries if e.match.skill_id is not None)

    @property
    def unresolved(self) -> tuple[ProfileEntry, ...]:
        """Entries that matched nothing; see each ``match.alternatives`` for suggestions."""
        return tuple(e for e in self.entries if e.match.skill_id is None)


def parse_skill_spec(spec: str) -> tuple[str, int | None]:
    """Split ``"CBT:4"`` into ``("CBT", 4)``; a spec without ``:LEVEL`` has level ``None``.

    Examples
    --------
    >>> parse_skill_spec("motivational interviewing: 4")
    ('motivational interviewing', 4)
    >>> parse_skill_spec("active listening")
    ('active listening', None)
    """
    found = _SPEC.match(spec)
    if found is None:
        return spec, None
    return found.group("text"), int(found.group("level"))


def _check_level(level: object, text: str) -> int | None:
    if level is None:
        return None
    if isinstance(level, bool) or not isinstance(level, (int, float)):
        msg = f"level of {text!r} must be a whole number from 1 to 5, not {level!r}"
        raise ProfileError(msg)
    if isinstance(level, float) and (not math.isfinite(level) or not level.is_integer()):
        msg = f"level of {text!r} must be a whole number from 1 to 5, not {level!r}"
        raise ProfileError(msg)
    if not 1 <= level <= 5:
        msg = f"level of {text!r} is {level!r}; levels run from 1 (novice) to 5 (expert)"
        raise ProfileError(msg)
    return int(level)


def _items(profile: object) -> list[tuple[object, object]]:
    if isinstance(profile, str):
        msg = f"a profile is a list of skills, not one string ({profile!r}); wrap it in a list"
        raise ProfileError(msg)
    if isinstance(profile, Mapping):
        return [(text, level) for text, level in profile.items()]
    if not isinstance(profile, Iterable):
        msg = f"a profile is a list of skills, not {type(profile).__name__}"
        raise ProfileError(msg)
    items: list[tuple[object, object]] = []
    for item in profile:
        if isinstance(item, str):
            items.append(parse_skill_spec(item))
        elif isinstance(item, tuple) and len(item) == 2:
            items.append((item[0], item[1]))
        else:
            msg = (
                f"profile entry {item!r} is not understood; give 'skill', 'skill:LEVEL' "
                "or ('skill', level)"
            )
            raise ProfileError(msg)
        if len(items) > MAX_PROFILE_SKILLS:
            msg = f"a profile may hold at most {MAX_PROFILE_SKILLS:,} skills"
            raise ProfileError(msg)
    return items


def build_profile(
    profile: ProfileInput,
    *,
    taxonomy: Taxonomy | None = None,
    score_cutoff: float = DEFAULT_SCORE_CUTOFF,
) -> Profile:
    """Resolve skill texts (with optional levels 1-5) into a :class:`Profile`.

    Parameters
    ----------
    profile : Profile, iterable or mapping
        Skills as ``"text"``, ``"text:LEVEL"`` or ``("text", level)`` items, or a
        mapping of text to level (``None`` for no level). Texts may be skill ids.
        A :class:`Profile` is returned as it is.
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.
    score_cutoff : float, default 82
        Lowest fuzzy score (0-100) accepted as a match (see :func:`resolve_skill`).

    Raises
    ------
    ProfileError
        For an empty profile, a non-text skill, an empty or over-long text, a
        level that is not a whole number from 1 to 5, or too many entries.

    Examples
    --------
    >>> build_profile({"motivational interviewing": 4}).skills
    {'motivational-interviewing': 4}
    """
    if isinstance(profile, Profile):
        return profile
    taxonomy = taxonomy or default_taxonomy()
    entries = []
    for text, level in _items(profile):
        if not isinstance(text, str):
            msg = f"a skill must be text, not {type(text).__name__} ({text!r})"
            raise ProfileError(msg)
        if not text.strip():
            msg = "a profile entry is empty; give the name of a skill"
            raise ProfileError(msg)
        if len(text) > MAX_SKILL_TEXT:
            msg = (
                f"skill text {text[:40]!r}... is {len(text):,} characters long; "
                f"name one skill in at most {MAX_SKILL_TEXT} characters"
            )
            raise ProfileError(msg)
        checked = _check_level(level, text)
        match = match_text(text, taxonomy, score_cutoff=score_cutoff)
        entries.append(ProfileEntry(text=text, level=checked, match=match))
    if not entries:
        msg = "the profile is empty; give at least one skill"
        raise ProfileError(msg)
    return Profile(entries=tuple(entries))
