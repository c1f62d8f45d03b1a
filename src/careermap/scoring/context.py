"""Role context: how alike two roles (or a person and a role) are besides their skills.

An imported occupation carries context (:class:`careermap.RoleContext`): its
RIASEC interests, job zone and typical education, and every role has a title and
a description. A person may give the same (:class:`PersonContext`). When both
sides have a term, it adds to the skills score:

    score = (1 - sum of the weights of the terms both sides have) * skills score
            + sum over those terms of weight * similarity

with the similarities, each in [0, 1]:

* ``interests``: the correlation *r* of the two RIASEC profiles, as ``(1 + r) / 2``;
* ``job_zone``: ``1 - |z1 - z2| / 4`` (zones 1-5);
* ``education``: ``1 - |e1 - e2| / 11`` (O*NET's 1-12 scale);
* ``text``: the cosine of the TF-IDF vectors of title, description and aliases
  (O*NET's alternate titles, ESCO's alternative labels; for a person: the current
  title), words as :func:`careermap.base.text.match_key` reduces them;
* ``skill_groups``: the cosine of the TF-IDF vectors of the skill groups (skills of
  category ``skill-group``, as ESCO's skills hierarchy gives them) above each
  required skill, at any distance; role to role only.

The weights are the taxonomy's own when its importer recorded them
(:class:`careermap.taxonomy.models.ScoringSettings`, ``Taxonomy.scoring``; the ESCO
importer does), else :data:`CONTEXT_WEIGHTS`.

Every term compares roles that carry imported context (``Role.context``, set by
the O*NET and ESCO importers); a hand-written taxonomy such as the bundled one
has none, and its scores are the skills scores.

A role scoring 0 on skills stays at 0: context reorders roles a person's skills
reach, it never brings in one they do not. Without context on either side the
score is the skills score, unchanged. See ``docs/scoring.md``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING, Annotated, TypeAlias

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from careermap.base.cache import derived
from careermap.base.text import key_counts
from careermap.taxonomy.models import Education, Role, Taxonomy

__all__ = [
    "CONTEXT_WEIGHTS",
    "EDUCATION_LEVELS",
    "ContextIndex",
    "ContextQuery",
    "PersonContext",
    "Similarities",
    "at",
    "context_index",
    "weights_of",
]

# numpy.typing for annotations only: not imported at run time (scoring.engine says why).
if TYPE_CHECKING:
    import numpy.typing as npt

    Float: TypeAlias = npt.NDArray[np.float64]
    Int: TypeAlias = npt.NDArray[np.int64]

#: Weight of each context term in the score where both sides have it. Chosen by a grid
#: search on the fit part of the development half of O*NET's Related Occupations
#: (``benchmarks/quality.py --fit``: occupations whose code hashes to the fit part; the
#: report part and the withheld half were not used); see docs/performance.md.
#: Grid: interests 0-0.2, job zone 0-0.15, education 0-0.1 (steps of 0.05), text 0-0.7
#: (0, then 0.2-0.7 by 0.1), with IMPORTANCE_POWER 1, 2 or 3; objective recall@10 + MRR / 2.
#: The best (1.052 on the fit part) gave education no weight. Rerun after O*NET levels became
#: continuous, the shipped constants score 1.0473 there, 8th of the grid; the best (power 1,
#: interests 0.2, job zone 0, education 0.05, text 0.4) 1.0495. Within that noise they were
#: kept (the report part was not consulted).
CONTEXT_WEIGHTS: Mapping[str, float] = {
    "interests": 0.2,
    "job_zone": 0.05,
    "education": 0.0,
    "text": 0.5,
    "skill_groups": 0.0,  # O*NET has no skill hierarchy; ESCO records its own weight
}
TERMS = tuple(CONTEXT_WEIGHTS)

#: The category of the skills that group others (ESCO's skill groups), for ``skill_groups``.
GROUP_CATEGORY = "skill-group"


class Similarities(dict[str, tuple["Float", "npt.NDArray[np.bool_]"]]):
    """Per term, every role's similarity and where it is defined, with the weights that apply."""

    weights: Mapping[str, float] = CONTEXT_WEIGHTS


def at(
    similarities: Mapping[str, tuple[Float, npt.NDArray[np.bool_]]], positions: list[int]
) -> Similarities:
    """Return *similarities* at the roles in *positions* only, with the same weights."""
    found = Similarities(
        (name, (values[positions], defined[positions]))
        for name, (values, defined) in similarities.items()
    )
    found.weights = weights_of(similarities)
    return found


def weights_of(similarities: Mapping[str, object] | None) -> Mapping[str, float]:
    """Return the context weights that apply to *similarities* (the shared ones by default)."""
    return similarities.weights if isinstance(similarities, Similarities) else CONTEXT_WEIGHTS


#: A degree (:class:`careermap.Education`) on O*NET's 1-12 education scale ("Required Level
#: of Education": 1 less than high school, 2 high school, 3 post-secondary certificate,
#: 5 associate's, 6 bachelor's, 8 master's, 11 doctoral), so a person's background can give
#: the ``education`` term (see :meth:`PersonContext.with_education`).
EDUCATION_LEVELS: Mapping[Education, float] = {
    Education.NONE: 1.0,
    Education.SECONDARY: 2.0,
    Education.CERTIFICATE: 3.0,
    Education.ASSOCIATE: 5.0,
    Education.BACHELOR: 6.0,
    Education.MASTER: 8.0,
    Education.DOCTORATE: 11.0,
}

#: One RIASEC interest, on O*NET's Interest Profiler scale.
Interest = Annotated[float, Field(ge=1.0, le=7.0, allow_inf_nan=False)]


class PersonContext(BaseModel):
    """What a person may say besides their skills; every field is optional.

    Examples
    --------
    >>> PersonContext(interests=(2, 5, 3, 7, 4, 2), education=7, title="school counsellor").title
    'school counsellor'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    interests: tuple[Interest, Interest, Interest, Interest, Interest, Interest] | None = Field(
        default=None,
        description=(
            "RIASEC interests in the order realistic, investigative, artistic, social, "
            "enterprising, conventional, each 1-7 (O*NET's Interest Profiler scale)."
        ),
    )
    job_zone: int | None = Field(default=None, ge=1, le=5, description="O*NET job zone, 1-5.")
    education: float | None = Field(
        default=None,
        ge=1.0,
        le=12.0,
        allow_inf_nan=False,
        description="Education on O*NET's 1-12 scale (6 = BA).",
    )
    title: str | None = Field(default=None, max_length=300, description="Current job title.")

    @property
    def empty(self) -> bool:
        """Whether nothing is given.

        Examples
        --------
        >>> PersonContext().empty, PersonContext(job_zone=4).empty
        (True, False)
        """
        return (
            self.interests is None
            and self.job_zone is None
            and self.education is None
            and not (self.title and self.title.strip())
        )

    def with_education(self, education: Education | str | None) -> PersonContext:
        """Return this context with *education* (a degree) as its education, if it has none.

        Parameters
        ----------
        education : Education or str or None
            The person's highest degree (``"bachelor"``); :data:`EDUCATION_LEVELS` gives
            its place on O*NET's 1-12 scale. ``None`` leaves the context as it is.

        Returns
        -------
        PersonContext
            A copy with ``education`` set, or this context if it already has one.

        Examples
        --------
        >>> PersonContext(title="case manager").with_education("bachelor").education
        6.0
        >>> PersonContext(education=8).with_education("bachelor").education
        8.0
        """
        if education is None or self.education is not None:
            return self
        return self.model_copy(update={"education": EDUCATION_LEVELS[Education(education)]})


@dataclass(frozen=True)
class ContextQuery:
    """One side's context, ready to compare with every role."""

    interests: Float | None = None
    job_zone: float | None = None
    education: float | None = None
    text: tuple[Int, Float] | None = None  # term ids, unit-length TF-IDF weights
    skill_groups: tuple[Int, Float] | None = None  # the same, over skill groups

    @property
    def empty(self) -> bool:
        """Whether there is nothing to compare."""
        return (
            self.interests is None
            and self.job_zone is None
            and self.education is None
            and self.text is None
            and self.skill_groups is None
        )


def _bag(text: str) -> Counter[str]:
    """Count the words of *text* the ``text`` term compares: match keys of two letters or more."""
    return Counter({word: n for word, n in key_counts(text).items() if len(word) > 1})


def role_text(role: Role) -> str:
    """Return the text of a role that the ``text`` term compares: title, description, aliases."""
    return f"{role.title}. {role.description} " + " ".join(role.aliases)


def _centred(values: Float) -> Float | None:
    centred = values - values.mean()
    norm = float(np.linalg.norm(centred))
    return centred / norm if norm > 0 else None


def _group_bags(taxonomy: Taxonomy) -> list[Counter[str]]:
    """Each role's skill groups above its requirements (any distance), counted per requirement."""
    skills = taxonomy.skill_index
    above: dict[str, frozenset[str]] = {}

    def groups(skill: str) -> frozenset[str]:
        if skill not in above:
            above[skill] = frozenset()  # guards a cycle (validation forbids them)
            found: set[str] = set()
            for parent in skills[skill].broader:
                found |= groups(parent)
                if skills[parent].category == GROUP_CATEGORY:
                    found.add(parent)
            above[skill] = frozenset(found)
        return above[skill]

    # Each required skill's groups found once (filling `above`), then every role's
    # counted in C (ESCO: 129,000 requirements); only required skills and what is
    # above them are read.
    required = attrgetter("skill")
    per_role = [tuple(map(required, role.requirements)) for role in taxonomy.roles]
    for skill in set(chain.from_iterable(per_role)):
        groups(skill)
    return [Counter(chain.from_iterable(map(above.__getitem__, held))) for held in per_role]


class _Tfidf:
    """TF-IDF rows of bags of words (sublinear tf, smoothed idf, unit rows) and their postings."""

    def __init__(self, counts: list[Counter[str]]) -> None:
        n = len(counts)
        self.n_roles = n
        document_frequency: Counter[str] = Counter()
        for count in counts:
            document_frequency.update(count.keys())
        self.vocabulary = {word: i for i, word in enumerate(sorted(document_frequency))}
        self.idf = np.array(
            [math.log((1 + n) / (1 + document_frequency[w])) + 1.0 for w in self.vocabulary]
        )
        # 1 + log(count) for every count there is, by math.log as vector() takes it.
        most = max((max(count.values(), default=0) for count in counts), default=0)
        self._tf = np.array([0.0] + [1.0 + math.log(c) for c in range(1, most + 1)])
        self.rows: list[tuple[Int, Float]] = [self._row(count) for count in counts]
        # Postings (CSC): for each term, the roles using it and their weights.
        terms = np.concatenate([row[0] for row in self.rows]) if n else np.zeros(0, np.int64)
        weights = np.concatenate([row[1] for row in self.rows]) if n else np.zeros(0)
        owners = np.repeat(np.arange(n), [len(row[0]) for row in self.rows])
        order = np.argsort(terms, kind="stable")
        self.term_role = owners[order].astype(np.int64)
        self.term_weight = weights[order]
        self.term_ptr = np.zeros(len(self.vocabulary) + 1, dtype=np.int64)
        np.cumsum(np.bincount(terms, minlength=len(self.vocabulary)), out=self.term_ptr[1:])

    def _row(self, count: Counter[str]) -> tuple[Int, Float]:
        """Return :meth:`vector` of a bag whose every word is in the vocabulary (the same bits)."""
        vocabulary = self.vocabulary
        ids = np.fromiter(map(vocabulary.__getitem__, count), dtype=np.int64, count=len(count))
        times = np.fromiter(count.values(), dtype=np.int64, count=len(count))
        order = np.argsort(ids)
        ids = ids[order]
        values = self._tf[times[order]] * self.idf[ids]
        norm = float(np.linalg.norm(values))
        return ids, (values / norm if norm > 0 else values)

    def vector(self, count: Counter[str]) -> tuple[Int, Float]:
        known = sorted((self.vocabulary[w], c) for w, c in count.items() if w in self.vocabulary)
        ids = np.array([i for i, _ in known], dtype=np.int64)
        values = np.array([(1.0 + math.log(c)) for _, c in known]) * self.idf[ids]
        norm = float(np.linalg.norm(values))
        return ids, (values / norm if norm > 0 else values)

    def cosines(self, query: tuple[Int, Float]) -> Float:
        """Every role's cosine with the unit vector *query*."""
        ids, weights = query
        starts, ends = self.term_ptr[ids], self.term_ptr[ids + 1]
        lengths = ends - starts
        offsets = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        picks = np.repeat(starts, lengths) + offsets
        sims = np.bincount(
            self.term_role[picks],
            self.term_weight[picks] * np.repeat(weights, lengths),
            minlength=self.n_roles,
        )
        return np.clip(sims, 0.0, 1.0)


class ContextIndex:
    """The context of every role as arrays (NaN or an empty row where a role has none)."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        roles = taxonomy.roles
        n = len(roles)
        self.n_roles = n
        self.weights: Mapping[str, float] = CONTEXT_WEIGHTS
        if taxonomy.scoring is not None:
            given = taxonomy.scoring.context_weights
            self.weights = {term: float(given.get(term, 0.0)) for term in TERMS}  # type: ignore[call-overload]
        self.interests = np.zeros((n, 6))
        self.has_interests = np.zeros(n, dtype=bool)
        self.job_zone = np.full(n, np.nan)
        self.education = np.full(n, np.nan)
        self.has_context = np.array([role.context is not None for role in roles], dtype=bool)
        for i, role in enumerate(roles):
            context = role.context
            if context is None:
                continue
            if context.interests is not None:
                centred = _centred(np.array(context.interests, dtype=np.float64))
                if centred is not None:
                    self.interests[i] = centred
                    self.has_interests[i] = True
            if context.job_zone is not None:
                self.job_zone[i] = context.job_zone
            if context.education is not None:
                self.education[i] = context.education
        self.text = _Tfidf([_bag(role_text(role)) for role in roles])
        self.rows = self.text.rows
        # Skill groups: only built where they weigh (ESCO), only for roles with context.
        self.groups: _Tfidf | None = None
        if self.weights.get("skill_groups", 0.0) > 0:
            self.groups = _Tfidf(_group_bags(taxonomy))
            has = np.array([len(row[0]) > 0 for row in self.groups.rows], dtype=bool)
            self.has_groups = self.has_context & has

    def role_query(self, position: int) -> ContextQuery:
        """Return the context of the role at *position*, to compare with every role."""
        ids, weights = self.rows[position]
        groups = None
        if self.groups is not None and self.has_groups[position]:
            groups = self.groups.rows[position]
        return ContextQuery(
            interests=self.interests[position] if self.has_interests[position] else None,
            job_zone=None if np.isnan(self.job_zone[position]) else float(self.job_zone[position]),
            education=(
                None if np.isnan(self.education[position]) else float(self.education[position])
            ),
            text=(ids, weights) if len(ids) and self.has_context[position] else None,
            skill_groups=groups,
        )

    def person_query(self, context: PersonContext | None) -> ContextQuery:
        """Return a person's context, to compare with every role."""
        if context is None:
            return ContextQuery()
        text = None
        if context.title:
            ids, weights = self.text.vector(_bag(context.title))
            text = (ids, weights) if len(ids) else None
        interests = None
        if context.interests is not None:
            interests = _centred(np.array(context.interests, dtype=np.float64))
        return ContextQuery(
            interests=interests,
            job_zone=None if context.job_zone is None else float(context.job_zone),
            education=context.education,
            text=text,
        )

    def similarities(self, query: ContextQuery) -> Similarities:
        """Return, per term, every role's similarity to *query* and where it is defined."""
        found = Similarities()
        found.weights = self.weights
        if query.interests is not None:
            found["interests"] = (
                (1.0 + self.interests @ query.interests) / 2.0,
                self.has_interests,
            )
        if query.job_zone is not None:
            found["job_zone"] = _closeness(self.job_zone, query.job_zone, 4.0)
        if query.education is not None:
            found["education"] = _closeness(self.education, query.education, 11.0)
        if query.text is not None:
            found["text"] = (self.text.cosines(query.text), self.has_context)
        if query.skill_groups is not None and self.groups is not None:
            found["skill_groups"] = (self.groups.cosines(query.skill_groups), self.has_groups)
        return found


def _closeness(levels: Float, wanted: float, span: float) -> tuple[Float, npt.NDArray[np.bool_]]:
    """Every role's ``1 - |level - wanted| / span``, 0 where it has no level; and where it has.

    (``np.nan_to_num`` gives the same values at several times the cost: it also
    looks for infinities, which a level never is.)
    """
    missing = np.isnan(levels)
    values = 1.0 - np.abs(levels - wanted) / span
    values[missing] = 0.0
    return values, ~missing


def context_index(taxonomy: Taxonomy) -> ContextIndex:
    """Return the (cached) context index of *taxonomy*."""
    return derived(taxonomy, "context", lambda: _build(taxonomy))


def _build(taxonomy: Taxonomy) -> ContextIndex:
    # The disk cache's copy when the taxonomy has one (careermap.scoring.stored).
    from careermap.scoring import stored  # noqa: PLC0415 - it imports this module

    found = stored.load_context(taxonomy)
    if found is None:
        found = ContextIndex(taxonomy)
        stored.save_context(taxonomy, found)
    return found


def blend(
    skills: Float,
    sims: Mapping[str, tuple[Float, npt.NDArray[np.bool_]]],
    weights: Mapping[str, float] | None = None,
) -> tuple[Float, Float]:
    """Return the blended score of every role and the total context weight each got.

    *weights* default to those of *sims* (the taxonomy's, see :func:`weights_of`).
    """
    if weights is None:
        weights = weights_of(sims)
    total = np.zeros(len(skills))
    added = np.zeros(len(skills))
    for term in TERMS:
        if term in sims and weights.get(term, 0.0) > 0:
            values, defined = sims[term]
            weight = weights[term] * defined
            total += weight
            added += weight * values
    score = np.where(skills > 0, (1.0 - total) * skills + added, 0.0)
    return score, total
