"""The request side of the JSON contract: a profile to rank, as a back end receives it.

:class:`MatchRequest` checks everything that can be checked without a taxonomy
(levels 1-5, non-blank texts, at most :data:`~careermap.resolve.profile.MAX_PROFILE_SKILLS`
skills); what needs the taxonomy (unknown sectors, texts that match no skill) is
reported by :meth:`MatchRequest.rank` as the library's usual errors.
Its JSON Schema is published as ``docs/schema/match-request.json``.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, field_validator

from careermap.resolve.profile import MAX_PROFILE_SKILLS, MAX_SKILL_TEXT
from careermap.results.matches import Ranking
from careermap.scoring.match import rank_careers
from careermap.taxonomy.models import Taxonomy

__all__ = ["MatchRequest", "SkillInput"]

_CONFIG = ConfigDict(frozen=True, extra="forbid")


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

    model_config = _CONFIG

    skills: tuple[SkillInput, ...] = Field(
        max_length=MAX_PROFILE_SKILLS,
        json_schema_extra={"minItems": 1},
        description="The person's skills, in the order given.",
    )
    limit: Annotated[StrictInt, Field(ge=1)] | None = Field(
        default=10, description="How many roles to return; null for every role scoring above 0."
    )
    sectors: tuple[Annotated[StrictStr, Field(min_length=1, max_length=200)], ...] | None = Field(
        default=None, description="Only rank roles in these sector ids; null for every sector."
    )

    @field_validator("skills")
    @classmethod
    def _not_empty(cls, value: tuple[SkillInput, ...]) -> tuple[SkillInput, ...]:
        # Checked here rather than with min_length, which would also report an
        # empty list when every item is invalid, on top of the items' own errors.
        if not value:
            msg = "the profile is empty; give at least one skill"
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
            If none of the skills resolves to a skill of the taxonomy.
        """
        return rank_careers(
            self.profile_input(), taxonomy=taxonomy, limit=self.limit, sectors=self.sectors
        )
