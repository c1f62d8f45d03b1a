"""The taxonomy data model: sectors, skills, transfer relations and roles.

Every model is a frozen pydantic model that forbids unknown keys, so a typo in a
YAML file is an error rather than a silently ignored field. The models describe
one *file* of the format (:class:`~careermap.taxonomy.files.TaxonomyFile`, in a
module of its own) as well as the merged result (:class:`Taxonomy`); cross-file
checks (unknown references, duplicate ids, cycles) live in
:mod:`careermap.taxonomy.validate`.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    field_validator,
)

from careermap.base.cache import derived
from careermap.base.frozen import FrozenDict
from careermap.taxonomy import display as _display
from careermap.taxonomy.conditions import Conditions
from careermap.taxonomy.credentials import (
    Credential,
    CredentialDefinition,
    CredentialKind,
    CredentialReference,
    country_codes,
)
from careermap.taxonomy.entry import Entry, Seniority
from careermap.taxonomy.experience import Experience
from careermap.taxonomy.fields import MODEL_CONFIG, Education, Identifier, Label, Text, unique
from careermap.taxonomy.lazy import LazyItems, Settled
from careermap.taxonomy.lexicon import Lexicon
from careermap.taxonomy.lived import LivedExperience

__all__ = [
    "DEFAULT_ROLE_LEVEL",
    "Credential",
    "CredentialDefinition",
    "CredentialKind",
    "CredentialReference",
    "Education",
    "Entry",
    "Experience",
    "RequiredLevel",
    "Importance",
    "LivedExperience",
    "Requirement",
    "Role",
    "RoleContext",
    "ScoringSettings",
    "Sector",
    "Seniority",
    "Skill",
    "SkillRelation",
    "Taxonomy",
]

#: Proficiency level assumed for a requirement that does not give one.
DEFAULT_ROLE_LEVEL = 3

#: External codes by scheme; read-only and sorted by scheme once validated.
Codes = Annotated[
    Mapping[Identifier, Annotated[str, StringConstraints(min_length=1)]],
    AfterValidator(lambda codes: FrozenDict(sorted(codes.items()))),
]
Level = Annotated[
    int, Field(ge=1, le=5, description="Proficiency level from 1 (novice) to 5 (expert).")
]


def _whole_as_int(value: float) -> float:
    """Keep a whole-number level an ``int`` (``4``, not ``4.0``), as taxonomies write it."""
    return int(value) if float(value).is_integer() else value


#: A role's typical level: 1-5 like a person's, but it may fall between two levels (an
#: imported rating such as O*NET's Level 4.5 of 7 is 3.21); whole numbers stay ``int``.
RequiredLevel = Annotated[
    float,
    Field(
        ge=1,
        le=5,
        allow_inf_nan=False,
        description="Typical proficiency level from 1 (novice) to 5 (expert); may be fractional.",
    ),
    AfterValidator(_whole_as_int),
    PlainSerializer(lambda level: level),  # as stored: 4 stays 4, never 4.0
]
Weight = Annotated[float, Field(gt=0.0, le=1.0, allow_inf_nan=False)]
OnetSoc = Annotated[
    str,
    StringConstraints(pattern=r"^\d{2}-\d{4}\.\d{2}$"),
    Field(description="O*NET-SOC 2019 code, e.g. '21-1014.00'."),
]


class Importance(str, Enum):
    """How much a role needs a skill: an essential requirement weighs more.

    ``minor`` marks a requirement a role uses but does not need (an imported
    rating below "important"): it counts in the score at its weight like an
    optional one, but explanations do not list it among a role's gaps.
    """

    ESSENTIAL = "essential"
    OPTIONAL = "optional"
    MINOR = "minor"


class Sector(BaseModel):
    """A sector of the labour market that roles belong to.

    Examples
    --------
    >>> Sector(id="education", label="Education")
    Sector(id='education', label='Education', description='', licensed_scope=False)
    """

    model_config = MODEL_CONFIG

    id: Identifier
    label: Label
    description: Text = ""
    licensed_scope: bool = Field(
        default=False,
        description="Whether a licence to practise sets the level of the sector's work: "
        "its posts that ask for no licence are the tier below the licensed clinicians "
        "(intake, crisis lines, case management), so one is a step down in scope for a "
        "person who holds a licence the sector's posts ask for and more education than "
        "the post (docs/scoring.md, readiness).",
    )


class Skill(BaseModel):
    """A competency: a skill, a piece of knowledge or a way of working.

    Examples
    --------
    >>> skill = Skill(id="active-listening", label="Active listening", aliases=("listening",))
    >>> skill.names
    ('Active listening', 'listening')
    """

    model_config = MODEL_CONFIG

    id: Identifier
    label: Label
    aliases: tuple[Label, ...] = Field(
        default=(), description="Other names people use: abbreviations, spellings, verb forms."
    )
    description: Text = ""
    category: Identifier | None = Field(
        default=None, description="A free grouping such as 'interpersonal' or 'clinical'."
    )
    general: bool = Field(
        default=False,
        description=(
            "A general competency, one that says nothing about which work a person does "
            "(self-care, reflective practice, a second language, ...): it counts where a "
            "role uses it, and is never held against a role (docs/scoring.md)."
        ),
    )
    broader: tuple[Identifier, ...] = Field(
        default=(), description="Ids of broader skills this one is a kind of."
    )
    conditions: Conditions = Field(
        default=(),
        description="Working conditions that practising the skill is (restraint training is "
        "physical-intervention): for a person who wants to leave one, the skill is listed "
        "but left out of the score (docs/scoring.md, twenty-sixth round).",
    )
    learnt_for: Conditions = Field(
        default=(),
        description="Working conditions the skill is learnt for, though practising it is not "
        "one (crisis protocols: crisis-work): never advised to a person who wants to leave "
        "one; held, it still counts (docs/scoring.md, twenty-ninth round).",
    )
    codes: Codes = Field(
        default_factory=dict,
        description="External codes by scheme, e.g. {'esco': URI, 'onet': '2.A.1.b'}.",
    )

    @field_validator("aliases")
    @classmethod
    def _aliases_unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return unique(value, "alias")

    @field_validator("broader")
    @classmethod
    def _broader_unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return unique(value, "broader skill")

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

    model_config = MODEL_CONFIG

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

    model_config = MODEL_CONFIG

    skill: Identifier
    importance: Importance = Importance.ESSENTIAL
    weight: Weight = 1.0
    level: RequiredLevel = DEFAULT_ROLE_LEVEL

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

    model_config = MODEL_CONFIG

    interests: tuple[float, float, float, float, float, float] | None = None
    job_zone: Annotated[int, Field(ge=1, le=5)] | None = None
    education: Annotated[float, Field(ge=1.0, le=12.0)] | None = None
    work_values: tuple[float, float, float, float, float, float] | None = None
    isco: Annotated[str, StringConstraints(pattern=r"^\d{1,4}$")] | None = None


#: The context terms a taxonomy's :class:`ScoringSettings` may weigh
#: (``careermap.scoring.context`` computes them; ``docs/scoring.md``).
ContextTermName = Literal["interests", "job_zone", "education", "text", "skill_groups"]


class ScoringSettings(BaseModel):
    """How an imported taxonomy's roles are best compared: its own context weights.

    Sources differ in the context they give (O*NET has interests and job zones,
    ESCO a skill hierarchy), so an importer may record the weights fit on its own
    data; without this block the shared ``careermap.CONTEXT_WEIGHTS`` apply.

    Examples
    --------
    >>> ScoringSettings(context_weights={"text": 0.4, "skill_groups": 0.3}).total
    0.7
    """

    model_config = MODEL_CONFIG

    context_weights: Mapping[ContextTermName, Annotated[float, Field(ge=0.0, le=1.0)]] = Field(
        description=(
            "Weight of each context term (terms not named weigh 0); together below 1, "
            "so the skills score always counts."
        ),
    )
    basis: Text = Field(default="", description="How the weights were chosen, in a sentence.")

    @property
    def total(self) -> float:
        """The sum of the weights."""
        return round(sum(self.context_weights.values()), 12)

    @field_validator("context_weights")
    @classmethod
    def _below_one(cls, value: Mapping[ContextTermName, float]) -> Mapping[ContextTermName, float]:
        total = sum(value.values())
        if total >= 1.0:
            msg = f"the weights add up to {total:g}; they must add up to less than 1"
            raise ValueError(msg)
        # In the terms' own order, however they were given or stored (a taxonomy read
        # back from a cache or a sorted JSON file shows the same mapping).
        ordered = [term for term in get_args(ContextTermName) if term in value]
        return FrozenDict((term, value[term]) for term in ordered)


class Role(BaseModel):
    """A career or occupation, with the skills it requires.

    Examples
    --------
    >>> role = Role(id="school-counsellor", title="School counsellor", sector="education",
    ...             requirements=[{"skill": "active-listening"}])
    >>> role.requirements[0].essential
    True
    """

    model_config = MODEL_CONFIG

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
    entry: Entry | None = Field(
        default=None, description="Entry requirements: education, credentials, experience."
    )
    conditions: Conditions = Field(
        default=(),
        description="Working conditions the job routinely involves (shift-work, crisis-work, "
        "trauma-exposure, end-of-life, clinical-caseload, caseload, physical-intervention, "
        "court-work, "
        "managing-staff; on-site when rarely done from home, travel for regular travel): "
        "a person who wants to leave one is told, and advice order puts the role later.",
    )
    countries: tuple[str, ...] = Field(
        default=(),
        description="ISO 3166-1 alpha-2 codes of the only countries where the post exists "
        "under any name ([US] for a veterans service officer), as its sources say; left out "
        "for a post found in many countries (a peer worker's). A person whose country "
        "(Background.country) is elsewhere is not offered the role, and the ranking says "
        "so; one who gives no country is told where the post exists. Importers leave it out.",
    )
    context: RoleContext | None = Field(
        default=None,
        description="Imported context: interests, job zone, education, work values, ISCO group.",
    )

    @field_validator("aliases")
    @classmethod
    def _aliases_unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return unique(value, "alias")

    @field_validator("countries")
    @classmethod
    def _country_codes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return country_codes(value, "countries")

    @field_validator("requirements")
    @classmethod
    def _requirements_unique(cls, value: tuple[Requirement, ...]) -> tuple[Requirement, ...]:
        unique(tuple(req.skill for req in value), "required skill")
        return value

    def __repr__(self) -> str:
        return _display.role_repr(self)

    def _repr_html_(self) -> str:
        return _display.role_html(self)

    def to_dict(self) -> dict[str, Any]:
        """Return the role as JSON-compatible data, as it is written in YAML."""
        return self.model_dump(mode="json", by_alias=True)


class Taxonomy(Settled):
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
    credentials: tuple[CredentialDefinition, ...] = ()
    roles: tuple[Role, ...] = ()
    scoring: ScoringSettings | None = None
    lexicons: tuple[Lexicon, ...] = ()

    def model_post_init(self, context: Any, /) -> None:
        """Let the views of roles and skills name skills and sectors by label.

        Parameters
        ----------
        context : Any
            Pydantic's validation context (unused).
        """
        skills: object = self.skills
        if not isinstance(skills, LazyItems):  # the cache notes a lazy one's labels
            _display.remember(self)

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
    def credential_index(self) -> Mapping[str, CredentialDefinition]:
        """Credentials of the ``credentials`` section by id."""
        return derived(
            self,
            "credential_index",
            lambda: FrozenDict((credential.id, credential) for credential in self.credentials),
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


def __getattr__(name: str) -> Any:
    """Return :class:`~careermap.taxonomy.files.TaxonomyFile`, which lives in its own module.

    Only reading YAML files needs it: a load from the cache or a compiled file never
    builds its validator (about 3 ms of a fresh process).
    """
    if name == "TaxonomyFile":
        from careermap.taxonomy.files import TaxonomyFile  # noqa: PLC0415 - see above

        return TaxonomyFile
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
