"""The taxonomy data model: sectors, skills, transfer relations and roles.

Every model is a frozen pydantic model that forbids unknown keys, so a typo in a
YAML file is an error rather than a silently ignored field. The models describe
one *file* of the format (:class:`TaxonomyFile`) as well as the merged result
(:class:`Taxonomy`); cross-file checks (unknown references, duplicate ids,
cycles) live in :mod:`careermap._validate`.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Annotated, Any, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

from careermap import _display
from careermap._cache import derived
from careermap._frozen import FrozenDict

__all__ = [
    "DEFAULT_ROLE_LEVEL",
    "Importance",
    "Requirement",
    "Role",
    "RoleContext",
    "Sector",
    "Skill",
    "SkillRelation",
    "Taxonomy",
    "TaxonomyFile",
]

#: Proficiency level assumed for a requirement that does not give one.
DEFAULT_ROLE_LEVEL = 3

#: Identifiers: lower-case words joined by hyphens, dots or underscores; digits allowed.
ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"

Identifier = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN, min_length=1, max_length=200),
    Field(description="Identifier: lower-case letters, digits, '.', '_' and '-'."),
]
#: External codes by scheme; read-only and sorted by scheme once validated.
Codes = Annotated[
    Mapping[Identifier, Annotated[str, StringConstraints(min_length=1)]],
    AfterValidator(lambda codes: FrozenDict(sorted(codes.items()))),
]
Label = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=300),
    Field(description="A non-empty human-readable name."),
]
Text = Annotated[str, StringConstraints(strip_whitespace=True, max_length=20_000)]
Level = Annotated[
    int, Field(ge=1, le=5, description="Proficiency level from 1 (novice) to 5 (expert).")
]
Weight = Annotated[float, Field(gt=0.0, le=1.0, allow_inf_nan=False)]
OnetSoc = Annotated[
    str,
    StringConstraints(pattern=r"^\d{2}-\d{4}\.\d{2}$"),
    Field(description="O*NET-SOC 2019 code, e.g. '21-1014.00'."),
]

_CONFIG = ConfigDict(
    frozen=True,
    extra="forbid",
    str_strip_whitespace=False,
    populate_by_name=False,
    validate_default=True,
)


class Importance(str, Enum):
    """How much a role needs a skill: an essential requirement weighs more.

    ``minor`` marks a requirement a role uses but does not need (an imported
    rating below "important"): it counts in the score at its weight like an
    optional one, but explanations do not list it among a role's gaps.
    """

    ESSENTIAL = "essential"
    OPTIONAL = "optional"
    MINOR = "minor"


def _unique(values: tuple[str, ...], what: str) -> tuple[str, ...]:
    seen: set[str] = set()
    for value in values:
        key = value.casefold()
        if key in seen:
            msg = f"{what} {value!r} is listed twice; remove the repeat"
            raise ValueError(msg)
        seen.add(key)
    return values


class Sector(BaseModel):
    """A sector of the labour market that roles belong to.

    Examples
    --------
    >>> Sector(id="education", label="Education")
    Sector(id='education', label='Education', description='')
    """

    model_config = _CONFIG

    id: Identifier
    label: Label
    description: Text = ""


class Skill(BaseModel):
    """A competency: a skill, a piece of knowledge or a way of working.

    Examples
    --------
    >>> skill = Skill(id="active-listening", label="Active listening", aliases=("listening",))
    >>> skill.names
    ('Active listening', 'listening')
    """

    model_config = _CONFIG

    id: Identifier
    label: Label
    aliases: tuple[Label, ...] = Field(
        default=(), description="Other names people use: abbreviations, spellings, verb forms."
    )
    description: Text = ""
    category: Identifier | None = Field(
        default=None, description="A free grouping such as 'interpersonal' or 'clinical'."
    )
    broader: tuple[Identifier, ...] = Field(
        default=(), description="Ids of broader skills this one is a kind of."
    )
    codes: Codes = Field(
        default_factory=dict,
        description="External codes by scheme, e.g. {'esco': URI, 'onet': '2.A.1.b'}.",
    )

    @field_validator("aliases")
    @classmethod
    def _aliases_unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _unique(value, "alias")

    @field_validator("broader")
    @classmethod
    def _broader_unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _unique(value, "broader skill")

    @property
    def names(self) -> tuple[str, ...]:
        """The label followed by every alias."""
        return (self.label, *self.aliases)

    def __repr__(self) -> str:
        return _display.skill_repr(self)

    def _repr_html_(self) -> str:
        return _display.skill_html(self)

    def to_dict(self) -> dict[str, Any]:
        """Return the skill as JSON-compatible data, as it is written in YAML."""
        return self.model_dump(mode="json", by_alias=True)


class SkillRelation(BaseModel):
    """Having skill ``from`` earns partial credit for skill ``to``.

    ``weight`` is the share of credit that transfers, between 0 (exclusive) and 1.
    A ``bidirectional`` relation also transfers from ``to`` back to ``from``.

    Examples
    --------
    >>> rel = SkillRelation.model_validate(
    ...     {"from": "crisis-intervention", "to": "conflict-de-escalation", "weight": 0.8,
    ...      "reason": "Both calm a volatile situation."})
    >>> rel.source, rel.target, rel.weight
    ('crisis-intervention', 'conflict-de-escalation', 0.8)
    """

    model_config = _CONFIG

    source: Identifier = Field(alias="from")
    target: Identifier = Field(alias="to")
    weight: Weight
    reason: Label
    bidirectional: bool = False


class Requirement(BaseModel):
    """One skill a role asks for, with its importance, weight and typical level.

    The weight defaults to 1.0; essential requirements count
    :data:`careermap.ESSENTIAL_FACTOR` times their weight in the score.

    Examples
    --------
    >>> Requirement(skill="active-listening", importance="essential", level=4).level
    4
    """

    model_config = _CONFIG

    skill: Identifier
    importance: Importance = Importance.ESSENTIAL
    weight: Weight = 1.0
    level: Level = DEFAULT_ROLE_LEVEL

    @property
    def essential(self) -> bool:
        """Whether the requirement is essential."""
        return self.importance is Importance.ESSENTIAL


class RoleContext(BaseModel):
    """What an imported occupation says about a role besides its skills (all optional).

    Attributes
    ----------
    interests : tuple of six floats, optional
        The RIASEC interest profile (Realistic, Investigative, Artistic, Social,
        Enterprising, Conventional), each 1-7 as O*NET rates them.
    job_zone : int, optional
        O*NET's job zone, 1 (little preparation) to 5 (extensive preparation).
    education : float, optional
        The typical required level of education on O*NET's 1-12 scale (1 = less
        than a high school diploma, 6 = bachelor's degree, 12 = post-doctoral),
        the mean of the categories weighted by the share of respondents.
    work_values : tuple of six floats, optional
        O*NET's work values (Achievement, Working Conditions, Recognition,
        Relationships, Support, Independence), extent 1-7.
    isco : str, optional
        The ISCO-08 group of an ESCO occupation (four digits).
    """

    model_config = _CONFIG

    interests: tuple[float, float, float, float, float, float] | None = None
    job_zone: Annotated[int, Field(ge=1, le=5)] | None = None
    education: Annotated[float, Field(ge=1.0, le=12.0)] | None = None
    work_values: tuple[float, float, float, float, float, float] | None = None
    isco: Annotated[str, StringConstraints(pattern=r"^\d{1,4}$")] | None = None


class Role(BaseModel):
    """A career or occupation, with the skills it requires.

    Examples
    --------
    >>> role = Role(id="school-counsellor", title="School counsellor", sector="education",
    ...             requirements=[{"skill": "active-listening"}])
    >>> role.requirements[0].essential
    True
    """

    model_config = _CONFIG

    id: Identifier
    title: Label
    aliases: tuple[Label, ...] = ()
    sector: Identifier
    description: Text = ""
    onet_soc: OnetSoc | None = None
    codes: Codes = Field(
        default_factory=dict,
        description="Other external codes by scheme, e.g. {'isco': '2635', 'esco': URI}.",
    )
    requirements: tuple[Requirement, ...] = Field(min_length=1)
    context: RoleContext | None = Field(
        default=None,
        description="Imported context: interests, job zone, education, work values, ISCO group.",
    )

    @field_validator("aliases")
    @classmethod
    def _aliases_unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _unique(value, "alias")

    @field_validator("requirements")
    @classmethod
    def _requirements_unique(cls, value: tuple[Requirement, ...]) -> tuple[Requirement, ...]:
        _unique(tuple(req.skill for req in value), "required skill")
        return value

    def __repr__(self) -> str:
        return _display.role_repr(self)

    def _repr_html_(self) -> str:
        return _display.role_html(self)

    def to_dict(self) -> dict[str, Any]:
        """Return the role as JSON-compatible data, as it is written in YAML."""
        return self.model_dump(mode="json", by_alias=True)


class TaxonomyFile(BaseModel):
    """The content of one YAML file of a taxonomy; every section is optional."""

    model_config = _CONFIG

    name: Label | None = Field(default=None, description="Name of the taxonomy (one file only).")
    version: Label | None = Field(default=None, description="Version of the taxonomy.")
    sectors: tuple[Sector, ...] = ()
    skills: tuple[Skill, ...] = ()
    relations: tuple[SkillRelation, ...] = ()
    roles: tuple[Role, ...] = ()


_Item = TypeVar("_Item", Sector, Skill, Role)


def _by_id(items: tuple[_Item, ...]) -> FrozenDict[str, _Item]:
    return FrozenDict((item.id, item) for item in items)


class Taxonomy(BaseModel):
    """A validated taxonomy: every reference resolves, ids are unique, no cycles.

    Build one with :func:`careermap.load_taxonomy`; constructing it directly
    skips the cross-reference checks.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = "custom"
    version: str = "0"
    sectors: tuple[Sector, ...] = ()
    skills: tuple[Skill, ...] = ()
    relations: tuple[SkillRelation, ...] = ()
    roles: tuple[Role, ...] = ()

    @property
    def skill_index(self) -> Mapping[str, Skill]:
        """Skills by id."""
        return derived(
            self, "skill_index", lambda: FrozenDict((skill.id, skill) for skill in self.skills)
        )

    @property
    def role_index(self) -> Mapping[str, Role]:
        """Roles by id."""
        return derived(
            self, "role_index", lambda: FrozenDict((role.id, role) for role in self.roles)
        )

    @property
    def sector_index(self) -> Mapping[str, Sector]:
        """Sectors by id."""
        return derived(
            self, "sector_index", lambda: FrozenDict((sector.id, sector) for sector in self.sectors)
        )

    def __repr__(self) -> str:
        return (
            f"<Taxonomy {self.name!r} {self.version}: {len(self.sectors)} sectors, "
            f"{len(self.skills)} skills, {len(self.relations)} relations, "
            f"{len(self.roles)} roles>"
        )

    __str__ = __repr__
