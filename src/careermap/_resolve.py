"""Resolving free text ("CBT", "listening actively", "motivatonal interviewing") to skills.

The order, first hit wins:

1. the normalised text (:func:`careermap._text.normalize`) equals a skill's
   normalised label (``"exact"``) or one of its aliases (``"alias"``);
2. the text is a skill id: method ``"id"`` (so ``"self-care"`` matches the
   label *Self-care* exactly, and an id such as an ESCO UUID still resolves);
3. fuzzy: rapidfuzz's ``token_sort_ratio`` between the match keys
   (:func:`careermap._text.match_key`: stems, filler words dropped, word order
   ignored) of the text and of every label and alias, keeping the best name of
   each skill. At or above ``score_cutoff`` (default
   :data:`DEFAULT_SCORE_CUTOFF`) the best skill is the match (``"fuzzy"``);
   below it there is no match, only suggestions;
4. semantic, when the ``careermap[semantic]`` extra is installed and nothing
   above matched: the text's embedding against every label, alias and
   description (:mod:`careermap._semantic`). At or above
   :data:`~careermap._semantic.ACCEPT_SIMILARITY` the nearest skill is the match
   (``"semantic"``, with its cosine ``similarity``); from
   :data:`~careermap._semantic.SUGGEST_SIMILARITY` skills are only suggested.
   Without the extra, the first text that resolves to nothing says once (a
   :class:`~careermap._semantic.SemanticUnavailableWarning`) how to install it.

``token_sort_ratio`` suits short phrases: it forgives word order and typos but,
unlike ``token_set_ratio``, does not score a phrase 100 against every name
that contains its words, and unlike ``WRatio`` it does not reward partial
overlaps such as "active selling" for "active listening". Texts of three
characters or fewer are only ever matched exactly (they are abbreviations).
Ties are broken by skill id, so results are stable.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz, process

from careermap import _checks as checks
from careermap import _display
from careermap._cache import derived
from careermap._errors import SkillNotFoundError
from careermap._load import default_taxonomy
from careermap._models import Skill, Taxonomy
from careermap._record import Record
from careermap._semantic import (
    ACCEPT_SIMILARITY,
    SUGGEST_SIMILARITY,
    SemanticHit,
    enabled,
    hint_once,
    semantic_index,
)
from careermap._text import match_key, normalize

__all__ = [
    "DEFAULT_SCORE_CUTOFF",
    "MAX_SKILL_TEXT",
    "SkillCandidate",
    "SkillMatch",
    "resolve_skill",
    "search_skills",
]

#: Fuzzy matches scoring below this (0-100) are not accepted as a match.
DEFAULT_SCORE_CUTOFF = 82.0
#: Candidates scoring below this are not even offered as suggestions.
SUGGESTION_CUTOFF = 60.0
#: Longest text resolved, in characters (labels and aliases are at most 300 long);
#: a longer text matches nothing, without being normalised, searched or cached.
MAX_SKILL_TEXT = 300
_SHORT = 3
#: A fuzzy match scoring this or more is never second-guessed by the semantic layer.
_SURE_FUZZY = 90.0
#: How much more similar (cosine) a semantic match must be to replace a weaker fuzzy one.
_OVERRIDE_MARGIN = 0.15

Method = Literal["id", "exact", "alias", "fuzzy", "semantic", "none"]


class SkillCandidate(BaseModel):
    """A skill that a text may refer to, with its score (0-100).

    ``similarity`` is the cosine similarity (-1 to 1) when the semantic layer
    proposed it, else ``None``; its score is then 100 times the similarity.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    skill_id: str
    label: str
    matched_name: str
    score: float
    similarity: float | None = None


class SkillMatch(Record):
    """How one piece of text resolved to a skill, or why it did not.

    Attributes
    ----------
    query : str
        The text as given.
    skill_id, label : str or None
        The skill matched, or ``None`` when nothing scored at or above the cutoff.
    method : {'id', 'exact', 'alias', 'fuzzy', 'semantic', 'none'}
        How it matched.
    score : float
        100 for id, exact and alias matches; the fuzzy score (0-100), or 100
        times the similarity for a semantic match.
    similarity : float or None
        For a semantic match, the cosine similarity (-1 to 1) of the text and
        the nearest name of the skill; ``None`` for the other methods.
    matched_name : str or None
        The label or alias that matched.
    alternatives : tuple of SkillCandidate
        Other close skills, best first; for no match, these are the suggestions.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    query: str
    skill_id: str | None
    label: str | None
    method: Method
    score: float
    matched_name: str | None
    alternatives: tuple[SkillCandidate, ...] = ()
    similarity: float | None = None

    @property
    def matched(self) -> bool:
        """Whether the text resolved to a skill."""
        return self.skill_id is not None

    def __str__(self) -> str:
        if self.skill_id is None:
            hint = ", ".join(repr(c.label) for c in self.alternatives[:3])
            return f"{self.query!r}: no match" + (f" (did you mean {hint}?)" if hint else "")
        via = f" via {self.matched_name!r}" if self.method in {"alias", "fuzzy"} else ""
        if self.method == "semantic":
            return f"{self.query!r} -> {self.label} [semantic, similarity {self.similarity:.2f}]"
        return f"{self.query!r} -> {self.label} [{self.method}{via}, {self.score:.0f}]"

    def __repr__(self) -> str:
        return _display.skill_match_repr(self)

    def _repr_html_(self) -> str:
        return _display.skill_match_html(self)


class _NameIndex:
    """Every label and alias of a taxonomy, normalised, for exact and fuzzy lookup."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.skills: dict[str, Skill] = dict(taxonomy.skill_index)
        exact: dict[str, list[tuple[int, str, str]]] = {}
        keys: dict[tuple[str, str], str] = {}
        for skill in taxonomy.skills:
            for position, name in enumerate(skill.names):
                rank = 0 if position == 0 else 1
                exact.setdefault(normalize(name), []).append((rank, skill.id, name))
                keys.setdefault((skill.id, match_key(name)), name)
        # One winner per normalised name: the label before an alias, then the smaller id.
        self.exact = {norm: min(hits) for norm, hits in exact.items()}
        self.exact_all = {norm: sorted(hits) for norm, hits in exact.items()}
        ordered = sorted(keys.items())
        self.choice_skill = [skill_id for (skill_id, _), _ in ordered]
        self.choice_name = [name for _, name in ordered]
        self.choice_key = [key for (_, key), _ in ordered]

    def fuzzy(self, text: str, *, limit: int, cutoff: float) -> list[SkillCandidate]:
        key = match_key(text)
        if not key:
            return []
        # Several names may belong to one skill: over-fetch, then keep each skill's best.
        hits = process.extract(
            key,
            self.choice_key,
            scorer=fuzz.token_sort_ratio,
            limit=max(limit * 8, 20),
            score_cutoff=cutoff,
        )
        best: dict[str, tuple[float, str]] = {}
        for _, score, index in hits:
            skill_id = self.choice_skill[index]
            name = self.choice_name[index]
            current = best.get(skill_id)
            if current is None or (-score, name) < (-current[0], current[1]):
                best[skill_id] = (float(score), name)
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
        return [
            SkillCandidate(
                skill_id=skill_id,
                label=self.skills[skill_id].label,
                matched_name=name,
                score=round(score, 2),
            )
            for skill_id, (score, name) in ranked
        ]


def name_index(taxonomy: Taxonomy) -> _NameIndex:
    """Return the (cached) name index of *taxonomy*."""
    return derived(taxonomy, "names", lambda: _NameIndex(taxonomy))


def match_text(
    text: str,
    taxonomy: Taxonomy,
    *,
    score_cutoff: float = DEFAULT_SCORE_CUTOFF,
    limit: int = 5,
    semantic: bool | None = None,
) -> SkillMatch:
    """Resolve *text* without raising: ``method='none'`` when nothing matches.

    *semantic*: ``None`` uses the semantic layer when it is installed, ``False``
    never, ``True`` always (:class:`~careermap._extras.MissingExtraError` without it).
    """
    if len(text) > MAX_SKILL_TEXT:
        return SkillMatch(
            query=text, skill_id=None, label=None, method="none", score=0.0, matched_name=None
        )
    index = name_index(taxonomy)
    stripped = text.strip()
    norm = normalize(stripped)
    if norm not in index.exact and stripped in index.skills:
        # An id names exactly one skill: no fuzzy search, and so no alternatives.
        skill = index.skills[stripped]
        return SkillMatch(
            query=text,
            skill_id=skill.id,
            label=skill.label,
            method="id",
            score=100.0,
            matched_name=skill.id,
        )
    floor = min(score_cutoff, SUGGESTION_CUTOFF)  # a low cutoff may accept what suggestions skip
    candidates = index.fuzzy(stripped, limit=limit + 1, cutoff=floor)
    if norm in index.exact:
        rank, skill_id, name = index.exact[norm]
        same_name = [
            SkillCandidate(
                skill_id=other, label=index.skills[other].label, matched_name=n, score=100.0
            )
            for _, other, n in index.exact_all[norm]
            if other != skill_id
        ]
        rest = [
            c
            for c in candidates
            if c.skill_id != skill_id and c.skill_id not in {s.skill_id for s in same_name}
        ]
        return SkillMatch(
            query=text,
            skill_id=skill_id,
            label=index.skills[skill_id].label,
            method="exact" if rank == 0 else "alias",
            score=100.0,
            matched_name=name,
            alternatives=tuple([*same_name, *rest][:limit]),
        )
    if len(norm.replace(" ", "")) > _SHORT and candidates and candidates[0].score >= score_cutoff:
        return _fuzzy_match(text, stripped, taxonomy, candidates, limit=limit, semantic=semantic)
    if enabled(semantic):
        if len(norm.replace(" ", "")) > _SHORT:
            return _semantic_match(text, stripped, taxonomy, candidates, limit)
    elif semantic is None:
        hint_once()
    return SkillMatch(
        query=text,
        skill_id=None,
        label=None,
        method="none",
        score=candidates[0].score if candidates else 0.0,
        matched_name=None,
        alternatives=tuple(candidates[:limit]),
    )


def _candidate(hit: SemanticHit, index: _NameIndex) -> SkillCandidate:
    return SkillCandidate(
        skill_id=hit.skill_id,
        label=index.skills[hit.skill_id].label,
        matched_name=hit.matched_name,
        score=round(100 * hit.similarity, 2),
        similarity=hit.similarity,
    )


def _semantic_match(
    text: str,
    stripped: str,
    taxonomy: Taxonomy,
    fuzzy: list[SkillCandidate],
    limit: int,
    *,
    hits: list[SemanticHit] | None = None,
) -> SkillMatch:
    """Match semantically at or above the accept threshold; below it, only suggest."""
    index = name_index(taxonomy)
    if hits is None:
        hits = semantic_index(taxonomy).search(stripped, limit=limit + 1, floor=SUGGEST_SIMILARITY)
    near = [_candidate(hit, index) for hit in hits]
    seen = {c.skill_id for c in near}
    # Semantic suggestions first (they read the meaning), then fuzzy ones (typos).
    suggestions = [*near, *(c for c in fuzzy if c.skill_id not in seen)]
    if hits and hits[0].similarity >= ACCEPT_SIMILARITY:
        top = near[0]
        return SkillMatch(
            query=text,
            skill_id=top.skill_id,
            label=top.label,
            method="semantic",
            score=top.score,
            matched_name=top.matched_name,
            alternatives=tuple(suggestions[1 : limit + 1]),
            similarity=top.similarity,
        )
    return SkillMatch(
        query=text,
        skill_id=None,
        label=None,
        method="none",
        score=max((c.score for c in suggestions), default=0.0),
        matched_name=None,
        alternatives=tuple(suggestions[:limit]),
    )


def _fuzzy_match(
    text: str,
    stripped: str,
    taxonomy: Taxonomy,
    candidates: list[SkillCandidate],
    *,
    limit: int,
    semantic: bool | None,
) -> SkillMatch:
    """Return the best fuzzy candidate as the match, unless the meaning clearly differs."""
    top = candidates[0]
    if top.score < _SURE_FUZZY and enabled(semantic):
        # "case management" is 87 from ESCO's "asset management": a weak fuzzy match
        # gives way when the meaning clearly points elsewhere.
        better = _semantic_override(stripped, taxonomy, top, limit)
        if better is not None:
            return better.model_copy(update={"query": text})
    return SkillMatch(
        query=text,
        skill_id=top.skill_id,
        label=top.label,
        method="fuzzy",
        score=top.score,
        matched_name=top.matched_name,
        alternatives=tuple(candidates[1 : limit + 1]),
    )


def _semantic_override(
    text: str, taxonomy: Taxonomy, fuzzy: SkillCandidate, limit: int
) -> SkillMatch | None:
    """Return a semantic match beating a weak fuzzy one by :data:`_OVERRIDE_MARGIN`, if any."""
    index = semantic_index(taxonomy)
    query = index.encoder.encode([text])[0]
    hits = index.search_vector(query, limit=limit + 1, floor=SUGGEST_SIMILARITY)
    if not hits or hits[0].similarity < ACCEPT_SIMILARITY or hits[0].skill_id == fuzzy.skill_id:
        return None
    fuzzy_similarity = next((h.similarity for h in hits if h.skill_id == fuzzy.skill_id), None)
    if fuzzy_similarity is None:
        fuzzy_similarity = index.similarity_to(query, fuzzy.skill_id)
    if hits[0].similarity - fuzzy_similarity < _OVERRIDE_MARGIN:
        return None
    return _semantic_match(text, text, taxonomy, [fuzzy], limit, hits=hits)


def resolve_skill(
    text: str,
    *,
    taxonomy: Taxonomy | None = None,
    score_cutoff: float = DEFAULT_SCORE_CUTOFF,
    limit: int = 5,
    semantic: bool | None = None,
) -> SkillMatch:
    """Resolve free text to the best-matching skill.

    Parameters
    ----------
    text : str
        What a person typed: a label, an alias, an abbreviation, a skill id, or
        a phrase with typos or in another word order.
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.
    score_cutoff : float, default :data:`DEFAULT_SCORE_CUTOFF`
        Lowest fuzzy score (0-100) accepted as a match.
    limit : int, default 5
        Most alternatives to return.
    semantic : bool, optional
        Use the semantic layer for what the names do not match: ``None`` (the
        default) when ``careermap[semantic]`` is installed, ``False`` never,
        ``True`` always.

    Returns
    -------
    SkillMatch
        The skill, its score, how it matched and the alternatives.

    Raises
    ------
    SkillNotFoundError
        When nothing scores at or above *score_cutoff*; its ``suggestions`` hold
        the closest labels. A text longer than :data:`MAX_SKILL_TEXT` characters
        matches nothing.
    TypeError
        When *text* is not a string.
    MissingExtraError
        When *semantic* is ``True`` and ``careermap[semantic]`` is not installed.

    Examples
    --------
    >>> resolve_skill("CBT").label
    'Cognitive behavioural therapy'
    >>> match = resolve_skill("listening activly")
    >>> match.skill_id, match.method
    ('active-listening', 'fuzzy')
    """
    _check_text(text)
    cutoff = checks.score_cutoff(score_cutoff)
    limit = checks.positive_int(limit, "limit")
    match = match_text(
        text, taxonomy or default_taxonomy(), score_cutoff=cutoff, limit=limit, semantic=semantic
    )
    if match.skill_id is None:
        shown = repr(text)
        if len(text) > MAX_SKILL_TEXT:
            shown = f"{text[:40]!r}... ({len(text):,} characters, over the {MAX_SKILL_TEXT} limit)"
        raise SkillNotFoundError(
            f"no skill matches {shown}",
            query=text,
            suggestions=[c.label for c in match.alternatives[:3]],
        )
    return match


def search_skills(
    text: str, *, taxonomy: Taxonomy | None = None, limit: int = 10, semantic: bool = False
) -> Sequence[SkillCandidate]:
    """Return the skills whose names best match *text*, best first.

    Exact and alias hits score 100; the rest are fuzzy scores (0-100), at least
    the suggestion cutoff of 60. Ties are ordered by skill id. With
    ``semantic=True`` (``careermap[semantic]``), a text the names do not match
    gets the skills nearest in meaning instead, each with its ``similarity``.

    Examples
    --------
    >>> [c.skill_id for c in search_skills("crisis", limit=3)]
    ['crisis-protocols', 'crisis-response', 'critical-incident-debriefing']
    """
    _check_text(text)
    limit = checks.positive_int(limit, "limit")
    match = match_text(text, taxonomy or default_taxonomy(), limit=limit, semantic=semantic)
    found: list[SkillCandidate] = []
    if match.skill_id is not None and match.label is not None and match.matched_name is not None:
        found.append(
            SkillCandidate(
                skill_id=match.skill_id,
                label=match.label,
                matched_name=match.matched_name,
                score=match.score,
                similarity=match.similarity,
            )
        )
    found += [c for c in match.alternatives if c.skill_id != match.skill_id]
    return found[:limit]


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        msg = f"a skill must be given as text, not {type(text).__name__} ({text!r})"
        raise TypeError(msg)
