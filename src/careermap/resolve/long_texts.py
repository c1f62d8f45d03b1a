"""Long texts read by a second encoder, only when the first is unsure (opt-in).

With ``CAREERMAP_LONG_TEXTS=minilm`` and ``careermap[minilm]`` installed, a text of more
than :data:`LONG_WORDS` words that WordLlama reads unsurely is also read by MiniLM, and
each skill's similarity becomes mostly MiniLM's (:data:`LONG_SHARE`, moved by
:data:`LONG_SHIFT` onto WordLlama's scale), so that one accept threshold reads both
(docs/semantic.md, "Thirty-fourth round" and "Thirty-fifth round"). WordLlama is sure of a
text when its nearest skill is at least :data:`SURE_MARGIN` above the accept threshold and
:data:`SURE_GAP` ahead of the next: its reading then stands, and MiniLM's forward pass,
ten or more times WordLlama's, is not run. When the mix puts WordLlama's own first skill
first, WordLlama's reading stands too (its nearest name, and its similarity unless the
mix's is higher), so a text WordLlama matches is never demoted to a suggestion of the
same skill, and another skill comes first only where MiniLM reads it so.

This module owns when a long text is handed over and how the two readings are mixed;
:mod:`careermap.resolve.semantic` owns the indexes and calls :func:`read_long`. It imports
nothing of careermap but the base layer.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from careermap.resolve.semantic import SemanticHit, SemanticIndex
    from careermap.resolve.skill_match import SkillMatch
    from careermap.taxonomy.models import Taxonomy

__all__ = [
    "KEEP_AGREED",
    "LONG_SHARE",
    "LONG_SHIFT",
    "LONG_TEXTS_ENV",
    "LONG_WORDS",
    "SURE_GAP",
    "SURE_MARGIN",
    "lifted",
    "long_text_encoder",
    "mixed_hits",
    "read_long",
    "unsure",
]

#: Texts of more than this many words may be read by the long-text encoder, when one is
#: chosen (:data:`LONG_TEXTS_ENV`): chosen on the held-out set's tuning part, where it
#: gave the highest top-1 (55.8%) without lowering the calibration half's (docs/semantic.md).
LONG_WORDS = 4
#: Added to the long-text encoder's similarities: WordLlama's accept threshold (0.64) less
#: MiniLM's (0.65), each picked by the same rules on the calibration half.
LONG_SHIFT = -0.01
#: A long text's similarity to a skill: this share of the long-text encoder's (moved by
#: LONG_SHIFT) plus the rest of WordLlama's (chosen on the two tuning parts).
LONG_SHARE = 0.7
#: WordLlama is sure of a long text whose nearest skill is at least this far above the
#: accept threshold (and :data:`SURE_GAP` ahead of the next): chosen on the tuning parts,
#: where margins of 0.01-0.15 read more texts for no more right (docs/semantic.md).
SURE_MARGIN = 0.0
#: ... and at least this far ahead of the second nearest skill (0.02 gave holdout-tune one
#: more phrase right than 0; 0.05 no more).
SURE_GAP = 0.02
#: What stands when the mix ranks WordLlama's first skill first: ``"first"``, WordLlama's
#: first skill (its similarity and nearest name) before the mix's others; ``"higher"``,
#: the same with the higher of the two similarities; ``"wordllama"``, WordLlama's reading
#: whole; ``"mix"``, the mix.
KEEP_AGREED = "higher"
#: The environment variable that chooses an encoder for long texts: ``minilm``, or
#: ``off`` (the default: WordLlama reads every text).
LONG_TEXTS_ENV = "CAREERMAP_LONG_TEXTS"
#: Encoders that may read long texts.
_LONG_ENCODERS = ("minilm",)
#: Nearest skills kept per text (as many as an index remembers).
_KEEP = 16


def long_text_encoder() -> str | None:
    """Return the encoder chosen for long texts by :data:`LONG_TEXTS_ENV`, or ``None``.

    Raises
    ------
    ValueError
        When the variable names no known long-text encoder.

    Examples
    --------
    >>> import os
    >>> saved = os.environ.pop(LONG_TEXTS_ENV, None)
    >>> long_text_encoder() is None
    True
    >>> os.environ[LONG_TEXTS_ENV] = "minilm"
    >>> long_text_encoder()
    'minilm'
    >>> _ = os.environ.pop(LONG_TEXTS_ENV) if saved is None else os.environ.update(
    ...     CAREERMAP_LONG_TEXTS=saved)
    """
    chosen = os.environ.get(LONG_TEXTS_ENV, "").strip().lower()
    if chosen in {"", "off", "0", "none", "wordllama"}:
        return None
    if chosen not in _LONG_ENCODERS:
        msg = (
            f"{LONG_TEXTS_ENV}={chosen!r} names no long-text encoder; set it to "
            f"{' or '.join(_LONG_ENCODERS)}, or to off"
        )
        raise ValueError(msg)
    return chosen


def unsure(hits: Sequence[SemanticHit], *, accept: float) -> bool:
    """Whether the reading *hits* (nearest skills, best first) leaves its text open.

    It does unless its first skill is at least :data:`SURE_MARGIN` above *accept* and
    :data:`SURE_GAP` ahead of the second.

    Examples
    --------
    >>> from careermap.resolve.semantic import SemanticHit
    >>> clear = [SemanticHit("a", "A", 0.80), SemanticHit("b", "B", 0.70)]
    >>> close = [SemanticHit("a", "A", 0.80), SemanticHit("b", "B", 0.79)]
    >>> low = [SemanticHit("a", "A", 0.60), SemanticHit("b", "B", 0.40)]
    >>> unsure(clear, accept=0.64), unsure(close, accept=0.64), unsure(low, accept=0.64)
    (False, True, True)
    """
    if not hits:
        return True
    best = hits[0].similarity
    second = hits[1].similarity if len(hits) > 1 else -1.0
    return best < accept + SURE_MARGIN or best - second < SURE_GAP


def _mix(their_hits: Sequence[SemanticHit], our_hits: Sequence[SemanticHit]) -> list[SemanticHit]:
    """Mix the long-text reader's hits with *our_hits* over every skill, best first.

    Each skill's similarity is :data:`LONG_SHARE` x the long-text reader's (moved by
    :data:`LONG_SHIFT`) + the rest x ours, rounded to four places; ties go by skill id, so
    the order is the same on every run. Both lists must hold every skill.
    """
    mine = {hit.skill_id: hit.similarity for hit in our_hits}
    mixed = [
        dataclasses.replace(
            hit,
            similarity=round(
                LONG_SHARE * (hit.similarity + LONG_SHIFT)
                + (1.0 - LONG_SHARE) * mine[hit.skill_id],
                4,
            ),
        )
        for hit in their_hits
    ]
    mixed.sort(key=lambda hit: (-hit.similarity, hit.skill_id))  # ties by id
    return mixed


def read_long(
    index: SemanticIndex,
    texts: Sequence[str],
    vectors: NDArray[np.float32],
    found: list[list[SemanticHit]],
    *,
    accept: float,
) -> list[int]:
    """Rescore, in place, the nearest skills *found* for the long texts *index* is unsure of.

    A text of more than :data:`LONG_WORDS` words whose reading :func:`unsure` calls open
    is read by ``index.long_reader()``, all such texts in one forward pass; each skill's
    similarity becomes :data:`LONG_SHARE` x the long-text index's (moved by
    :data:`LONG_SHIFT`) + the rest x *index*'s. When that puts *index*'s own first skill
    first, *index*'s reading stands. *vectors* are *index*'s vectors of *texts*, and
    *accept* its accept threshold. Returns the positions of the texts handed over.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> from careermap.resolve.semantic import SemanticIndex
    >>> from careermap.resolve.embed import load_encoder
    >>> index = SemanticIndex(load_taxonomy(), load_encoder("wordllama"))  # doctest: +SKIP
    >>> index.long_reader = lambda: index  # a stand-in long-text reader  # doctest: +SKIP
    >>> texts = ["group therapy", "co-led a weekly therapeutic group on an acute unit"]
    >>> vectors = index.encoder.encode(texts)  # doctest: +SKIP
    >>> found = index.search_many(vectors, limit=16)  # doctest: +SKIP
    >>> read_long(index, texts, vectors, found, accept=0.64)  # doctest: +SKIP
    [1]
    """
    if index.long_reader is None:
        return []
    at = [
        i
        for i, text in enumerate(texts)
        if len(text.split()) > LONG_WORDS and unsure(found[i], accept=accept)
    ]
    if not at:
        return []
    reader = index.long_reader()
    every = len(index.skill_ids)
    theirs = reader.search_many(reader.encoder.encode([texts[i] for i in at]), limit=every)
    ours = index.search_many(vectors[at], limit=every)
    for i, their_hits, our_hits in zip(at, theirs, ours, strict=True):
        mixed = _mix(their_hits, our_hits)
        if (
            KEEP_AGREED != "mix"
            and found[i]
            and mixed
            and mixed[0].skill_id == found[i][0].skill_id
        ):
            if KEEP_AGREED == "wordllama":
                continue
            first = found[i][0]
            if KEEP_AGREED == "higher" and mixed[0].similarity > first.similarity:
                first = dataclasses.replace(first, similarity=mixed[0].similarity)
            mixed[0] = first
        found[i] = mixed[:_KEEP]
    return at


def lifted(match: SkillMatch, text: str, taxonomy: Taxonomy) -> bool:
    """Whether *match*, read by meaning, is a match only because the long-text encoder read it.

    True when the default index hands long texts over and its own encoder's similarity of
    *text* (as searched) and the matched skill is under the accept threshold: the resolver then lets
    the readings it tries after the semantic layer (teaching work, a practice beside whom
    or what) go first, as they would without the variable ("teaching the Level 4 Diploma in
    Therapeutic Counselling" stays *Instructing*, docs/semantic.md, "Thirty-fifth round").

    Examples
    --------
    >>> from careermap import load_taxonomy, resolve_skill
    >>> match = resolve_skill("motivational interviewing")
    >>> lifted(match, "motivational interviewing", load_taxonomy())  # not read by meaning
    False
    """
    if match.method != "semantic" or match.skill_id is None:
        return False
    from careermap.resolve.cv_verbs import readings  # noqa: PLC0415
    from careermap.resolve.semantic import ACCEPT_SIMILARITY, semantic_index  # noqa: PLC0415

    index = semantic_index(taxonomy)
    if index.long_reader is None:
        return False
    own = max(index.similarity_to(index.vector(read), match.skill_id) for read in readings(text))
    return own < ACCEPT_SIMILARITY


def mixed_hits(
    index: SemanticIndex, texts: Sequence[str], vectors: NDArray[np.float32], *, limit: int = 2
) -> list[list[SemanticHit]] | None:
    """Return the *limit* nearest skills of each text by the mix of both encoders, or ``None``.

    ``None`` when *index* hands no text over (:data:`LONG_TEXTS_ENV` unset). Otherwise
    every text is read by ``index.long_reader()`` in one forward pass, unsure or not, and
    each skill's similarity is :data:`LONG_SHARE` x the long-text index's (moved by
    :data:`LONG_SHIFT`) + the rest x *index*'s: what :func:`read_long` gives a text it
    hands over, without the agreement rule. The narrative extractor reads its clauses so
    (docs/semantic.md, "Thirty-seventh round"). *vectors* are *index*'s vectors of *texts*.

    Examples
    --------
    >>> import os
    >>> from careermap import load_taxonomy
    >>> from careermap.resolve.semantic import semantic_index
    >>> saved = os.environ.pop(LONG_TEXTS_ENV, None)
    >>> index = semantic_index(load_taxonomy())  # the variable unset: nothing handed over
    >>> mixed_hits(index, ["ran groups"], index.encoder.encode(["ran groups"])) is None
    True
    >>> _ = saved is None or os.environ.update(CAREERMAP_LONG_TEXTS=saved)
    """
    if index.long_reader is None:
        return None
    if not texts:
        return []
    reader = index.long_reader()
    every = len(index.skill_ids)
    theirs = reader.search_many(reader.encoder.encode(list(texts)), limit=every)
    ours = index.search_many(vectors, limit=every)
    found: list[list[SemanticHit]] = []
    for their_hits, our_hits in zip(theirs, ours, strict=True):
        found.append(_mix(their_hits, our_hits)[:limit])
    return found
