"""The ``careermap`` command line: a thin layer over the public API.

Each command calls one library function and formats its result::

    careermap match SKILL...        rank_careers
    careermap skills search TEXT    search_skills
    careermap roles list            the taxonomy's roles
    careermap roles show ROLE_ID    lookup_role
    careermap similar ROLE_ID       similar_roles
    careermap validate [PATH]       load_taxonomy
    careermap export --format F     build_graph
    careermap import esco|onet DIR  careermap.importers

Output is a plain-text table by default and JSON (``model_dump(mode="json")``,
sorted keys) with ``--json``. A mistake prints ``careermap: error: <message>
(hint: <fix>)`` on stderr, never a traceback. Exit status: 0 on success, 1 when
a taxonomy or file cannot be used, 2 when the command line is wrong (unknown
option, role or sector, invalid skill level, no skill recognised), 130 on
Ctrl-C, 141 when stdout is closed early (``careermap roles list | head``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import textwrap
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from careermap import (
    CareermapError,
    NotFoundError,
    OptionError,
    Profile,
    ProfileError,
    RoleNotFoundError,
    SectorNotFoundError,
    SkillNotFoundError,
    Taxonomy,
    TaxonomyError,
    __version__,
    build_graph,
    build_profile,
    dump_taxonomy,
    export_graph,
    load_taxonomy,
    lookup_role,
    lookup_sector,
    rank_careers,
    save_compiled,
    search_skills,
    similar_roles,
)
from careermap import _cli_format as fmt
from careermap._extract import narrative_profile

__all__ = ["build_parser", "main"]

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT: Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a tool killed by the pipe

_SEARCH_HINT = "run 'careermap skills search TEXT' to find the names careermap knows"
_LEVEL_HINT = "give each skill as TEXT or TEXT:LEVEL, LEVEL a whole number from 1 to 5"

Handler = Callable[[argparse.Namespace], int]


class _UserError(Exception):
    """A mistake the user can fix: reported on one line with a hint."""

    def __init__(self, message: str, hint: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.code = code


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line with a hint, not usage and exit."""

    def error(self, message: str) -> NoReturn:
        """Raise the error so :func:`main` reports it like every other mistake."""
        raise _UserError(message, f"see '{self.prog} --help'")


# ---------------------------------------------------------------------------
# Output helpers


def _out(lines: Iterable[str]) -> None:
    sys.stdout.write("".join(f"{line}\n" for line in lines))


def _json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, sort_keys=True) + "\n")


# ---------------------------------------------------------------------------
# Shared steps


def _taxonomy(args: argparse.Namespace) -> Taxonomy:
    return load_taxonomy(args.taxonomy, extend=args.extend or ())


def _sectors(args: argparse.Namespace, taxonomy: Taxonomy) -> list[str] | None:
    if not args.sector:
        return None
    for sector in args.sector:
        try:
            lookup_sector(sector, taxonomy=taxonomy)
        except SectorNotFoundError as exc:
            raise _UserError(str(exc), "pass one of the known sector ids to --sector") from exc
    return list(args.sector)


def _warn_unresolved(profile: Profile) -> None:
    for entry in profile.unresolved:
        sys.stderr.write(f"careermap: warning: {entry.match}\n")


# ---------------------------------------------------------------------------
# Commands


_COMMENT = re.compile(r"(^|\s)#.*$")


def _read_text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _UserError(f"{path} is not UTF-8 text", "save the file as UTF-8", EXIT_DATA) from exc


def _skills_given(args: argparse.Namespace) -> list[str]:
    skills = list(args.skills)
    if args.file is not None:
        text = _read_text(args.file)
        # '#' starts a comment at the start of a line or after a space, so "C#" stays.
        lines = (_COMMENT.sub("", line).strip() for line in text.splitlines())
        skills += [line for line in lines if line]
    if not skills and _narrative(args) is None:
        raise _UserError(
            "no skills given",
            "list skills after 'match', e.g. careermap match 'active listening' CBT:4, "
            "or give --file PATH, or describe your work with --text '...'",
        )
    return skills


def _narrative(args: argparse.Namespace) -> str | None:
    parts = [args.text] if args.text is not None else []
    if args.text_file is not None:
        parts.append(_read_text(args.text_file))
    return "\n".join(parts) if parts else None


def _cmd_match(args: argparse.Namespace) -> int:
    taxonomy = _taxonomy(args)
    sectors = _sectors(args, taxonomy)
    given = _skills_given(args)
    narrative = _narrative(args)
    if narrative is None:
        profile = build_profile(given, taxonomy=taxonomy)
    else:
        try:
            profile = narrative_profile(narrative, given or None, taxonomy=taxonomy)
        except ProfileError as exc:
            raise _UserError(str(exc), _SEARCH_HINT) from exc
    if not profile.resolved:
        details = "; ".join(str(entry.match) for entry in profile.unresolved)
        raise _UserError(f"none of the skills given is recognised: {details}", _SEARCH_HINT)
    ranking = rank_careers(
        profile, taxonomy=taxonomy, limit=args.limit, sectors=sectors, min_score=args.min_score
    )
    if args.json:
        _warn_unresolved(profile)
        _json(ranking.model_dump(mode="json"))
        return EXIT_OK
    header = f"Careers for your skills (taxonomy {taxonomy.name} {taxonomy.version}):"
    _out(
        [*fmt.profile_lines(profile), "", header, *fmt.ranking_lines(ranking, explain=args.explain)]
    )
    return EXIT_OK


def _cmd_similar(args: argparse.Namespace) -> int:
    taxonomy = _taxonomy(args)
    sectors = _sectors(args, taxonomy)
    role = lookup_role(args.role_id, taxonomy=taxonomy)
    ranking = similar_roles(
        role.id, taxonomy=taxonomy, limit=args.limit, sectors=sectors, min_score=args.min_score
    )
    if args.json:
        _json(ranking.model_dump(mode="json"))
        return EXIT_OK
    header = f"Roles for someone with the skills of {role.title} ({role.id}):"
    _out([header, *fmt.ranking_lines(ranking, explain=args.explain)])
    return EXIT_OK


def _cmd_skills_search(args: argparse.Namespace) -> int:
    if not args.text.strip():
        raise _UserError("the search text is empty", "give a few words of a skill's name")
    found = search_skills(args.text, taxonomy=_taxonomy(args), limit=args.limit)
    if args.json:
        _json([candidate.model_dump(mode="json") for candidate in found])
    elif not found:
        _out([f"No skill matches {args.text!r}; try fewer or other words."])
    else:
        rows = [[f"{c.score:.1f}", c.skill_id, c.label, c.matched_name] for c in found]
        clip = {2: fmt.TITLE_WIDTH, 3: fmt.TITLE_WIDTH}
        _out(fmt.table(["score", "id", "label", "matched name"], rows, right={0}, clip=clip))
    return EXIT_OK


def _cmd_roles_list(args: argparse.Namespace) -> int:
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


def _cmd_roles_show(args: argparse.Namespace) -> int:
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


def _cmd_validate(args: argparse.Namespace) -> int:
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


def _cmd_export(args: argparse.Namespace) -> int:
    graph = build_graph(_taxonomy(args))
    text = export_graph(graph, format=args.format)
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        Path(args.output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise _UserError(
            f"cannot write {args.output}: {exc.strerror or exc}",
            "check that the folder exists and is writable",
            EXIT_DATA,
        ) from exc
    nodes, edges = graph.number_of_nodes(), graph.number_of_edges()
    _out([f"Wrote {nodes} nodes and {edges} edges to {args.output} ({args.format})"])
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from careermap.importers import import_esco, import_onet  # noqa: PLC0415 - on demand

    importer = {"esco": import_esco, "onet": import_onet}[args.source]
    taxonomy = importer(args.directory)
    output = Path(args.output)
    try:
        if output.suffix == ".json":
            save_compiled(taxonomy, output)
            written = [output]
        else:
            written = dump_taxonomy(taxonomy, output)
    except OSError as exc:
        raise _UserError(
            f"cannot write {args.output}: {exc.strerror or exc}",
            "check that the folder exists and is writable",
            EXIT_DATA,
        ) from exc
    counts = (
        f"{len(taxonomy.sectors):,} sectors, {len(taxonomy.skills):,} skills, "
        f"{len(taxonomy.relations):,} relations, {len(taxonomy.roles):,} roles"
    )
    files = ", ".join(str(path) for path in written)
    _out([f"Imported {taxonomy.name} {taxonomy.version}: {counts}", f"Wrote {files}"])
    return EXIT_OK


# ---------------------------------------------------------------------------
# The parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"expected a whole number of at least 1, not {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _score(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        msg = f"expected a score from 0 to 1, not {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _subcommands(parser: argparse.ArgumentParser) -> Any:
    return parser.add_subparsers(
        title="commands", metavar="COMMAND", required=True, help="the command to run"
    )


def _command(
    subparsers: Any, name: str, handler: Handler | None, summary: str, description: str, **kw: Any
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=summary, description=description, **kw
    )
    if handler is not None:
        parser.set_defaults(handler=handler, command_name=parser.prog)
    return parser


def _options(parser: argparse._ActionsContainer, *names: str) -> None:
    """Add the shared options called *names* to *parser*."""
    for name in names:
        flags, options = _OPTIONS[name]
        parser.add_argument(*flags, **options)


_OPTIONS: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {
    "taxonomy": (
        ("--taxonomy",),
        {
            "metavar": "PATH",
            "help": "taxonomy .yaml file or directory to use instead of the bundled one",
        },
    ),
    "extend": (
        ("--extend",),
        {
            "metavar": "PATH",
            "action": "append",
            "help": "a .yaml file or directory layered over the taxonomy: it may add sectors, "
            "skills, relations and roles but not redefine them (repeatable)",
        },
    ),
    "limit": (
        ("--limit",),
        {
            "type": _positive_int,
            "default": 10,
            "metavar": "N",
            "help": "show at most N (default: 10)",
        },
    ),
    "sector": (
        ("--sector",),
        {
            "action": "append",
            "metavar": "ID",
            "help": "only roles in this sector; repeat for several (see 'careermap roles list')",
        },
    ),
    "min-score": (
        ("--min-score",),
        {
            "type": _score,
            "default": 0.0,
            "metavar": "X",
            "help": "leave out roles scoring below X, from 0 to 1 (default: 0)",
        },
    ),
    "explain": (
        ("--explain",),
        {
            "action": argparse.BooleanOptionalAction,
            "default": True,
            "help": "show the matched, transferred and missing skills under each role",
        },
    ),
    "role-id": (
        ("role_id",),
        {"metavar": "ROLE_ID", "help": "the role's id (see 'roles list')"},
    ),
    "json": (
        ("--json",),
        {"action": "store_true", "help": "print JSON for programs instead of a table"},
    ),
}
_RANKING = ("limit", "sector", "min-score", "explain", "json")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``careermap`` command."""
    parser = _Parser(
        prog="careermap",
        description="Map skills from mental-health work to careers, with explained rankings.",
        epilog="Run 'careermap COMMAND --help' for the options of a command.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}", help="show the version"
    )
    taxonomy = _Parser(add_help=False)
    _options(taxonomy.add_argument_group("taxonomy options"), "taxonomy", "extend")
    top = _subcommands(parser)

    sub = _command(
        top,
        "match",
        _cmd_match,
        "rank careers for your skills",
        "Rank careers for a list of skills, each with an explanation of its score. Skills may "
        "be names, aliases, abbreviations or ids, typos included, with an optional level "
        "from 1 (novice) to 5 (expert): 'CBT:4'. Skills without a level count as level 3.",
        parents=[taxonomy],
    )
    sub.add_argument("skills", nargs="*", metavar="SKILL", help="a skill: TEXT or TEXT:LEVEL")
    sub.add_argument(
        "--file",
        metavar="PATH",
        help="read skills from a text file, one TEXT or TEXT:LEVEL a line ('#' starts a comment)",
    )
    sub.add_argument(
        "--text",
        metavar="TEXT",
        help="describe your work in sentences; the skills found in it are added "
        "(best with careermap[semantic])",
    )
    sub.add_argument(
        "--text-file",
        metavar="PATH",
        help="read such a description (a paragraph, a CV section) from a UTF-8 file",
    )
    _options(sub, *_RANKING)

    group = _subcommands(_command(top, "skills", None, "look up skills", "Look up skills."))
    sub = _command(
        group,
        "search",
        _cmd_skills_search,
        "find skills by name",
        "Find the skills whose names or aliases best match TEXT, best first (score 0-100).",
        parents=[taxonomy],
    )
    sub.add_argument("text", metavar="TEXT", help="words of a skill's name, typos allowed")
    _options(sub, "limit", "json")

    group = _subcommands(_command(top, "roles", None, "list and show roles", "Look up roles."))
    sub = _command(
        group,
        "list",
        _cmd_roles_list,
        "list the roles",
        "List the roles of the taxonomy, by sector then id.",
        parents=[taxonomy],
    )
    _options(sub, "sector", "json")
    sub = _command(
        group,
        "show",
        _cmd_roles_show,
        "show one role and its requirements",
        "Show a role: its sector, O*NET-SOC code, description and the skills it requires, "
        "with their importance, weight and typical level.",
        parents=[taxonomy],
    )
    _options(sub, "role-id")
    _options(sub, "json")

    sub = _command(
        top,
        "similar",
        _cmd_similar,
        "rank roles similar to a role",
        "Rank other roles for someone who has the skills a role requires, at its levels.",
        parents=[taxonomy],
    )
    _options(sub, "role-id")
    _options(sub, *_RANKING)

    sub = _command(
        top,
        "validate",
        _cmd_validate,
        "check a taxonomy",
        "Check a taxonomy file or directory and print its size, or every problem found "
        "(file:line:column: field: message) with exit status 1.",
    )
    sub.add_argument(
        "path",
        nargs="?",
        metavar="PATH",
        help="taxonomy .yaml file or directory (default: the bundled taxonomy)",
    )
    _options(sub, "extend")

    sub = _command(
        top,
        "export",
        _cmd_export,
        "export the taxonomy as a graph",
        "Write the taxonomy as a graph of sectors, roles and skills (see build_graph): GraphML "
        "for graph tools, or networkx node-link JSON, sorted so that output is reproducible.",
        parents=[taxonomy],
    )
    sub.add_argument("--format", required=True, choices=["graphml", "json"], help="file format")
    sub.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not standard output")
    group = _subcommands(
        _command(
            top,
            "import",
            None,
            "import ESCO or O*NET",
            "Import a public taxonomy into careermap's format.",
        )
    )
    for source, title, layout in (
        ("esco", "ESCO", "the folder of the official ESCO CSV download (English)"),
        ("onet", "O*NET", "the folder of the O*NET text database (db_29_3_text)"),
    ):
        sub = _command(
            group,
            source,
            _cmd_import,
            f"import {title} into a taxonomy",
            f"Read {layout} and write it as a careermap taxonomy: a .yaml file, a directory "
            "of YAML files, or a compiled .json file (fast to load). load_taxonomy and "
            "--taxonomy read any of them back.",
        )
        sub.set_defaults(source=source)
        sub.add_argument("directory", metavar="DIR", help=layout)
        sub.add_argument(
            "-o",
            "--output",
            required=True,
            metavar="OUT",
            help="where to write: FILE.yaml, FILE.json (compiled) or a directory",
        )
    return parser


# ---------------------------------------------------------------------------
# Running and reporting


def _fail(message: str, hint: str, code: int) -> int:
    sys.stderr.write(f"careermap: error: {message} (hint: {hint})\n")
    return code


def _fail_taxonomy(exc: TaxonomyError, importing: bool = False) -> int:
    problems = exc.problems
    if len(problems) == 1 and problems[0].line is None:
        hint = (
            "check the folder holds the files listed in docs/importers.md"
            if importing
            else "check the path and that it holds .yaml files"
        )
        return _fail(str(problems[0]), hint, EXIT_DATA)
    count = len(problems)
    _fail(
        f"{count} problem{'s' if count != 1 else ''} in the taxonomy",
        "fix each problem listed below; 'careermap validate PATH' checks the files again",
        EXIT_DATA,
    )
    sys.stderr.write("".join(f"{problem}\n" for problem in problems))
    return EXIT_DATA


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    command = parser.prog
    try:
        args = parser.parse_args(argv)
        command = args.command_name
        handler: Handler = args.handler
        code = handler(args)
        sys.stdout.flush()  # a closed pipe shows up here rather than at exit
    except SystemExit as exc:  # --help and --version
        sys.stdout.flush()
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except _UserError as exc:
        return _fail(exc.message, exc.hint, exc.code)
    except TaxonomyError as exc:
        return _fail_taxonomy(exc, importing=command.startswith("careermap import"))
    except CareermapError as exc:  # anything else is a bug, and should show as one
        hint, code = next((h, c) for kind, h, c in _ERRORS if isinstance(exc, kind))
        return _fail(str(exc), hint or f"see '{command} --help'", code)
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        what = f"{exc.filename}: {exc.strerror or exc}" if exc.filename else str(exc)
        return _fail(what, "check the path and its permissions", EXIT_DATA)
    return code


#: Hint and exit status by kind of error, first match wins; no hint means "see --help".
_ERRORS: tuple[tuple[type[Exception], str | None, int], ...] = (
    (RoleNotFoundError, "run 'careermap roles list' to see the role ids", EXIT_USAGE),
    (SkillNotFoundError, _SEARCH_HINT, EXIT_USAGE),
    (NotFoundError, None, EXIT_USAGE),
    (ProfileError, _LEVEL_HINT, EXIT_USAGE),
    (OptionError, None, EXIT_USAGE),
    (CareermapError, None, EXIT_DATA),
)


def _silence_stdout() -> None:
    """Point stdout at the null device, so the flush at exit does not fail again."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # replaced by a test, or already closed
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``careermap`` command line and return its exit status.

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments, without the program name; defaults to ``sys.argv[1:]``.

    Returns
    -------
    int
        0 on success, 1 when a taxonomy or file cannot be used, 2 for a mistake
        on the command line, 130 on Ctrl-C, 141 when standard output was closed early.

    Examples
    --------
    >>> main(["--version"])  # doctest: +ELLIPSIS
    careermap ...
    0
    """
    try:
        return _run(argv)
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return EXIT_INTERRUPTED
