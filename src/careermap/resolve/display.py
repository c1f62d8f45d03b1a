"""How a resolved skill shows itself: a short ``repr`` and HTML for notebooks.

Built from the primitives of :mod:`careermap.base.html`; every text from a person
or a taxonomy is escaped there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from careermap.base import html
from careermap.base.html import escape as esc
from careermap.resolve.language import other_language
from careermap.resolve.negation import negated

if TYPE_CHECKING:
    from collections.abc import Sequence

    from careermap.resolve.profile import Profile
    from careermap.resolve.resolver import SkillMatch

__all__ = [
    "MAYBE_COSINE",
    "maybe_held",
    "profile_html",
    "profile_repr",
    "skill_match_html",
    "skill_match_repr",
    "thin_profile",
    "unread_note",
]


def unread_note(unread: Sequence[str]) -> str:
    """Return what a text read from some of its parts left unread, after a semicolon.

    Examples
    --------
    >>> unread_note(("Access to Work apps",))
    "; 'Access to Work apps' not recognised"
    >>> unread_note(())
    ''
    """
    if not unread:
        return ""
    return "; " + ", ".join(map(repr, unread)) + " not recognised"


def skill_match_repr(match: SkillMatch) -> str:
    """``<SkillMatch 'CBT' -> Cognitive behavioural therapy [alias via 'CBT', 100]>``."""
    return f"<SkillMatch {match}>"


def skill_match_html(match: SkillMatch) -> str:
    """How a text resolved: the skill and method, or no match; then the alternatives."""
    if match.split:
        each = ", ".join(
            f"<strong>{esc(one.label)}</strong> ({esc(_method(one))})" for one in match.split
        )
        head = f"<p>{esc(repr(match.query))} names {len(match.split)} skills: {each}</p>"
    elif match.skill_id is None:
        head = f"<p>{esc(repr(match.query))}: <strong>no match</strong></p>"
    else:
        named = match.method in {"alias", "fuzzy", "part"}
        via = f" via {esc(repr(match.matched_name))}" if named else ""
        how = f"{match.method}{via}, {match.similarity:.0f}"
        if match.language is not None:
            how = f"{esc(match.language)} term {esc(repr(match.matched_name))}"
        if match.method == "semantic":
            how = f"semantic via {esc(repr(match.matched_name))}, cosine {match.cosine or 0:.2f}"
        head = (
            f"<p>{esc(repr(match.query))} &rarr; <strong>{esc(match.label)}</strong> "
            f"<code>{esc(match.skill_id)}</code> ({how})</p>"
        )
    alternatives = ""
    if match.alternatives:
        what = "Suggestions" if match.skill_id is None and not match.split else "Alternatives"
        alternatives = f'<p style="{html.MUTED}">{what}: ' + (
            ", ".join(f"{esc(c.label)} ({c.similarity:.0f})" for c in match.alternatives) + "</p>"
        )
    return html.box("skill-match", head, alternatives)


def _method(match: SkillMatch) -> str:
    split = "" if match.part is None else f"; split from a list, as {match.part!r}"
    split += unread_note(match.unread)
    if match.method == "semantic":
        return f"by meaning via {match.matched_name!r}, cosine {match.cosine or 0:.2f}{split}"
    if match.language is not None:
        return f"{match.language} term {match.matched_name!r}{split}"
    if match.method in {"alias", "fuzzy", "part"}:
        return f"{match.method} via {match.matched_name!r}, {match.similarity:.0f}{split}"
    return match.method + split


def thin_profile(profile: Profile, aside: Sequence[str] = ()) -> str:
    """Say, when most of a profile's texts were not recognised, what a ranking then rests on.

    A ranking of a profile whose texts mostly did not resolve is built on the few that
    did: one recognised skill can carry a post to the top (a counsellor's read of the
    tenth persona set found a child welfare worker's five posts all carried by
    *Safeguarding*, eight of her ten skills unread). Empty when at least half resolved.
    When most unread texts look written in another language
    (:func:`careermap.resolve.language.other_language`), it says careermap reads English,
    and in other languages only the names of practices its lexicons hold (thirty-eighth
    round, review38 P4: "reads English" alone was wrong once lexicons read eighteen).
    *aside* names the skills read but not counted (work the person would rather not do,
    :func:`careermap.results.avoided.reading_caution`): the texts that read only as them
    count as not read, and the sentence says why.

    Examples
    --------
    >>> from careermap import build_profile
    >>> thin_profile(build_profile(["CBT", "forklift operation"], semantic=False))
    ''
    >>> print(thin_profile(build_profile(["CBT", "forklift", "welding"], semantic=False))[:60])
    Only 1 of your 3 skills was recognised, so this ranking rest
    >>> dutch = ["EMDR", "intake en diagnostiek", "behandeling van burn-out en overspanning"]
    >>> print(thin_profile(build_profile(dutch, semantic=False)))
    ... # doctest: +NORMALIZE_WHITESPACE
    Only 1 of your 3 skills was recognised, so this ranking rests on it alone: careermap
    reads skills written in English (in other languages, only the names of practices),
    and 2 of the others look written in another language: write them in English (see
    what was not recognised) before reading much into it.
    """
    given, known = len(profile.entries), len(profile.resolved)
    left = sum(entry.match.skill_id in aside for entry in profile.resolved)
    counted = known - left
    if not given or counted * 2 >= given:
        return ""
    if not counted:
        rests = "nothing you wrote"
    elif left:
        rests = "the other one alone" if counted == 1 else f"the other {counted}"
    else:
        rests = "it alone" if counted == 1 else f"those {counted}"
    recognised = f"{'was' if known == 1 else 'were'} recognised"
    if left:
        work = "is work" if left == 1 else "are work"
        recognised += f", and {left} of them {work} you said you would rather not do (not counted)"
    unread = [entry.text for entry in profile.unresolved]
    foreign = sum(map(other_language, unread))
    if foreign * 2 >= len(unread):  # most of what was not read is in another language
        how = (
            "careermap reads skills written in English (in other languages, only the names "
            f"of practices), and {foreign} of the others "
            f"{'looks' if foreign == 1 else 'look'} written in another language: write "
            f"{'it' if foreign == 1 else 'them'} in English"
        )
    else:
        how = "reword the others"
    return (
        f"Only {known} of your {given} skills {recognised}, so this ranking rests on "
        f"{rests}: {how} (see what was not recognised) before reading much into it."
    )


#: The least cosine at which the first suggestion by meaning for a text that matched
#: nothing marks that skill, shown as a gap, as one the person may already have. Between
#: the suggestion threshold (0.45) and the accept threshold (0.64); on the first twelve
#: persona sets' top-five gaps, about 85% of those at 0.55 or more named what the text
#: meant, against about half below it (twenty-first round).
MAYBE_COSINE = 0.55


def maybe_held(profile: Profile) -> dict[str, str]:
    """Return the skills a person may already have, each with the text of theirs that suggests it.

    A text that matched nothing still names what it was near ("did you mean"); a
    counsellor shown that skill as a gap would first ask the person. The skill a
    text's first suggestion names, by meaning at :data:`MAYBE_COSINE` or more or by
    its whole name within the text (similarity 100), maps to the first such text.
    Texts that say the person has not done something ("no CBT") suggest nothing here,
    and a skill the profile holds is left out (it is no gap).

    Parameters
    ----------
    profile : Profile
        A resolved profile.

    Returns
    -------
    dict of str to str
        Skill id to the person's text, in the profile's order.

    Examples
    --------
    >>> from careermap import build_profile
    >>> maybe_held(build_profile(["CBT", "no CBT"], semantic=False))
    {}
    """
    unread = [e for e in profile.entries if not (e.match.matched or e.match.split)]
    if not any(entry.match.hints for entry in unread):
        return {}

    held = set(profile.skills)
    found: dict[str, str] = {}
    for entry in unread:
        if not entry.match.hints or negated(entry.text):
            continue
        first = entry.match.hints[0]
        near = first.similarity >= 100 if first.cosine is None else first.cosine >= MAYBE_COSINE
        if near and first.skill_id not in held:
            found.setdefault(first.skill_id, entry.text)
    return found


def profile_repr(profile: Profile) -> str:
    """``<Profile: 3 skills (Active listening 3, CBT 4, ...); not recognised: 'forklift'>``."""
    shown = [f"{entry.match.label} {entry.effective_level}" for entry in profile.resolved[:6]]
    more = len(profile.resolved) - len(shown)
    listed = ", ".join(shown) + (f", ... {more} more" if more else "")
    count = len(profile.skills)
    text = f"<Profile: {count} skill{'' if count == 1 else 's'}" + (
        f" ({listed})" if listed else ""
    )
    missing = [repr(entry.text) for entry in profile.unresolved]
    if missing:
        text += "; not recognised: " + ", ".join(missing)
    return text + ">"


def _level(given: int, default: bool, used: int) -> str:
    """Return the Level cell: the level given, and the one used when another entry is higher."""
    shown = str(given) + (" (default)" if default else "")
    return shown if used == given else f"{shown}; {used} used (named again at {used})"


def profile_html(profile: Profile) -> str:
    """One row per entry: what was written, the skill it resolved to, how, at what level.

    Entries that matched nothing are listed after, each with its suggestions.
    """
    count = len(profile.skills)
    head = f"<p><strong>Profile: {count} skill{'' if count == 1 else 's'}</strong></p>"
    skills = profile.skills
    rows = [
        (
            esc(entry.text),
            f'<span title="{esc(entry.match.skill_id)}">{esc(entry.match.label)}</span>',
            esc(_method(entry.match)),
            _level(entry.effective_level, entry.level is None, skills[entry.match.skill_id or ""]),
        )
        for entry in profile.resolved[: html.MAX_ROWS]
    ]
    table = html.table(["You wrote", "Skill", "How", "Level"], rows, numeric=1) if rows else ""
    missing = []
    for entry in profile.unresolved:
        hint = ", ".join(esc(c.label) for c in entry.match.hints)
        missing.append(esc(repr(entry.text)) + (f" (did you mean {hint}?)" if hint else ""))
    note = (
        f'<p style="color:{html.KIND_COLOURS["gap"]}">Not recognised: '
        + "; ".join(missing)
        + "</p>"
        if missing
        else ""
    )
    return html.box(
        "profile", head, table, html.more(len(rows), len(profile.resolved), "skills"), note
    )
