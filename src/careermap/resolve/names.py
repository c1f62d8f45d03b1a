"""The names of a taxonomy's skills, normalised, for exact and fuzzy look-up.

The resolver (:mod:`careermap.resolve.resolver`) reads them; a :class:`NameIndex`
is built once per taxonomy and cached. Every name's match key is stored with its
words sorted, so ``fuzz.ratio`` against it gives ``token_sort_ratio``'s scores
without re-sorting every name's words on every search.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

import numpy as np

from careermap.base.arraycache import Group, read_group, write_group
from careermap.base.cache import derived
from careermap.base.record import Frozen
from careermap.base.text import match_key, normalize
from careermap.taxonomy.lazy import LazyIndex
from careermap.taxonomy.models import Skill, Taxonomy
from careermap.taxonomy.store import (
    pack_strings,
    read_derived,
    skill_labels,
    stored_entry,
    unpack_strings,
    write_derived,
)

__all__ = [
    "MAX_SKILL_TEXT",
    "SUGGESTION_CUTOFF",
    "IdLookup",
    "NameIndex",
    "SkillCandidate",
    "id_lookup",
    "name_index",
]

#: Candidates scoring below this are not even offered as suggestions.
SUGGESTION_CUTOFF = 60.0
#: Longest text resolved, in characters (labels and aliases are at most 300 long);
#: a longer text matches nothing, without being normalised, searched or cached.
MAX_SKILL_TEXT = 300
#: One text's fuzzy ratios against every name of a taxonomy.
# numpy.typing for annotations only: not imported at run time (scoring.engine says why).
if TYPE_CHECKING:
    import numpy.typing as npt

    Ratios: TypeAlias = npt.NDArray[np.float64]


class SkillCandidate(Frozen):
    """A skill that a text may refer to, with its text similarity (0-100).

    When the semantic layer proposed it, ``cosine`` is the cosine of the two
    embeddings (-1 to 1) and ``similarity`` is 100 times it; else ``None``.
    """

    skill_id: str
    label: str
    matched_name: str
    similarity: float
    cosine: float | None = None


class NameIndex:
    """Every label and alias of a taxonomy, normalised, for exact and fuzzy lookup."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        # A taxonomy read from the disk cache keeps its skills lazy: look them up there.
        lazy = isinstance(taxonomy.skill_index, LazyIndex)
        self.skills: Mapping[str, Skill] = (
            taxonomy.skill_index if lazy else dict(taxonomy.skill_index)
        )
        # Labels without building skill models (a lazy taxonomy's stay unbuilt).
        self.labels: Mapping[str, str] = skill_labels(taxonomy)
        self._entry = stored_entry(taxonomy)
        self._lock = threading.Lock()
        self._choices: tuple[list[str], list[str], list[str], list[str]] | None = None
        found = None if self._entry is None else read_group(self._entry / _EXACT)
        if found is not None:
            self.exact_all: Mapping[str, list[tuple[int, str, str]]] = _StoredNames(found)
            self.exact: Mapping[str, tuple[int, str, str]] = _Best(self.exact_all)
            return
        exact: dict[str, list[tuple[int, str, str]]] = {}
        for skill in taxonomy.skills:
            for position, name in enumerate(skill.names):
                rank = 0 if position == 0 else 1
                exact.setdefault(normalize(name), []).append((rank, skill.id, name))
        # One winner per normalised name: the label before an alias, then the smaller id.
        self.exact = {norm: min(hits) for norm, hits in exact.items()}
        self.exact_all = {norm: sorted(hits) for norm, hits in exact.items()}
        if self._entry is not None:
            _save_exact(self._entry, self.exact_all)

    def _fuzzy_choices(self) -> tuple[list[str], list[str], list[str], list[str]]:
        """Every (skill, match key) with its name, built on the first fuzzy search.

        Ids, exact names and aliases never need them, so a profile of those never
        stems the taxonomy's names. A taxonomy in the disk cache keeps them there.
        """
        if self._choices is None:
            with self._lock:
                if self._choices is None:
                    found = None if self._entry is None else read_group(self._entry / _FUZZY)
                    if found is not None:
                        self._choices = _unpack_choices(found.arrays)
                        return self._choices
                    keys: dict[tuple[str, str], str] = {}
                    for skill in self.skills.values():
                        for name in skill.names:
                            keys.setdefault((skill.id, match_key(name)), name)
                    ordered = sorted(keys.items())
                    choice_key = [key for (_, key), _ in ordered]
                    self._choices = (
                        [skill_id for (skill_id, _), _ in ordered],
                        [name for _, name in ordered],
                        choice_key,
                        # Words sorted once: fuzz.ratio then gives token_sort_ratio's scores.
                        [_sorted_words(key) for key in choice_key],
                    )
                    if self._entry is not None:
                        arrays = {
                            field: pack_strings(values)
                            for field, values in zip(_CHOICES, self._choices, strict=True)
                        }
                        write_group(self._entry / _FUZZY, arrays, {})
        return self._choices

    @property
    def choice_skill(self) -> list[str]:
        """The skill of each fuzzy choice."""
        return self._fuzzy_choices()[0]

    @property
    def choice_name(self) -> list[str]:
        """The name (label or alias) of each fuzzy choice."""
        return self._fuzzy_choices()[1]

    @property
    def choice_key(self) -> list[str]:
        """The match key of each fuzzy choice."""
        return self._fuzzy_choices()[2]

    @property
    def choice_sorted(self) -> list[str]:
        """The match key of each fuzzy choice, its words sorted."""
        return self._fuzzy_choices()[3]

    def fuzzy(
        self, text: str, *, limit: int, cutoff: float, scores: Ratios | None = None
    ) -> list[SkillCandidate]:
        """Return the best skills for *text* by ``token_sort_ratio`` of match keys.

        *scores* are that text's ratios against every choice when already computed
        (by :meth:`fuzzy_scores`, for many texts at once).
        """
        key = _sorted_words(match_key(text))
        if not key:
            return []
        # Several names may belong to one skill: over-fetch, then keep each skill's best.
        fetch = max(limit * 8, 20)
        if scores is None:
            from rapidfuzz import fuzz, process  # noqa: PLC0415 - a ranking of ids never needs it

            hits = process.extract(
                key, self.choice_sorted, scorer=fuzz.ratio, limit=fetch, score_cutoff=cutoff
            )
            found = [(score, index) for _, score, index in hits]
        else:
            kept = np.flatnonzero(scores >= cutoff)
            # Stable: ties stay in choice order, as process.extract keeps them.
            kept = kept[np.argsort(-scores[kept], kind="stable")][:fetch]
            found = list(zip(scores[kept].tolist(), kept.tolist(), strict=True))
        best: dict[str, tuple[float, str]] = {}
        for score, index in found:
            skill_id = self.choice_skill[index]
            name = self.choice_name[index]
            current = best.get(skill_id)
            if current is None or (-score, name) < (-current[0], current[1]):
                best[skill_id] = (float(score), name)
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
        return [
            SkillCandidate(
                skill_id=skill_id,
                label=self.labels[skill_id],
                matched_name=name,
                similarity=round(score, 2),
            )
            for skill_id, (score, name) in ranked
        ]

    def fuzzy_scores(self, texts: Sequence[str], cutoff: float) -> list[Ratios | None]:
        """Return each text's ratios against every choice: one ``process.cdist`` for all.

        Ratios below *cutoff* are 0; a text without a match key gets ``None``.
        """
        keys = [_sorted_words(match_key(text)) for text in texts]
        wanted = [i for i, key in enumerate(keys) if key]
        out: list[Ratios | None] = [None] * len(texts)
        if wanted:
            from rapidfuzz import fuzz, process  # noqa: PLC0415 - a ranking of ids never needs it

            matrix = process.cdist(
                [keys[i] for i in wanted],
                self.choice_sorted,
                scorer=fuzz.ratio,
                score_cutoff=cutoff,
                dtype=np.float64,
            )
            for row, i in enumerate(wanted):
                out[i] = matrix[row]
        return out

    def containing(self, text: str) -> list[SkillCandidate]:
        """Skills with a name holding every word of *text* (as a word start), shortest first."""
        if len(text) > MAX_SKILL_TEXT:
            return []
        words = match_key(text).split()
        if not words:
            return []
        best: dict[str, str] = {}
        for skill_id, name, key in zip(
            self.choice_skill, self.choice_name, self.choice_key, strict=True
        ):
            tokens = key.split()
            if all(any(t.startswith(w) for t in tokens) for w in words):
                current = best.get(skill_id)
                if current is None or (len(name), name) < (len(current), current):
                    best[skill_id] = name
        ranked = sorted(best.items(), key=lambda item: (len(item[1]), item[1], item[0]))
        from rapidfuzz import fuzz  # noqa: PLC0415 - a ranking of ids never needs it

        return [
            SkillCandidate(
                skill_id=skill_id,
                label=self.labels[skill_id],
                matched_name=name,
                similarity=round(fuzz.token_sort_ratio(match_key(text), match_key(name)), 2),
            )
            for skill_id, name in ranked
        ]


#: The groups a name index keeps in a taxonomy's disk-cache entry.
_EXACT = "names-1"
_FUZZY = "names-fuzzy-1"
_CHOICES = ("skill", "name", "key", "sorted")


def _unpack_choices(
    arrays: Mapping[str, npt.NDArray[np.uint8]],
) -> tuple[list[str], list[str], list[str], list[str]]:
    skill, name, key, ordered = (unpack_strings(arrays[field]) for field in _CHOICES)
    if not len(skill) == len(name) == len(key) == len(ordered):
        msg = "the cached fuzzy choices differ in length"
        raise ValueError(msg)
    return skill, name, key, ordered


def _save_exact(entry: Path, exact_all: Mapping[str, list[tuple[int, str, str]]]) -> None:
    """Keep every normalised name's hits in the entry: ``names-1``, as CSR columns."""
    hits = [hit for found in exact_all.values() for hit in found]
    ptr = np.zeros(len(exact_all) + 1, dtype=np.int64)
    np.cumsum([len(found) for found in exact_all.values()], out=ptr[1:])
    arrays: dict[str, npt.NDArray[Any]] = {
        "norm": pack_strings(exact_all),
        "ptr": ptr,
        "rank": np.array([rank for rank, _, _ in hits], dtype=np.int64),
        "skill": pack_strings(skill for _, skill, _ in hits),
        "name": pack_strings(name for _, _, name in hits),
    }
    write_group(entry / _EXACT, arrays, {})


class _StoredNames(Mapping[str, list[tuple[int, str, str]]]):
    """Each normalised name's hits, from the disk cache: a hit list is made when asked."""

    def __init__(self, group: Group) -> None:
        norms = unpack_strings(group.arrays["norm"])
        self._position = dict(zip(norms, range(len(norms)), strict=True))
        self._ptr = group.arrays["ptr"]
        self._rank = group.arrays["rank"]
        if len(self._ptr) != len(norms) + 1 or self._ptr[-1] != len(self._rank):
            msg = "the cached names do not line up"
            raise ValueError(msg)
        self._packed = (group.arrays["skill"], group.arrays["name"])
        self._hits: tuple[list[str], list[str]] | None = None  # read on the first hit

    def __getitem__(self, norm: str) -> list[tuple[int, str, str]]:
        i = self._position[norm]
        if self._hits is None:
            skills, names = (unpack_strings(packed) for packed in self._packed)
            if not len(skills) == len(names) == len(self._rank):
                msg = "the cached names do not line up"
                raise ValueError(msg)
            self._hits = (skills, names)
        skills, names = self._hits
        return [
            (int(self._rank[k]), skills[k], names[k])
            for k in range(int(self._ptr[i]), int(self._ptr[i + 1]))
        ]

    def __contains__(self, norm: object) -> bool:
        return norm in self._position

    def __iter__(self) -> Iterator[str]:
        return iter(self._position)

    def __len__(self) -> int:
        return len(self._position)


class _Best(Mapping[str, tuple[int, str, str]]):
    """The first (best) hit of each normalised name."""

    def __init__(self, every: Mapping[str, list[tuple[int, str, str]]]) -> None:
        self._every = every

    def __getitem__(self, norm: str) -> tuple[int, str, str]:
        return self._every[norm][0]

    def __contains__(self, norm: object) -> bool:
        return norm in self._every

    def __iter__(self) -> Iterator[str]:
        return iter(self._every)

    def __len__(self) -> int:
        return len(self._every)


def _sorted_words(key: str) -> str:
    return " ".join(sorted(key.split()))


def name_index(taxonomy: Taxonomy) -> NameIndex:
    """Return the (cached) name index of *taxonomy*."""
    return derived(taxonomy, "names", lambda: NameIndex(taxonomy))


class IdLookup:
    """What resolving a skill id needs, without the name index.

    An id resolves to its skill unless it is also a label or alias once
    normalised (then it resolves as that name). *named* holds those ids: usually
    none. A taxonomy in the disk cache keeps them in a small group of its entry,
    so a profile of ids read there never opens its 26k names (ESCO).
    """

    __slots__ = ("labels", "named", "skills")

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.skills: Mapping[str, Skill] = taxonomy.skill_index
        self.labels: Mapping[str, str] = skill_labels(taxonomy)
        found = read_derived(taxonomy, _ID_NAMES)
        if found is not None:
            self.named = frozenset(unpack_strings(found.arrays["ids"]))
            return
        index = name_index(taxonomy)
        self.named = frozenset(s for s in index.skills if normalize(s) in index.exact)
        write_derived(taxonomy, _ID_NAMES, {"ids": pack_strings(sorted(self.named))})

    def is_id(self, stripped: str) -> bool:
        """Say whether *stripped* (a text without surrounding whitespace) resolves as an id."""
        return stripped in self.skills and stripped not in self.named


#: The group of ids that are also names, in a taxonomy's disk-cache entry.
_ID_NAMES = "id-names-1"


def id_lookup(taxonomy: Taxonomy) -> IdLookup:
    """Return the (cached) :class:`IdLookup` of *taxonomy*.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> ids = id_lookup(load_taxonomy())
    >>> ids.is_id("adult-learning"), ids.is_id("Adult learning")
    (True, False)

    The bundled ids fold to their labels ("active-listening" is the name
    "active listening" once normalised): most resolve as names.

    >>> ids.is_id("active-listening"), "active-listening" in ids.named
    (False, True)
    """
    return derived(taxonomy, "id-lookup", lambda: IdLookup(taxonomy))
