"""Checks that span files: unique ids, references that resolve, an acyclic hierarchy.

Also where a role's credential named by id becomes the credential written out
(:func:`resolve_credentials`), once the references are known to resolve.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from careermap.base.errors import Problem, TaxonomyError
from careermap.base.suggest import close_matches
from careermap.base.text import normalize
from careermap.taxonomy.categories import check_categories
from careermap.taxonomy.credentials import CredentialReference, resolve
from careermap.taxonomy.files import TaxonomyFile
from careermap.taxonomy.lexicon import check_lexicons
from careermap.taxonomy.models import (
    Credential,
    CredentialDefinition,
    Role,
    Taxonomy,
)

if TYPE_CHECKING:  # the module imports PyYAML, which a cached load never needs
    from careermap.taxonomy.safe_yaml import Located, Path_

__all__ = ["Part", "as_part", "check_parts", "check_taxonomy", "resolve_credentials"]


@dataclass(frozen=True)
class Part:
    """One validated file of a taxonomy, with where its values are."""

    file: str
    content: TaxonomyFile
    located: Located
    layer: int = 0

    def problem(self, path: Path_, message: str) -> Problem:
        """Return a :class:`Problem` at *path* in this part's file."""
        from careermap.taxonomy.safe_yaml import format_path  # noqa: PLC0415 - PyYAML

        line, column = self.located.where(path)
        return Problem(self.file, line, column, format_path(path), message)


def _suggest(value: str, choices: Sequence[str]) -> str:
    close = close_matches(value, choices)
    return "; did you mean " + " or ".join(repr(c) for c in close) + "?" if close else ""


def _check_unique(parts: Sequence[Part], problems: list[Problem]) -> None:
    for kind in ("sectors", "skills", "credentials", "roles"):
        first: dict[str, tuple[Part, int]] = {}
        for part in parts:
            for index, item in enumerate(getattr(part.content, kind)):
                if item.id not in first:
                    first[item.id] = (part, index)
                    continue
                other, other_index = first[item.id]
                line, _ = other.located.where((kind, other_index, "id"))
                where = f"{other.file}:{line}" if line else other.file
                if other.layer != part.layer:
                    fix = (
                        "an added file may not redefine what the base taxonomy defines; "
                        "give it a new id"
                    )
                else:
                    fix = "ids must be unique across all files; rename or remove one"
                problems.append(
                    part.problem(
                        (kind, index, "id"),
                        f"duplicate {kind[:-1]} id {item.id!r}, already defined at {where}; {fix}",
                    )
                )


_Check = Callable[[Part, "Path_", str, str], None]


def _checker(parts: Sequence[Part], problems: list[Problem]) -> _Check:
    """Return ``check(part, path, id, kind)``: a problem at *path* if no *kind* has that id."""
    names = {
        "skill": sorted({s.id for p in parts for s in p.content.skills}),
        "sector": sorted({s.id for p in parts for s in p.content.sectors}),
        "credential": sorted({c.id for p in parts for c in p.content.credentials}),
    }
    known = {kind: set(ids) for kind, ids in names.items()}
    define = {"credential": "define it in a 'credentials:' section"}

    def check(part: Part, path: Path_, value: str, kind: str) -> None:
        if value not in known[kind]:
            fix = define.get(kind, f"define the {kind}")
            problems.append(
                part.problem(
                    path,
                    f"unknown {kind} {value!r}{_suggest(value, names[kind])} ({fix} or fix the id)",
                )
            )

    return check


def _check_references(parts: Sequence[Part], check: _Check, problems: list[Problem]) -> None:
    for part in parts:
        for i, skill in enumerate(part.content.skills):
            for j, broader in enumerate(skill.broader):
                check(part, ("skills", i, "broader", j), broader, "skill")
                if broader == skill.id:
                    problems.append(
                        part.problem(
                            ("skills", i, "broader", j),
                            f"skill {skill.id!r} lists itself as broader; remove it",
                        )
                    )
        for i, relation in enumerate(part.content.relations):
            check(part, ("relations", i, "from"), relation.source, "skill")
            check(part, ("relations", i, "to"), relation.target, "skill")
            if relation.source == relation.target:
                problems.append(
                    part.problem(
                        ("relations", i, "to"),
                        f"relation from {relation.source!r} to itself; a skill always counts "
                        "fully for itself, so remove it",
                    )
                )
        for i, role in enumerate(part.content.roles):
            check(part, ("roles", i, "sector"), role.sector, "sector")
            for j, req in enumerate(role.requirements):
                check(part, ("roles", i, "requirements", j, "skill"), req.skill, "skill")
            entry = role.entry
            asked = (
                {
                    "experience": entry.experience,
                    "experience_for_degree": entry.experience_for_degree,
                }
                if entry
                else {}
            )
            for key, experience in asked.items():
                for j, shown in enumerate(experience.skills if experience else ()):
                    check(part, ("roles", i, "entry", key, "skills", j), shown, "skill")


def _check_credential_references(parts: Sequence[Part], check: _Check) -> None:
    """Check the skills credentials imply and the credential ids roles name."""
    for part in parts:
        for i, definition in enumerate(part.content.credentials):
            for k, implied in enumerate(definition.implies):
                check(part, ("credentials", i, "implies", k), implied, "skill")
        for i, role in enumerate(part.content.roles):
            for j, credential in enumerate(role.entry.credentials if role.entry else ()):
                where = ("roles", i, "entry", "credentials", j)
                if isinstance(credential, CredentialReference):
                    check(part, (*where, "credential"), credential.credential, "credential")
                    continue
                if credential.id is not None:
                    check(part, (*where, "id"), credential.id, "credential")
                for k, implied in enumerate(credential.implies):
                    check(part, (*where, "implies", k), implied, "skill")


def _check_credential_names(parts: Sequence[Part], problems: list[Problem]) -> None:
    """Report a name two credentials are defined under, and a credential a role asks twice.

    A person is told a credential by its name, so two definitions of one name would
    read as one credential while matching differently; a role may name a credential
    once, written out or by id.
    """
    definitions = {c.id: c for p in parts for c in p.content.credentials}
    named: dict[str, str] = {}
    for part in parts:
        for i, definition in enumerate(part.content.credentials):
            owner = named.setdefault(definition.name.casefold(), definition.id)
            if owner != definition.id:
                problems.append(
                    part.problem(
                        ("credentials", i, "name"),
                        f"the credential {definition.id!r} has the name {definition.name!r} "
                        f"of the credential {owner!r}; a person is told a credential by its "
                        "name, so give each its own, or keep one definition",
                    )
                )
    for part in parts:
        for i, role in enumerate(part.content.roles):
            seen: dict[str, int] = {}
            for j, credential in enumerate(role.entry.credentials if role.entry else ()):
                if isinstance(credential, Credential):
                    name = credential.name
                elif credential.credential in definitions:
                    name = definitions[credential.credential].name
                else:
                    continue  # an unknown id, reported as such
                key = name.casefold()
                if key in seen:
                    problems.append(
                        part.problem(
                            ("roles", i, "entry", "credentials", j),
                            f"the credential {name!r} is already listed as "
                            f"entry.credentials[{seen[key]}] of role {role.id!r}; keep one",
                        )
                    )
                seen.setdefault(key, j)


def resolve_credentials(
    roles: Sequence[Role], credentials: Mapping[str, CredentialDefinition]
) -> tuple[Role, ...]:
    """Return *roles* with every credential named by id written out from *credentials*.

    A role's credential written as ``{credential: id, note, required}`` becomes the
    definition's credential with the role's note and ``required``
    (:func:`careermap.taxonomy.credentials.resolve`); roles that name none are returned
    as they are. The ids must resolve (:func:`check_parts` reports those that do not).
    """
    found: list[Role] = []
    for role in roles:
        entry = role.entry
        if entry is None or all(isinstance(c, Credential) for c in entry.credentials):
            found.append(role)
            continue
        written = tuple(
            resolve(c, credentials[c.credential]) if isinstance(c, CredentialReference) else c
            for c in entry.credentials
        )
        update = {"entry": entry.model_copy(update={"credentials": written})}
        found.append(role.model_copy(update=update))
    return tuple(found)


def _check_relations_unique(parts: Sequence[Part], problems: list[Problem]) -> None:
    seen: dict[tuple[str, str], str] = {}
    for part in parts:
        for i, relation in enumerate(part.content.relations):
            pairs = [(relation.source, relation.target)]
            if relation.bidirectional:
                pairs.append((relation.target, relation.source))
            for pair in pairs:
                line, _ = part.located.where(("relations", i))
                here = f"{part.file}:{line}" if line else part.file
                if pair in seen:
                    problems.append(
                        part.problem(
                            ("relations", i),
                            f"a relation from {pair[0]!r} to {pair[1]!r} is already given at "
                            f"{seen[pair]}; keep one",
                        )
                    )
                else:
                    seen[pair] = here


def _check_cycles(parts: Sequence[Part], problems: list[Problem]) -> None:
    broader: dict[str, tuple[str, ...]] = {}
    where: dict[str, tuple[Part, int]] = {}
    for part in parts:
        for i, skill in enumerate(part.content.skills):
            broader.setdefault(skill.id, skill.broader)
            where.setdefault(skill.id, (part, i))
    # Hand-written rather than networkx.simple_cycles: this layer sits below the
    # graph, and a problem must name the file, line and the cycle's own order,
    # which a depth-first search gives directly. Iterative, so a deep hierarchy
    # cannot overflow the stack; colours: 0 new, 1 on the stack, 2 done.
    colour: dict[str, int] = {}
    reported: set[frozenset[str]] = set()
    for start in sorted(broader):
        if colour.get(start):
            continue
        stack: list[tuple[str, int]] = [(start, 0)]
        path: list[str] = [start]
        colour[start] = 1
        while stack:
            node, index = stack[-1]
            parents = [p for p in broader.get(node, ()) if p != node and p in broader]
            if index < len(parents):
                stack[-1] = (node, index + 1)
                parent = parents[index]
                state = colour.get(parent, 0)
                if state == 0:
                    colour[parent] = 1
                    stack.append((parent, 0))
                    path.append(parent)
                elif state == 1:
                    cycle = path[path.index(parent) :]
                    key = frozenset(cycle)
                    if key not in reported:
                        reported.add(key)
                        first = min(cycle)
                        part, i = where[first]
                        loop = " -> ".join([*cycle, parent])
                        problems.append(
                            part.problem(
                                ("skills", i, "broader"),
                                f"the broader hierarchy has a cycle: {loop}; "
                                "a skill cannot be broader than itself, so break the loop",
                            )
                        )
            else:
                colour[node] = 2
                stack.pop()
                path.pop()


def _check_names(parts: Sequence[Part], problems: list[Problem]) -> None:
    names = [p.content.name for p in parts if p.content.name is not None]
    if len(set(names)) > 1:
        for part in parts:
            if part.content.name is not None and part.content.name != names[0] and part.layer == 0:
                problems.append(
                    part.problem(
                        ("name",),
                        f"the taxonomy is already named {names[0]!r}; name it in one file only",
                    )
                )


# Format characters (zero-width spaces and joiners, bidirectional marks), spaces,
# separators, controls and combining marks: nothing a reader can see on its own.
_INVISIBLE = frozenset({"Cf", "Cc", "Zs", "Zl", "Zp", "Mn", "Me"})

#: Each kind of item people look up by name, and its name fields (the first is the main one).
_NAMED = {"skills": ("label", "aliases"), "roles": ("title", "aliases")}


def _names(part: Part, kind: str) -> Iterator[tuple[int, str, Path_, str]]:
    """Yield ``(index, id, path, name)`` for every label or title and alias of *kind*."""
    main, aliases = _NAMED[kind]
    for i, item in enumerate(getattr(part.content, kind)):
        yield i, item.id, (kind, i, main), getattr(item, main)
        for j, alias in enumerate(item.aliases):
            yield i, item.id, (kind, i, aliases, j), alias


def _shown_names(part: Part) -> Iterator[tuple[str, Path_, str]]:
    """Yield ``(id, path, name)`` for every name a person reads: sectors' labels too."""
    for kind in _NAMED:
        for _, item_id, path, name in _names(part, kind):
            yield item_id, path, name
    for i, sector in enumerate(part.content.sectors):
        yield sector.id, ("sectors", i, "label"), sector.label


def _check_visible(parts: Sequence[Part], problems: list[Problem]) -> None:
    for part in parts:
        for item_id, path, name in _shown_names(part):
            if all(unicodedata.category(c) in _INVISIBLE for c in name):
                shown = "".join(f"U+{ord(c):04X} " for c in name[:8]).strip()
                problems.append(
                    part.problem(
                        path,
                        f"{path[2]} of {item_id!r} is made only of invisible characters "
                        f"({shown}); give a name people can read",
                    )
                )


def _check_layer_names(parts: Sequence[Part], problems: list[Problem]) -> None:
    """Report names a layer adds that are already base names (lookups would go to the layer)."""
    for kind in _NAMED:
        base: dict[str, tuple[str, str]] = {}
        for part in parts:
            if part.layer == 0:
                for _, item_id, _, name in _names(part, kind):
                    base.setdefault(normalize(name), (item_id, name))
        for part in parts:
            if part.layer == 0:
                continue
            for _, item_id, path, name in _names(part, kind):
                key = normalize(name)
                if not key or key not in base or base[key][0] == item_id:
                    continue
                owner, theirs = base[key]
                problems.append(
                    part.problem(
                        path,
                        f"{'alias' if path[2] == 'aliases' else path[2]} {name!r} of "
                        f"{kind[:-1]} {item_id!r} is already the name {theirs!r} of the base "
                        f"{kind[:-1]} {owner!r} (names are compared without case, accents, "
                        "punctuation or invisible characters); an added file may not take "
                        f"over a base name: rename it, or refer to {owner!r}",
                    )
                )


def check_parts(parts: Sequence[Part]) -> list[Problem]:
    """Return every cross-file problem among *parts*, in file order."""
    problems: list[Problem] = []
    _check_names(parts, problems)
    _check_unique(parts, problems)
    _check_visible(parts, problems)
    check_categories(parts, problems)
    _check_layer_names(parts, problems)
    check = _checker(parts, problems)  # every id of every part, sorted once
    _check_references(parts, check, problems)
    _check_credential_references(parts, check)
    _check_credential_names(parts, problems)
    _check_relations_unique(parts, problems)
    _check_cycles(parts, problems)
    check_lexicons(parts, problems)
    return problems


def as_part(taxonomy: Taxonomy, source: str) -> Part:
    """Wrap a built taxonomy as one (already valid) file, to layer files over it."""
    content = TaxonomyFile(
        name=taxonomy.name,
        version=taxonomy.version,
        sectors=taxonomy.sectors,
        skills=taxonomy.skills,
        relations=taxonomy.relations,
        credentials=taxonomy.credentials,
        roles=taxonomy.roles,
        scoring=taxonomy.scoring,
        lexicons=taxonomy.lexicons,
    )
    from careermap.taxonomy.safe_yaml import Located  # noqa: PLC0415 - PyYAML

    return Part(source, content, Located({}), 0)


def check_taxonomy(taxonomy: Taxonomy, *, source: str = "<taxonomy>") -> Taxonomy:
    """Run the cross-reference checks of :func:`load_taxonomy` on a built taxonomy.

    For taxonomies built in code or by an importer rather than read from YAML;
    problems name *source* and the field path (there are no lines). Returns the
    taxonomy, or a copy of it whose roles' credentials named by id are written out
    (:func:`resolve_credentials`).

    Raises
    ------
    TaxonomyError
        Listing every problem found.
    """
    problems = check_parts([as_part(taxonomy, source)])
    if problems:
        raise TaxonomyError(problems)
    roles = resolve_credentials(taxonomy.roles, taxonomy.credential_index)
    if all(new is old for new, old in zip(roles, taxonomy.roles, strict=True)):
        return taxonomy
    return taxonomy.model_copy(update={"roles": roles})
