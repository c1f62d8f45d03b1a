"""The commands of the ``careermap`` command line, one function each, and their shared steps.

Each ``cmd_*`` takes the parsed arguments and returns an exit status; a mistake the
user can fix raises :class:`UserError`, which :func:`careermap.cli.main.main`
reports on one line with a hint.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from careermap.base.atomic import holds_files, write_atomic
from careermap.base.errors import ProfileError, SectorNotFoundError, shown
from careermap.cli import format as fmt

if TYPE_CHECKING:
    from careermap.resolve.profile import Background, Profile
    from careermap.scoring.context import PersonContext
    from careermap.taxonomy.models import Taxonomy

# The library is imported by the command that needs it, not here: ``careermap
# --help`` or ``careermap validate`` need neither numpy nor rapidfuzz, and
# ``careermap match`` no networkx (see docs/performance.md).

__all__ = [
    "EXIT_BROKEN_PIPE",
    "EXIT_DATA",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "LEVEL_HINT",
    "SEARCH_HINT",
    "Handler",
    "UserError",
    "cmd_cache",
    "cmd_export",
    "cmd_import",
    "cmd_match",
    "cmd_roles_list",
    "cmd_roles_show",
    "cmd_similar",
    "cmd_skills_search",
    "cmd_upskill",
    "cmd_validate",
]

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT: Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a tool killed by the pipe

SEARCH_HINT = "run 'careermap skills search TEXT' to find the names careermap knows"
LEVEL_HINT = "give each skill as TEXT or TEXT:LEVEL, LEVEL a whole number from 1 to 5"

Handler = Callable[[argparse.Namespace], int]


class UserError(Exception):
    """A mistake the user can fix: reported on one line with a hint."""

    def __init__(self, message: str, hint: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.code = code


# ---------------------------------------------------------------------------
# Output helpers


def _out(lines: Iterable[str]) -> None:
    # Labels, file names and what people typed may hold escape sequences: escape them.
    sys.stdout.write("".join(f"{fmt.safe(line)}\n" for line in lines))


def _json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, sort_keys=True) + "\n")


# ---------------------------------------------------------------------------
# Shared steps


@contextmanager
def _writing(target: str) -> Iterator[None]:
    """Turn a failure to write *target* into one line with a hint, for every command."""
    try:
        yield
    except OSError as exc:
        raise UserError(
            f"cannot write {target}: {exc.strerror or exc}",
            "check that the folder exists and is writable",
            EXIT_DATA,
        ) from exc


def _background(args: argparse.Namespace) -> Background | None:
    from pydantic import ValidationError  # noqa: PLC0415 - on demand

    from careermap.resolve.profile import Background  # noqa: PLC0415 - on demand

    given = {
        "education": args.education,
        "field": args.field,
        "credentials": tuple(args.credential or ()),
        "years_experience": args.years,
        "lived_experience": tuple(args.lived_experience_of or ()) or args.lived_experience or None,
        "current_role": args.current_role,
        "experience": _past_roles(getattr(args, "experience", None)),
        "avoid": tuple(getattr(args, "avoid", None) or ()),
        "step_back": bool(getattr(args, "step_back", False)),
        "step_up": bool(getattr(args, "step_up", False)),
        "same_work": bool(getattr(args, "same_work", False)),
        "country": getattr(args, "country", None),
        "work_country": getattr(args, "work_country", None),
    }
    # 0 years is an answer (a new graduate), not silence; so is a field given blank.
    if not any(given.values()) and args.field is None and args.years is None:
        return None
    try:
        return Background.model_validate(given)
    except ValidationError as exc:  # a blank or over-long --field or --current-role
        error = exc.errors(include_url=False)[0]
        name = str(error["loc"][0]) if error["loc"] else ""
        option = _BACKGROUND_OPTIONS.get(name, name)
        message = str(error["msg"]).removeprefix("Value error, ")
        raise UserError(
            f"--{option}: {message} (given {shown(error.get('input'))})",
            f"see 'careermap match --help' for what --{option} takes",
        ) from exc


def _past_roles(given: list[tuple[str, float]] | None) -> dict[str, float]:
    """Return ``--experience`` as ``{title: years}``; a title given twice is an error."""
    found: dict[str, float] = {}
    for title, years in given or ():
        if title in found:
            raise UserError(
                f"--experience: {title!r} is given twice",
                "give each job title once, with all its years",
            )
        found[title] = years
    return found


#: The ``match`` option that gives each field of a background.
_BACKGROUND_OPTIONS = {
    "credentials": "credential",
    "years_experience": "years",
    "lived_experience": "lived-experience-of",
    "current_role": "current-role",
    "experience": "experience",
    "step_back": "step-back",
    "step_up": "step-up",
    "same_work": "same-work",
    "region": "country",
    "work_country": "work-country",
}


def _context(args: argparse.Namespace) -> PersonContext | None:
    from careermap.scoring.context import PersonContext  # noqa: PLC0415 - on demand

    context = PersonContext(
        interests=args.interests, job_zone=args.job_zone, title=args.title
    ).with_education(args.education)
    return None if context.empty else context


def _taxonomy(args: argparse.Namespace) -> Taxonomy:
    from careermap.taxonomy.load import load_taxonomy  # noqa: PLC0415 - on demand

    return load_taxonomy(args.taxonomy, extend=args.extend or ())


def _sectors(
    args: argparse.Namespace, taxonomy: Taxonomy, option: str = "sector"
) -> list[str] | None:
    given = getattr(args, option.replace("-", "_"), None)
    if not given:
        return None
    from careermap.taxonomy.lookup import lookup_sector  # noqa: PLC0415 - on demand

    for sector in given:
        try:
            lookup_sector(sector, taxonomy=taxonomy)
        except SectorNotFoundError as exc:
            hint = f"pass one of the known sector ids to --{option}"
            raise UserError(str(exc), hint) from exc
    return list(given)


def _warn_unresolved(profile: Profile) -> None:
    for entry in profile.unresolved:
        sys.stderr.write(f"careermap: warning: {fmt.safe(entry.match)}\n")


# ---------------------------------------------------------------------------
# Commands


_COMMENT = re.compile(r"(^|\s)#.*$")


def _read_text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"{path} is not UTF-8 text", "save the file as UTF-8", EXIT_DATA) from exc


def _skills_given(args: argparse.Namespace) -> list[str]:
    skills = list(args.skills)
    if args.file is not None:
        text = _read_text(args.file)
        # '#' starts a comment at the start of a line or after a space, so "C#" stays.
        lines = (_COMMENT.sub("", line).strip() for line in text.splitlines())
        skills += [line for line in lines if line]
    if not skills and _narrative(args) is None:
        raise UserError(
            "no skills given",
            f"list skills after the command, e.g. {args.command_name} 'active listening' "
            "CBT:4, or give --file PATH, or describe your work with --text '...'",
        )
    return skills


def _narrative(args: argparse.Namespace) -> str | None:
    parts = [args.text] if args.text is not None else []
    if args.text_file is not None:
        parts.append(_read_text(args.text_file))
    return "\n".join(parts) if parts else None


def _profile(args: argparse.Namespace, taxonomy: Taxonomy) -> Profile:
    """Build the profile of the skills, file and sentences given; fail if none resolves."""
    from careermap.resolve.profile import build_profile  # noqa: PLC0415 - on demand

    given = _skills_given(args)
    narrative = _narrative(args)
    if narrative is None:
        profile = build_profile(given, taxonomy=taxonomy)
    else:
        from careermap.resolve.extract import narrative_profile  # noqa: PLC0415

        try:
            profile = narrative_profile(narrative, given or None, taxonomy=taxonomy)
        except ProfileError as exc:
            raise UserError(str(exc), SEARCH_HINT) from exc
    if not profile.resolved:
        details = "; ".join(str(entry.match) for entry in profile.unresolved)
        raise UserError(f"none of the skills given is recognised: {details}", SEARCH_HINT)
    return profile


def cmd_match(args: argparse.Namespace) -> int:
    """``careermap match``: rank careers for the skills given."""
    from careermap.scoring.match import rank_careers  # noqa: PLC0415 - on demand

    taxonomy = _taxonomy(args)
    sectors = _sectors(args, taxonomy)
    profile = _profile(args, taxonomy)
    ranking = rank_careers(
        profile,
        taxonomy=taxonomy,
        limit=args.limit,
        sectors=sectors,
        exclude_sectors=_sectors(args, taxonomy, "exclude-sector"),
        min_score=args.min_score,
        background=_background(args),
        order=args.order,
        context=_context(args),
    )
    if args.json:
        _warn_unresolved(profile)
        _json(ranking.model_dump(mode="json"))
        return EXIT_OK
    header = f"Careers for your skills (taxonomy {taxonomy.name} {taxonomy.version}):"
    lines = [
        *fmt.profile_lines(profile, ranking.set_aside),
        "",
        header,
        *fmt.ranking_lines(ranking, explain=args.explain),
    ]
    if args.current_role:
        from careermap.results.current import (  # noqa: PLC0415 - on demand
            current_role,
            practised_skills,
        )

        whole = not getattr(args, "same_work", False)  # as is_current reads it
        held = current_role(args.current_role, taxonomy, whole=whole)
        listed = held is not None and any(m.role_id == held.id for m in ranking.matches)
        # What the title names is taken as practised even when no role is marked.
        labels = taxonomy.skill_index
        practised = sorted(labels[s].label for s in practised_skills(args.current_role, taxonomy))
        lines += [
            "",
            *fmt.current_role_lines(args.current_role, held, listed=listed, practised=practised),
        ]
    _out(lines)
    return EXIT_OK


def cmd_upskill(args: argparse.Namespace) -> int:
    """``careermap upskill``: rank the skills the roles advised to you, or wanted, ask for."""
    from careermap.exploration.upskilling import upskilling  # noqa: PLC0415 - on demand

    taxonomy = _taxonomy(args)
    sectors = _sectors(args, taxonomy)
    profile = _profile(args, taxonomy)
    found = upskilling(
        profile,
        taxonomy=taxonomy,
        level=args.level,
        min_score=args.min_score,
        limit=args.limit,
        sectors=sectors,
        exclude_sectors=_sectors(args, taxonomy, "exclude-sector"),
        background=_background(args),
        targets=args.target,
    )
    if args.json:
        _warn_unresolved(profile)
        _json(found.model_dump(mode="json"))
        return EXIT_OK
    towards = ", ".join(f"{t.title} ({t.role_id})" for t in found.targets)
    header = (
        f"Skills to learn next{' towards ' + fmt.safe(towards) if towards else ''} "
        f"(taxonomy {taxonomy.name} {taxonomy.version}):"
    )
    from careermap.scoring.set_aside import set_aside  # noqa: PLC0415 - on demand

    aside = set_aside(found.profile, taxonomy)
    _out([*fmt.profile_lines(profile, aside), "", header, *fmt.upskilling_lines(found)])
    return EXIT_OK


def cmd_similar(args: argparse.Namespace) -> int:
    """``careermap similar``: roles like a role."""
    from careermap.scoring.match import similar_roles  # noqa: PLC0415 - on demand
    from careermap.taxonomy.lookup import lookup_role  # noqa: PLC0415

    taxonomy = _taxonomy(args)
    sectors = _sectors(args, taxonomy)
    role = lookup_role(args.role_id, taxonomy=taxonomy)
    ranking = similar_roles(
        role.id,
        taxonomy=taxonomy,
        limit=args.limit,
        sectors=sectors,
        exclude_sectors=_sectors(args, taxonomy, "exclude-sector"),
        min_score=args.min_score,
    )
    if args.json:
        _json(ranking.model_dump(mode="json"))
        return EXIT_OK
    header = f"Roles for someone with the skills of {role.title} ({role.id}):"
    _out([header, *fmt.ranking_lines(ranking, explain=args.explain)])
    return EXIT_OK


def cmd_skills_search(args: argparse.Namespace) -> int:
    """``careermap skills search``: skills whose names match a text."""
    if not args.text.strip():
        raise UserError("the search text is empty", "give a few words of a skill's name")
    from careermap.resolve.resolver import search_skills  # noqa: PLC0415 - on demand

    found = search_skills(args.text, taxonomy=_taxonomy(args), limit=args.limit)
    if args.json:
        _json([candidate.model_dump(mode="json") for candidate in found])
    elif not found:
        _out([f"No skill matches {args.text!r}; try fewer or other words."])
    else:
        rows = [[f"{c.similarity:.1f}", c.skill_id, c.label, c.matched_name] for c in found]
        clip = {2: fmt.TITLE_WIDTH, 3: fmt.TITLE_WIDTH}
        _out(fmt.table(["similarity", "id", "label", "matched name"], rows, right={0}, clip=clip))
    return EXIT_OK


def cmd_roles_list(args: argparse.Namespace) -> int:
    """``careermap roles list``: every role, optionally of some sectors."""
    taxonomy = _taxonomy(args)
    wanted = _sectors(args, taxonomy)
    roles = sorted(
        (r for r in taxonomy.roles if wanted is None or r.sector in wanted),
        key=lambda r: (r.sector, r.id),
    )
    if args.json:
        _json([role.model_dump(mode="json", by_alias=True) for role in roles])
        return EXIT_OK
    rows = [[r.id, r.title, r.sector, r.onet_soc or "-", str(len(r.requirements))] for r in roles]
    header = ["id", "title", "sector", "O*NET-SOC", "requirements"]
    _out([*fmt.table(header, rows, right={4}, clip={1: fmt.TITLE_WIDTH}), f"{len(roles)} roles"])
    return EXIT_OK


def cmd_roles_show(args: argparse.Namespace) -> int:
    """``careermap roles show``: one role and its requirements."""
    from careermap.taxonomy.lookup import lookup_role  # noqa: PLC0415 - on demand

    taxonomy = _taxonomy(args)
    role = lookup_role(args.role_id, taxonomy=taxonomy)
    if args.json:
        _json(role.model_dump(mode="json", by_alias=True))
        return EXIT_OK
    sector = taxonomy.sector_index[role.sector]
    fields = [
        ("id", role.id),
        ("sector", f"{sector.id} ({sector.label})"),
        ("O*NET-SOC", role.onet_soc or "-"),
    ]
    if role.aliases:
        fields.append(("aliases", "; ".join(role.aliases)))
    if role.codes:
        fields.append(("codes", "; ".join(f"{k} {v}" for k, v in sorted(role.codes.items()))))
    if role.description:
        fields.append(("description", role.description))
    if role.conditions:
        fields.append(("conditions", ", ".join(c.value for c in role.conditions)))
    lines = [role.title]
    for name, value in fields:
        first = f"  {name + ':':<13}"
        lines += textwrap.wrap(
            value, width=fmt.WRAP, initial_indent=first, subsequent_indent=" " * len(first)
        )
    skills = taxonomy.skill_index
    rows = [
        [skills[r.skill].label, r.skill, r.importance.value, f"{r.weight:.2f}", str(r.level)]
        for r in role.requirements
    ]
    header = ["skill", "id", "importance", "weight", "level"]
    lines += ["", f"Requirements ({len(rows)}):"]
    lines += fmt.table(header, rows, right={3, 4}, clip={0: fmt.TITLE_WIDTH})
    _out(lines)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    """``careermap validate``: load a taxonomy and report its counts or every problem."""
    from careermap.taxonomy.load import load_taxonomy  # noqa: PLC0415 - on demand

    taxonomy = load_taxonomy(args.path, extend=args.extend or ())
    counts = [
        ("sectors", len(taxonomy.sectors)),
        ("skills", len(taxonomy.skills)),
        ("relations", len(taxonomy.relations)),
        ("roles", len(taxonomy.roles)),
    ]
    lines = [f"OK: taxonomy {taxonomy.name!r} version {taxonomy.version} is valid"]
    lines += [f"  {name:<10} {count:>6}" for name, count in counts]
    _out(lines)
    return EXIT_OK


def cmd_cache(args: argparse.Namespace) -> int:
    """``careermap cache``: where the disk cache is, what it holds; ``--prune``, ``--clear``."""
    from careermap.base.cachedir import cache_contents, clear_cache, prune_cache  # noqa: PLC0415

    if args.prune is not None:
        pruned = prune_cache(args.prune)
        if pruned.folder is None:
            _out(["The disk cache is off (CAREERMAP_CACHE_DIR=off): nothing to prune"])
        else:
            removed = f"{pruned.taxonomies} taxonomy entries, {pruned.files} files, "
            removed += _size(pruned.size)
            _out([f"Removed {removed} unused for {args.prune:g} days, from {pruned.folder}"])
        return EXIT_OK

    if args.clear:
        try:
            gone = clear_cache()
        except OSError as error:
            msg = f"could not clear the cache: {error}"
            raise UserError(msg, hint="close other careermap processes and try again") from error
        if gone.folder is None:
            _out(["The disk cache is off (CAREERMAP_CACHE_DIR=off): nothing to clear"])
        else:
            removed = f"{gone.taxonomies} taxonomy entries, {_size(gone.size)}"
            _out([f"Removed {removed}, from {gone.folder}"])
        return EXIT_OK
    held = cache_contents()
    if held.folder is None:
        _out(["The disk cache is off (CAREERMAP_CACHE_DIR=off)"])
        return EXIT_OK
    _out(
        [
            f"Cache folder: {held.folder}",
            f"  taxonomy entries {held.taxonomies:>6}",
            f"  files            {held.files:>6}",
            f"  size             {_size(held.size):>9}",
            "Move it with CAREERMAP_CACHE_DIR=PATH, turn it off with CAREERMAP_CACHE_DIR=off, "
            "prune it with 'careermap cache --prune DAYS', empty it with "
            "'careermap cache --clear'.",
        ]
    )
    return EXIT_OK


def _size(count: int) -> str:
    return f"{count / 2**20:.1f} MiB" if count >= 2**20 else f"{count / 2**10:.1f} KiB"


def cmd_export(args: argparse.Namespace) -> int:
    """``careermap export``: the taxonomy graph as GraphML or JSON."""
    from careermap.taxonomy.export import export_graph  # noqa: PLC0415 - on demand
    from careermap.taxonomy.graph import build_graph  # noqa: PLC0415

    graph = build_graph(taxonomy=_taxonomy(args))
    text = export_graph(graph, format=args.format)
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    with _writing(args.output):
        write_atomic(args.output, text)
    nodes, edges = graph.number_of_nodes(), graph.number_of_edges()
    _out([f"Wrote {nodes} nodes and {edges} edges to {args.output} ({args.format})"])
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """``careermap import``: ESCO or O*NET into a taxonomy file or folder."""
    from careermap.importers import import_esco, import_onet  # noqa: PLC0415 - on demand
    from careermap.taxonomy.compiled import save_compiled  # noqa: PLC0415
    from careermap.taxonomy.dump import dump_taxonomy  # noqa: PLC0415

    importer = {"esco": import_esco, "onet": import_onet}[args.source]
    output = Path(args.output)
    suffix = output.suffix.lower()
    if suffix and suffix not in {".yaml", ".yml", ".json"} and not output.is_dir():
        raise UserError(
            f"cannot tell what to write to {fmt.safe(args.output)}: "
            "give FILE.yaml, FILE.json or a folder",
            "name a folder without an extension, or create it first",
            EXIT_USAGE,
        )
    if holds_files(output) and not args.force:
        raise UserError(
            f"{fmt.safe(args.output)} is a folder that already holds files",
            "choose an empty or new folder, or add --force to replace it whole",
            EXIT_USAGE,
        )
    taxonomy = importer(args.directory)
    with _writing(args.output):
        if suffix == ".json":
            save_compiled(taxonomy, output)
            written = [output]
        else:
            written = dump_taxonomy(taxonomy, output, overwrite=args.force)
    counts = (
        f"{len(taxonomy.sectors):,} sectors, {len(taxonomy.skills):,} skills, "
        f"{len(taxonomy.relations):,} relations, {len(taxonomy.roles):,} roles"
    )
    files = ", ".join(str(path) for path in written)
    _out([f"Imported {taxonomy.name} {taxonomy.version}: {counts}", f"Wrote {files}"])
    return EXIT_OK
