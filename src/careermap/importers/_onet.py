"""Import the O*NET database from its tab-separated text files."""

from __future__ import annotations

import functools
import math
import os
import re
from collections import Counter
from fractions import Fraction
from typing import Any

from careermap.importers._tables import TSV, Source, Table, finish, unique_aliases
from careermap.scoring.model import IMPORTANCE_FACTOR
from careermap.taxonomy.models import Importance, Role, Sector, Skill, Taxonomy
from careermap.taxonomy.store import through_cache

__all__ = [
    "ESSENTIAL_IMPORTANCE",
    "IMPORTANCE_POWER",
    "LEVEL_DECIMALS",
    "IMPORTANT",
    "ONET_VERSION",
    "SOC_MAJOR_GROUPS",
    "import_onet",
    "rating_to_requirement",
]


#: The O*NET release the importer was written for; :func:`import_onet` reports it by default.
ONET_VERSION = "29.3"

#: Every rated element with an Importance (IM, 1-5) above 1 is a requirement; from this
#: Importance on ("Important" on O*NET's scale) it is listed in explanations (essential or
#: optional), below it the requirement is ``minor``: scored, not listed as a gap.
IMPORTANT = Fraction(3)
#: From this Importance on, the requirement is essential; from IMPORTANT on, optional.
ESSENTIAL_IMPORTANCE = Fraction(7, 2)
#: The score sees ``((IM - 1) / 4) ** IMPORTANCE_POWER`` as a requirement's effective weight,
#: whatever its listing. Chosen on the fit part of the development half of O*NET's Related
#: Occupations among 1, 1.5, 2, 3 (``benchmarks/quality.py --fit``): 2 ranked best there.
IMPORTANCE_POWER = 2
#: Decimals kept of a requirement's level (LV * 5 / 7): the level ratio the score sees
#: is continuous, not rounded to a whole level (which put 93% of requirements at 2 or 3).
LEVEL_DECIMALS = 2

#: The 23 major groups of the 2018 Standard Occupational Classification, by their two
#: digits, with their official titles (https://www.bls.gov/soc/2018/major_groups.htm).
SOC_MAJOR_GROUPS = {
    "11": "Management Occupations",
    "13": "Business and Financial Operations Occupations",
    "15": "Computer and Mathematical Occupations",
    "17": "Architecture and Engineering Occupations",
    "19": "Life, Physical, and Social Science Occupations",
    "21": "Community and Social Service Occupations",
    "23": "Legal Occupations",
    "25": "Educational Instruction and Library Occupations",
    "27": "Arts, Design, Entertainment, Sports, and Media Occupations",
    "29": "Healthcare Practitioners and Technical Occupations",
    "31": "Healthcare Support Occupations",
    "33": "Protective Service Occupations",
    "35": "Food Preparation and Serving Related Occupations",
    "37": "Building and Grounds Cleaning and Maintenance Occupations",
    "39": "Personal Care and Service Occupations",
    "41": "Sales and Related Occupations",
    "43": "Office and Administrative Support Occupations",
    "45": "Farming, Fishing, and Forestry Occupations",
    "47": "Construction and Extraction Occupations",
    "49": "Installation, Maintenance, and Repair Occupations",
    "51": "Production Occupations",
    "53": "Transportation and Material Moving Occupations",
    "55": "Military Specific Occupations",
}

_WHAT = "the O*NET text database (db_29_3_text)"
_CODE = "O*NET-SOC Code"
_OCCUPATIONS = "Occupation Data.txt"
_TITLES = "Alternate Titles.txt"
_ZONES = "Job Zones.txt"
_MODEL = "Content Model Reference.txt"
_RATING_FILES = (("Skills.txt", "skill"), ("Knowledge.txt", "knowledge"))
_RATING = (_CODE, "Element ID", "Element Name", "Scale ID", "Data Value")
#: The files read, with the columns used from each.
_TABLES = {
    _OCCUPATIONS: (_CODE, "Title", "Description"),
    _TITLES: (_CODE, "Alternate Title", "Short Title"),
    _ZONES: (_CODE, "Job Zone"),
    **{name: (*_RATING, "Recommend Suppress", "Not Relevant") for name, _ in _RATING_FILES},
    _MODEL: ("Element ID", "Element Name", "Description"),
}
_INTERESTS = "Interests.txt"
_EDUCATION = "Education, Training, and Experience.txt"
_VALUES = "Work Values.txt"
#: Files of role context, read when present (see RoleContext).
_CONTEXT_TABLES = {
    _INTERESTS: (_CODE, "Element ID", "Scale ID", "Data Value"),
    _EDUCATION: (_CODE, "Element ID", "Scale ID", "Category", "Data Value"),
    _VALUES: (_CODE, "Element ID", "Scale ID", "Data Value"),
}
#: RIASEC interests (scale OI) and the six work values (scale EX), in RoleContext's order.
_RIASEC = ("1.B.1.a", "1.B.1.b", "1.B.1.c", "1.B.1.d", "1.B.1.e", "1.B.1.f")
_WORK_VALUES = ("1.B.2.a", "1.B.2.b", "1.B.2.c", "1.B.2.d", "1.B.2.e", "1.B.2.f")
_SCALES = {"IM": (Fraction(1), Fraction(5)), "LV": (Fraction(0), Fraction(7))}
_NUMBER = re.compile(r"^[0-9]+(\.[0-9]+)?$")

# One rating row: its value, Recommend Suppress and Not Relevant.
_Rating = tuple[str, str, str]


def rating_to_requirement(importance: str, level: str) -> tuple[Importance, float, float] | None:
    """Turn an occupation's Importance and Level ratings of one element into a requirement.

    Returns ``(importance, weight, level)``, or ``None`` when Importance is 1 (the
    bottom of the scale: "not important" at all). The requirement is essential from
    :data:`ESSENTIAL_IMPORTANCE` on, optional from :data:`IMPORTANT` on, minor below.
    The weight is chosen so that the score's effective weight (weight times the
    importance's factor, see ``docs/scoring.md``) is ``((IM - 1) / 4) **
    IMPORTANCE_POWER``, continuous across the listing thresholds, rounded to 6
    decimals. ``level`` is LV moved from O*NET's 0-7 scale to careermap's 1-5
    (``LV * 5 / 7``), kept continuous: rounded to :data:`LEVEL_DECIMALS` decimals (a
    half rounded up, computed exactly) and clipped to 1-5; a whole number is an ``int``.

    Examples
    --------
    >>> rating_to_requirement("5.00", "4.62")
    (<Importance.ESSENTIAL: 'essential'>, 0.5, 3.3)
    >>> rating_to_requirement("3.00", "3.50")  # 3.50 * 5 / 7 = 2.5
    (<Importance.OPTIONAL: 'optional'>, 0.25, 2.5)
    >>> rating_to_requirement("2.00", "5.60")  # 5.60 * 5 / 7 = 4
    (<Importance.MINOR: 'minor'>, 0.0625, 4)
    >>> rating_to_requirement("2.00", "0.70")  # 0.5, below the scale
    (<Importance.MINOR: 'minor'>, 0.0625, 1)
    >>> rating_to_requirement("1.00", "6.00") is None
    True
    """
    im, lv = Fraction(importance), Fraction(level)
    if im <= 1:
        return None
    if im >= ESSENTIAL_IMPORTANCE:
        kind = Importance.ESSENTIAL
    elif im >= IMPORTANT:
        kind = Importance.OPTIONAL
    else:
        kind = Importance.MINOR
    effective = ((im - 1) / 4) ** IMPORTANCE_POWER
    weight = max(1e-6, float(round(effective / Fraction(IMPORTANCE_FACTOR[kind]), 6)))
    unit = Fraction(1, 10**LEVEL_DECIMALS)
    scaled = math.floor(lv * 5 / 7 / unit + Fraction(1, 2)) * unit
    scaled = min(Fraction(5), max(Fraction(1), scaled))
    return kind, weight, (int(scaled) if scaled.denominator == 1 else float(scaled))


def _element_id(element: str) -> str:
    return f"onet.{element.lower()}"


def _element_key(element: str) -> tuple[int | str, ...]:
    """Sort key of an element id: its parts, numbers by value (2.C.10 after 2.C.9)."""
    return tuple(int(part) if part.isdigit() else part for part in element.split("."))


def _parent(element: str) -> str | None:
    """Return the parent in the content model, below the domain (``2.A.1.b`` -> ``2.A.1``)."""
    parent = element.rpartition(".")[0]
    return parent if "." in parent else None


class _Onet:
    """The state of one import: the source, what was read so far and counts."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.source = Source(path, TSV, _WHAT)
        self.tables = self.source.tables(_TABLES)
        self.occupations: dict[str, dict[str, Any]] = {}  # by code, in file order
        self.where: dict[str, int] = {}  # code -> line in Occupation Data.txt
        # code -> element -> scale -> rating, in file order (Skills.txt, then Knowledge.txt)
        self.ratings: dict[str, dict[str, dict[str, _Rating]]] = {}
        self.elements: dict[str, tuple[str, str, str, int]] = {}  # name, category, file, line
        self.skipped: Counter[str] = Counter()

    def occupation(self, code: str, file: str, line: int) -> dict[str, Any] | None:
        found = self.occupations.get(code)
        if found is None:
            message = f"unknown occupation {code!r} (not in {_OCCUPATIONS})"
            self.source.add(file, line, _CODE, message)
        return found


def _read_occupations(state: _Onet) -> None:
    table = state.tables[_OCCUPATIONS]
    for line, (code, title, description) in table.rows(required=(0, 1)):
        if code in state.occupations:
            message = f"{code!r} is repeated (first at line {state.where[code]})"
            state.source.add(table.file, line, _CODE, message)
            continue
        if code[:2] not in SOC_MAJOR_GROUPS:
            state.source.add(table.file, line, _CODE, f"{code!r} is in no SOC 2018 major group")
            continue
        state.where[code] = line
        state.occupations[code] = {
            "id": f"soc.{code.lower()}",
            "title": title,
            "aliases": [],
            "sector": f"soc-{code[:2]}",
            "description": description,
            "onet_soc": code,
            "codes": {},
        }


def _read_titles_and_zones(state: _Onet) -> None:
    table = state.tables[_TITLES]
    for line, (code, alternate, short) in table.rows(required=(0,)):
        occupation = state.occupation(code, table.file, line)
        if occupation is not None:
            occupation["aliases"] += [alternate, short]
    table = state.tables[_ZONES]
    for line, (code, zone) in table.rows(required=(0, 1)):
        occupation = state.occupation(code, table.file, line)
        if occupation is None:
            continue
        if "job_zone" in occupation["codes"]:
            state.source.add(table.file, line, _CODE, f"a second job zone for {code!r}")
        occupation["codes"]["job_zone"] = zone


def _read_ratings(state: _Onet) -> None:
    for name, category in _RATING_FILES:
        table = state.tables[name]
        for line, row in table.rows(required=(0, 1, 2, 3)):
            code, element, label, scale, value, suppress, not_relevant = row
            if scale not in _SCALES:
                continue  # ratings on other scales say nothing about requirements
            if state.occupation(code, table.file, line) is None:
                continue
            known = state.elements.setdefault(element, (label, category, table.file, line))
            if known[1] != category:
                message = f"element {element!r} is also in {known[2]} (line {known[3]})"
                state.source.add(table.file, line, "Element ID", message)
                continue
            if value and not _NUMBER.match(value):
                state.source.add(table.file, line, "Data Value", f"not a number: {value!r}")
                continue
            low, high = _SCALES[scale]
            if value and not low <= Fraction(value) <= high:
                message = f"{scale} {value} is outside O*NET's {low}-{high} scale"
                state.source.add(table.file, line, "Data Value", message)
                continue
            scales = state.ratings.setdefault(code, {}).setdefault(element, {})
            if scale in scales:
                message = f"a second {scale} rating of {element!r} for {code!r}"
                state.source.add(table.file, line, "Scale ID", message)
                continue
            scales[scale] = (value, suppress, not_relevant)


def _read_vectors(state: _Onet, tables: dict[str, Table]) -> dict[str, dict[str, Any]]:
    """Read the RIASEC interests and the work values: code -> field -> element -> value."""
    vectors: dict[str, dict[str, Any]] = {}
    for name, field, scale, elements in (
        (_INTERESTS, "interests", "OI", _RIASEC),
        (_VALUES, "work_values", "EX", _WORK_VALUES),
    ):
        if name not in tables:
            continue
        table = tables[name]
        for line, (code, element, scale_id, value) in table.rows(required=(0, 1, 2, 3)):
            if scale_id != scale or element not in elements:
                continue
            if state.occupation(code, table.file, line) is None:
                continue
            if not _NUMBER.match(value):
                state.source.add(table.file, line, "Data Value", f"not a number: {value!r}")
                continue
            vectors.setdefault(code, {}).setdefault(field, {})[element] = float(value)
    return vectors


def _read_education(state: _Onet, table: Table) -> dict[str, dict[int, float]]:
    """Read the Required Level of Education: code -> category -> percent of respondents."""
    education: dict[str, dict[int, float]] = {}
    for line, (code, element, scale_id, category, value) in table.rows(required=(0, 1, 2)):
        if element != "2.D.1" or scale_id != "RL":
            continue
        if state.occupation(code, table.file, line) is None:
            continue
        if not category.isdigit() or not _NUMBER.match(value):
            message = f"not a category and a percentage: {category!r}, {value!r}"
            state.source.add(table.file, line, "Data Value", message)
            continue
        education.setdefault(code, {})[int(category)] = float(value)
    return education


def _read_context(state: _Onet) -> None:
    """Read interests, education and work values where their files are present."""
    present = {
        name: columns
        for name, columns in _CONTEXT_TABLES.items()
        if (state.source.root / name).is_file()
    }
    tables = state.source.tables(present)
    vectors = _read_vectors(state, tables)
    education = _read_education(state, tables[_EDUCATION]) if _EDUCATION in tables else {}
    for code, occupation in state.occupations.items():
        context: dict[str, Any] = {}
        for field, elements in (("interests", _RIASEC), ("work_values", _WORK_VALUES)):
            found = vectors.get(code, {}).get(field, {})
            if len(found) == len(elements):
                context[field] = tuple(found[e] for e in elements)
        shares = education.get(code, {})
        total = sum(shares.values())
        if total > 0:
            mean = sum(c * p for c, p in shares.items()) / total
            context["education"] = round(min(12.0, max(1.0, mean)), 4)
        zone = occupation["codes"].get("job_zone", "")
        if zone.isdigit() and 1 <= int(zone) <= 5:
            context["job_zone"] = int(zone)
        occupation["context"] = context or None


def _requirements(state: _Onet, code: str) -> list[dict[str, Any]]:
    """Apply the requirements rule to every element rated for occupation *code*."""
    requirements = []
    for element, scales in state.ratings[code].items():
        im, lv = scales.get("IM"), scales.get("LV")
        if im is None or lv is None or not im[0] or not lv[0]:
            state.skipped["ratings without a value"] += 1
            continue
        if "Y" in (im[1], lv[1]):
            state.skipped["suppressed ratings"] += 1
            continue
        if lv[2] == "Y":
            state.skipped["not relevant ratings"] += 1
            continue
        converted = rating_to_requirement(im[0], lv[0])
        if converted is None:
            state.skipped["ratings of importance 1"] += 1
            continue
        kind, weight, level = converted
        requirements.append(
            {"skill": _element_id(element), "importance": kind, "weight": weight, "level": level}
        )
    return requirements


def _roles(state: _Onet) -> list[Role]:
    roles: list[Role] = []
    for code, data in state.occupations.items():
        if code not in state.ratings:
            state.skipped["occupations without ratings"] += 1
            continue
        requirements = _requirements(state, code)
        if not requirements:
            state.skipped["occupations without a rated element"] += 1
            continue
        data["aliases"] = unique_aliases(data["title"], data["aliases"])
        role = state.source.build(
            Role,
            {**data, "requirements": requirements},
            state.tables[_OCCUPATIONS].file,
            state.where[code],
        )
        if role is not None:
            roles.append(role)
    return roles


def _skills(state: _Onet) -> list[Skill]:
    table = state.tables[_MODEL]
    model = {element: (line, name, text) for line, (element, name, text) in table.rows()}
    skills: list[Skill] = []
    groups: dict[str, str] = {}  # group element -> the element that needs it
    for element in state.elements:
        child, parent = element, _parent(element)
        while parent is not None and parent not in state.elements:
            groups.setdefault(parent, child)
            child, parent = parent, _parent(parent)
    for element in sorted({*state.elements, *groups}, key=_element_key):
        parent = _parent(element)
        data: dict[str, Any] = {
            "id": _element_id(element),
            "broader": [_element_id(parent)] if parent else [],
            "codes": {"onet": element},
        }
        if element in state.elements:
            label, category, file, line = state.elements[element]
            data |= {"label": label, "category": category}
            data["description"] = model[element][2] if element in model else ""
        elif element in model:
            line, label, description = model[element]
            file = table.file
            data |= {"label": label, "category": "skill-group", "description": description}
        else:
            message = f"no row for {element!r}, the parent of {groups[element]!r}"
            state.source.add(table.file, None, "Element ID", message)
            continue
        skill = state.source.build(Skill, data, file, line)
        if skill is not None:
            skills.append(skill)
    return skills


def import_onet(
    path: str | os.PathLike[str],
    *,
    version: str = ONET_VERSION,
    cache: str | os.PathLike[str] | bool | None = None,
) -> Taxonomy:
    """Import O*NET from the folder of its text database.

    Skills are the elements of ``Skills.txt`` and ``Knowledge.txt`` with their parent
    groups from the content model as ``broader``; roles are the occupations with
    ratings, each requiring the elements it rates as important; sectors are the SOC
    2018 major groups. See ``docs/importers.md`` for every rule.

    Parameters
    ----------
    path : str or path-like
        The folder holding ``Occupation Data.txt``, ``Skills.txt`` and the other files.
    version : str, optional
        The O*NET version to record in the taxonomy (the files do not say).
    cache : bool, str or path-like, optional
        ``None`` or ``True`` (the default): use the disk cache in the user's cache
        folder (``docs/performance.md``, "The cache"): a second import of the same
        files, in any process, reads what the first one saved. ``False`` reads the
        files every time (so does ``CAREERMAP_CACHE_DIR=off``). A path keeps the
        compiled form (one JSON file) in that folder instead.

    Returns
    -------
    Taxonomy
        Named ``"onet"``, checked like a loaded taxonomy.

    Raises
    ------
    TaxonomyError
        If a file or column is missing or a row is malformed; each problem names the
        file, the line and the column.
    """
    if cache is not False:
        build = functools.partial(import_onet, path, version=version, cache=False)
        names = [*_TABLES, *_CONTEXT_TABLES]
        salt = f"{version}-{IMPORTANCE_POWER}"
        return through_cache(cache, "onet", path, names, build, salt=salt)
    state = _Onet(path)
    _read_occupations(state)
    state.source.check()  # every other file refers to the occupations
    _read_titles_and_zones(state)
    _read_ratings(state)
    _read_context(state)
    roles = _roles(state)
    skills = _skills(state)
    state.source.check()
    sectors = [Sector(id=f"soc-{major}", label=title) for major, title in SOC_MAJOR_GROUPS.items()]
    taxonomy = Taxonomy(
        name="onet",
        version=version,
        sectors=tuple(sectors),
        skills=tuple(skills),
        roles=tuple(roles),
    )
    skipped = ", ".join(f"{count} {what}" for what, count in sorted(state.skipped.items()))
    return finish(taxonomy, state.source, "O*NET", f"skipped {skipped or 'nothing'}")
