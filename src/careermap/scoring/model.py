"""The scoring model, as a plain reference implementation.

See ``docs/scoring.md`` for the definitions with a worked example. In short, for
a role with requirements *j* (weight *w*, required level *r*, essential or not)
and a profile of skills *a* at levels *l*:

* the credit of a requirement is the best, over the profile's skills, of
  ``transfer(a -> j) * min(1, l_a / r_j)``, where ``transfer`` is 1 for the
  skill itself, the relation's weight for a transfer relation, and
  :data:`BROADER_CREDIT` / :data:`NARROWER_CREDIT` one step up / down the
  broader hierarchy;
* **coverage** is the credit-weighted share of the role's requirements, each
  weighted ``w * ESSENTIAL_FACTOR`` if essential, else ``w``;
* **utilisation** is the mean, over the profile's skills weighted by their
  strengths, of the best transfer from that skill to any of the role's
  requirements, each scaled by how much the role uses it (its weight relative
  to the role's heaviest requirement) against how much the profile relies on
  the skill (its strength);
* the **score** is ``coverage ** COVERAGE_EXPONENT * utilisation ** (1 - COVERAGE_EXPONENT)``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal, NamedTuple

from careermap.base.cache import derived
from careermap.taxonomy.models import Importance, Requirement, Role, Taxonomy

__all__ = [
    "BROADER_CREDIT",
    "COVERAGE_EXPONENT",
    "ESSENTIAL_FACTOR",
    "IMPORTANCE_FACTOR",
    "MAX_LEVEL",
    "NARROWER_CREDIT",
    "Credit",
    "Evaluation",
    "Transfer",
    "TransferIndex",
    "effective_weight",
    "evaluate",
    "profile_reach",
    "transfer_index",
    "with_general",
    "whole_level",
]

#: An essential requirement counts this many times its weight.
ESSENTIAL_FACTOR = 2.0
#: Credit a skill earns toward each of its direct broader skills.
BROADER_CREDIT = 0.8
#: Credit a skill earns toward each of its direct narrower skills.
NARROWER_CREDIT = 0.5
#: Weight of coverage against utilisation in the score (a geometric mean at 0.5).
COVERAGE_EXPONENT = 0.5
#: The highest proficiency level: a person's skill at level *l* has strength ``l / MAX_LEVEL``.
#: (Chosen on the fit part of O*NET's development half, simulated persons: level-based
#: strengths beat equal strengths at k = 5, 10 and 20; see benchmarks/quality.py.)
MAX_LEVEL = 5
#: Each importance's factor on a requirement's weight.
IMPORTANCE_FACTOR: Mapping[Importance, float] = {
    Importance.ESSENTIAL: ESSENTIAL_FACTOR,
    Importance.OPTIONAL: 1.0,
    Importance.MINOR: 1.0,
}


def effective_weight(requirement: Requirement) -> float:
    """Return a requirement's weight times its importance's factor."""
    return requirement.weight * IMPORTANCE_FACTOR[requirement.importance]


def whole_level(level: float) -> int:
    """Return the whole level nearest a role's typical *level*, a half rounded up.

    A role's level may fall between whole levels (an O*NET rating); a profile made of
    a role's requirements (``similar_roles``, a path from a role) records this one,
    while the score keeps the role's own level.

    Examples
    --------
    >>> whole_level(3.49), whole_level(3.5), whole_level(4)
    (3, 4, 4)
    """
    return max(1, min(MAX_LEVEL, math.floor(level + 0.5)))


def role_uses(role: Role) -> dict[str, float]:
    """Return how much *role* uses each skill it requires: its weight over the heaviest's."""
    # effective_weight's product, inlined: a call per requirement was a third of the time
    # of similar_roles' start on O*NET (about 60 requirements a role).
    factor = IMPORTANCE_FACTOR
    weights = {req.skill: req.weight * factor[req.importance] for req in role.requirements}
    heaviest = max(weights.values())
    return {skill: weight / heaviest for skill, weight in weights.items()}


Via = Literal["transfers_to", "broader", "narrower"]
_VIA_ORDER: dict[str, int] = {"direct": 0, "transfers_to": 1, "broader": 2, "narrower": 3}


@dataclass(frozen=True)
class Transfer:
    """One step of credit from ``source`` to ``target``."""

    source: str
    target: str
    weight: float
    via: Via
    reason: str = ""

    def sort_key(self) -> tuple[float, int, str]:
        """Best first: higher weight, then the via order, then the source id."""
        return (-self.weight, _VIA_ORDER[self.via], self.source)


class TransferIndex:
    """The best one-step transfer between every pair of skills that has one."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        #: The general professional competencies, kept out of utilisation.
        self.general = frozenset(skill.id for skill in taxonomy.skills if skill.general)
        best: dict[tuple[str, str], Transfer] = {}

        def offer(transfer: Transfer) -> None:
            key = (transfer.source, transfer.target)
            current = best.get(key)
            if current is None or transfer.sort_key() < current.sort_key():
                best[key] = transfer

        for relation in taxonomy.relations:
            offer(
                Transfer(
                    relation.source,
                    relation.target,
                    relation.weight,
                    "transfers_to",
                    relation.reason,
                )
            )
            if relation.bidirectional:
                offer(
                    Transfer(
                        relation.target,
                        relation.source,
                        relation.weight,
                        "transfers_to",
                        relation.reason,
                    )
                )
        labels = taxonomy.skill_index
        for skill in taxonomy.skills:
            for parent in skill.broader:
                kind = f"{skill.label} is a kind of {in_sentence(labels[parent].label)}"
                offer(
                    Transfer(
                        skill.id,
                        parent,
                        BROADER_CREDIT,
                        "broader",
                        kind,
                    )
                )
                offer(
                    Transfer(
                        parent,
                        skill.id,
                        NARROWER_CREDIT,
                        "narrower",
                        kind,
                    )
                )
        incoming: dict[str, list[Transfer]] = {}
        self.outgoing: dict[str, dict[str, Transfer]] = {}
        for (source, target), transfer in sorted(best.items()):
            incoming.setdefault(target, []).append(transfer)  # lists: no quadratic re-copying
            self.outgoing.setdefault(source, {})[target] = transfer
        self.incoming: dict[str, tuple[Transfer, ...]] = {
            target: tuple(found) for target, found in incoming.items()
        }


def transfer_index(taxonomy: Taxonomy) -> TransferIndex:
    """Return the (cached) transfer index of *taxonomy*."""
    return derived(taxonomy, "transfers", lambda: TransferIndex(taxonomy))


class Credit(NamedTuple):
    """The credit one requirement earned, and from which of the person's skills."""

    skill: str
    credit: float
    weight: float  # effective weight: w, times ESSENTIAL_FACTOR when essential
    essential: bool
    required_level: float
    source: str | None
    source_level: float | None
    transfer: Transfer | None  # None for a direct match or no credit


@dataclass(frozen=True)
class Evaluation:
    """Coverage, utilisation and score of one role for one profile."""

    role: Role
    credits: tuple[Credit, ...]
    total_weight: float
    coverage: float
    utilisation: float
    score: float
    uses: Mapping[str, float]  # profile skill -> best (graded) transfer into the role


def _level_factor(level: float, required: float) -> float:
    return min(1.0, level / required)


def profile_reach(
    skills: Mapping[str, float], index: TransferIndex
) -> dict[str, tuple[Transfer, ...]]:
    """Return, for every skill a profile's skills transfer into, the transfers that reach it.

    Computed once per profile, it spares :func:`evaluate` from scanning every
    skill's incoming transfers (a broad skill group may have hundreds).
    """
    reach: dict[str, list[Transfer]] = {}
    for source in sorted(skills):
        for target, transfer in index.outgoing.get(source, {}).items():
            reach.setdefault(target, []).append(transfer)
    return {target: tuple(found) for target, found in reach.items()}


def with_general(held: float, relied: float, general: Iterable[tuple[float, float]]) -> float:
    """Return utilisation ``held / relied`` with each general skill counted where it raises it.

    *held* and *relied* are the sums of ``strength * use`` and of ``strength`` over
    the profile's other skills; *general* gives each general competency's ``(use,
    strength)`` for the role. Taken by use, highest first, each is counted while its
    use is above the utilisation so far: the highest utilisation any choice of them
    gives. So a general skill never lowers a role's utilisation, and a role that
    relies on one more than on the rest of the profile is the better for it
    (``docs/scoring.md``, "General competencies are strengths, never held against a
    role").
    """
    for use, strength in sorted(general, key=lambda pair: -pair[0]):
        if use * relied > held:
            held += strength * use
            relied += strength
    return held / relied if relied else 0.0


def _reliance(
    source: str, strengths: Mapping[str, float] | None, used: Mapping[str, float], target: str = ""
) -> float:
    """How fully a profile skill counts toward a requirement: its strength over the role's use."""
    if strengths is None:
        return 1.0
    return min(1.0, strengths[source] / used[target or source])


def evaluate(
    role: Role,
    skills: Mapping[str, float],
    index: TransferIndex,
    reach: Mapping[str, tuple[Transfer, ...]] | None = None,
    strengths: Mapping[str, float] | None = None,
) -> Evaluation:
    """Score *role* for a profile of ``{skill id: level}`` (see the module docstring).

    *reach* is :func:`profile_reach` of the same profile, when already computed.
    *strengths* gives how much the profile relies on each skill, in (0, 1], and
    then also grades each requirement's credit (a role's own requirements as a
    profile use :func:`role_uses`). Without it the profile is a person's: each
    skill's strength is its level over :data:`MAX_LEVEL`, and it weighs
    utilisation only.
    """
    if reach is None:
        reach = profile_reach(skills, index)
    credits: list[Credit] = []
    covered = total = 0.0
    used = role_uses(role)
    for req in role.requirements:
        weight = effective_weight(req)
        total += weight
        if req.skill not in skills and req.skill not in reach:  # a gap: the common case
            credits.append(
                Credit(req.skill, 0.0, weight, req.essential, req.level, None, None, None)
            )
            continue
        best: tuple[float, tuple[float, int, str], Credit] | None = None
        if req.skill in skills:
            level = skills[req.skill]
            value = _level_factor(level, req.level) * _reliance(req.skill, strengths, used)
            credit = Credit(
                req.skill, value, weight, req.essential, req.level, req.skill, level, None
            )
            best = (value, (-1.0, 0, req.skill), credit)
        for transfer in reach.get(req.skill, ()):
            level = skills[transfer.source]
            value = (
                transfer.weight
                * _level_factor(level, req.level)
                * _reliance(transfer.source, strengths, used, req.skill)
            )
            key = transfer.sort_key()
            if best is None or (-value, key) < (-best[0], best[1]):
                credit = Credit(
                    req.skill,
                    value,
                    weight,
                    req.essential,
                    req.level,
                    transfer.source,
                    level,
                    transfer,
                )
                best = (value, key, credit)
        if best is None:
            best = (
                0.0,
                (0.0, 9, ""),
                Credit(req.skill, 0.0, weight, req.essential, req.level, None, None, None),
            )
        credits.append(best[2])
        covered += weight * best[0]
    uses: dict[str, float] = {}
    held = 0.0
    relied = 0.0
    general = index.general
    # General competencies (self-care, reflective practice, a second language, ...)
    # count where a role uses them but are never held against one that does not:
    # each counts in utilisation only where it raises it (with_general), unless the
    # profile holds nothing else.
    weigh_general = all(skill in general for skill in skills)
    kept: list[tuple[float, float]] = []
    for skill in sorted(skills):
        strength = skills[skill] / MAX_LEVEL if strengths is None else strengths[skill]
        use = min(1.0, used[skill] / strength) if skill in used else 0.0
        for target, transfer in index.outgoing.get(skill, {}).items():
            if target in used:
                use = max(use, transfer.weight * min(1.0, used[target] / strength))
        uses[skill] = use
        if skill in general and not weigh_general:
            kept.append((use, strength))
            continue
        held += strength * use
        relied += strength
    coverage = covered / total if total else 0.0
    utilisation = with_general(held, relied, kept)
    score = coverage**COVERAGE_EXPONENT * utilisation ** (1.0 - COVERAGE_EXPONENT)
    return Evaluation(role, tuple(credits), total, coverage, utilisation, score, uses)


def in_sentence(label: str) -> str:
    """Return *label* as it reads inside a sentence: a leading capital lowered, acronyms kept.

    Examples
    --------
    >>> in_sentence("Evidence-based interventions"), in_sentence("CBT supervision")
    ('evidence-based interventions', 'CBT supervision')
    """
    if len(label) > 1 and label[0].isupper() and not label[1].isupper():
        return label[0].lower() + label[1:]
    return label
