"""The request side of the JSON contract: a profile to rank, as a back end receives it.

:class:`MatchRequest` checks everything that can be checked without a taxonomy
(levels 1-5, non-blank texts, at most :data:`~careermap.resolve.profile.MAX_PROFILE_SKILLS`
skills); what needs the taxonomy (unknown sectors, texts that match no skill) is
reported by :meth:`MatchRequest.rank` as the library's usual errors.
Its JSON Schema is published as ``docs/schema/match-request.json``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    ConfigDict,
    Discriminator,
    Field,
    StrictInt,
    StrictStr,
    Tag,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from careermap.base.record import Frozen
from careermap.resolve.extract import MAX_NARRATIVE_TEXT
from careermap.resolve.profile import (
    MAX_PROFILE_SKILLS,
    MAX_SKILL_TEXT,
    Background,
    Level,
    SkillInput,
    SkillItem,
)
from careermap.results.matches import Ranking
from careermap.scoring.context import PersonContext
from careermap.scoring.match import rank_careers
from careermap.taxonomy.conditions import Condition, Conditions
from careermap.taxonomy.models import Taxonomy

__all__ = ["MatchRequest", "ProfileRequest", "RequestItem", "SkillInput"]


#: One skill in a request: "text", "text:LEVEL", [text, level] or {"text": ..., "level": ...}.
_Text = Annotated[StrictStr, Field(min_length=1, max_length=MAX_SKILL_TEXT + 16)]


def _item_kind(value: object) -> str:
    """Which form of the grammar a JSON item takes, so errors name one form only."""
    if isinstance(value, str):
        return "text"
    if isinstance(value, (list, tuple)):
        return "pair"
    return "object"


RequestItem = Annotated[
    Annotated[_Text, Tag("text")]
    | Annotated[tuple[_Text, Level | None], Tag("pair")]
    | Annotated[SkillInput, Tag("object")],
    Discriminator(_item_kind),
]


#: A whole profile in JSON: a list of items, or an object mapping text to level.
ProfileRequest = (
    Annotated[tuple[RequestItem, ...], Field(min_length=1, max_length=MAX_PROFILE_SKILLS)]
    | Annotated[dict[_Text, Level | None], Field(min_length=1, max_length=MAX_PROFILE_SKILLS)]
)


#: Most sector ids a request may list in ``sectors`` or ``exclude_sectors``.
MAX_SECTORS = 500

#: Each list field of a request and its length limit, checked before any item is.
_LIST_LIMITS = {
    "skills": MAX_PROFILE_SKILLS,
    "sectors": MAX_SECTORS,
    "exclude_sectors": MAX_SECTORS,
}


def _check_length(value: object, limit: int) -> object:
    """Refuse a list over *limit* items at once, before its items are validated."""
    if isinstance(value, (list, tuple, dict)) and len(value) > limit:
        raise PydanticCustomError(
            "too_long",
            "at most {max_length} items, not {actual_length}",
            {"max_length": limit, "actual_length": len(value)},
        )
    return value


#: A request names at least one skill, or gives a text (published for other validators).
_SKILLS_OR_TEXT: dict[str, Any] = {
    "anyOf": [
        {"required": ["skills"], "properties": {"skills": {"minItems": 1}}},
        {"required": ["text"], "properties": {"text": {"type": "string", "pattern": r"\S"}}},
    ]
}


class MatchRequest(Frozen):
    """A profile to rank careers for, with the ranking's options.

    Examples
    --------
    >>> request = MatchRequest.model_validate_json(
    ...     '{"skills": [{"text": "CBT", "level": 4}, {"text": "active listening"}], "limit": 3}'
    ... )
    >>> request.profile_input()
    [SkillInput(text='CBT', level=4), SkillInput(text='active listening', level=None)]
    >>> MatchRequest(skills=["CBT:4", ["empathy", 3]]).profile_input()
    ['CBT:4', ('empathy', 3)]
    >>> len(request.rank())
    3
    """

    model_config = ConfigDict(frozen=True, extra="forbid", json_schema_extra=_SKILLS_OR_TEXT)

    text: StrictStr | None = Field(
        default=None,
        max_length=MAX_NARRATIVE_TEXT,
        description=(
            "A description of the person's work in sentences (a paragraph, a CV section); "
            "the skills found in it join the profile, each with the clause that supports it."
        ),
    )
    skills: tuple[RequestItem, ...] = Field(
        default=(),
        validate_default=True,
        max_length=MAX_PROFILE_SKILLS,
        description=(
            "The person's skills, in the order given, in the profile grammar of "
            "docs/profiles.md: 'text', 'text:LEVEL', [text, level] or {text, level}; "
            "may be empty when text is given."
        ),
    )
    limit: Annotated[StrictInt, Field(ge=1)] | None = Field(
        default=10, description="How many roles to return; null for every role scoring above 0."
    )
    sectors: tuple[Annotated[StrictStr, Field(min_length=1, max_length=200)], ...] | None = Field(
        default=None,
        max_length=MAX_SECTORS,
        description="Only rank roles in these sector ids; null for every sector.",
    )
    exclude_sectors: (
        tuple[Annotated[StrictStr, Field(min_length=1, max_length=200)], ...] | None
    ) = Field(
        default=None,
        max_length=MAX_SECTORS,
        description="Leave out roles in these sector ids (someone leaving a field); null for none.",
    )
    min_score: Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)] = Field(
        default=0.0, description="Leave out roles scoring below this career score (0-1)."
    )
    background: Background | None = Field(
        default=None,
        description=(
            "The person's education (and its subject, field), credentials, years of "
            "experience and lived experience: each match then says whether they could be "
            "hired now (readiness); the knowledge a degree subject or a credential "
            "certifies is not listed as a gap."
        ),
    )
    order: Literal["fit", "advice"] | None = Field(
        default=None,
        description="'advice' (the default with a background) puts realistic moves first; "
        "'fit' orders by score alone.",
    )
    context: PersonContext | None = Field(
        default=None,
        description=(
            "The person's RIASEC interests, job zone, education (O*NET's 1-12 scale) and "
            "current title: each adds its context term where a role has the same (imported "
            "taxonomies); docs/scoring.md."
        ),
    )
    avoid: Conditions = Field(
        default=(),
        max_length=len(Condition),
        description="Working conditions the person wants to leave behind (shift-work, "
        "crisis-work, trauma-exposure, end-of-life, clinical-caseload, caseload, "
        "physical-intervention, "
        "court-work, "
        "managing-staff, on-site for a person who wants to work from home, travel), "
        "joined to background.avoid: roles involving one say so and, in advice order, come "
        "later in their group. Scores are unchanged.",
    )

    @field_validator("skills", "sectors", "exclude_sectors", mode="before")
    @classmethod
    def _bounded(cls, value: object, info: ValidationInfo) -> object:
        # Before the items: a million-item list costs one len(), not a million errors.
        return _check_length(value, _LIST_LIMITS[str(info.field_name)])

    @field_validator("skills")
    @classmethod
    def _not_empty(
        cls, value: tuple[RequestItem, ...], info: ValidationInfo
    ) -> tuple[RequestItem, ...]:
        # Checked here rather than with min_length, which would also report an
        # empty list when every item is invalid, on top of the items' own errors.
        # text comes first, so it has been validated by now.
        text = info.data.get("text")
        if not value and (not isinstance(text, str) or not text.strip()):
            msg = "the profile is empty; give at least one skill, or a text describing your work"
            raise ValueError(msg)
        return value

    def profile_input(self) -> list[SkillItem]:
        """Return the skills as given, for :func:`rank_careers` (one grammar for both)."""
        return list(self.skills)

    def rank(self, *, taxonomy: Taxonomy | None = None) -> Ranking:
        """Rank careers for this request (see :func:`careermap.rank_careers`).

        Parameters
        ----------
        taxonomy : Taxonomy, optional
            Defaults to the bundled taxonomy.

        Raises
        ------
        SectorNotFoundError
            If a sector id is not in the taxonomy.
        ProfileError
            If none of the skills resolves to a skill of the taxonomy (nor is
            found in the text).
        """
        return rank_careers(
            self.profile_input() or None,
            taxonomy=taxonomy,
            text=self.text,
            limit=self.limit,
            sectors=self.sectors,
            exclude_sectors=self.exclude_sectors,
            min_score=self.min_score,
            background=self.background,
            order=self.order,
            context=self.context,
            avoid=[c.value for c in self.avoid] or None,
        )
