"""Plain-text formatting for the command line: tables, wrapped explanations, resolutions."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from careermap.base.text import written_as
from careermap.resolve.display import maybe_held, unread_note
from careermap.results.avoided import NOT_COUNTED, SetAside, reading_caution
from careermap.results.one_skill import hiring_line
from careermap.results.plain import head_notes, maybe_note

if TYPE_CHECKING:
    from careermap import Profile, ProfileEntry, Ranking, RequirementResult, RoleMatch
    from careermap.exploration.upskilling import Upskilling
    from careermap.taxonomy.models import Role

__all__ = [
    "clip_list",
    "clip_text",
    "explanation",
    "profile_lines",
    "ranking_lines",
    "resolution",
    "safe",
    "table",
    "upskilling_lines",
    "wrapped",
]

TITLE_WIDTH = 40  # longer titles and labels are cut in tables
WRAP = 100  # explanation lines are wrapped at this width
TOP_GAPS = 5
#: Transfers shown with their reasons; the rest are named only.
TOP_TRANSFERS = 3


# C0 and C1 controls (tab and newline included: one field, one line), DEL, and
# the bidirectional marks, embeddings, overrides and isolates, line and paragraph
# separators: anything a terminal would act on or that reorders what it shows.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def safe(text: object) -> str:
    r"""Return *text* with control characters and bidirectional overrides escaped.

    Labels, file names and what people type pass through this before the CLI
    prints them, so no text can move the cursor, clear the screen or reverse
    what follows it.

    Examples
    --------
    >>> safe("CBT\x1b[2J")
    'CBT\\x1b[2J'
    >>> safe("abc\u202edef")
    'abc\\u202edef'
    """
    return _UNSAFE.sub(_escape, str(text))


def clip_text(text: str, width: int | None) -> str:
    """Return *text* cut to *width* characters with an ellipsis (``None``: uncut)."""
    if width is None or len(text) <= width:
        return text
    return text[: width - 3].rstrip() + "..."


def clip_list(labels: Sequence[str], width: int) -> str:
    """Join *labels* with commas, ending in ``...`` before the first that would pass *width*.

    A label is never cut in the middle: a reader should not have to guess
    "Social pe...". The first label is always shown whole.

    Examples
    --------
    >>> clip_list(["Case formulation", "Reflective practice", "Social perceptiveness"], 40)
    'Case formulation, Reflective practice, ...'
    >>> clip_list(["Case formulation", "Reflective practice"], 40)
    'Case formulation, Reflective practice'
    """
    shown = labels[:1]
    for label in labels[1:]:
        if len(", ".join([*shown, label])) > width:
            return ", ".join(shown) + ", ..."
        shown = [*shown, label]
    return ", ".join(shown)


def table(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    right: Iterable[int] = (),
    clip: dict[int, int] | None = None,
) -> list[str]:
    """Align *rows* under *header*; columns in *right* are right-aligned (numbers)."""
    clip = clip or {}
    cells = [[clip_text(cell, clip.get(i)) for i, cell in enumerate(row)] for row in rows]
    widths = [max(len(row[i]) for row in [list(header), *cells]) for i in range(len(header))]
    flush_right = set(right)

    def line(row: Sequence[str]) -> str:
        padded = (
            cell.rjust(widths[i]) if i in flush_right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        )
        return "  ".join(padded).rstrip()

    return [line(header), line(["-" * w for w in widths]), *(line(row) for row in cells)]


def wrapped(name: str, items: Sequence[str], indent: int = 6) -> list[str]:
    """Label *items* with *name*, joined by '; ' and wrapped between items, never inside one."""
    first = " " * indent + f"{name + ':':<13}"
    pad = " " * len(first)
    lines: list[str] = []
    current, fresh = first, True
    for position, item in enumerate(items):
        piece = item + (";" if position < len(items) - 1 else "")
        if not fresh and len(current) + 1 + len(piece) > WRAP:
            lines.append(current)
            current, fresh = pad, True
        current += piece if fresh else " " + piece
        fresh = False
    lines.append(current)
    return lines


def resolution(entry: ProfileEntry, used: int | None = None) -> str:
    """Return how one profile entry resolved, as one line.

    *used*: the level the profile uses for the entry's skill, when another entry
    naming the same skill gives a higher one (``Profile.merged``), or a lower one
    when the entry names a short course (``ProfileEntry.course``).
    """
    match = entry.match
    if match.skill_id is None:
        names = ", ".join(repr(c.label) for c in match.hints)
        fix = f"did you mean {names}?" if names else "no close match; try 'careermap skills search'"
        return f"not recognised, left out ({fix})"
    level = f"level {entry.effective_level}" + (" by default" if entry.level is None else "")
    if used is not None and used < entry.effective_level and entry.course is not None:
        level += f"; level {used} used: {entry.course} is a short course, training in the skill"
    elif used is not None and used != entry.effective_level:
        level += f"; level {used} used, as another entry names this skill at {used}"
    if match.method == "fuzzy":
        how = f"fuzzy match on {match.matched_name!r}, similarity {match.similarity:.0f}"
    elif match.language is not None and match.method in {"alias", "part"}:
        how = f"read through {match.language}: {match.matched_name!r}"
    elif match.method == "alias":
        how = f"alias {match.matched_name!r}"
    elif match.method == "part":
        # Quote only words the person wrote: a rule may read a text as a skill's label
        # or alias it does not use ("bilingual" for "CHamoru & English", review 29b).
        written = written_as(entry.text, match.matched_name or "")
        how = f"named in part of the text as {written!r}" if written else "read from the text"
    elif match.method == "semantic":
        how = f"semantic match on {match.matched_name!r}, cosine {match.cosine or 0:.2f}"
    else:
        how = match.method
    if match.part is not None:
        level += f"; split from a list, as {match.part!r}"
    return f"{match.label} ({how}, {level}{unread_note(match.unread)})"


def profile_lines(profile: Profile, set_aside: Sequence[SetAside] = ()) -> list[str]:
    """Return the resolution table of a profile, one line per entry.

    An entry read as a skill *set_aside* (work the person would rather not do) says it
    is not counted.
    """
    given, known = len(profile.entries), len(profile.resolved)
    width = min(TITLE_WIDTH, max(len(e.text) for e in profile.entries))
    lines = [f"Your skills ({known} of {given} recognised):"]
    skills = profile.skills
    left = {item.skill_id for item in set_aside}
    lines += [
        f"  {clip_text(e.text, width):<{width}}  -> "
        + resolution(e, skills.get(e.match.skill_id or ""))
        + (f"; {NOT_COUNTED}" if e.match.skill_id in left else "")
        for e in profile.entries
    ]
    caution = reading_caution(profile, set_aside)
    return [*lines, caution] if caution else lines


def explanation(match: RoleMatch, maybe: Mapping[str, str] | None = None) -> list[str]:
    """Return the indented explanation lines of one match.

    A gap in *maybe* (skill id to the person's text that suggests it,
    :func:`careermap.resolve.display.maybe_held`) says they may already have it.
    """
    maybe = maybe or {}

    def short(r: RequirementResult) -> str:
        low = r.source_level is not None and r.source_level < r.required_level
        return f"level {r.source_level} of {r.required_level}" if low else ""

    def transfer(r: RequirementResult, *, reason: bool) -> str:
        sources = ", ".join(s.source_label for s in r.path)
        level = f", {short(r)}" if short(r) else ""
        why = " - " + "; ".join(s.plain() for s in r.path) if reason else ""
        return f"{r.label} (from {sources}{level}){why}"

    lines: list[str] = []
    if match.readiness is not None:
        lines += wrapped("hiring", [hiring_line(match)])
    if match.only_in:
        lines += wrapped("where", [match.only_in])
    if match.context is not None:
        lines += wrapped("context", [str(match.context)])
    matched = [r for r in match.matched if not r.minor]
    transferred = [r for r in match.transferred if not r.minor]
    gaps = [r for r in match.gaps if not r.minor]
    if matched:
        lines += wrapped(
            "matched", [r.label + (f" ({short(r)})" if short(r) else "") for r in matched]
        )
    if transferred:
        items = [transfer(r, reason=True) for r in transferred[:TOP_TRANSFERS]]
        if len(transferred) > TOP_TRANSFERS:
            rest = [r.label for r in transferred[TOP_TRANSFERS:]]
            items.append(f"and {len(rest)} more: {clip_list(rest, 75)}")
        lines += wrapped("transferred", items)
    if gaps:
        items = [
            f"{r.label} ({'essential' if r.essential else 'optional'}, level {r.required_level}"
            + (f"; {maybe_note(maybe[r.skill_id])})" if r.skill_id in maybe else ")")
            for r in gaps[:TOP_GAPS]
        ]
        if len(gaps) > TOP_GAPS:
            items.append(f"and {len(gaps) - TOP_GAPS} more")
        lines += wrapped("gaps", items)
    minor = len(match.gaps) - len(gaps)
    if minor:
        lines += wrapped("minor gaps", [f"{minor} (not listed)"])
    if match.unused:
        lines += wrapped("unused", list(match.unused))
    return lines


def _titled(match: RoleMatch) -> str:
    """Return a match's title, marked when it is the person's current job."""
    if match.readiness is None or match.readiness.verdict != "current":
        return match.title
    mark = " (your current job)"
    return clip_text(match.title, TITLE_WIDTH - len(mark)) + mark


def ranking_lines(ranking: Ranking, *, explain: bool) -> list[str]:
    """Return a ranking as a plain-text table, each match explained when *explain*."""
    if not ranking.matches:
        return ["No role scores above zero (or above --min-score) for these skills."]
    rows = [
        [
            str(m.rank),
            f"{m.score:.3f}",
            m.band,
            *(f"{v:.3f}" for v in (m.coverage, m.utilisation)),
            _titled(m),
            m.sector,
        ]
        for m in ranking.matches
    ]
    header = ["rank", "score", "band", "coverage", "utilisation", "title", "sector"]
    aligned = table(header, rows, right={0, 1, 3, 4}, clip={5: TITLE_WIDTH})
    lead = " ".join(head_notes(ranking))  # thin first
    lines = [*textwrap.wrap(lead, width=WRAP), *aligned[:2]] if lead else aligned[:2]
    maybe = maybe_held(ranking.profile) if explain else {}
    for row, match in zip(aligned[2:], ranking.matches, strict=True):
        lines.append(row)
        if explain:
            lines += explanation(match, maybe)
        elif match.only_in:  # where the post exists, said under its row
            lines += wrapped("where", [match.only_in])
    return lines


def current_role_lines(
    held: str | None, role: Role | None, *, listed: bool = True, practised: Sequence[str] = ()
) -> list[str]:
    """Say which role a ranking marks as the person's current job, or that none was.

    The title given with ``--current-role`` marks that role as their current job where
    it ranks (the same work elsewhere) and certifies its essential skills; a title that
    names no role confidently marks none, and the person is told so, so they can give
    an id or title instead. Such a title may still name a role inside a longer title, or
    a kind of work, whose skills are taken as practised
    (:func:`careermap.results.current.practised_skills`): *practised* are their labels,
    named, so the note never says none is taken when some are (twenty-seventh round).
    *listed* says whether the ranking shown includes the role: if not, the note says it
    comes after the roles shown, rather than point at no line.
    """
    if not held:
        return []
    if role is None:
        taken = (
            "what it names is taken as practised, so these are not listed as gaps: "
            + ", ".join(practised)
            if practised
            else "none of its skills is taken as practised"
        )
        note = (
            f"Your current role {safe(held)!r} names no role of the taxonomy clearly, so none "
            f"is marked as your current job; {taken}. To mark one, give a role's id or title "
            "('careermap roles list')."
        )
    else:
        where = (
            "marked '(your current job)' above"
            if listed
            else "after the roles shown (new moves come first; --limit shows more)"
        )
        note = (
            f"Your current job: {safe(role.title)} ({role.id}), {where}: the same work with "
            "another employer or in another setting. Its essential skills are not listed as "
            "gaps."
        )
    return textwrap.wrap(note, width=88)


def upskilling_lines(found: Upskilling) -> list[str]:
    """Return where a profile stands, then each suggested skill and the roles it raises most."""
    from careermap.exploration.display import (  # noqa: PLC0415 - on demand
        already_noted,
        nothing_to_suggest,
        starting_point,
        upskilling_order,
    )

    lines = [starting_point(found)]
    for target in found.targets:  # each with its verdict: what no skill closes, said
        lines += textwrap.wrap(
            safe(str(target)), width=WRAP, initial_indent="  ", subsequent_indent="    "
        )
    if not found.suggestions:
        return [*lines, f"  {nothing_to_suggest(found)}"]
    lines += textwrap.wrap(upskilling_order(found), width=WRAP)
    noted = already_noted(found)
    for suggestion in found:
        lines.append(f"  {suggestion.summary()}")
        if suggestion.skill_id in noted:
            lines += wrapped("note", [noted[suggestion.skill_id]])
        if found.targets:
            if suggestion.serves:
                lines += wrapped("serves", [str(change) for change in suggestion.serves])
            continue
        named = (
            ("for", suggestion.asked_by),
            ("opens", suggestion.opens),
            ("raises", suggestion.raises),
        )
        for name, changes in named:
            if changes:
                lines += wrapped(name, [str(change) for change in changes[:3]])
    return lines
