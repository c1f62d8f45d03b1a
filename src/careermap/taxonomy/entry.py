"""What it takes to be hired into a role (``Role.entry``): education, credentials, experience.

:class:`Entry` is one block of a role in the taxonomy format (docs/taxonomy-format.md);
:mod:`careermap.taxonomy.models` re-exports it with the rest of the data model, and
readiness reads it (:mod:`careermap.results.readiness`; docs/scoring.md).
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from pydantic import BaseModel, Field, PrivateAttr, field_validator, model_validator

from careermap.base.frozen import FrozenDict
from careermap.taxonomy.credentials import (
    EDUCATION_IN,
    Credential,
    CredentialReference,
    EducationIn,
    RoleCredential,
)
from careermap.taxonomy.experience import Experience
from careermap.taxonomy.fields import MODEL_CONFIG, Education, unique
from careermap.taxonomy.lived import LivedExperience, LivedKinds

__all__ = ["Entry", "Seniority"]


class Seniority(str, Enum):
    """Where a role sits on a career ladder."""

    ENTRY = "entry"
    MID = "mid"
    SENIOR = "senior"
    LEAD = "lead"


#: What ``Entry.experience_for_degree`` means, as the schema and the format docs say it.
EXPERIENCE_FOR_DEGREE = (
    "Years of a kind of work that most postings take in place of the degree ('a "
    "bachelor's degree or equivalent experience'), and what shows that work: its skills, "
    "or its words in the person's job title or other work. Only where a source says so "
    "(O*NET's share of incumbents reporting less than the degree, a national "
    "classification's 'or N years of relevant experience'). A person below the degree "
    "whose own job title or other work shows these years is not held back by it; without "
    "them the need names the route (docs/scoring.md, readiness)."
)


#: What ``Entry.degree_in`` means, as the schema and the format docs say it.
DEGREE_IN = (
    "The subjects of the degree most postings ask for, in plain words ('psychology'); "
    "any one is enough, and a person's field (Background.field) holding a subject's words "
    "meets it ('counselling psychology' holds 'psychology'). Empty: any subject. Only where "
    "postings name the subject, not for a post that hires graduates of any subject; a "
    "person who gave no field, or holds a credential the post lists, is not held back."
)


class Entry(BaseModel):
    """What it takes to be hired into a role: education, credentials and experience.

    Examples
    --------
    >>> entry = Entry(education="master", job_zone=5, seniority="mid",
    ...               credentials=[{"name": "LPC", "kind": "licence"}])
    >>> entry.education.value, entry.credentials[0].required
    ('master', True)
    >>> Entry(education="doctorate", job_zone=5, degree_in=["psychology"]).degree_in
    ('psychology',)
    >>> route = Entry(education="bachelor", job_zone=4, experience_for_degree={
    ...     "of": "training staff", "skills": ["training-delivery"], "years": 4})
    >>> route.experience_for_degree.years
    4
    """

    model_config = MODEL_CONFIG
    # What the post asks where education_in does not lower it (for_country sets it).
    _asked_elsewhere: Education | None = PrivateAttr(default=None)

    education: Education = Field(description="The typical minimum education for hire.")
    education_in: EducationIn = Field(default_factory=FrozenDict, description=EDUCATION_IN)
    degree_in: tuple[Annotated[str, Field(min_length=1, max_length=60)], ...] = Field(
        default=(), description=DEGREE_IN
    )
    job_zone: Annotated[int, Field(ge=1, le=5)] = Field(
        description="O*NET job zone 1-5 (preparation needed), from the role's O*NET code."
    )
    seniority: Seniority = Seniority.MID
    lived_experience: LivedExperience = LivedExperience.NONE
    lived_experience_of: LivedKinds = Field(
        default=(),
        description="The kinds of lived experience that count for a role that requires or "
        "values it (mental-health, substance-use, family, justice, military, "
        "homelessness, suicide); any one is enough. Empty: any kind.",
    )
    supervised_hours: Annotated[int, Field(gt=0, le=20_000)] | None = Field(
        default=None,
        description="Post-degree supervised clinical hours for licensure (US typical).",
    )
    experience: Experience | None = Field(
        default=None,
        description="The experience of a kind of work or with a population that most "
        "postings ask for before hire, and what shows it (None: none beyond the years).",
    )
    experience_for_degree: Experience | None = Field(
        default=None, description=EXPERIENCE_FOR_DEGREE
    )
    credentials: tuple[RoleCredential, ...] = Field(
        default=(),
        description="What a hiring manager expects: each written out (name, kind, ...) or "
        "naming by id a credential of the taxonomy's credentials section (credential: id). "
        "A loaded taxonomy's roles hold them written out, every id resolved.",
    )

    @field_validator("degree_in")
    @classmethod
    def _subjects_unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for subject in value:
            if not subject.strip():
                msg = "a degree_in subject is blank; write the subject ('psychology') or remove it"
                raise ValueError(msg)
        unique(value, "degree_in subject")
        return value

    @field_validator("credentials")
    @classmethod
    def _credentials_unique(
        cls, value: tuple[Credential | CredentialReference, ...]
    ) -> tuple[Credential | CredentialReference, ...]:
        unique(tuple(c.name for c in value if isinstance(c, Credential)), "credential")
        ids = tuple(c.credential for c in value if isinstance(c, CredentialReference))
        unique(ids, "credential")
        return value

    def for_country(self, country: str | None) -> Entry:
        """Return this entry as *country*'s posts ask it (its ``education_in``).

        Parameters
        ----------
        country : str or None
            An ISO 3166-1 alpha-2 code; ``None`` (or a country not listed) keeps it.

        Examples
        --------
        >>> Entry(education="doctorate", job_zone=5, education_in={"FR": "master"}
        ...       ).for_country("FR").education.value
        'master'
        """
        found = self.education_in.get(country) if country else None
        if found is None:
            return self
        local = self.model_copy(update={"education": found})
        local._asked_elsewhere = self.asked_elsewhere
        return local

    @property
    def asked_elsewhere(self) -> Education:
        """The education the post asks where it is not lowered for a country.

        :meth:`for_country` lowers ``education`` where a country's posts ask less; this
        keeps what the post asks elsewhere, which says how senior it is: a lower floor
        opens a post in that country, it does not make it junior (a step down is judged
        against this, ``careermap.results.rungs``).

        Examples
        --------
        >>> entry = Entry(education="bachelor", job_zone=4, education_in={"CA": "associate"})
        >>> local = entry.for_country("CA")
        >>> local.education.value, local.asked_elsewhere.value
        ('associate', 'bachelor')
        """
        return self._asked_elsewhere or self.education

    @property
    def written(self) -> tuple[Credential, ...]:
        """The credentials written out: in a loaded taxonomy, every one.

        A reference by id is resolved when the taxonomy is loaded
        (:func:`careermap.load_taxonomy`); one left unresolved (a taxonomy built in
        code without :func:`~careermap.taxonomy.validate.check_taxonomy`) is left out.

        Examples
        --------
        >>> entry = Entry(education="master", job_zone=5, credentials=[
        ...     {"name": "LPC", "kind": "licence"}, {"credential": "registered-nurse"}])
        >>> [c.name for c in entry.written]
        ['LPC']
        """
        return tuple(c for c in self.credentials if isinstance(c, Credential))

    @model_validator(mode="after")
    def _kinds_need_lived_experience(self) -> Entry:
        if self.lived_experience_of and self.lived_experience is LivedExperience.NONE:
            kinds = ", ".join(k.value for k in self.lived_experience_of)
            msg = (
                f"lived_experience_of ({kinds}) is given but lived_experience is none; "
                "set lived_experience to required or valued, or remove lived_experience_of"
            )
            raise ValueError(msg)
        return self

    @model_validator(mode="after")
    def _hours_need_a_credential(self) -> Entry:
        if self.supervised_hours is not None and not self.credentials:
            msg = (
                f"supervised_hours ({self.supervised_hours}) is given but no credential; "
                "supervised hours lead to a licence or certification, so list it under "
                "credentials or remove supervised_hours"
            )
            raise ValueError(msg)
        return self

    @model_validator(mode="after")
    def _route_counts_years(self) -> Entry:
        route = self.experience_for_degree
        if route is None:
            return self
        if route.years is None or route.preferred:
            msg = (
                "experience_for_degree needs years (how many years of the work postings "
                "take in place of the degree) and cannot be preferred"
            )
            raise ValueError(msg)
        # A school diploma may have a route too (thirty-first round: community health
        # work takes years of the work, volunteering included, in place of schooling);
        # a post asking for no education has nothing to stand in for.
        if self.education is Education.NONE:
            msg = (
                "experience_for_degree is given but education is none; "
                "it stands in for a qualification the post asks for"
            )
            raise ValueError(msg)
        return self
