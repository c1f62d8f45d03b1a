"""The ``careermap`` command line: parsing, running, and reporting mistakes on one line.

Each command calls one library function and formats its result::

    careermap match SKILL...        rank_careers
    careermap upskill SKILL...      upskilling
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
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from careermap import (
    CareermapError,
    NotFoundError,
    OptionError,
    ProfileError,
    RoleNotFoundError,
    SkillNotFoundError,
    TaxonomyError,
    __version__,
)
from careermap.cli import commands
from careermap.cli import format as fmt
from careermap.cli.commands import (
    EXIT_BROKEN_PIPE,
    EXIT_DATA,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    LEVEL_HINT,
    SEARCH_HINT,
    Handler,
    UserError,
)
from careermap.cli.options import (
    RANKING,
    UPSKILL_BACKGROUND,
    add_background,
    add_options,
    add_order,
    add_profile,
    days,
    interests,
    job_zone,
    level,
    score,
)

__all__ = ["build_parser", "main"]


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line with a hint, not usage and exit."""

    def error(self, message: str) -> NoReturn:
        """Raise the error so :func:`main` reports it like every other mistake."""
        raise UserError(message, f"see '{self.prog} --help'")


# ---------------------------------------------------------------------------
# The parser


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


def _add_cache(top: Any) -> None:
    sub = _command(
        top,
        "cache",
        commands.cmd_cache,
        "show, prune or clear the disk cache",
        "Show where careermap keeps validated taxonomies and semantic indexes on disk and how "
        "much they take; --prune DAYS deletes the entries unused for that many days, --clear "
        "deletes them all (they are rebuilt when next needed). Entries unused for "
        "CAREERMAP_CACHE_KEEP_DAYS days (default 30; 0 or off: never) are also deleted when a "
        "new one is written.",
    )
    action = sub.add_mutually_exclusive_group()
    action.add_argument("--clear", action="store_true", help="delete everything careermap cached")
    action.add_argument(
        "--prune",
        type=days,
        metavar="DAYS",
        help="delete the entries not used for DAYS days (0: every entry)",
    )


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
    add_options(taxonomy.add_argument_group("taxonomy options"), "taxonomy", "extend")
    top = _subcommands(parser)

    sub = _command(
        top,
        "match",
        commands.cmd_match,
        "rank careers for your skills",
        "Rank careers for a list of skills, each with an explanation of its score. Skills may "
        "be names, aliases, abbreviations or ids, typos included, with an optional level "
        "from 1 (novice) to 5 (expert): 'CBT:4'. Skills without a level count as level 3.",
        parents=[taxonomy],
    )
    add_profile(sub)
    add_background(sub)
    add_order(sub)
    context = sub.add_argument_group(
        "context",
        "compared with the roles' own context where a taxonomy has it (an O*NET or ESCO "
        "import; the bundled taxonomy has none); --education counts too",
    )
    context.add_argument(
        "--interests",
        type=interests,
        metavar="R,I,A,S,E,C",
        help="your RIASEC interests, six numbers 1-7 (O*NET Interest Profiler)",
    )
    context.add_argument("--job-zone", type=job_zone, metavar="N", help="O*NET job zone, 1-5")
    context.add_argument(
        "--title", metavar="TEXT", help="your current job title, compared with role titles"
    )
    add_options(sub, *RANKING)

    sub = _command(
        top,
        "upskill",
        commands.cmd_upskill,
        "rank the skills to learn next",
        "Rank the skills to learn next (careermap.upskilling): those your best roles in "
        "advice order ask for by name come first, more so when few other roles ask for them; "
        "each is added to your skills at --level and every role is scored again, to count "
        "the roles it brings within reach. Skills are given as for 'match'. With a "
        "background, what your licences and degree certify is never suggested, and roles "
        "that need a degree, licence, supervised practice or lived experience first are not "
        "counted. With --target, the roles you want to move into order the skills instead, "
        "and each target says what stands between you and it.",
        parents=[taxonomy],
    )
    add_profile(sub)
    add_background(sub, UPSKILL_BACKGROUND)
    sub.add_argument(
        "--target",
        action="append",
        metavar="ROLE",
        help="a role you want to move into: its id, title or alias (repeat for several); "
        "the skills these roles ask for come first, each naming the targets it serves",
    )
    sub.add_argument(
        "--level",
        type=level,
        default=3,
        metavar="N",
        help="the level, 1-5, at which each skill is added (default: 3)",
    )
    sub.add_argument(
        "--min-score",
        type=score,
        default=0.5,
        metavar="X",
        help="the score, from 0 to 1, that counts a role as within reach (default: 0.5)",
    )
    add_options(sub, "limit", "sector", "exclude-sector", "json")

    group = _subcommands(_command(top, "skills", None, "look up skills", "Look up skills."))
    sub = _command(
        group,
        "search",
        commands.cmd_skills_search,
        "find skills by name",
        "Find the skills whose names or aliases best match TEXT, best first (score 0-100).",
        parents=[taxonomy],
    )
    sub.add_argument("text", metavar="TEXT", help="words of a skill's name, typos allowed")
    add_options(sub, "limit", "json")

    group = _subcommands(_command(top, "roles", None, "list and show roles", "Look up roles."))
    sub = _command(
        group,
        "list",
        commands.cmd_roles_list,
        "list the roles",
        "List the roles of the taxonomy, by sector then id.",
        parents=[taxonomy],
    )
    add_options(sub, "sector", "json")
    sub = _command(
        group,
        "show",
        commands.cmd_roles_show,
        "show one role and its requirements",
        "Show a role: its sector, O*NET-SOC code, description and the skills it requires, "
        "with their importance, weight and typical level.",
        parents=[taxonomy],
    )
    add_options(sub, "role-id")
    add_options(sub, "json")

    sub = _command(
        top,
        "similar",
        commands.cmd_similar,
        "rank roles similar to a role",
        "Rank other roles for someone who has the skills a role requires, at its levels.",
        parents=[taxonomy],
    )
    add_options(sub, "role-id")
    add_options(sub, *RANKING)

    sub = _command(
        top,
        "validate",
        commands.cmd_validate,
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
    add_options(sub, "extend")

    _add_cache(top)

    sub = _command(
        top,
        "export",
        commands.cmd_export,
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
            commands.cmd_import,
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
        sub.add_argument(
            "--force",
            action="store_true",
            help="replace a directory that already holds files, whole (refused without it)",
        )
    return parser


# ---------------------------------------------------------------------------
# Running and reporting


def _fail(message: str, hint: str, code: int) -> int:
    sys.stderr.write(f"careermap: error: {fmt.safe(message)} (hint: {fmt.safe(hint)})\n")
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
    sys.stderr.write("".join(f"{fmt.safe(problem)}\n" for problem in problems))
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
    except UserError as exc:
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
    (SkillNotFoundError, SEARCH_HINT, EXIT_USAGE),
    (NotFoundError, None, EXIT_USAGE),
    (ProfileError, LEVEL_HINT, EXIT_USAGE),
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
