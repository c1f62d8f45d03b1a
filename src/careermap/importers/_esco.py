"""Import the ESCO classification from its official CSV download."""

from __future__ import annotations

import functools
import itertools
import os
import re
from collections import Counter
from typing import Any

from careermap.base.text import match_key
from careermap.importers._tables import CSV, Source, finish, unique_aliases
from careermap.taxonomy.models import (
    Role,
    ScoringSettings,
    Sector,
    Skill,
    SkillRelation,
    Taxonomy,
)
from careermap.taxonomy.store import through_cache

__all__ = ["ESCO_CONTEXT_WEIGHTS", "ESCO_VERSION", "RELATION_WEIGHTS", "esco_id", "import_esco"]


#: The ESCO release the importer was written for; :func:`import_esco` records it by default.
ESCO_VERSION = "1.2.0"

#: The version of this importer's rules, part of the disk cache's key: bump it when a
#: rule changes what an import of the same files produces (2: objects of light verbs
#: as aliases), so no cache written under the old rules is served.
RULES = 2

#: Weight of a transfer relation by ESCO's skill-skill ``relationType``: having a skill
#: earns this share of credit toward each skill ESCO lists as essential or optional for it.
RELATION_WEIGHTS = {"essential": 0.5, "optional": 0.25}

#: The context weights recorded in an imported ESCO taxonomy (``Taxonomy.scoring``), in
#: place of the shared ``CONTEXT_WEIGHTS`` fit on O*NET: ESCO has no interests, job zones or
#: education, but it has a skills hierarchy. Chosen by a grid search (text 0.2-0.6,
#: skill groups 0-0.4, steps of 0.1) on the *fit* part of ESCO's occupations (those whose
#: concept URI's SHA-256 starts with an even byte), maximising the share of each
#: occupation's ten most similar roles in its own ISCO unit group (``benchmarks/quality.py
#: --fit-esco``); the report part was not consulted. The ISCO group is only the yardstick:
#: no term uses it (see docs/scoring.md).
ESCO_CONTEXT_WEIGHTS = {"text": 0.4, "skill_groups": 0.3}
_BASIS = (
    "Grid search on the fit half of ESCO's occupations (hash of the concept URI), "
    "maximising the share of the top 10 similar roles in the same ISCO unit group; "
    "benchmarks/quality.py --fit-esco."
)

#: The verbs ESCO's skill labels start with that people leave out on a CV: "apply case
#: management" is written "case management", "conduct participatory research"
#: "participatory research". What follows such a verb becomes an alias (see
#: :func:`_add_object_names`). Not "provide" or "deliver": what they take is the thing
#: provided ("provide feedback to teachers"), not the skill.
_LIGHT_VERB = re.compile(
    r"^(?:apply|use|perform|conduct|carry out|practise|practice|undertake|employ|implement"
    r"|utilise|utilize) (?!(?:of|to|for|the|a|an|on|in|with) )(\S+(?: \S+)+)$"
)
_URI = re.compile(r"^https?://data\.europa\.eu/esco/(.+)$")
_INVALID = re.compile(r"[^a-z0-9._-]+")
# Kinds whose URIs end in a UUID: the UUID alone is the id.
_UUID_KINDS = frozenset({"skill", "occupation"})
_WHAT = "the ESCO CSV download (English)"
_LABELS = ("conceptUri", "preferredLabel", "altLabels", "description")
_ISCO = "ISCOGroups_en.csv"
_SKILLS = "skills_en.csv"
_GROUPS = "skillGroups_en.csv"
_BROADER = "broaderRelationsSkillPillar_en.csv"
_HIERARCHY = "skillsHierarchy_en.csv"
_TRANSFERS = "skillSkillRelations_en.csv"
_OCCUPATIONS = "occupations_en.csv"
_REQUIREMENTS = "occupationSkillRelations_en.csv"
#: The tables read, with the columns used from each.
_TABLES = {
    _ISCO: ("code", "preferredLabel", "description"),
    _SKILLS: (*_LABELS, "skillType"),
    _GROUPS: (*_LABELS, "code"),
    _BROADER: ("conceptUri", "broaderUri"),
    _HIERARCHY: tuple(f"Level {i} URI" for i in range(4)),
    _TRANSFERS: ("originalSkillUri", "relationType", "relatedSkillUri"),
    _OCCUPATIONS: (*_LABELS, "iscoGroup", "code"),
    _REQUIREMENTS: ("occupationUri", "relationType", "skillUri"),
}


def esco_id(uri: str) -> str | None:
    """Return the careermap id of an ESCO concept URI, or ``None`` if it is not one.

    The id is the URI's path after ``http://data.europa.eu/esco/``, lower-cased,
    with the kind dropped when it is ``skill`` or ``occupation`` (those end in a
    UUID), the remaining segments joined by ``.``, and any run of characters
    other than ``a-z 0-9 . _ -`` replaced by ``-``.

    Examples
    --------
    >>> esco_id("http://data.europa.eu/esco/skill/0005C151-5b5a-4a66-8aac-60e734beb1ab")
    '0005c151-5b5a-4a66-8aac-60e734beb1ab'
    >>> esco_id("http://data.europa.eu/esco/isced-f/0011")
    'isced-f.0011'
    >>> esco_id("https://example.org/skill/1") is None
    True
    """
    match = _URI.match(uri.strip())
    if match is None:
        return None
    parts = match.group(1).strip("/").split("/")
    if len(parts) > 1 and parts[0] in _UUID_KINDS:
        parts = parts[1:]
    return _slug(".".join(parts))


def _slug(text: str) -> str | None:
    """Make an id of *text* (``skill/competence`` -> ``skill-competence``); ``None`` if empty."""
    return _INVALID.sub("-", text.strip().lower()).strip("._-") or None


def _lines(value: str) -> list[str]:
    """Split a multi-line ESCO field (``altLabels``) into its values."""
    return value.replace("\r", "\n").split("\n")


class _Esco:
    """The state of one import: the tables, the skills read so far and counts."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.source = Source(path, CSV, _WHAT)
        self.tables = self.source.tables(_TABLES)
        self.skills: dict[str, dict[str, Any]] = {}  # by URI, in file order
        self.where: dict[str, tuple[str, int]] = {}  # URI -> (file, line) of its row
        self.ids: dict[tuple[str, str], tuple[str, str, int]] = {}  # -> (URI, file, line)
        self.counts: Counter[str] = Counter()

    def concept_id(self, kind: str, uri: str, file: str, line: int) -> str | None:
        """Return the id of a concept row's URI, or record why it has none."""
        ident = esco_id(uri)
        if ident is None:
            self.source.add(file, line, "conceptUri", f"{uri!r} is not an ESCO concept URI")
            return None
        first = self.ids.setdefault((kind, ident), (uri, file, line))
        if first != (uri, file, line):
            other, at = first[0], f"{first[1]}:{first[2]}"
            if other == uri:
                message = f"{uri!r} is repeated (first at {at})"
            else:
                message = f"{uri!r} and {other!r} (at {at}) would both have id {ident!r}"
            self.source.add(file, line, "conceptUri", message)
            return None
        return ident

    def known(self, uri: str, file: str, line: int, column: str, what: str) -> bool:
        """Whether *uri* is a skill or skill group; record a problem if not."""
        if uri in self.skills:
            return True
        self.source.add(file, line, column, f"unknown {what} {uri!r}")
        return False


def _sectors(state: _Esco) -> list[Sector]:
    """Return the ISCO-08 major groups (one-digit codes) as sectors."""
    table = state.tables[_ISCO]
    sectors = []
    for line, (code, label, description) in table.rows(required=(0, 1)):
        if len(code) == 1 and code.isdigit():
            data = {"id": f"isco-{code}", "label": label, "description": description}
            sector = state.source.build(Sector, data, table.file, line)
            if sector is not None:
                sectors.append(sector)
    return sectors


def _read_skills(state: _Esco) -> None:
    """Read the skills and the skill groups, without their hierarchy yet."""
    for name, kind in ((_SKILLS, "skill"), (_GROUPS, "skill group")):
        table = state.tables[name]
        for line, (uri, preferred, alt, description, extra) in table.rows(required=(0,)):
            ident = state.concept_id("skill", uri, table.file, line)
            if ident is None:
                continue
            label = preferred
            if not label:  # unknown (8 skills of ESCO v1.2.0): say so, never guess
                state.counts["unlabelled"] += 1
                label = f"ESCO {kind} {ident}"
            codes = {"esco": uri}
            if kind == "skill":
                category = _slug(extra)
            else:
                category = "skill-group"
                if extra:
                    codes["esco_code"] = extra
            state.where[uri] = (table.file, line)
            state.skills[uri] = {
                "id": ident,
                "label": label,
                "aliases": unique_aliases(label, _lines(alt)),
                "description": description,
                "category": category,
                "broader": [],
                "codes": codes,
            }


def _add_object_names(state: _Esco) -> None:
    """Give a skill labelled "<light verb> <object>" its object as an alias.

    Only an object of two words or more ("case management", never "tools"), that names
    no other skill (no label, alias or other object has the same match key): an alias a
    person could mean two skills by would be a guess. ESCO v1.2.0: "case management"
    was found by no lexical name (the nearest, *asset management*, by fuzzy matching).
    """
    names = Counter(
        match_key(name)
        for data in state.skills.values()
        for name in (data["label"], *data["aliases"])
    )
    objects = {
        uri: found.group(1)
        for uri, data in state.skills.items()
        if (found := _LIGHT_VERB.match(data["label"])) is not None
    }
    names.update(match_key(text) for text in objects.values())
    for uri, text in objects.items():
        if names[match_key(text)] == 1:
            data = state.skills[uri]
            data["aliases"] = unique_aliases(data["label"], [*data["aliases"], text])
            state.counts["object_names"] += 1


def _add_broader(state: _Esco, uri: str, parent: str) -> None:
    broader = state.skills[uri]["broader"]
    ident = state.skills[parent]["id"]
    if ident not in broader:
        broader.append(ident)


def _read_broader(state: _Esco) -> None:
    """Add the skills pillar's hierarchy to the skills' ``broader``."""
    table = state.tables[_BROADER]
    for line, (uri, parent) in table.rows(required=(0, 1)):
        if state.known(uri, table.file, line, "conceptUri", "skill") and state.known(
            parent, table.file, line, "broaderUri", "skill or skill group"
        ):
            _add_broader(state, uri, parent)
    # The groups' tree again: each row is a group with its ancestors, and rows may omit
    # trailing empty fields. In ESCO v1.2.0 it agrees with the broader relations above.
    table = state.tables[_HIERARCHY]
    for line, row in table.rows(required=(0,)):
        path = [(f"Level {level} URI", uri) for level, uri in enumerate(row) if uri]
        if all(state.known(uri, table.file, line, column, "skill group") for column, uri in path):
            for (_, parent), (_, child) in itertools.pairwise(path):
                _add_broader(state, child, parent)


def _relations(state: _Esco) -> list[SkillRelation]:
    """Return the skill-skill relations as transfer relations, without self-relations."""
    table = state.tables[_TRANSFERS]
    relations = []
    for line, (original, kind, related) in table.rows(required=(0, 1, 2)):
        if kind not in RELATION_WEIGHTS:
            message = f"expected essential or optional, got {kind!r}"
            state.source.add(table.file, line, "relationType", message)
            continue
        if not (
            state.known(original, table.file, line, "originalSkillUri", "skill")
            and state.known(related, table.file, line, "relatedSkillUri", "skill")
        ):
            continue
        if original == related:
            state.counts["self_relations"] += 1  # a skill always counts fully for itself
            continue
        source, target = state.skills[original], state.skills[related]
        data = {
            "from": source["id"],
            "to": target["id"],
            "weight": RELATION_WEIGHTS[kind],
            "reason": f"ESCO lists {target['label']} as an {kind} skill for {source['label']}",
        }
        relation = state.source.build(SkillRelation, data, table.file, line)
        if relation is not None:
            relations.append(relation)
    return relations


def _requirements(state: _Esco) -> tuple[dict[str, dict[str, str]], dict[str, int]]:
    """Return, by occupation URI, the importance of each required skill id, in file order.

    Also return the line where each occupation first appears.
    """
    table = state.tables[_REQUIREMENTS]
    required: dict[str, dict[str, str]] = {}
    first: dict[str, int] = {}
    for line, (occupation, kind, uri) in table.rows(required=(0, 1, 2)):
        first.setdefault(occupation, line)
        if kind not in RELATION_WEIGHTS:
            message = f"expected essential or optional, got {kind!r}"
            state.source.add(table.file, line, "relationType", message)
            continue
        if not state.known(uri, table.file, line, "skillUri", "skill"):
            continue
        skills = required.setdefault(occupation, {})
        ident = state.skills[uri]["id"]
        if ident in skills:
            state.counts["merged"] += 1  # listed twice: keep one, essential wins
            if kind == "essential":
                skills[ident] = kind
        else:
            skills[ident] = kind
    return required, first


def _roles(state: _Esco) -> list[Role]:
    """Return the occupations that require at least one skill as roles."""
    required, first = _requirements(state)
    table = state.tables[_OCCUPATIONS]
    roles = []
    seen: set[str] = set()
    rows = table.rows(required=(0, 1, 4))
    for line, (uri, title, alt, description, isco, code) in rows:
        seen.add(uri)
        ident = state.concept_id("role", uri, table.file, line)
        if ident is None:
            continue
        if not isco.isdigit():
            state.source.add(table.file, line, "iscoGroup", f"expected digits, got {isco!r}")
            continue
        skills = required.get(uri)
        if not skills:
            state.counts["no_skills"] += 1  # a role needs at least one requirement
            continue
        data = {
            "id": ident,
            "title": title,
            "aliases": unique_aliases(title, _lines(alt)),
            "sector": f"isco-{isco[0]}",
            "description": description,
            "codes": {"isco": isco, "esco": uri} | ({"esco_code": code} if code else {}),
            "context": {"isco": isco[:4]},
            "requirements": [
                {"skill": skill, "importance": kind, "weight": 1.0}
                for skill, kind in skills.items()
            ],
        }
        role = state.source.build(Role, data, table.file, line)
        if role is not None:
            roles.append(role)
    for uri in required:
        if uri not in seen:
            message = f"unknown occupation {uri!r} (not in {table.file})"
            state.source.add(state.tables[_REQUIREMENTS].file, first[uri], "occupationUri", message)
    return roles


def import_esco(
    path: str | os.PathLike[str],
    *,
    version: str = ESCO_VERSION,
    cache: str | os.PathLike[str] | bool | None = None,
) -> Taxonomy:
    """Import ESCO from the folder of its official CSV download (English).

    Sectors are the ISCO-08 major groups (``isco-0`` ... ``isco-9``); skills are the
    skill and knowledge concepts and the skill groups of the skills pillar, with its
    hierarchy as ``broader``; relations come from ESCO's skill-skill relations;
    roles are the occupations with their essential and optional skills. See
    ``docs/importers.md`` for every rule.

    Parameters
    ----------
    path : str or path-like
        The folder holding ``skills_en.csv``, ``occupations_en.csv`` and the other tables.
    version : str, optional
        The ESCO version to record in the taxonomy (the files do not say).
    cache : bool, str or path-like, optional
        ``None`` or ``True`` (the default): use the disk cache in the user's cache
        folder (``docs/performance.md``, "The cache"): a second import of the same
        files, in any process, reads what the first one saved. ``False`` reads the
        files every time (so does ``CAREERMAP_CACHE_DIR=off``). A path keeps the
        compiled form (one JSON file) in that folder instead.

    Returns
    -------
    Taxonomy
        Named ``"esco"``, checked like a loaded taxonomy.

    Raises
    ------
    TaxonomyError
        If a file or column is missing or a row is malformed; each problem names the
        file, the line and the column.
    """
    if cache is not False:
        build = functools.partial(import_esco, path, version=version, cache=False)
        return through_cache(cache, "esco", path, _TABLES, build, salt=f"{version}-{RULES}")
    state = _Esco(path)
    sectors = _sectors(state)
    _read_skills(state)
    state.source.check()  # the other tables refer to the skills: stop if any is wrong
    _add_object_names(state)
    _read_broader(state)
    relations = _relations(state)
    roles = _roles(state)
    skills = [
        state.source.build(Skill, data, *state.where[uri]) for uri, data in state.skills.items()
    ]
    state.source.check()
    taxonomy = Taxonomy(
        name="esco",
        version=version,
        sectors=tuple(sectors),
        skills=tuple(skill for skill in skills if skill is not None),
        relations=tuple(relations),
        roles=tuple(roles),
        scoring=ScoringSettings(context_weights=ESCO_CONTEXT_WEIGHTS, basis=_BASIS),
    )
    details = (
        f"skills without a label: {state.counts['unlabelled']}, "
        f"objects of light verbs added as aliases: {state.counts['object_names']}, "
        f"repeated occupation-skill pairs merged: {state.counts['merged']}, "
        f"self-relations dropped: {state.counts['self_relations']}, "
        f"occupations without skills skipped: {state.counts['no_skills']}"
    )
    return finish(taxonomy, state.source, "ESCO", details)
