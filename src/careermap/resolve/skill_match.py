"""How one text resolved to a skill, or why it did not: :class:`SkillMatch`.

The record :func:`~careermap.resolve.resolver.match_text` returns, and the two ways
of building one that every path shares: the match of a skill id, and no match with
suggestions. A text that names two or three skills in a list ("CBT and DBT") is
method ``'split'``: no one skill, and one match per skill it names in ``split``
(:mod:`careermap.resolve.parts`); a profile gives each its own entry.
"""

from __future__ import annotations

from typing import Literal

from careermap.base.record import Record, trusted
from careermap.resolve.names import MAX_SKILL_TEXT, IdLookup, SkillCandidate

__all__ = ["Method", "SkillMatch", "id_match", "unmatched"]

_SHOWN = 80  # longest query shown whole in messages
#: The least text similarity (0-100) at which a spelling-alike skill is offered as a
#: "did you mean" hint. Over the semantic development set's phrases that match nothing
#: lexically, the first three such suggestions were right 132 times and wrong 166; at 70
#: and above, 74 and 25 ("Te Tiriti o Waitangi in practice" was offered *Mediation* at
#: 61, "co-production" *Victim support* at 67), and 4 of the off-domain phrases' 48 stay.
#: The skills stay in ``alternatives``; suggestions by meaning are calibrated by the
#: semantic layer (seventeenth round).
HINT_SIMILARITY = 70.0
#: The least cosine at which a suggestion by meaning that is not the first hint is offered
#: (thirty-sixth round, review35 P11: "mhGAP - depression, psychosis, alcohol, self-harm"
#: was offered *Personal therapy*, a practitioner's own therapy, at 0.51). Over the
#: semantic development set's phrases that match nothing, on its calibration half, the
#: second and third hints right 40 times and wrong 36 became 35 and 15 at 0.55 (35 and 19
#: at 0.52, 36 and 21 at 0.50); on the reported half 36 and 36 became 33 and 14. The first
#: hint is offered whatever its similarity above the suggestion floor: it was right as often
#: as before (29 and 27 times on the two halves).
LATER_HINT_COSINE = 0.55
#: How many hints a message offers.
HINTS = 3

Method = Literal["id", "exact", "alias", "fuzzy", "part", "semantic", "split", "none"]


class SkillMatch(Record):
    """How one piece of text resolved to a skill, or why it did not.

    Attributes
    ----------
    query : str
        The text as given.
    skill_id, label : str or None
        The skill matched, or ``None`` when nothing scored at or above the cutoff.
    method : {'id', 'exact', 'alias', 'fuzzy', 'part', 'semantic', 'split', 'none'}
        How it matched; ``'part'``: a name found in part of the text ("IEP"
        in "IEP meetings"); ``'split'``: the text names several skills in a list
        ("CBT and DBT"), each matched in :attr:`split`, and so is no one of them
        (``skill_id`` is ``None``).
    similarity : float
        Text similarity from 0 to 100: 100 for id, exact and alias matches, the
        fuzzy similarity, the part's similarity, or 100 times the cosine for a
        semantic match. Not a career score: those run from 0 to 1.
    cosine : float or None
        For a semantic match, the cosine (-1 to 1) of the text's embedding and
        the skill's; ``None`` for the other methods.
    matched_name : str or None
        The label or alias that matched (for ``'part'``, in the part).
    alternatives : tuple of SkillCandidate
        Other close skills, best first; for no match, these are the suggestions.
    split : tuple of SkillMatch
        For method ``'split'``: one match per skill the text names, in the order
        written, each with the whole text as its ``query``, its own method, and the
        words that named it in ``part``. Empty for every other method.
    part : str or None
        For one skill of a split text: the words of the text that named it ("DBT"
        in "CBT and DBT"); ``None`` when the whole text was read as one.
    unread : tuple of str
        The parts of a list that named nothing, when the text was read from its other
        parts ("Access to Work apps" in "reasonable adjustments / Access to Work apps",
        twenty-eighth round); on a split text, on its first skill. Empty otherwise.
    language : str or None
        For a text read as a term of a lexicon of skill names in another language
        (:mod:`careermap.resolve.lexicon`; method ``'alias'``, the term in
        ``matched_name``), the language's English name ("Spanish"); ``None`` otherwise.
    """

    query: str
    skill_id: str | None
    label: str | None
    method: Method
    similarity: float
    matched_name: str | None
    alternatives: tuple[SkillCandidate, ...] = ()
    cosine: float | None = None
    split: tuple[SkillMatch, ...] = ()
    part: str | None = None
    unread: tuple[str, ...] = ()
    language: str | None = None

    @property
    def hints(self) -> tuple[SkillCandidate, ...]:
        """The alternatives a "did you mean" offers: by meaning, or spelled alike enough.

        At most :data:`HINTS`, in order; a spelling-alike skill below
        :data:`HINT_SIMILARITY` is left out, and a suggestion by meaning after the first
        hint below :data:`LATER_HINT_COSINE` (both stay in :attr:`alternatives`).
        """
        shown = [
            c for c in self.alternatives if c.cosine is not None or c.similarity >= HINT_SIMILARITY
        ]
        kept = [
            c
            for i, c in enumerate(shown)
            if i == 0 or c.cosine is None or c.cosine >= LATER_HINT_COSINE
        ]
        return tuple(kept)[:HINTS]

    @property
    def matched(self) -> bool:
        """Whether the text resolved to a skill."""
        return self.skill_id is not None

    def shown_query(self) -> str:
        """Return the query as a short, escaped ``repr``: a long text is cut, its length given."""
        size = len(self.query)
        if size > _SHOWN:
            over = f", over the {MAX_SKILL_TEXT} limit" if size > MAX_SKILL_TEXT else ""
            return f"{self.query[:40]!r}... ({size:,} characters{over})"
        return repr(self.query)

    def __str__(self) -> str:
        from careermap.resolve import display  # noqa: PLC0415 - views only

        if self.split:
            each = "; ".join(_named(match, part=False) for match in self.split)
            each += display.unread_note(self.unread)
            return f"{self.shown_query()} -> {len(self.split)} skills: {each}"
        if self.skill_id is None:
            hint = ", ".join(repr(c.label) for c in self.hints)
            shown = self.shown_query()
            return f"{shown}: no match" + (f" (did you mean {hint}?)" if hint else "")
        return f"{self.shown_query()} -> {_named(self)}"

    def __repr__(self) -> str:
        from careermap.resolve import display  # noqa: PLC0415 - views only

        return display.skill_match_repr(self)

    def _repr_html_(self) -> str:
        from careermap.resolve import display  # noqa: PLC0415 - views only

        return display.skill_match_html(self)


def _named(match: SkillMatch, *, part: bool = True) -> str:
    """``Dialectical behaviour therapy [alias via 'DBT', 100]``: the skill and how.

    With *part*, one skill of a split text also says so (``; split, as 'DBT'``).
    """
    if match.method == "semantic":
        return f"{match.label} [semantic, cosine {match.cosine:.2f}]"
    via = f" via {match.matched_name!r}" if match.method in {"alias", "fuzzy", "part"} else ""
    if match.language is not None:
        via += f", {match.language}"
    split = "" if match.part is None or not part else f"; split, as {match.part!r}"
    if part:
        from careermap.resolve import display  # noqa: PLC0415 - views only

        split += display.unread_note(match.unread)
    return f"{match.label} [{match.method}{via}, {match.similarity:.0f}{split}]"


_ID_FIELDS = ("query", "skill_id", "label", "method", "similarity", "matched_name")
_trusted_match = trusted(SkillMatch, _ID_FIELDS)  # the other fields: their defaults


def _id_match(text: str, skill_id: str, label: str) -> SkillMatch:
    """Return the match of a skill id; built without validation when *text* is a plain str."""
    if type(text) is not str:  # a subclass: validation decides what to keep
        return SkillMatch(
            query=text,
            skill_id=skill_id,
            label=label,
            method="id",
            similarity=100.0,
            matched_name=skill_id,
        )
    return _trusted_match(
        {
            "query": text,
            "skill_id": skill_id,
            "label": label,
            "method": "id",
            "similarity": 100.0,
            "matched_name": skill_id,
            "alternatives": (),
            "cosine": None,
            "split": (),
            "part": None,
            "unread": (),
            "language": None,
        }
    )


def id_match(ids: IdLookup, text: str, stripped: str) -> SkillMatch | None:
    """Return the match of *text* when it is a skill id that is not also a name, else ``None``.

    *stripped* is *text* without surrounding whitespace. An id names exactly one
    skill: no fuzzy search, and so no alternatives. An id that is also a label
    or alias once normalised resolves as that name (:func:`match_text`'s rule,
    shared by :func:`match_texts` and :class:`~careermap.resolve.ids.IdProfiles`).
    """
    if ids.is_id(stripped):
        return _id_match(text, stripped, ids.labels[stripped])
    return None


def unmatched(text: str, suggestions: list[SkillCandidate], limit: int) -> SkillMatch:
    """No match: the first *limit* suggestions, and the best similarity among them all."""
    return SkillMatch(
        query=text,
        skill_id=None,
        label=None,
        method="none",
        similarity=max((c.similarity for c in suggestions), default=0.0),
        matched_name=None,
        alternatives=tuple(suggestions[:limit]),
    )
