"""Skill names in other languages than English: a taxonomy's ``lexicons`` section.

People write their skills in the language they work in: "intervención en crisis",
"entretien motivationnel", "психообразование". A lexicon lists, for one language, the
terms practitioners of that language write for a skill (one file per language in the
bundled taxonomy, ``data/taxonomy/languages/<code>.yaml``). The resolver reads a term
as it reads an English alias, by its normalised form (:func:`term_key`, the one
normalisation of every script: case, accents and punctuation folded), and says through
which language it read it (:mod:`careermap.resolve.lexicon`).

The checks across files (:func:`check_lexicons`) refuse a term naming an unknown skill,
a term listed twice (in one language, or for two skills in two), a term that is
already the English label or alias of a skill (the English name reads it already, or
reads it as another skill), and a language given twice.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Annotated

from pydantic import BaseModel, Field, StringConstraints, field_validator

from careermap.base.text import normalize, normalize_all
from careermap.taxonomy.fields import MODEL_CONFIG, Identifier, Label, Text

if TYPE_CHECKING:
    from careermap.base.errors import Problem
    from careermap.taxonomy.safe_yaml import Path_
    from careermap.taxonomy.validate import Part

__all__ = ["Lexicon", "LexiconEntry", "check_lexicons", "term_key"]


def term_key(text: str) -> str:
    """Return the form a lexicon term and a person's text are compared in.

    :func:`careermap.base.text.normalize_all`, the one normalisation of every script:
    a text in Latin script is normalised as English names are (case, accents and
    punctuation folded, so "acompañamiento" is "acompanamiento"); a text holding a letter
    of another script keeps its letters, folded alike (accents and marks dropped, "й" is
    "и"), and a script written without spaces (Japanese) is one run of letters.

    Examples
    --------
    >>> term_key("Acompañamiento  terapéutico"), term_key("Психообразование (ПО)")
    ('acompanamiento terapeutico', 'психообразование по')
    >>> term_key("認知行動療法 (CBT)")
    '認知行動療法 cbt'
    """
    return normalize_all(text)


#: An ISO 639-1 code ("es"), or one with a region ("pt-br"); ISO 639-3 where a lexicon
#: serves a macrolanguage no two-letter code names ("hbs": Bosnian, Croatian, Montenegrin
#: and Serbian in one), or a language within one ("ckb": Central Kurdish, Sorani, which
#: ISO 639-1's "ku" for all of Kurdish does not name).
LanguageCode = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z]{2,3}(-[a-z]{2})?$"),
    Field(
        description=(
            "ISO 639-1 code of the language, lower case ('es', 'pt-br'); ISO 639-3 for a "
            "macrolanguage ('hbs')."
        )
    ),
]


class LexiconEntry(BaseModel):
    """One skill and the terms people who work in the lexicon's language write for it.

    Examples
    --------
    >>> LexiconEntry(skill="crisis-intervention", terms=("intervención en crisis",)).terms
    ('intervención en crisis',)
    """

    model_config = MODEL_CONFIG

    skill: Identifier = Field(description="Id of the skill the terms name.")
    terms: tuple[Label, ...] = Field(
        min_length=1, description="Terms in the language that name the skill, as written."
    )

    @field_validator("terms")
    @classmethod
    def _terms_unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        seen: set[str] = set()
        for term in value:
            key = term_key(term)
            if key in seen:
                msg = (
                    f"term {term!r} is listed twice (compared without case, accents or "
                    "punctuation); remove the repeat"
                )
                raise ValueError(msg)
            seen.add(key)
        return value


class Lexicon(BaseModel):
    """Skill names in one language: its code, its English name, where the terms come from.

    Examples
    --------
    >>> lexicon = Lexicon(
    ...     language="es",
    ...     name="Spanish",
    ...     source="ESCO v1.2.0 Spanish labels",
    ...     skills=(LexiconEntry(skill="psychoeducation", terms=("psicoeducación",)),),
    ... )
    >>> lexicon.name, lexicon.skills[0].skill
    ('Spanish', 'psychoeducation')
    """

    model_config = MODEL_CONFIG

    language: LanguageCode
    name: Label = Field(description="The language's English name, as explanations show it.")
    source: Text = Field(
        default="", description="Where the terms come from: classifications, guidelines."
    )
    skills: tuple[LexiconEntry, ...] = Field(min_length=1)

    @field_validator("skills")
    @classmethod
    def _skills_unique(cls, value: tuple[LexiconEntry, ...]) -> tuple[LexiconEntry, ...]:
        seen: set[str] = set()
        for entry in value:
            if entry.skill in seen:
                msg = (
                    f"skill {entry.skill!r} is listed twice in this lexicon; "
                    "give all its terms in one entry"
                )
                raise ValueError(msg)
            seen.add(entry.skill)
        return value


def _terms(part: Part) -> Iterator[tuple[Lexicon, str, Path_, str]]:
    """Yield ``(lexicon, skill id, path, term)`` for every term of *part*'s lexicons."""
    for i, lexicon in enumerate(part.content.lexicons):
        for j, entry in enumerate(lexicon.skills):
            for k, term in enumerate(entry.terms):
                yield lexicon, entry.skill, ("lexicons", i, "skills", j, "terms", k), term


def check_lexicons(parts: Sequence[Part], problems: list[Problem]) -> None:
    """Add to *problems* every lexicon term that is unknown, repeated or an English name.

    A term is compared with the others and with every skill's label and aliases in
    normalised form, the form the resolver looks them up by.
    """
    from careermap.base.suggest import close_matches  # noqa: PLC0415 - only on a problem

    skills = {s.id: s for p in parts for s in p.content.skills}
    english: dict[str, tuple[str, str]] = {}
    for skill in skills.values():
        for name in skill.names:
            english.setdefault(normalize(name), (skill.id, name))
    languages: dict[str, str] = {}
    seen: dict[str, tuple[str, str, str, str]] = {}
    for part in parts:
        for i, lexicon in enumerate(part.content.lexicons):
            if lexicon.language in languages:
                where = languages[lexicon.language]
                problems.append(
                    part.problem(
                        ("lexicons", i, "language"),
                        f"language {lexicon.language!r} already has a lexicon in {where}; "
                        "keep one lexicon per language and move these terms into it",
                    )
                )
            languages.setdefault(lexicon.language, part.file)
        for lexicon, skill_id, path, term in _terms(part):
            if skill_id not in skills:
                close = close_matches(skill_id, sorted(skills))
                hint = "; did you mean " + " or ".join(map(repr, close)) + "?" if close else ""
                problems.append(
                    part.problem(
                        (*path[:4], "skill"),
                        f"unknown skill {skill_id!r}{hint} (define the skill or fix the id)",
                    )
                )
                continue
            key = term_key(term)
            if key in english:
                owner, name = english[key]
                whose = "itself" if owner == skill_id else f"the skill {owner!r}"
                problems.append(
                    part.problem(
                        path,
                        f"{lexicon.name} term {term!r} of {skill_id!r} is already the English "
                        f"name {name!r} of {whose} (names are compared without case, accents "
                        "or punctuation); remove it from the lexicon",
                    )
                )
                continue
            if key in seen:
                other, language, file, written = seen[key]
                if other != skill_id or language == lexicon.name:
                    problems.append(
                        part.problem(
                            path,
                            f"{lexicon.name} term {term!r} of {skill_id!r} is listed twice: "
                            f"already {written!r} of {other!r} in {language} ({file}); "
                            "keep it once, under the one skill it names",
                        )
                    )
                continue
            seen[key] = (skill_id, lexicon.name, part.file, term)
