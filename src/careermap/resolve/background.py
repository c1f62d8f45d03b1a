"""What a person says about their education, credentials and experience: :class:`Background`.

Also the checks every text from a person passes (no control characters or
bidirectional overrides) and the bounded ``repr`` used in messages, shared with
:mod:`careermap.resolve.profile`.
"""

from __future__ import annotations

import re
import reprlib
import unicodedata
from collections.abc import Mapping

from pydantic import Field, ValidationError, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from careermap.base.errors import ProfileError
from careermap.base.frozen import FrozenDict
from careermap.base.record import Frozen
from careermap.taxonomy.conditions import Condition, Conditions
from careermap.taxonomy.lived import LivedAnswer
from careermap.taxonomy.models import Education

__all__ = [
    "FORBIDDEN",
    "MAX_CREDENTIALS",
    "MAX_FIELD_TEXT",
    "MAX_PAST_ROLES",
    "Background",
    "background",
    "contains",
    "show",
]

#: Most credentials a background may list.
MAX_CREDENTIALS = 50
#: Longest subject of a degree accepted (``Background.field``), in characters.
MAX_FIELD_TEXT = 200
#: Most past roles a background may list (``Background.experience``).
MAX_PAST_ROLES = 20
#: Longest job title accepted (``current_role``, a past role's), in characters.
MAX_TITLE_TEXT = 300
#: Most years of experience accepted.
MAX_YEARS = 70

# Control characters other than tab and line breaks, and the bidirectional embeddings,
# overrides and isolates ("Trojan Source", CVE-2021-42574): no skill name holds them, and
# echoed to a terminal or a web page they recolour or reorder what is shown.
# Control characters, bidirectional overrides, and lone surrogates (not valid UTF-8).
FORBIDDEN = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


class _ShortRepr(reprlib.Repr):
    """``repr()`` for messages: bounded in length, and safe for huge integers."""

    def __init__(self) -> None:
        super().__init__()
        self.maxstring = self.maxother = 80

    def repr_int(self, x: int, level: int) -> str:
        if x.bit_length() > 64:  # repr() of a 5,000-digit integer raises ValueError
            return f"<an integer of {x.bit_length():,} bits>"
        return super().repr_int(x, level)


show = _ShortRepr().repr


def contains(char: str) -> str:
    """``"contains ZERO WIDTH ... (U+...)"``: a forbidden character, named."""
    fallback = "a lone surrogate" if 0xD800 <= ord(char) <= 0xDFFF else "a control character"
    return f"contains {unicodedata.name(char, fallback)} (U+{ord(char):04X})"


def _plain_text(what: str, text: str) -> None:
    """Raise a ``ValueError`` naming *what* if *text* holds a character that is not plain text."""
    forbidden = FORBIDDEN.search(text)
    if forbidden is not None:
        msg = f"{what} {show(text)} {contains(forbidden.group())}; give plain text"
        raise ValueError(msg)


class Background(Frozen):
    """What a person says about their education, credentials and experience.

    Every field is optional; readiness checks only what is given.

    Examples
    --------
    >>> Background(education="master", credentials=["LPC (US)"], years_experience=6).education
    <Education.MASTER: 'master'>
    >>> Background(education="bachelor", field="psychology").field
    'psychology'
    >>> Background(country="UK").country
    'GB'
    """

    education: Education | None = Field(
        default=None, description="The highest education completed."
    )
    credentials: tuple[str, ...] = Field(
        default=(),
        max_length=MAX_CREDENTIALS,
        description="Licences, certifications and registrations held, as the person writes them.",
    )
    years_experience: float | None = Field(
        default=None,
        ge=0,
        le=70,
        description="Years of relevant work experience. Where a post counts years of its own "
        "work (a crisis line supervisor's years on the lines) and current_role names other "
        "work, they are taken as years of that other work (years of the post's work under "
        "another title go in experience).",
    )
    lived_experience: LivedAnswer = Field(
        default=None,
        description="Lived experience the person would use at work (peer roles ask for it): "
        "its kinds (mental-health, substance-use, family, justice, military, homelessness, "
        "suicide), or true for lived experience of mental illness or recovery, its kind not "
        "said (not a parent's or carer's: give family for that). Beside a credential awarded "
        "only to people with a kind (a family peer credential), true is read as that kind.",
    )
    field: str | None = Field(
        default=None,
        max_length=MAX_FIELD_TEXT,
        # Checked by _plain_field (with a friendlier message); published for other validators.
        json_schema_extra={"pattern": r"\S"},
        description="The subject of the highest degree, as the person writes it "
        "('psychology', 'sociology'). From a bachelor's up, a subject that is exactly the "
        "label or an alias of a knowledge skill of the taxonomy certifies that skill: it is "
        "not listed as a gap. Scores and readiness are unchanged.",
    )
    current_role: str | None = Field(
        default=None,
        max_length=300,
        description="The role the person holds now (an id, title or alias): rankings mark it "
        "as their current job (readiness verdict 'current': the same work elsewhere), its "
        "essential skills are not gaps, and its title shows whether their years of "
        "experience are years of the work a post counts (Experience.years). A name the "
        "taxonomy lacks marks no role.",
    )
    experience: dict[str, float] = Field(
        default_factory=dict,
        max_length=MAX_PAST_ROLES,
        description="Years in other work than current_role's, before it or alongside it, by "
        "job title or role id: {'Crisis line counselor': 8}, {'Crisis line volunteer': 3}. "
        "Where a post counts years of its own work (Experience.years: a crisis line "
        "supervisor's years on the lines), the most years under a title that shows that work "
        "count for it when they reach further than years_experience, and the verdict says "
        "so; the titles also show the experience. Nothing else reads them.",
    )
    avoid: Conditions = Field(
        default=(),
        max_length=len(Condition),
        description="Working conditions the person wants to leave behind (shift-work, "
        "crisis-work, trauma-exposure, end-of-life, clinical-caseload, caseload, "
        "physical-intervention, "
        "court-work, managing-staff; on-site for a person who wants to work from home, "
        "travel for one who wants no regular travel): roles that involve one say so, and "
        "advice order puts them later.",
    )
    country: str | None = Field(
        default=None,
        max_length=100,
        description="Where the person works or wants to: an ISO 3166-1 alpha-2 code (GB, US, "
        "IE, IN) or a country's name ('United Kingdom', 'UK', 'United States', 'India'), "
        "kept as its code. A role's credentials are then read for that country: the "
        "registration employers there ask for in place of a US licence is named, a "
        "credential not asked there is not asked, and where careermap does not know what "
        "is asked there the verdict says so. Left out, credentials read as written.",
    )
    work_country: str | None = Field(
        default=None,
        max_length=100,
        description="Where the person will work, when that is not country (a person "
        "moving abroad): a code or a name, as for country. A role's credentials are then "
        "read for this country, and a credential the person holds that names no country "
        "is read as issued in country (their home country's, to have recognised where "
        "they will work). Left out, the country of work is country.",
    )
    region: str | None = Field(
        default=None,
        max_length=100,
        description="Where in the country of work, where that changes what posts ask: for the "
        "United Kingdom, its nation (England, Scotland, Wales, Northern Ireland, or GB-ENG, "
        "GB-SCT, GB-WLS, GB-NIR); for the United States, its state or the District of "
        "Columbia (Minnesota or US-MN); for Canada, its province or territory "
        "(Saskatchewan or CA-SK); kept as its ISO 3166-2 code. Set from country when that "
        "names a nation ('Scotland') or is a state's or province's code ('US-MN'), and "
        "country is then GB, US or CA; given alone, it sets country. Social workers and "
        "social care workers register with their nation's own council: a post there names "
        "that register, and one registered in another nation is told to apply to it. A "
        "licence whose abbreviation means another licence by state or province, written "
        "without a place ('RPN': a psychiatric nurse in the western provinces, a practical "
        "nurse in Ontario; 'LISW' in Minnesota), is read as the region's. Left out, the "
        "four UK registers are read alike and such abbreviations stay ambiguous.",
    )
    step_back: bool = Field(
        default=False,
        description="Open to a step down (below their licence, experience or education): "
        "advice order places steps down, still named, with the moves they could take now.",
    )
    step_up: bool = Field(
        default=False,
        description="Wants a higher rung in the line of work current_role names (a "
        "supervisor's, lead's or manager's post): advice order counts the score of a post "
        "one rung above that role's seniority, in its sector, a little higher (within its "
        "readiness group; the score shown is unchanged).",
    )
    same_work: bool = Field(
        default=False,
        description="Wants the work current_role names, elsewhere (another employer, "
        "setting, population or schedule): advice order places that role by its score among "
        "the moves they could take now, where without it the role comes after the first five "
        "(their job is not the move most people came to find).",
    )

    @property
    def works_in(self) -> str | None:
        """The country of work: ``work_country``, or ``country`` when it is not given.

        Examples
        --------
        >>> Background(country="BO", work_country="Spain").works_in
        'ES'
        >>> Background(country="BO").works_in
        'BO'
        """
        return self.work_country or self.country

    @property
    def moved_from(self) -> str | None:
        """The home country when the person will work in another (``None`` otherwise).

        A credential they hold that names no country is read as issued there.

        Examples
        --------
        >>> Background(country="BO", work_country="ES").moved_from
        'BO'
        >>> Background(country="BO", work_country="BO").moved_from is None
        True
        """
        moved = self.work_country is not None and self.country not in (None, self.work_country)
        return self.country if moved else None

    @field_validator("credentials", mode="before")
    @classmethod
    def _few_credentials(cls, value: object) -> object:
        # Checked before the items, so a huge list costs one len(), not one error per item.
        if isinstance(value, (list, tuple)) and len(value) > MAX_CREDENTIALS:
            raise PydanticCustomError(
                "too_long",
                "at most {max_length} credentials, not {actual_length}",
                {"max_length": MAX_CREDENTIALS, "actual_length": len(value)},
            )
        return value

    @model_validator(mode="before")
    @classmethod
    def _nation_of_country(cls, data: object) -> object:
        # "Scotland" as the country: the United Kingdom, in that nation (base.nations).
        # With a country of work, the region is where in that country.
        if not isinstance(data, Mapping):
            return data
        if data.get("work_country") is None:
            return _nation_of(data, "country")
        from careermap.base.nations import nation_named  # noqa: PLC0415 - a country given only (a ranking imports no country table)

        home = data.get("country")
        if isinstance(home, str) and nation_named(home) is not None:
            data = {**data, "country": "GB"}
        return _nation_of(data, "work_country")

    @field_validator("country")
    @classmethod
    def _country_code(cls, value: str | None) -> str | None:
        from careermap.base.countries import country_code  # noqa: PLC0415 - a country given only (a ranking imports no country table)

        return None if value is None else country_code(value)

    @field_validator("work_country")
    @classmethod
    def _work_country_code(cls, value: str | None) -> str | None:
        from careermap.base.countries import country_code  # noqa: PLC0415 - a country given only (a ranking imports no country table)

        return None if value is None else country_code(value)

    @field_validator("region")
    @classmethod
    def _region(cls, value: str | None, info: ValidationInfo) -> str | None:
        from careermap.base.countries import country_name  # noqa: PLC0415 - a region given only (a ranking imports no country table)
        from careermap.base.subdivisions import region_code, region_country  # noqa: PLC0415 - as above

        if value is None:
            return value
        code = region_code(value)
        country = info.data.get("work_country") or info.data.get("country")
        if country is not None and country != region_country(code):
            msg = (
                f"the region {value!r} is in {country_name(region_country(code))}, not in "
                f"{country}; give the region of the country of work, or leave region out"
            )
            raise ValueError(msg)
        return code

    @field_validator("experience", mode="before")
    @classmethod
    def _past_roles(cls, value: object) -> object:
        # Checked before the items, with messages that name the title.
        if not isinstance(value, Mapping):
            return value
        if len(value) > MAX_PAST_ROLES:
            msg = f"give at most {MAX_PAST_ROLES} past roles, not {len(value)}"
            raise ValueError(msg)
        for title, years in value.items():
            if not isinstance(title, str) or not title.strip():
                msg = f"a past role's title is blank or not text ({show(title)}); give its title"
                raise ValueError(msg)
            if len(title) > MAX_TITLE_TEXT:
                msg = f"the past role {show(title)} is longer than {MAX_TITLE_TEXT} characters"
                raise ValueError(msg)
            _plain_text("the past role", title)
            number = isinstance(years, (int, float)) and not isinstance(years, bool)
            if not number or not 0 <= years <= MAX_YEARS:
                msg = (
                    f"the years in {show(title)} must be a number from 0 to {MAX_YEARS}, "
                    f"not {show(years)}"
                )
                raise ValueError(msg)
        return value

    @field_validator("experience")
    @classmethod
    def _read_only(cls, value: dict[str, float]) -> dict[str, float]:
        # The model is frozen: so is what it holds (and it stays hashable).
        return FrozenDict(value)

    @field_validator("same_work")
    @classmethod
    def _with_a_job(cls, value: bool, info: ValidationInfo) -> bool:
        if value and not info.data.get("current_role"):
            msg = "the same work elsewhere needs the job it is: give the current role too"
            raise ValueError(msg)
        return value

    @field_validator("step_up")
    @classmethod
    def _from_a_job(cls, value: bool, info: ValidationInfo) -> bool:
        if value and not info.data.get("current_role"):
            msg = "a step up needs the job it is from: give the current role too"
            raise ValueError(msg)
        return value

    @field_validator("field")
    @classmethod
    def _plain_field(cls, value: str | None) -> str | None:
        if value is None:
            return value
        if not value.strip():
            msg = "the field of study is blank; give the subject of the degree or leave it out"
            raise ValueError(msg)
        _plain_text("the field of study", value)
        return value


def background(given: object) -> Background | None:
    """Return *given* as a :class:`Background` (a mapping is validated), or ``None``."""
    if given is None or isinstance(given, Background):
        return given
    if not isinstance(given, Mapping):
        msg = f"background must be a Background or a mapping, not {type(given).__name__}"
        raise ProfileError(msg)
    try:
        return Background.model_validate(dict(given))
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        field = ".".join(str(part) for part in error["loc"])
        msg = f"background.{field}: {error['msg']} (given {show(error.get('input'))})"
        raise ProfileError(msg) from None


def _nation_of(data: Mapping[str, object], key: str) -> Mapping[str, object]:
    """Return *data* with the region its *key* country names kept as its region, checked.

    A UK nation by name or code ("Scotland", "GB-SCT"), a US state's or Canadian
    province's ISO 3166-2 code ("US-MN"); a region given without a country sets it.
    """
    from careermap.base.nations import nation_named  # noqa: PLC0415 - a country given only (a ranking imports no country table)
    from careermap.base.subdivisions import (  # noqa: PLC0415 - as above
        region_country,
        region_named,
        subdivision_code,
    )

    country, region = data.get(key), data.get("region")
    named = (
        (nation_named(country) or subdivision_code(country)) if isinstance(country, str) else None
    )
    if named is not None and region is None:
        return {**data, "region": named}
    given = region_named(region) if isinstance(region, str) else None
    if named is not None and given is not None and given != named:
        what = "country of work" if key == "work_country" else "country"
        kind = "nations" if region_country(given) == region_country(named) == "GB" else "regions"
        msg = f"the {what} {country!r} and the region {region!r} are two {kind}; give one"
        raise ValueError(msg)
    if given is not None and country is None:
        return {**data, key: region_country(given)}
    return data
