"""Credentials as a taxonomy records them: written in a role, or defined once and named by id.

A role's ``entry.credentials`` lists the licences, certifications and registrations a
hiring manager expects. Each item is either written out in the role (a
:class:`Credential`) or names a credential defined once in the taxonomy's
``credentials`` section (a :class:`CredentialReference` to a
:class:`CredentialDefinition`), with the role's own ``note`` (how it is earned, where it
differs by jurisdiction) and ``required``. The definition holds what is the same
wherever the credential is asked for: its name, its kind, the education its own route
needs (``education``), the skills it certifies (``implies``), its other names
(``also``), the other credentials that certify the same practice or include it
(``equivalents``), the other credentials hiring takes in its place (``accepts``), the
names of the associate licence that leads to it (``associate``), the hours of
supervised practice it requires (``supervised_hours``), the kinds of lived experience
it is awarded only to people with (``lived_experience_of``) and where it is issued
(``countries``; ``in_place``, what other countries take in its place, with the education
of those routes where posts there ask more, ``education_in``; ``not_asked_in``; and
``unregulated_in``, what is said where the practice is not regulated) and the
qualifications a regulator approves as the route to it (``programmes``), so they are
written once and cannot drift apart between roles.

Loading resolves every reference (:func:`resolve`): the roles of a loaded taxonomy hold
only :class:`Credential` items, those from a definition carrying its ``id``.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, Discriminator, Field, Tag, model_validator

from careermap.base._iso3166 import COUNTRIES
from careermap.base.frozen import FrozenDict
from careermap.taxonomy.fields import MODEL_CONFIG, Education, Identifier, Label, Text, unique
from careermap.taxonomy.lived import LivedKinds
from careermap.taxonomy.registering import with_registering

__all__ = [
    "CREDENTIAL_FORMS",
    "EDUCATION_IN",
    "Credential",
    "CredentialDefinition",
    "CredentialKind",
    "CredentialReference",
    "EducationIn",
    "RoleCredential",
    "country_codes",
    "credential_form",
    "resolve",
]

_EDUCATION = (
    "The least education the credential's own route needs, as the body that awards it sets "
    "it (an LPC: a master's; an RN: an associate degree; Australian psychologist "
    "registration: a four-year degree and two years of supervised practice, a "
    "bachelor's). Where a required licence's route needs the "
    "role's degree, the degree is the licence's: a person who holds one of the role's "
    "required licences is not told to get it (readiness)."
)
_IMPLIES = (
    "Skill ids the credential certifies (an RN's nursing and medical knowledge, an "
    "LCSW's psychology): never listed as gaps for a person who holds it."
)
_ALSO = (
    "Other names and abbreviations of the same credential (LMHC for an LPC, LICSW for an "
    "LCSW): a person who writes one holds the credential."
)
_EQUIVALENTS = (
    "Other credentials that certify what this one does: the other jurisdiction's "
    "registration for the same practice (NMC registration for an RN, HCPC registration for "
    "a clinical psychologist), or a credential that includes this one (an APRN holds an RN "
    "licence): a person who writes one holds the credential and what it implies."
)
_ACCEPTS = (
    "Other credentials hiring takes in its place that certify a different practice (BACP "
    "registration for a UK school counselling post, Social Work England registration for a "
    "clinical social work licence): a person who writes one holds the credential for "
    "hiring, but is not certified in what it implies (only in what the accepted "
    "credential's own definition implies, where the taxonomy has one)."
)
_ASSOCIATE = (
    "Names of the associate (provisional) licence that leads to this one (LPC-Associate, "
    "LMHCA for an LPC), or of the trainee registration a certification's supervised hours "
    "are earned under (Wisconsin's SAC-IT for the CADC): the same scope of practice, under "
    "supervision. A person who writes one is certified in what this credential implies, "
    "but does not hold it."
)
_LIVED = (
    "Kinds of lived experience the credential is awarded only to people with (New York's "
    "Family Peer Advocate credential: the parent or primary caregiver of a child with "
    "mental-health needs): a person who holds it by its name, an also name or an "
    "equivalent has that lived experience for a role that asks for it (readiness). Give "
    "kinds only where the awarding body's eligibility rule requires them."
)

_SUPERVISED_HOURS = (
    "Hours of supervised practice the credential requires before it is awarded (the CCLS's "
    "600-hour internship under a certified specialist), when it requires them: a missing "
    "credential that does is a long step, not a short one (readiness)."
)
_COUNTRIES = (
    "ISO 3166-1 alpha-2 codes of the countries that issue the credential (US for a state "
    "licence, GB for a UK register), as the body that awards it says: for a person who "
    "gives their country (Background.country), a credential issued elsewhere is not "
    "asked of them as it stands (see in_place and not_asked_in). Leave it out where a "
    "credential is issued in many countries or the source does not say: it is then read "
    "as today, wherever the person works."
)
_IN_PLACE = (
    "For a country that does not issue the credential, the names (from its equivalents, "
    "also or accepts) of what employers there ask for in its place (GB: BACP or UKCP "
    "registration for an LPC): named to a person in that country instead of this one."
)
_MEETS_DEGREE = (
    "For a role's required licence: the words said to a person who holds it without the "
    'degree the role asks ("Postings take the RN licence from an associate degree or a '
    "diploma; a BSN is often preferred\"). Given, holding the licence meets the role's "
    "degree, as hiring takes it (a source says so: docs/taxonomy-notes.md)."
)
_RESERVED = (
    "For a role's required licence issued only in some countries (countries): true where "
    "the law there reserves the post to its holders (Ireland: an approved centre's "
    "clinical director is a consultant psychiatrist, Mental Health Act 2001, s. 71(1)). "
    "A person working in one of those countries who does not hold it needs it, whatever "
    "other licence of the role they hold, and is shown its note (readiness)."
)
_ROUTE_IN = (
    "For a country that takes other names in its place (in_place), the least education "
    "the routes to those names need, where posts there ask a role's degree on top of them "
    "(Canada: a registered social worker holds a bachelor's, and clinical and hospital "
    "posts ask the MSW as well). A person who holds the credential there by one of those "
    "names is not taken to have met the role's degree beyond it. Left out, what a country "
    "takes in its place meets the credential's own education (readiness)."
)
_PROGRAMMES = (
    "By country (ISO 3166-1 alpha-2), the names of the qualifications its regulator "
    "approves as the route to it (GB: 'FdSc Nursing Associate' for NMC registration as a "
    "nursing associate), each sourced: a person in that country who writes one in "
    "progress is on the way to it, and one who completed it is told to apply; neither "
    "holds it, nor is certified in what it implies (readiness)."
)
_LEADS_TO = (
    "For each country in programmes, what finishing one of them leads to, in words that "
    "follow 'it leads to' ('NMC registration as a nursing associate'; 'registration with "
    "the social work register of your UK nation (...)', one phrase for a country's "
    "several registers): said in place of the credential's names."
)
_PROGRAMME_EDUCATION = (
    "The degree a programme of programmes gives, by its name (DClinPsy: doctorate; BA "
    "Social Work: bachelor), where it is a degree: one in progress that gives the degree "
    "a post asks is that degree too. A programme left out gives the credential's own "
    "education where the credential is issued (countries), else none."
)
_NOT_ASKED_IN = (
    "Countries that do not issue the credential and whose posts ask for no credential in "
    "its place (GB for a US peer specialist certificate: UK peer support posts train on "
    "the job): not asked of a person there. A country in neither this nor in_place is "
    "one careermap knows nothing of: the verdict says so and asks them to check."
)
_UNREGULATED_IN = (
    "For a country that does not issue the credential, regulates no such title and asks "
    "nothing in its place, as a source says (SK for a US arts therapist's credential: the "
    "profession is not on Slovakia's list), what is said to a person there instead, a clause "
    "that follows 'not asked in <country>:' (the association's standard employers look "
    "for). The credential is not asked of them, as with not_asked_in, and the verdict says "
    "this in a note."
)


def country_codes(value: tuple[str, ...], what: str) -> tuple[str, ...]:
    """Check that *value* holds ISO 3166-1 alpha-2 codes, each once, as written (GB, US)."""
    for code in value:
        if code not in COUNTRIES:
            msg = f"{what}: {code!r} is not an ISO 3166-1 alpha-2 code (GB, US, IE, IN)"
            raise ValueError(msg)
    unique(value, what)
    return value


def _check_countries(credential: Credential | CredentialDefinition) -> None:
    """Check the country fields of *credential* agree with each other and its names."""
    country_codes(credential.countries, "countries")
    country_codes(credential.not_asked_in, "not_asked_in")
    country_codes(tuple(credential.in_place), "in_place")
    _check_unregulated(credential)
    names = {credential.name, *credential.also, *credential.equivalents, *credential.accepts}
    for code, named in credential.in_place.items():
        if code in credential.countries or code in credential.not_asked_in:
            msg = f"in_place: {code} issues the credential or asks for none in its place"
            raise ValueError(msg)
        if not named:
            msg = f"in_place: {code} names nothing; use not_asked_in for a country asking none"
            raise ValueError(msg)
        for name in named:
            if name not in names:
                msg = f"in_place: {code} names {name!r}, not one of the credential's names"
                raise ValueError(msg)
    if set(credential.countries) & set(credential.not_asked_in):
        msg = "not_asked_in: a country that issues the credential cannot ask for none"
        raise ValueError(msg)
    if (credential.in_place or credential.not_asked_in) and not credential.countries:
        msg = "in_place and not_asked_in need countries: say where the credential is issued"
        raise ValueError(msg)
    for code in credential.education_in:
        if code not in credential.in_place:
            msg = f"education_in: {code} takes nothing in its place; name it in in_place first"
            raise ValueError(msg)
    _check_programmes(credential, names)


def _check_unregulated(credential: Credential | CredentialDefinition) -> None:
    """Check ``unregulated_in``: countries that neither issue the credential nor name another."""
    country_codes(tuple(credential.unregulated_in), "unregulated_in")
    for code, said in credential.unregulated_in.items():
        if code in (*credential.countries, *credential.in_place, *credential.not_asked_in):
            msg = (
                f"unregulated_in: {code} issues the credential or is in in_place or "
                "not_asked_in already; give each country in one of them"
            )
            raise ValueError(msg)
        if not said.strip():
            msg = f"unregulated_in: {code} says nothing; say what employers there look for"
            raise ValueError(msg)
    if credential.unregulated_in and not credential.countries:
        msg = "unregulated_in needs countries: say where the credential is issued"
        raise ValueError(msg)


def _check_programmes(credential: Credential | CredentialDefinition, names: set[str]) -> None:
    """Check ``programmes``: countries that issue the credential or take it, no credential."""
    country_codes(tuple(credential.programmes), "programmes")
    for code, named in credential.programmes.items():
        if credential.countries and code not in (*credential.countries, *credential.in_place):
            msg = (
                f"programmes: {code} neither issues the credential nor takes another in its "
                "place; give countries or in_place for it first"
            )
            raise ValueError(msg)
        if not named:
            msg = f"programmes: {code} names no qualification; leave the country out"
            raise ValueError(msg)
        unique(named, f"programmes: {code}")
        for name in named:
            if name in names or name in credential.associate:
                msg = f"programmes: {code} names {name!r}, the credential's own name"
                raise ValueError(msg)
    country_codes(tuple(credential.leads_to), "leads_to")
    if set(credential.leads_to) != set(credential.programmes):
        msg = "leads_to: say what the programmes lead to for each country of programmes, only"
        raise ValueError(msg)
    listed = {name for each in credential.programmes.values() for name in each}
    for name in credential.programme_education:
        if name not in listed:
            msg = f"programme_education: {name!r} is not one of the credential's programmes"
            raise ValueError(msg)


#: What employers ask for in a credential's place, by country; read-only, sorted by code.
InPlace = Annotated[
    Mapping[str, tuple[Label, ...]],
    AfterValidator(lambda found: FrozenDict(sorted(found.items()))),
]


#: What is said where a credential's practice is not regulated, by country; read-only.
Unregulated = Annotated[
    Mapping[str, Text], AfterValidator(lambda found: FrozenDict(sorted(found.items())))
]


#: What a credential's programmes lead to, by country (``leads_to``); read-only, by code.
LeadsTo = Annotated[
    Mapping[str, Label], AfterValidator(lambda found: FrozenDict(sorted(found.items())))
]
#: The degree each programme gives, by its name (``programme_education``); read-only.
ProgrammeEducation = Annotated[
    Mapping[str, Education], AfterValidator(lambda found: FrozenDict(sorted(found.items())))
]


def _by_country(found: Mapping[str, Education]) -> FrozenDict[str, Education]:
    """Check a mapping's keys are ISO 3166-1 alpha-2 codes; return it read-only, by code."""
    country_codes(tuple(found), "education_in")
    return FrozenDict(sorted(found.items()))


#: A role's minimum education where it differs from its usual one, by country: read-only,
#: sorted by code (``Entry.education_in``).
EducationIn = Annotated[Mapping[str, Education], AfterValidator(_by_country)]
#: ``Entry.education_in``'s description in the schema.
EDUCATION_IN = (
    "Where the minimum differs, by country (ISO 3166-1 alpha-2): a US doctorate that is a "
    "master's elsewhere. Readiness reads the person's country's."
)
#: Supervised practice hours a credential may require (an internship, supervised experience).
SupervisedHours = Annotated[int, Field(gt=0, le=20_000)]


class CredentialKind(str, Enum):
    """What a credential is: a licence to practise, a certification or a registration."""

    LICENCE = "licence"
    CERTIFICATION = "certification"
    REGISTRATION = "registration"


class Credential(BaseModel):
    """A licence, certification or registration a hiring manager expects.

    Examples
    --------
    >>> Credential(name="Certified Peer Specialist", kind="certification", required=False).kind
    <CredentialKind.CERTIFICATION: 'certification'>
    """

    model_config = MODEL_CONFIG

    id: Identifier | None = Field(
        default=None,
        description="The id of the credential in the taxonomy's credentials section that "
        "this one is (set when a role names it by id; leave it out when writing one here).",
    )
    name: Label
    kind: CredentialKind
    education: Education | None = Field(default=None, description=_EDUCATION)
    required: bool = Field(
        default=True, description="True if hiring needs it; false if it is preferred or valued."
    )
    usual: bool = Field(
        default=False,
        description="With required false: true if most employers or clients look for it, "
        "so a person without it is told so beside a ready verdict.",
    )
    note: Text = Field(
        default="", description="Where it differs by jurisdiction (US/UK) and how it is earned."
    )
    implies: tuple[str, ...] = Field(default=(), description=_IMPLIES)
    also: tuple[Label, ...] = Field(default=(), description=_ALSO)
    equivalents: tuple[Label, ...] = Field(default=(), description=_EQUIVALENTS)
    accepts: tuple[Label, ...] = Field(default=(), description=_ACCEPTS)
    associate: tuple[Label, ...] = Field(default=(), description=_ASSOCIATE)
    supervised_hours: SupervisedHours | None = Field(default=None, description=_SUPERVISED_HOURS)
    lived_experience_of: LivedKinds = Field(default=(), description=_LIVED)
    countries: tuple[str, ...] = Field(default=(), description=_COUNTRIES)
    in_place: InPlace = Field(default_factory=FrozenDict, description=_IN_PLACE)
    education_in: EducationIn = Field(default_factory=FrozenDict, description=_ROUTE_IN)
    not_asked_in: tuple[str, ...] = Field(default=(), description=_NOT_ASKED_IN)
    unregulated_in: Unregulated = Field(default_factory=FrozenDict, description=_UNREGULATED_IN)
    programmes: InPlace = Field(default_factory=FrozenDict, description=_PROGRAMMES)
    leads_to: LeadsTo = Field(default_factory=FrozenDict, description=_LEADS_TO)
    programme_education: ProgrammeEducation = Field(
        default_factory=FrozenDict, description=_PROGRAMME_EDUCATION
    )
    meets_degree: Text = Field(default="", description=_MEETS_DEGREE)
    reserved: bool = Field(default=False, description=_RESERVED)

    @model_validator(mode="before")
    @classmethod
    def _registering(cls, data: Any) -> Any:
        return with_registering(data)

    @model_validator(mode="after")
    def _also_are_other_names(self) -> Credential:
        names = (self.name, *self.also, *self.equivalents, *self.accepts, *self.associate)
        unique(names, "credential name")
        _check_countries(self)
        _check_usual(self)
        _check_meets_degree(self)
        _check_reserved(self)
        return self


class CredentialDefinition(BaseModel):
    """A credential defined once, for every role that asks for it to name by its id.

    Examples
    --------
    >>> rn = CredentialDefinition(id="registered-nurse", name="Registered Nurse (RN)",
    ...                           kind="licence", implies=("nursing",))
    >>> rn.kind.value, rn.implies
    ('licence', ('nursing',))
    """

    model_config = MODEL_CONFIG

    id: Identifier
    name: Label
    kind: CredentialKind
    education: Education | None = Field(default=None, description=_EDUCATION)
    implies: tuple[str, ...] = Field(default=(), description=_IMPLIES)
    also: tuple[Label, ...] = Field(default=(), description=_ALSO)
    equivalents: tuple[Label, ...] = Field(default=(), description=_EQUIVALENTS)
    accepts: tuple[Label, ...] = Field(default=(), description=_ACCEPTS)
    associate: tuple[Label, ...] = Field(default=(), description=_ASSOCIATE)
    supervised_hours: SupervisedHours | None = Field(default=None, description=_SUPERVISED_HOURS)
    lived_experience_of: LivedKinds = Field(default=(), description=_LIVED)
    countries: tuple[str, ...] = Field(default=(), description=_COUNTRIES)
    in_place: InPlace = Field(default_factory=FrozenDict, description=_IN_PLACE)
    education_in: EducationIn = Field(default_factory=FrozenDict, description=_ROUTE_IN)
    not_asked_in: tuple[str, ...] = Field(default=(), description=_NOT_ASKED_IN)
    unregulated_in: Unregulated = Field(default_factory=FrozenDict, description=_UNREGULATED_IN)
    programmes: InPlace = Field(default_factory=FrozenDict, description=_PROGRAMMES)
    leads_to: LeadsTo = Field(default_factory=FrozenDict, description=_LEADS_TO)
    programme_education: ProgrammeEducation = Field(
        default_factory=FrozenDict, description=_PROGRAMME_EDUCATION
    )

    @model_validator(mode="before")
    @classmethod
    def _registering(cls, data: Any) -> Any:
        return with_registering(data)

    @model_validator(mode="after")
    def _also_are_other_names(self) -> CredentialDefinition:
        names = (self.name, *self.also, *self.equivalents, *self.accepts, *self.associate)
        unique(names, "credential name")
        _check_countries(self)
        return self


class CredentialReference(BaseModel):
    """A role's use of a credential defined in the taxonomy's ``credentials`` section.

    Examples
    --------
    >>> CredentialReference(credential="registered-nurse", note="US: state licence.").required
    True
    """

    model_config = MODEL_CONFIG

    credential: Identifier = Field(
        description="The id of a credential defined in the taxonomy's credentials section."
    )
    required: bool = Field(
        default=True, description="True if hiring needs it; false if it is preferred or valued."
    )
    usual: bool = Field(
        default=False,
        description="With required false: true if most employers or clients look for it, "
        "so a person without it is told so beside a ready verdict.",
    )
    note: Text = Field(
        default="",
        description="For this role: where it differs by jurisdiction (US/UK) and how it is earned.",
    )
    meets_degree: Text = Field(default="", description=_MEETS_DEGREE)
    reserved: bool = Field(default=False, description=_RESERVED)

    @model_validator(mode="after")
    def _usual_is_preferred(self) -> CredentialReference:
        _check_usual(self)
        if self.meets_degree and not self.required:
            raise ValueError("meets_degree is for a required licence (required: true)")
        if self.reserved and not self.required:
            raise ValueError("reserved is for a required licence (required: true)")
        return self


def _check_meets_degree(credential: Credential) -> None:
    """Refuse ``meets_degree`` but on a required licence: only a licence meets a degree."""
    if credential.meets_degree and (
        credential.kind is not CredentialKind.LICENCE or not credential.required
    ):
        raise ValueError("meets_degree is for a required licence (kind licence, required)")


def _check_reserved(credential: Credential) -> None:
    """Refuse ``reserved`` but on a required licence issued in named countries."""
    if credential.reserved and (
        credential.kind is not CredentialKind.LICENCE
        or not credential.required
        or not credential.countries
    ):
        raise ValueError(
            f"reserved is for a required licence issued in named countries (kind licence, "
            f"required, countries): {credential.name!r} is not one; drop reserved or add them"
        )


def _check_usual(credential: Credential | CredentialReference) -> None:
    """Refuse ``usual`` on a required credential: it is for a preferred one."""
    if credential.usual and credential.required:
        raise ValueError("usual is for a preferred credential (required: false)")


def credential_form(value: Any) -> str:
    """Say which form a role's credential item is written in: ``'written'`` or ``'reference'``.

    An item that names a ``credential`` by id is a reference; any other is written out.

    Examples
    --------
    >>> credential_form({"credential": "registered-nurse"}), credential_form({"name": "RN"})
    ('reference', 'written')
    """
    if isinstance(value, CredentialReference):
        return "reference"
    if isinstance(value, dict) and "credential" in value:
        return "reference"
    return "written"


#: The model of each form a role's credential item is written in (:func:`credential_form`).
CREDENTIAL_FORMS: dict[str, type[BaseModel]] = {
    "written": Credential,
    "reference": CredentialReference,
}

#: One item of a role's ``entry.credentials``: written out, or a reference by id.
RoleCredential = Annotated[
    Annotated[Credential, Tag("written")] | Annotated[CredentialReference, Tag("reference")],
    Discriminator(credential_form),
]


def resolve(reference: CredentialReference, definition: CredentialDefinition) -> Credential:
    """Return the role's credential: the *definition*, with the *reference*'s note and need.

    Examples
    --------
    >>> rn = CredentialDefinition(id="registered-nurse", name="Registered Nurse (RN)",
    ...                           kind="licence")
    >>> wanted = CredentialReference(credential="registered-nurse", required=False)
    >>> found = resolve(wanted, rn)
    >>> found.id, found.name, found.required
    ('registered-nurse', 'Registered Nurse (RN)', False)
    """
    return Credential(
        id=definition.id,
        name=definition.name,
        kind=definition.kind,
        education=definition.education,
        required=reference.required,
        usual=reference.usual,
        note=reference.note,
        meets_degree=reference.meets_degree,
        reserved=reference.reserved,
        implies=definition.implies,
        also=definition.also,
        equivalents=definition.equivalents,
        accepts=definition.accepts,
        associate=definition.associate,
        supervised_hours=definition.supervised_hours,
        lived_experience_of=definition.lived_experience_of,
        countries=definition.countries,
        in_place=definition.in_place,
        education_in=definition.education_in,
        not_asked_in=definition.not_asked_in,
        unregulated_in=definition.unregulated_in,
        programmes=definition.programmes,
        leads_to=definition.leads_to,
        programme_education=definition.programme_education,
    )
