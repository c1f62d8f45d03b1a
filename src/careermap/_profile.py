"""Skill profiles: what a person says they can do, resolved against a taxonomy."""

from __future__ import annotations

import math
import numbers
import re
import reprlib
import unicodedata
from collections.abc import Iterable, Mapping, Sized
from typing import TypeAlias

from pydantic import BaseModel, ConfigDict

from careermap import _checks as checks
from careermap._errors import ProfileError
from careermap._load import default_taxonomy
from careermap._models import Taxonomy
from careermap._resolve import DEFAULT_SCORE_CUTOFF, MAX_SKILL_TEXT, SkillMatch, match_text

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
# MAX_SKILL_TEXT, the longest skill text accepted (in characters), lives in _resolve,
# which matches no text longer than that; it is re-exported here.

# Room for a ":LEVEL" suffix (with spaces) on a "text:LEVEL" item longer than MAX_SKILL_TEXT.
_SPEC_SLACK = 16
# Control characters other than tab and line breaks, and the bidirectional embeddings,
# overrides and isolates ("Trojan Source", CVE-2021-42574): no skill name holds them, and
# echoed to a terminal or a web page they recolour or reorder what is shown.
# Control characters, bidirectional overrides, and lone surrogates (not valid UTF-8).
_FORBIDDEN = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


class _ShortRepr(reprlib.Repr):
    """``repr()`` for messages: bounded in length, and safe for huge integers."""

    def __init__(self) -> None:
        super().__init__()
        self.maxstring = self.maxother = 80

    def repr_int(self, x: int, level: int) -> str:
        if x.bit_length() > 64:  # repr() of a 5,000-digit integer raises ValueError
            return f"<an integer of {x.bit_length():,} bits>"
        return super().repr_int(x, level)


_show = _ShortRepr().repr

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
    # rpartition, not a regular expression: it takes linear time on any input
    # (a lazy pattern with \s* backtracked quadratically on long runs of spaces).
    text, colon, level = spec.rpartition(":")
    digits = level.strip()
    if not colon or not (digits.isascii() and digits.isdigit()):
        return spec, None
    return text.rstrip(), int(digits)


def _check_level(level: object, text: str) -> int | None:
    if level is None:
        return None
    wrong = f"level of {text!r} must be a whole number from 1 to 5, not {_show(level)}"
    if isinstance(level, bool) or not isinstance(level, numbers.Real):
        raise ProfileError(wrong)
    if isinstance(level, numbers.Integral):
        whole = int(level)
    else:  # a float, numpy float, Fraction, ...: only whole values
        value = float(level)
        if not math.isfinite(value) or not value.is_integer():
            raise ProfileError(wrong)
        whole = int(value)
    if not 1 <= whole <= 5:
        msg = f"level of {text!r} is {_show(level)}; levels run from 1 (novice) to 5 (expert)"
        raise ProfileError(msg)
    return whole


def _too_many(count: int | None = None) -> ProfileError:
    given = f" (this one has {count:,})" if count is not None else ""
    return ProfileError(f"a profile may hold at most {MAX_PROFILE_SKILLS:,} skills{given}")


def _too_long(text: str) -> ProfileError:
    return ProfileError(
        f"skill text {text[:40]!r}... is {len(text):,} characters long; "
        f"name one skill in at most {MAX_SKILL_TEXT} characters"
    )


def _items(profile: object) -> list[tuple[object, object]]:
    if isinstance(profile, str):
        msg = f"a profile is a list of skills, not one string ({_show(profile)}); wrap it in a list"
        raise ProfileError(msg)
    if isinstance(profile, (bytes, bytearray, memoryview)):
        msg = f"a profile is a list of skills, not {type(profile).__name__}; decode the text first"
        raise ProfileError(msg)
    # The size limit is checked before anything else is done with the entries.
    if isinstance(profile, Sized) and len(profile) > MAX_PROFILE_SKILLS:
        raise _too_many(len(profile))
    if isinstance(profile, Mapping):
        return [(text, level) for text, level in profile.items()]
    if not isinstance(profile, Iterable):
        msg = f"a profile is a list of skills, not {type(profile).__name__}"
        raise ProfileError(msg)
    items: list[tuple[object, object]] = []
    for item in profile:  # an iterator may be endless: stop one past the limit
        if isinstance(item, str):
            if len(item) > MAX_SKILL_TEXT + _SPEC_SLACK:
                raise _too_long(item)
            items.append(parse_skill_spec(item))
        elif isinstance(item, (tuple, list)) and len(item) == 2:  # JSON sends [text, level]
            items.append((item[0], item[1]))
        else:
            msg = (
                f"profile entry {_show(item)} is not understood; give 'skill', 'skill:LEVEL' "
                "or ('skill', level)"
            )
            raise ProfileError(msg)
        if len(items) > MAX_PROFILE_SKILLS:
            raise _too_many()
    return items


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        msg = f"a skill must be text, not {type(text).__name__} ({_show(text)})"
        raise ProfileError(msg)
    if not text.strip():
        msg = f"a profile entry is empty ({text!r}); give the name of a skill"
        raise ProfileError(msg)
    if len(text) > MAX_SKILL_TEXT:
        raise _too_long(text)
    forbidden = _FORBIDDEN.search(text)
    if forbidden is not None:
        char = forbidden.group()
        fallback = "a lone surrogate" if 0xD800 <= ord(char) <= 0xDFFF else "a control character"
        name = unicodedata.name(char, fallback)
        msg = f"skill text {text!r} contains {name} (U+{ord(char):04X}); give plain text"
        raise ProfileError(msg)
    return text


def build_profile(
    profile: ProfileInput,
    *,
    taxonomy: Taxonomy | None = None,
    score_cutoff: float = DEFAULT_SCORE_CUTOFF,
    semantic: bool | None = None,
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
    semantic : bool, optional
        Resolve what the names do not match with the semantic layer: ``None``
        (the default) when ``careermap[semantic]`` is installed, ``False`` never.

    Raises
    ------
    ProfileError
        For an empty profile, a non-text skill, an empty or over-long text, a
        text with control characters or bidirectional overrides, a level that
        is not a whole number from 1 to 5, or too many entries. Every entry is
        checked before any is resolved.

    Examples
    --------
    >>> build_profile({"motivational interviewing": 4}).skills
    {'motivational-interviewing': 4}
    """
    if isinstance(profile, Profile):
        return profile
    score_cutoff = checks.score_cutoff(score_cutoff)
    taxonomy = taxonomy or default_taxonomy()
    checked = []
    for text, level in _items(profile):
        valid = _check_text(text)
        checked.append((valid, _check_level(level, valid)))
    if not checked:
        msg = "the profile is empty; give at least one skill"
        raise ProfileError(msg)
    entries = [
        ProfileEntry(
            text=text,
            level=level,
            match=match_text(text, taxonomy, score_cutoff=score_cutoff, semantic=semantic),
        )
        for text, level in checked
    ]
    return Profile(entries=tuple(entries))
