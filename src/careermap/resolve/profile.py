"""Skill profiles: what a person says they can do, resolved against a taxonomy."""

from __future__ import annotations

import math
import numbers
import unicodedata
from collections.abc import Iterable, Mapping, Sized
from typing import Annotated, TypeAlias

from pydantic import (
    BeforeValidator,
    Field,
    StrictInt,
    StrictStr,
    WithJsonSchema,
    computed_field,
    field_validator,
    model_validator,
)

from careermap.base import options as checks
from careermap.base.errors import ProfileError
from careermap.base.record import Frozen, trusted
from careermap.base.text import normalize
from careermap.resolve.background import FORBIDDEN, Background, contains, show
from careermap.resolve.background import background as read_background
from careermap.resolve.components import in_context
from careermap.resolve.courses import course_named, scored_levels, taught_courses
from careermap.resolve.levels import (
    DEFAULT_PERSON_LEVEL,
    SkillMerge,
    merged_levels,
)
from careermap.resolve.names import id_lookup
from careermap.resolve.resolver import (
    DEFAULT_MIN_SIMILARITY,
    MAX_SKILL_TEXT,
    SkillMatch,
    match_texts,
    name_index,
)
from careermap.taxonomy.load import default_taxonomy
from careermap.taxonomy.models import Taxonomy

__all__ = [
    "DEFAULT_PERSON_LEVEL",
    "Background",
    "MAX_PROFILE_SKILLS",
    "MAX_SKILL_TEXT",
    "Level",
    "LevelInput",
    "Profile",
    "ProfileEntry",
    "ProfileInput",
    "SkillInput",
    "SkillItem",
    "SkillMerge",
    "build_profile",
    "parse_skill_spec",
]

#: Most entries a profile may have.
MAX_PROFILE_SKILLS = 2_000
# MAX_SKILL_TEXT, the longest skill text accepted (in characters), lives in _resolve,
# which matches no text longer than that; it is re-exported here.

# Room for a ":LEVEL" suffix (with spaces) on a "text:LEVEL" item longer than MAX_SKILL_TEXT.
_SPEC_SLACK = 16


def _level_digits(value: object) -> object:
    """Read a level given as digits ("4"), as ``"CBT:4"`` is read; anything else as is."""
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return int(value.strip())
    return value


#: A level in a request: a whole number from 1 to 5, also as digits ("4").
Level = Annotated[
    StrictInt,
    Field(ge=1, le=5),
    BeforeValidator(_level_digits),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "integer", "minimum": 1, "maximum": 5},
                {"type": "string", "pattern": "^\\s*[1-5]\\s*$"},
            ],
            "description": "Proficiency from 1 (novice) to 5 (expert), as a number or digits.",
        }
    ),
]


class SkillInput(Frozen):
    """One skill as a person gave it: free text and an optional level.

    One of the item forms of the profile grammar (``docs/profiles.md``).

    Examples
    --------
    >>> SkillInput(text="CBT", level=4)
    SkillInput(text='CBT', level=4)
    """

    text: StrictStr = Field(
        min_length=1,
        max_length=MAX_SKILL_TEXT,
        # Checked by _not_blank (with a friendlier message); published for other validators.
        json_schema_extra={"pattern": r"\S"},
        description="What the person typed: a label, an alias, a skill id, or a phrase with typos.",
    )
    level: Level | None = Field(
        default=None,
        description="Proficiency from 1 (novice) to 5 (expert); null for the default level (3).",
    )

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            msg = "the skill text is blank; give the name of a skill"
            raise ValueError(msg)
        return value


#: A level as given: a whole number 1-5, a whole float, a digit string, or none.
LevelInput: TypeAlias = "int | float | str | None"
#: One item of the profile grammar (``docs/profiles.md``).
SkillItem: TypeAlias = "str | tuple[str, LevelInput] | Mapping[str, object] | SkillInput"
#: Everything a profile may be given as.
ProfileInput: TypeAlias = "Profile | Iterable[SkillItem] | Mapping[str, LevelInput]"


class ProfileEntry(Frozen):
    """One entry of a profile: the text given, the level, and how it resolved."""

    text: str
    level: int | None
    match: SkillMatch

    @property
    def effective_level(self) -> int:
        """The level used for scoring: the one given, else :data:`DEFAULT_PERSON_LEVEL`."""
        return DEFAULT_PERSON_LEVEL if self.level is None else self.level

    @property
    def course(self) -> str | None:
        """The short course the text was read through ("ASIST"), or ``None``.

        Such a text counts at most level 2 in :attr:`Profile.skills`
        (:mod:`careermap.resolve.courses`).
        """
        return course_named(self.match)


class Profile(Frozen):
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

    entries: tuple[ProfileEntry, ...]
    background: Background | None = None

    @model_validator(mode="before")
    @classmethod
    def _derived(cls, data: object) -> object:
        # ``merged`` is worked out from the entries; a profile dumped and read back has it.
        if isinstance(data, dict) and "merged" in data:
            return {key: value for key, value in data.items() if key != "merged"}
        return data

    def __repr__(self) -> str:
        from careermap.resolve import display  # noqa: PLC0415 - views only

        return display.profile_repr(self)

    def _repr_html_(self) -> str:
        from careermap.resolve import display  # noqa: PLC0415 - views only

        return display.profile_html(self)

    @property
    def skills(self) -> dict[str, int]:
        """Resolved skill ids and their levels, by id.

        A skill named more than once takes the highest level given, else the
        default; :attr:`merged` lists those named at different levels. A text read
        only through the name of a short course ("ASIST") counts at most level 2,
        trained, unless the background's credentials say the person teaches it
        (:mod:`careermap.resolve.courses`; :attr:`ProfileEntry.course`).
        """
        taught = taught_courses(self.background.credentials if self.background else ())
        return scored_levels(((entry.level, entry.match) for entry in self.entries), taught=taught)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def merged(self) -> tuple[SkillMerge, ...]:
        """Skills that two or more entries named at different levels: the highest is used.

        Each lists every text that named the skill and the level it gave, so the
        lower level is shown, never dropped silently (in the JSON too).
        """
        return merged_levels((e.text, e.level, e.match.skill_id) for e in self.entries)

    @property
    def resolved(self) -> tuple[ProfileEntry, ...]:
        """Entries that matched a skill."""
        return tuple(e for e in self.entries if e.match.skill_id is not None)

    @property
    def unresolved(self) -> tuple[ProfileEntry, ...]:
        """Entries that matched nothing; see each ``match.alternatives`` for suggestions."""
        return tuple(e for e in self.entries if e.match.skill_id is None)


def parse_skill_spec(spec: str) -> tuple[str, LevelInput]:
    """Split ``"CBT:4"`` into ``("CBT", 4)``; a spec without ``:LEVEL`` has level ``None``.

    A trailing ``:something`` that looks like a level attempt (empty, holding a
    digit, or a number word such as ``four``) is returned as given, for
    :func:`build_profile` to accept or refuse by name; any other text after a
    colon (``"Languages: Spanish"``) is part of the skill text.

    Examples
    --------
    >>> parse_skill_spec("motivational interviewing: 4")
    ('motivational interviewing', 4)
    >>> parse_skill_spec("active listening")
    ('active listening', None)
    >>> parse_skill_spec("CBT:4.5")
    ('CBT', '4.5')
    >>> parse_skill_spec("Languages: Spanish")
    ('Languages: Spanish', None)
    >>> parse_skill_spec("1:1 observations")
    ('1:1 observations', None)

    A colon between digits that is followed by more than digits is a ratio, as in
    "one-to-ones" written ``1:1s``, not a level:

    >>> parse_skill_spec("obs and 1:1s"), parse_skill_spec("PHQ-9:4")
    (('obs and 1:1s', None), ('PHQ-9', 4))
    """
    # rpartition, not a regular expression: it takes linear time on any input
    # (a lazy pattern with \s* backtracked quadratically on long runs of spaces).
    text, colon, level = spec.rpartition(":")
    given = level.strip()
    if not colon:
        return spec, None
    if given.isascii() and given.isdigit():
        return text.rstrip(), int(given)
    if text[-1:].isdigit() and level[:1].isdigit():  # "1:1s", "2:1 staffing"
        return spec, None
    if _looks_like_level(given):
        return text.rstrip(), given
    return spec, None


_NUMBER_WORDS = frozenset(
    {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
    | {"nan", "inf", "infinity", "none", "null"}
    | {"i", "ii", "iii", "iv", "v", "vi"}
)


def _looks_like_level(given: str) -> bool:
    """Say whether *given* tries to be a level: empty, or one word with a digit or a number."""
    if not given:
        return True
    if any(c.isspace() for c in given):
        return False
    if not any(c.isalnum() for c in given):  # "-", "?", "*": punctuation where a level goes
        return True
    return any(unicodedata.category(c) == "Nd" for c in given) or given.casefold() in _NUMBER_WORDS


def _check_level(level: object, text: str) -> int | None:
    if level is None:
        return None
    if type(level) is int and 1 <= level <= 5:  # the common case, without the checks below
        return level
    wrong = f"level of {text!r} must be a whole number from 1 to 5, not {show(level)}"
    if isinstance(level, str):
        digits = level.strip()
        if not (digits.isascii() and digits.isdigit()):
            raise ProfileError(wrong)
        level = int(digits)
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
        msg = f"level of {text!r} is {show(level)}; levels run from 1 (novice) to 5 (expert)"
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
        msg = f"a profile is a list of skills, not one string ({show(profile)}); wrap it in a list"
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
        items.append(_item(item))
        if len(items) > MAX_PROFILE_SKILLS:
            raise _too_many()
    return items


def _item(item: object) -> tuple[object, object]:
    """One item of the profile grammar as ``(text, level)``, neither checked yet."""
    if isinstance(item, str):
        if len(item) > MAX_SKILL_TEXT + _SPEC_SLACK:
            raise _too_long(item)
        return parse_skill_spec(item)
    if isinstance(item, (tuple, list)) and len(item) == 2:  # JSON sends [text, level]
        return item[0], item[1]
    if isinstance(item, SkillInput):
        return item.text, item.level
    if isinstance(item, Mapping) and "text" in item and set(item) <= {"text", "level"}:
        return item["text"], item.get("level")
    msg = (
        f"profile entry {show(item)} is not understood; give 'skill', 'skill:LEVEL', "
        "('skill', level) or {'text': 'skill', 'level': level} (see docs/profiles.md)"
    )
    raise ProfileError(msg)


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        msg = f"a skill must be text, not {type(text).__name__} ({show(text)})"
        raise ProfileError(msg)
    if not text.strip():
        msg = f"a profile entry is empty ({text!r}); give the name of a skill"
        raise ProfileError(msg)
    if len(text) > MAX_SKILL_TEXT:
        raise _too_long(text)
    forbidden = FORBIDDEN.search(text)
    if forbidden is not None:
        msg = f"skill text {text!r} {contains(forbidden.group())}; give plain text"
        raise ProfileError(msg)
    return text


def build_profile(
    profile: ProfileInput,
    *,
    taxonomy: Taxonomy | None = None,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
    semantic: bool | None = None,
    background: Background | Mapping[str, object] | None = None,
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
    min_similarity : float, default 82
        Lowest fuzzy score (0-100) accepted as a match (see :func:`resolve_skill`).
    semantic : bool, optional
        Resolve what the names do not match with the semantic layer: ``None``
        (the default) when ``careermap[semantic]`` is installed, ``False`` never.
    background : Background or mapping, optional
        The person's education, credentials, years of experience and lived
        experience, kept on the profile: every match then says whether the person
        could be hired now (its ``readiness``). A mapping is read as a
        :class:`Background`. Given with a :class:`Profile`, it replaces the
        profile's background.

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
    context = read_background(background)
    if isinstance(profile, Profile):
        if background is None:
            return profile
        known = _in_country(profile.entries, context, taxonomy or default_taxonomy())
        return profile.model_copy(update={"background": context, "entries": known})
    min_similarity = checks.check_similarity(min_similarity)
    taxonomy = taxonomy or default_taxonomy()
    checked = []
    for text, level in _items(profile):
        valid = _check_text(text)
        checked.append((valid, _check_level(level, valid)))
    if not checked:
        msg = "the profile is empty; give at least one skill"
        raise ProfileError(msg)
    if semantic is not False:
        _read_ahead([text for text, _ in checked], taxonomy)
    # One fuzzy pass over every name for all the texts (resolver.match_texts).
    # Alternatives only where asked for: a text that names a skill gets no fuzzy search.
    matches = match_texts(
        [text for text, _ in checked],
        taxonomy,
        min_similarity=min_similarity,
        semantic=semantic,
        alternatives=False,
    )
    # A text naming several skills ("CBT and DBT:4") gives each an entry, at its level.
    entries = [
        _entry(text, level, one)
        for (text, level), match in zip(checked, matches, strict=True)
        for one in (match.split or (match,))
    ]
    # A therapy's part ("phone coaching") is the therapy where the profile names it (read41).
    entries = in_context(entries, taxonomy)
    return Profile(entries=_in_country(entries, context, taxonomy), background=context)


_make_entry = trusted(ProfileEntry)


def _in_country(
    entries: Iterable[ProfileEntry], context: Background | None, taxonomy: Taxonomy
) -> tuple[ProfileEntry, ...]:
    """Return *entries*, lists of languages read again against the person's country.

    With the country given, "English" is a Norwegian's second language and "Norwegian
    (native)" is not (:func:`careermap.resolve.spoken.in_country`).
    """
    country = None if context is None else context.country
    if country is None:
        return tuple(entries)
    from careermap.resolve.spoken import in_country  # noqa: PLC0415 - with a country only

    read = []
    for entry in entries:
        match = in_country(entry.match, country, taxonomy)
        read.append(entry if match is entry.match else _entry(entry.text, entry.level, match))
    return tuple(read)


def _entry(text: str, level: int | None, match: SkillMatch) -> ProfileEntry:
    """Return a profile entry of checked values: built as validation would, without it."""
    if type(text) is str and (level is None or type(level) is int) and type(match) is SkillMatch:
        return _make_entry({"text": text, "level": level, "match": match})
    return ProfileEntry(text=text, level=level, match=match)


def _read_ahead(texts: list[str], taxonomy: Taxonomy) -> None:
    """Give the semantic layer every text the names do not match, for one matrix product.

    Against ESCO's 40k names, one product for a whole profile costs about what one
    text costs alone; ``match_text`` then reads the results (docs/semantic.md).
    """
    ids = id_lookup(taxonomy)  # first, without the names: most profiles from code are ids
    texts = [text for text in texts if not ids.is_id(text.strip())]
    if len(texts) < 2:
        return
    names = name_index(taxonomy)
    unknown = [
        text.strip()
        for text in texts
        if text.strip() not in names.skills and normalize(text) not in names.exact
    ]
    # Whether the extra is installed is asked last: it searches the import path.
    if len(unknown) < 2:
        return
    from careermap.resolve.cv_verbs import readings  # noqa: PLC0415
    from careermap.resolve.semantic import installed_extra, semantic_index  # noqa: PLC0415

    if installed_extra():  # as semantic_match reads them: "co-led" also as "co-leading"
        semantic_index(taxonomy).prime([read for text in unknown for read in readings(text)])
