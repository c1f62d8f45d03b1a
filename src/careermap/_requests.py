"""The request side of the JSON contract: a profile to rank, as a back end receives it.

:class:`MatchRequest` checks everything that can be checked without a taxonomy
(levels 1-5, non-blank texts, at most :data:`~careermap._profile.MAX_PROFILE_SKILLS`
skills); what needs the taxonomy (unknown sectors, texts that match no skill) is
reported by :meth:`MatchRequest.rank` as the library's usual errors.
Its JSON Schema is published as ``docs/schema/match-request.json``.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    StrictStr,
    ValidationInfo,
    field_validator,
)

from careermap._extract import MAX_NARRATIVE_TEXT
from careermap._match import rank_careers
from careermap._models import Taxonomy
from careermap._profile import MAX_PROFILE_SKILLS, MAX_SKILL_TEXT
from careermap._results import Ranking

__all__ = ["MatchRequest", "SkillInput"]

_CONFIG = ConfigDict(frozen=True, extra="forbid")
#: A request names at least one skill, or gives a text (published for other validators).
_SKILLS_OR_TEXT: dict[str, Any] = {
    "anyOf": [
        {"required": ["skills"], "properties": {"skills": {"minItems": 1}}},
        {"required": ["text"], "properties": {"text": {"type": "string", "pattern": r"\S"}}},
    ]
}


class SkillInput(BaseModel):
    """One skill as a person gave it: free text and an optional level.

    Examples
    --------
    >>> SkillInput(text="CBT", level=4)
    SkillInput(text='CBT', level=4)
    """

    model_config = _CONFIG

    text: StrictStr = Field(
        min_length=1,
        max_length=MAX_SKILL_TEXT,
        # Checked by _not_blank (with a friendlier message); published for other validators.
        json_schema_extra={"pattern": r"\S"},
        description="What the person typed: a label, an alias, a skill id, or a phrase with typos.",
    )
    level: Annotated[StrictInt, Field(ge=1, le=5)] | None = Field(
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


class MatchRequest(BaseModel):
    """A profile to rank careers for, with the ranking's options.

    Examples
    --------
    >>> request = MatchRequest.model_validate_json(
    ...     '{"skills": [{"text": "CBT", "level": 4}, {"text": "active listening"}], "limit": 3}'
    ... )
    >>> request.profile_input()
    [('CBT', 4), ('active listening', None)]
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
    skills: tuple[SkillInput, ...] = Field(
        default=(),
        validate_default=True,
        max_length=MAX_PROFILE_SKILLS,
        description="The person's skills, in the order given; may be empty when text is given.",
    )
    limit: Annotated[StrictInt, Field(ge=1)] | None = Field(
        default=10, description="How many roles to return; null for every role scoring above 0."
    )
    sectors: tuple[Annotated[StrictStr, Field(min_length=1, max_length=200)], ...] | None = Field(
        default=None, description="Only rank roles in these sector ids; null for every sector."
    )

    @field_validator("skills")
    @classmethod
    def _not_empty(
        cls, value: tuple[SkillInput, ...], info: ValidationInfo
    ) -> tuple[SkillInput, ...]:
        # Checked here rather than with min_length, which would also report an
        # empty list when every item is invalid, on top of the items' own errors.
        # text comes first, so it has been validated by now.
        text = info.data.get("text")
        if not value and (not isinstance(text, str) or not text.strip()):
            msg = "the profile is empty; give at least one skill, or a text describing your work"
            raise ValueError(msg)
        return value

    def profile_input(self) -> list[tuple[str, int | None]]:
        """Return the skills as ``(text, level)`` pairs, as :func:`rank_careers` takes them."""
        return [(skill.text, skill.level) for skill in self.skills]

    def rank(self, *, taxonomy: Taxonomy | None = None) -> Ranking:
        """Rank careers for this request (see :func:`careermap.rank_careers`).

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
            limit=self.limit,
            sectors=self.sectors,
            text=self.text,
        )
