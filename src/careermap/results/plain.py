"""A match and a ranking explained in plain text (``RoleMatch.explain``, ``Ranking.explain``).

Each gap a person may already have (:func:`careermap.resolve.display.maybe_held`: a
text of theirs that matched nothing suggested it) says so, with what they wrote: a
counsellor would ask before calling it missing (twenty-first round, a counsellor's review:
in 33 of 96 personas a top-five gap was a skill careermap had itself suggested for one of
their texts).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from careermap.resolve.display import maybe_held
from careermap.results.avoided import reading_caution
from careermap.results.bands import weak_lead
from careermap.results.one_skill import hiring_line
from careermap.results.thin_heads import far_heads

if TYPE_CHECKING:
    from careermap.results.matches import Ranking, RequirementResult, RoleMatch

__all__ = ["SHOWN_GAPS", "head_notes", "maybe_note", "match_text", "ranking_text", "told_little"]

#: Most gaps an explanation lists by name, most costly first ("and 9 more" after them).
SHOWN_GAPS = 5
#: Longest text of the person's quoted whole in a note.
_QUOTED = 60


def maybe_note(text: str) -> str:
    """Say that a gap may be the person's already, quoting the *text* that suggests it.

    Examples
    --------
    >>> maybe_note("documenting in therap")
    "you may already have it: you wrote 'documenting in therap'"
    """
    shown = text if len(text) <= _QUOTED else text[: _QUOTED - 3].rstrip() + "..."
    return f"you may already have it: you wrote {shown!r}"


def _gap(gap: RequirementResult, maybe: Mapping[str, str]) -> str:
    said = str(gap)
    text = maybe.get(gap.skill_id)
    return said if text is None else f"{said[:-1]}; {maybe_note(text)})"


def match_text(match: RoleMatch, maybe: Mapping[str, str] | None = None) -> str:
    """Return *match* explained in lines; gaps in *maybe* (skill id to text) say so."""
    maybe = maybe or {}
    lines = [
        f"{match.rank}. {match.title} [{match.sector_label}] - score {match.score:.3f} "
        f"({match.band}), coverage {match.coverage:.3f}, utilisation {match.utilisation:.3f}"
    ]
    if match.readiness is not None:
        lines.append(f"   hiring: {hiring_line(match)}")
    if match.only_in:
        lines.append(f"   where: {match.only_in}")
    if match.context is not None:
        lines.append(f"   {match.context}")
    for name, items in (
        ("matched", match.matched),
        ("transferred", match.transferred),
        ("gaps", match.gaps),
    ):
        listed = [
            _gap(item, maybe) if name == "gaps" else str(item) for item in items if not item.minor
        ]
        if name == "gaps" and len(listed) > SHOWN_GAPS:
            listed = [*listed[:SHOWN_GAPS], f"and {len(listed) - SHOWN_GAPS} more"]
        if listed:
            lines.append(f"   {name}: " + "; ".join(listed))
    minor = [r for r in (*match.matched, *match.transferred, *match.gaps) if r.minor]
    if minor:
        cost = sum(r.cost for r in minor)
        met = sum(1 for r in minor if r.kind != "gap")
        lines.append(
            f"   minor requirements (not listed): {met} of {len(minor)} met, "
            f"costing {cost:.1%} of coverage together"
        )
    if match.unused:
        lines.append("   unused strengths: " + ", ".join(match.unused))
    if match.general:
        lines.append("   general strengths: " + ", ".join(match.general))
    return "\n".join(lines)


def head_notes(ranking: Ranking) -> list[str]:
    """Return what *ranking* says once at the head of its list, in the order it is said.

    A thin list first (:mod:`careermap.scoring.thin`), then posts left out abroad, a weak
    first role's lead, the thin list's first posts that ask what no course gives
    (:func:`careermap.results.thin_heads.far_heads`), lived experience, the degree, the
    own-practice caution and the starter's wage, each only when said. The command line and
    the plain text say the same notes in the same order.

    Examples
    --------
    >>> from careermap import rank_careers
    >>> head_notes(rank_careers(["CBT", "motivational interviewing"], limit=3))
    []
    >>> print(head_notes(rank_careers(["first aid"], limit=3))[0][:44])
    No role here fits your skills well: every sc
    """
    said = (
        ranking.thin,
        ranking.abroad,
        weak_lead(ranking.matches, told=told_little(ranking)),
        far_heads(ranking),
        ranking.lived,
        ranking.degree,
        ranking.practice,
        ranking.starter,
    )
    return [s for s in said if s]


def told_little(ranking: Ranking) -> bool:
    """Say whether *ranking*'s head already says it rests on the little that was read.

    A thin list's note under the reading caution (:func:`reading_caution`: few of the
    person's texts recognised) names the texts to write again; the weak lead's advice to
    reword them is then not said twice (:func:`careermap.results.bands.weak_lead`).
    """
    return bool(ranking.thin) and bool(reading_caution(ranking.profile, ranking.set_aside))


def ranking_text(ranking: Ranking) -> str:
    """Return every match of *ranking* explained, then what did not resolve."""
    profile = ranking.profile
    parts = [caution] if (caution := reading_caution(profile, ranking.set_aside)) else []
    parts += [f"not counted: {item}" for item in ranking.set_aside]
    parts += head_notes(ranking)
    maybe = maybe_held(profile)
    parts += [match_text(m, maybe) for m in ranking.matches]
    parts += [f"not recognised: {entry.match}" for entry in profile.unresolved]
    return "\n".join(parts)
