"""Experience a role's postings ask for before hire, and what shows it (``entry.experience``).

A supervisor's post asks for time in the work it supervises, a school wellbeing post for
work with children or young people: experience no years count and no credential stands
for. Readiness reads it (:mod:`careermap.results.experience`; docs/scoring.md).
"""

from __future__ import annotations

from pydantic import BaseModel, Field, field_validator

from careermap.taxonomy.fields import MODEL_CONFIG, Identifier, Label

__all__ = ["Experience"]


class Experience(BaseModel):
    """The experience most of a role's postings ask for before hire, and what shows it.

    A supervisor's post asks for experience of the work it supervises, a school post
    for experience with children or young people. A person shows it by holding one of
    ``skills`` (in their profile, certified by a credential, or asked for as essential
    by the role they hold now), or by writing one of ``words`` (whole words, any case)
    in their skills, job title or credentials (docs/scoring.md, readiness). Where
    postings count ``years`` of the work itself, years of another job do not reach
    the role's level (:meth:`careermap.results.experience.Shown.in_job`).

    Examples
    --------
    >>> Experience(of="crisis line work", skills=["crisis-line-work"], words=["hotline"]).of
    'crisis line work'
    """

    model_config = MODEL_CONFIG

    of: Label = Field(
        description="The experience in plain words, as it follows 'experience of' "
        "('crisis line work', 'working with children or young people')."
    )
    skills: tuple[Identifier, ...] = Field(
        min_length=1, description="Skills (ids) any one of which shows the experience."
    )
    words: tuple[Label, ...] = Field(
        default=(),
        description="Words or phrases (lowercase) that show it when a person writes one in "
        "their skills, job title or credentials ('hotline', 'young people').",
    )
    years: int | None = Field(
        default=None,
        ge=1,
        le=15,
        description="The years of this work itself most postings ask for, where they count "
        "years of it and not of any job (a crisis line supervisor's years on the lines). "
        "A person's years of experience then reach the role's level only when their job "
        "title shows this experience; given another job title, their years are of other "
        "work and the post is a step up (docs/scoring.md, readiness).",
    )
    preferred: bool = Field(
        default=False,
        description="Whether postings prefer the experience rather than ask for it. A "
        "person who does not show preferred experience is not held back (no "
        "'experience' verdict): the verdict says most postings prefer it, and advice "
        "order counts the role's score at a share within its readiness group "
        "(docs/scoring.md, readiness).",
    )

    @field_validator("words")
    @classmethod
    def _lowercase_words(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for word in value:
            if word != word.lower() or word != " ".join(word.split()):
                msg = f"experience word {word!r} must be lowercase, single-spaced"
                raise ValueError(msg)
        return value
