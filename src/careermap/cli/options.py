"""The ``careermap`` command line's shared options and the parsers of their values.

Each value parser raises ``argparse.ArgumentTypeError`` with the value given, which
:mod:`careermap.cli.main` reports on one line with a hint.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from typing import Any

from careermap.taxonomy.conditions import Condition
from careermap.taxonomy.lived import LivedKind
from careermap.taxonomy.models import Education

__all__ = [
    "OPTIONS",
    "RANKING",
    "RANKING_BACKGROUND",
    "UPSKILL_BACKGROUND",
    "add_background",
    "add_options",
    "add_order",
    "add_profile",
    "between",
    "days",
    "interests",
    "job_zone",
    "level",
    "past_role",
    "positive_int",
    "score",
    "years",
]


def positive_int(text: str) -> int:
    """Parse a whole number of at least 1 (``--limit``)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"expected a whole number of at least 1, not {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def between(low: float, high: float, message: str) -> Callable[[str], float]:
    """Return an argparse type for a number from *low* to *high*, refused with *message*."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not low <= value <= high:  # NaN fails too
            msg = f"{message}, not {text!r}"
            raise argparse.ArgumentTypeError(msg)
        return value

    return parse


def level(text: str) -> int:
    """Parse a skill level, a whole number from 1 to 5 (``upskill --level``)."""
    if text not in {"1", "2", "3", "4", "5"}:
        msg = f"expected a level, a whole number from 1 to 5, not {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(text)


years = between(0, 70, "years must be a number from 0 to 70")
score = between(0.0, 1.0, "expected a score from 0 to 1")


def past_role(text: str) -> tuple[str, float]:
    """Parse ``TITLE=YEARS``, other work and its years (``--experience``)."""
    title, sign, number = text.rpartition("=")
    if not sign or not title.strip():
        msg = f"expected a job title and its years as TITLE=YEARS, not {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return title.strip(), years(number.strip())


interest = between(1, 7, "each interest must be a number from 1 to 7")


def interests(text: str) -> tuple[float, ...]:
    """Six RIASEC interests, 1-7, separated by commas: '2,5,3,7,4,2'."""
    values = tuple(interest(part.strip()) for part in text.split(","))
    if len(values) != 6:
        msg = (
            "expected six interests (realistic, investigative, artistic, social, "
            f"enterprising, conventional), each 1-7, separated by commas, not {text!r}"
        )
        raise argparse.ArgumentTypeError(msg)
    return values


def job_zone(text: str) -> int:
    """Parse an O*NET job zone, a whole number from 1 to 5."""
    value = between(1, 5, "expected a job zone from 1 to 5")(text)
    if value != int(value):
        msg = f"expected a job zone from 1 to 5, not {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(value)


def add_options(parser: argparse._ActionsContainer, *names: str) -> None:
    """Add the shared options called *names* to *parser*."""
    for name in names:
        flags, options = OPTIONS[name]
        parser.add_argument(*flags, **options)


OPTIONS: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {
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
            "type": positive_int,
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
    "exclude-sector": (
        ("--exclude-sector",),
        {
            "action": "append",
            "metavar": "ID",
            "help": "leave out roles in this sector, for someone leaving it; repeat for several",
        },
    ),
    "min-score": (
        ("--min-score",),
        {
            "type": score,
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
RANKING = ("limit", "sector", "exclude-sector", "min-score", "explain", "json")


def days(text: str) -> float:
    """Parse ``--prune``'s number of days (argparse reports the error with the value)."""
    try:
        days = float(text)
    except ValueError:
        days = -1.0
    if not math.isfinite(days) or days < 0:
        msg = f"not a number of days: {text!r} (give 0 or more, e.g. --prune 30)"
        raise argparse.ArgumentTypeError(msg)
    return days


def add_profile(sub: argparse.ArgumentParser) -> None:
    """Add the options that give a person's skills: as a list, a file or sentences."""
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


#: What a background does in ``match`` (the default) and in ``upskill``.
RANKING_BACKGROUND = (
    "what it takes to be hired: each role then says whether you could be hired now, and "
    "realistic moves come first (--order fit ranks by skill fit alone)"
)
UPSKILL_BACKGROUND = (
    "what it takes to be hired: what your credentials and degree certify is not "
    "suggested, and roles needing a degree, licence, supervised practice or lived "
    "experience you lack are "
    "not counted"
)


def add_background(sub: argparse.ArgumentParser, about: str = RANKING_BACKGROUND) -> None:
    """Add the options that give a person's background (readiness)."""
    background = sub.add_argument_group("background", about)
    background.add_argument(
        "--education",
        choices=[e.value for e in Education],
        help="your highest education completed",
    )
    background.add_argument(
        "--field",
        metavar="SUBJECT",
        help="the subject of that degree, e.g. 'psychology': from a bachelor's up, the "
        "knowledge it names exactly is not listed as a gap",
    )
    background.add_argument(
        "--credential",
        action="append",
        metavar="TEXT",
        help="a licence, certification or registration you hold, e.g. 'LCSW (US)'; repeat",
    )
    background.add_argument(
        "--country",
        metavar="COUNTRY",
        help="where you work now (moving: where you come from, with --work-country): an ISO "
        "code (GB, US, IE, IN) or a name ('UK', 'India'); "
        "credentials are then read for that country (its own registration named in place "
        "of a US licence, or a plain 'careermap does not know' where it knows none); a UK "
        "nation ('Scotland') names that nation's social work and social care registers; a US "
        "state's or Canadian province's ISO 3166-2 code (US-MN, CA-SK) is the country, in "
        "that state or province, where an abbreviation such as 'RPN' reads by province",
    )
    background.add_argument(
        "--work-country",
        metavar="COUNTRY",
        help="where you will work, when that is not --country (you are moving): as "
        "--country; posts' credentials are then read for this country, and a credential "
        "you hold that names no country is read as --country's, to have recognised there",
    )
    background.add_argument(
        "--years", type=years, metavar="N", help="years of relevant work experience"
    )
    background.add_argument(
        "--lived-experience",
        action="store_true",
        help="you would use lived experience of mental illness or recovery at work (peer roles)",
    )
    background.add_argument(
        "--lived-experience-of",
        action="append",
        choices=[k.value for k in LivedKind],
        metavar="KIND",
        help="the kind of lived experience you would use at work, which peer roles check "
        "(implies --lived-experience): " + ", ".join(k.value for k in LivedKind) + "; repeat",
    )
    background.add_argument(
        "--current-role",
        metavar="ROLE",
        help="the role you hold now (id, title or alias); it is marked as your current job "
        "where it ranks (the same work elsewhere), and what it practises is not listed as a gap",
    )
    background.add_argument(
        "--experience",
        action="append",
        type=past_role,
        metavar="TITLE=YEARS",
        help="years in other work than --current-role, before it or beside it, e.g. "
        "'Crisis line counselor=8'; a post that counts years of its own work (crisis line "
        "supervisor) counts them when the title shows that work; repeat",
    )
    background.add_argument(
        "--avoid",
        action="append",
        choices=[c.value for c in Condition],
        metavar="CONDITION",
        help="a working condition you want to leave behind (roles involving it say so and "
        "come later): " + ", ".join(c.value for c in Condition) + " (on-site: you want to "
        "work from home); repeat",
    )
    background.add_argument(
        "--step-back",
        action="store_true",
        help="you are open to a step down (a post below your licence, experience or "
        "education): steps down are still named, but come with the moves you could take now",
    )
    background.add_argument(
        "--step-up",
        action="store_true",
        help="you want a higher rung in the work --current-role names (a supervisor's, "
        "lead's or manager's post): posts one rung above it, in its sector, come a little "
        "earlier among the moves of their readiness group",
    )
    background.add_argument(
        "--same-work",
        action="store_true",
        help="you want the work --current-role names, elsewhere (another employer, setting "
        "or schedule): your job is ranked by its score with the moves you could take now, "
        "not after the first five",
    )


def add_order(sub: argparse.ArgumentParser) -> None:
    """Add ``--order`` (advice or fit) to a ranking command."""
    sub.add_argument(
        "--order",
        choices=["fit", "advice"],
        help="'advice' (the default with a background): realistic moves first, among "
        "roles scoring at least a third of your best; 'fit': by score alone",
    )
