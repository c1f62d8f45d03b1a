"""A text that is no skill's id nor exact name: the readings ``match_text`` tries on it.

:func:`careermap.resolve.resolver.match_text` reads an id and an exact name (a label or
an alias) itself and hands any other text here (:func:`read_not_named`), where the
first reading that reads it wins, in this order:

1. a lexicon's term (:mod:`careermap.resolve.lexicon`), read as an alias is;
2. a sure near name, read by name or by meaning
   (:func:`careermap.resolve.by_meaning.fuzzy_match`);
3. a skill named in part of the text (:func:`careermap.resolve.readings.in_part`);
4. with nothing read by name, its meaning (:func:`_by_meaning`);
5. the last readings (:func:`_last_readings`): in plain words, a list read in part, a
   CV line duty by duty, teaching work.

A care skill read at the head of another trade's task (:func:`_held`: "triage of
tickets") is only suggested. Split from :mod:`careermap.resolve.resolver` in the
forty-third round, its order and outcomes unchanged.

The resolver imports this module past the exact names; the readings it calls load
when first needed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from careermap.resolve.names import SkillCandidate
from careermap.resolve.resolver import another_word, covers
from careermap.resolve.skill_match import SkillMatch, unmatched

if TYPE_CHECKING:
    from careermap.taxonomy.models import Taxonomy

__all__ = ["Asked", "read_not_named"]


@dataclass(frozen=True)
class Asked:
    """A text ``match_text`` reads past the names, and what it was asked with.

    *stripped* is the text as the names read it; *part* matches one part of a phrase
    as a whole text, by name only; the rest are ``match_text``'s own options.
    """

    text: str
    stripped: str
    taxonomy: Taxonomy
    min_similarity: float
    limit: int
    semantic: bool | None
    last: bool
    part: Callable[[str], SkillMatch]


def read_not_named(
    asked: Asked, candidates: list[SkillCandidate], *, long_enough: bool, phrases: bool
) -> SkillMatch:
    """Return *asked* read past its names (``method='none'`` when nothing reads it).

    Parameters
    ----------
    asked : Asked
        The text and ``match_text``'s options.
    candidates : list of SkillCandidate
        The text's near names, best first.
    long_enough : bool
        Whether the text is longer than an abbreviation: only then is it read by a
        near name or by meaning.
    phrases : bool
        Whether to look for a skill named in part of the text, and try the last
        readings.

    Returns
    -------
    SkillMatch
        The first reading that read the text; else no match, suggesting what it is near.
    """
    from careermap.resolve.lexicon import lexicon_match  # noqa: PLC0415 - past the names

    text, stripped, taxonomy = asked.text, asked.stripped, asked.taxonomy
    # A term of a lexicon ("Krisenintervention") is read as an alias is: nothing else is tried.
    found = lexicon_match(text, stripped, taxonomy, head=phrases)
    if found is None and long_enough and _surely_near(stripped, candidates, asked.min_similarity):
        # Reading by meaning loads on demand: an id or an exact name never needs it.
        from careermap.resolve.by_meaning import fuzzy_match  # noqa: PLC0415 - see above

        return fuzzy_match(
            text, stripped, taxonomy, candidates, limit=asked.limit, semantic=asked.semantic
        )
    if found is None and phrases:
        # The phrase readings load on demand: exact names never need them (see in_part).
        from careermap.resolve.readings import in_part  # noqa: PLC0415 - see above

        found = in_part(
            text,
            asked.part,
            candidates,
            taxonomy,
            asked.min_similarity,
            limit=asked.limit,
            semantic=asked.semantic,
            last=asked.last,
        )
    return _past_names(asked, found, candidates, long_enough=long_enough, phrases=phrases)


def _surely_near(stripped: str, candidates: list[SkillCandidate], min_similarity: float) -> bool:
    """Say whether the nearest name reads *stripped* for sure: close, covering it, no other word."""
    if not candidates or candidates[0].similarity < min_similarity:
        return False
    nearest = candidates[0].matched_name
    return covers(stripped, nearest) and not another_word(stripped, nearest)


def _past_names(
    asked: Asked,
    found: SkillMatch | None,
    candidates: list[SkillCandidate],
    *,
    long_enough: bool,
    phrases: bool,
) -> SkillMatch:
    """*asked* read by meaning when no name read it, then, with *phrases*, the last readings.

    *found* is what the names read (``None``: nothing).
    """
    from careermap.resolve.long_texts import lifted  # noqa: PLC0415 - as fuzzy_match

    text, taxonomy = asked.text, asked.taxonomy
    held = _held(text, found, taxonomy, semantic=asked.semantic)
    found = None if held is not None else found
    phrase_read = found is not None
    if found is None:
        found, held, candidates = _by_meaning(asked, held, candidates, long_enough=long_enough)
    # A match the long-text encoder lifted over the threshold yields to the readings below.
    read_whole = (
        found is not None and found.method != "none" and not lifted(found, asked.stripped, taxonomy)
    )
    others = candidates if found is None else list(found.alternatives)
    if phrases and not read_whole and held is None:  # in plain words, else teaching work
        again, duty = _last_readings(asked, (candidates, others), phrase_read=phrase_read)
        held = _held(text, again, taxonomy, semantic=asked.semantic)
        if again is not None and held is None:
            return again
        from careermap.resolve.readings import with_duty  # noqa: PLC0415 - as in_part

        found, others = with_duty(found, others, duty if again is None else None)
    return _outcome(text, found if held is None or read_whole else None, held, others, asked.limit)


def _by_meaning(
    asked: Asked,
    held: SkillMatch | None,
    candidates: list[SkillCandidate],
    *,
    long_enough: bool,
) -> tuple[SkillMatch | None, SkillMatch | None, list[SkillCandidate]]:
    """Return ``(found, held, candidates)`` after reading *asked* by meaning, when it may be.

    A reading by meaning that is another trade's task ("triage of tickets") is not
    found but held, its alternatives the candidates. Without the layer, and not
    refused it (``semantic=None``), a hint says how to install it, once.
    """
    from careermap.resolve.by_meaning import semantic_match  # noqa: PLC0415 - as fuzzy_match
    from careermap.resolve.semantic import enabled, hint_once  # noqa: PLC0415

    if not enabled(asked.semantic):
        if asked.semantic is None:
            hint_once()
        return None, held, candidates
    if not long_enough:
        return None, held, candidates
    text, taxonomy = asked.text, asked.taxonomy
    found = semantic_match(text, asked.stripped, taxonomy, candidates, asked.limit)
    trade = _held(text, found, taxonomy, semantic=asked.semantic)
    if trade is None:
        # held in part, read by meaning as the same skill: the encoder read the name
        same = held is not None and found is not None and found.skill_id == held.skill_id
        return None if same else found, held, candidates
    return None, trade, list(trade.alternatives)


def _last_readings(
    asked: Asked,
    candidates: tuple[list[SkillCandidate], list[SkillCandidate]],
    *,
    phrase_read: bool,
) -> tuple[SkillMatch | None, SkillMatch | None]:
    """*asked* read in plain words, as a list read in part, duty by duty; else as teaching work.

    :func:`careermap.resolve.readings.read_again`, with *candidates* (the names near the
    whole text, and the suggestions so far); the last readings (teaching work, a practice's
    objects) are tried only when no phrase was read (*phrase_read*). The second item is a
    CV line's duty that is only to be suggested.
    """
    from careermap.resolve.readings import read_again  # noqa: PLC0415 - as in_part

    return read_again(
        asked.text,
        asked.taxonomy,
        asked.min_similarity,
        asked.part,
        candidates,
        limit=asked.limit,
        semantic=asked.semantic,
        last=asked.last,
        whole=not phrase_read,
    )


def _outcome(
    text: str,
    found: SkillMatch | None,
    held: SkillMatch | None,
    others: list[SkillCandidate],
    limit: int,
) -> SkillMatch:
    """Return *found*; else *held*'s skill suggested first (another trade's task); else no match."""
    if found is not None:
        return found
    return unmatched(text, others, limit) if held is None else _suggested(text, held, others, limit)


def _held(
    text: str, found: SkillMatch | None, taxonomy: Taxonomy, *, semantic: bool | None
) -> SkillMatch | None:
    """Return *found*, a care skill named at the head of another trade's task, or ``None``.

    "root cause analysis of the server outage", or read by meaning "triage of tickets":
    :mod:`careermap.resolve.other_trades`.
    Only with the semantic layer: without it the lexical path reads as it always has.
    """
    if found is None or found.method not in ("part", "semantic") or semantic is False:
        return None
    from careermap.resolve.other_trades import held_reading  # noqa: PLC0415 - as in_part
    from careermap.resolve.semantic import installed_extra  # noqa: PLC0415

    if not installed_extra():
        return None

    return found if held_reading(text, found, taxonomy) else None


def _suggested(text: str, held: SkillMatch, others: list[SkillCandidate], limit: int) -> SkillMatch:
    """No match for *text*: *held*'s skill suggested first, then the *others*."""
    first = SkillCandidate(
        skill_id=held.skill_id or "",
        label=held.label or "",
        matched_name=held.matched_name or held.label,
        similarity=held.similarity,
    )
    rest = [c for c in others if c.skill_id != first.skill_id]
    return unmatched(text, [first, *rest], limit)
