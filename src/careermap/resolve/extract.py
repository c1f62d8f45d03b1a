"""Skills found in a narrative: a paragraph about one's work, or a section of a CV.

The text is split into sentences, and each sentence into clauses (at commas,
semicolons and " and "). A clause that holds a negation ("never", "not", "no",
"without", "n't") is left out, so "I have never managed staff" claims nothing.
Each remaining clause is matched in two ways:

* lexically: a label or alias of two or more words, or an abbreviation written
  in capitals ("CBT"), found in the clause (confidence 1); in a clause written in
  another language, a term of the taxonomy's lexicons, its words perhaps with other
  endings (:func:`careermap.resolve.clause_terms.terms_in`); and a practitioner's title
  as its practice's name ("a social worker": *social work*;
  :func:`careermap.resolve.practitioner_names.practice_names`), and a verb of the person's
  own work as the skill it names ("referred people to the health centre": *Resource
  referral*; :func:`careermap.resolve.clause_verbs.verb_skills`), neither of which stops
  the clause being read by meaning;
* semantically (with ``careermap[semantic]``): the clause's nearest skill, kept
  when its cosine similarity reaches :data:`EXTRACT_SIMILARITY` (a clause of one word,
  :data:`ONE_WORD_SIMILARITY`), and its second nearest too when that reaches
  :data:`SECOND_SKILL_SIMILARITY` within :data:`SECOND_SKILL_GAP` of the first. With
  ``CAREERMAP_LONG_TEXTS=minilm``, a clause of two words or more is read by the mix of
  MiniLM and WordLlama that long phrases are, at :data:`MIXED_SIMILARITY` (and
  :data:`MIXED_SECOND_SIMILARITY` for a second skill).

Every skill keeps its best evidence: the clause (its character span in the
text) and the confidence. Without the semantic layer only the lexical matches
are found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from careermap.base.errors import ProfileError
from careermap.base.text import normalize
from careermap.resolve.clause_terms import terms_in
from careermap.resolve.clause_verbs import verb_skills
from careermap.resolve.cv_verbs import PAST_FORMS
from careermap.resolve.long_texts import mixed_hits
from careermap.resolve.negation import negated
from careermap.resolve.practitioner_names import practice_names
from careermap.resolve.profile import Profile, ProfileEntry, ProfileInput, build_profile
from careermap.resolve.resolver import SkillMatch, name_index
from careermap.resolve.semantic import SemanticHit, enabled, hint_once, semantic_index
from careermap.taxonomy.load import default_taxonomy
from careermap.taxonomy.models import Taxonomy

__all__ = [
    "EXTRACT_SIMILARITY",
    "MAX_NARRATIVE_TEXT",
    "MIXED_SECOND_SIMILARITY",
    "MIXED_SIMILARITY",
    "ONE_WORD_SIMILARITY",
    "SECOND_SKILL_GAP",
    "SECOND_SKILL_SIMILARITY",
    "ExtractedSkill",
    "extract_skills",
    "narrative_profile",
]

#: A clause's nearest skill is extracted at or above this cosine similarity;
#: calibrated on the even-numbered narratives of tests/data/semantic/narratives.yaml
#: (docs/semantic.md: 0.50 until the twelfth round's vocabulary, then 0.45).
EXTRACT_SIMILARITY = 0.45
#: A clause of one word ("families", "managers", "deaths", the tail of a list cut at "and")
#: is read by meaning only at or above this: a static encoder reads one word without its
#: setting (docs/semantic.md, "Thirty-seventh round": cross-fitted over the four narrative
#: sets; of the 21 one-word clauses read at 0.45, 14 were wrong, none of them at 0.80).
ONE_WORD_SIMILARITY = 0.80
#: A clause's second nearest skill is extracted too at or above this similarity ...
#: ("recruited participants": *Recruitment* 0.87 and *Research methods* 0.82).
SECOND_SKILL_SIMILARITY = 0.70
#: ... when it is within this of the first (both cross-fits chose 0.70 and 0.10).
SECOND_SKILL_GAP = 0.10
#: With ``CAREERMAP_LONG_TEXTS=minilm``: a clause of two words or more is read by the
#: encoders' mix (:func:`careermap.resolve.long_texts.mixed_hits`) and kept at or above
#: this, its second skill at :data:`MIXED_SECOND_SIMILARITY` (fitted on the four narrative
#: sets together after a cross-fit, docs/semantic.md, "Thirty-seventh round").
MIXED_SIMILARITY = 0.52
#: See :data:`MIXED_SIMILARITY`.
MIXED_SECOND_SIMILARITY = 0.65
#: Longest narrative read, in characters (about 30 pages of a CV).
MAX_NARRATIVE_TEXT = 100_000

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*", re.UNICODE)
_CLAUSE = re.compile(r"[^,;:()]+")
_AND = re.compile(r"\s+(?:and|as well as|then|while)\s+", re.IGNORECASE)
_LEAD = re.compile(
    r"^(?:i|we|also|and|then|have|has|had|was|were|been|am|is|are|did|do|my|our)\s+", re.IGNORECASE
)
_CAPS = re.compile(r"\b[A-Z][A-Z&+]{1,6}\b")
_PROPER = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)*\b")
_MIN_WORDS = 2
#: Past tenses that do not end in "-ed", as the "-ing" form skill names use.
_IRREGULAR = PAST_FORMS
_WORD = re.compile(r"[A-Za-z]+")


def verb_cues(text: str) -> str:
    """Put past tenses in the "-ing" form that skill names use ("wrote plans" -> "writing plans").

    Examples
    --------
    >>> verb_cues("supervised staff, wrote plans and managed a need")
    'supervising staff, writing plans and managing a need'
    """

    def one(word: re.Match[str]) -> str:
        given = word.group()
        lower = given.lower()
        if lower in _IRREGULAR:
            return _IRREGULAR[lower]
        if len(lower) >= 5 and lower.endswith("ed") and not lower.endswith("eed"):
            return lower[:-2] + "ing"
        return given

    return _WORD.sub(one, text)


class ExtractedSkill(BaseModel):
    """A skill found in a narrative, with the text that supports it.

    Attributes
    ----------
    skill_id, label : str
        The skill.
    evidence : str
        The clause of the text that supports it: ``text[start:end]``.
    start, end : int
        The evidence's character offsets in the text given.
    confidence : float
        1 for a label or alias found in the clause; the cosine similarity of the
        clause and the skill's nearest name for a semantic match.
    method : {'exact', 'alias', 'semantic'}
        How the clause matched.
    matched_name : str
        The label or alias found in the clause, or the skill's name nearest to it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    skill_id: str
    label: str
    evidence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    confidence: float
    method: Literal["exact", "alias", "semantic"]
    matched_name: str

    def as_match(self) -> SkillMatch:
        """Return this finding as a :class:`SkillMatch` of its evidence, for a profile."""
        return SkillMatch(
            query=self.evidence,
            skill_id=self.skill_id,
            label=self.label,
            method=self.method,
            similarity=round(100 * self.confidence, 2),
            matched_name=self.matched_name,
            cosine=self.confidence if self.method == "semantic" else None,
        )


def _clauses(text: str) -> Iterator[tuple[int, int]]:
    """Yield the (start, end) of every clause, negated ones left out."""
    for sentence in _SENTENCE.finditer(text):
        for part in _CLAUSE.finditer(sentence.group()):
            base = sentence.start() + part.start()
            pieces = []
            cursor = 0
            chunk = part.group()
            for joint in _AND.finditer(chunk):
                pieces.append((cursor, joint.start()))
                cursor = joint.end()
            pieces.append((cursor, len(chunk)))
            if len(pieces) > 1:  # "taught social and emotional skills": the whole clause too
                pieces.append((0, len(chunk)))
            dropped = False
            for begin, end in pieces:
                piece = chunk[begin:end]
                # A negation reaches to the end of its clause: "never managed staff and budgets";
                # the whole clause (last) is negated when any of its pieces is.
                dropped = dropped or negated(piece)
                stripped = piece.strip(" \t\r\n.!?\"'")
                if dropped or len(stripped.split()) < 1:
                    continue
                offset = piece.find(stripped)
                yield base + begin + offset, base + begin + offset + len(stripped)


Found = tuple[str, Literal["exact", "alias"], str]


def _lexical(clause: str, taxonomy: Taxonomy) -> list[Found]:
    """Labels and aliases in *clause*: (skill id, method, name) triples."""
    index = name_index(taxonomy)
    words = normalize(clause).split()
    found: list[Found] = []
    for size in range(min(len(words), 8), _MIN_WORDS - 1, -1):
        for begin in range(len(words) - size + 1):
            hit = index.exact.get(" ".join(words[begin : begin + size]))
            if hit is not None:
                found.append((hit[1], "exact" if hit[0] == 0 else "alias", hit[2]))
    for caps in _CAPS.findall(clause):
        hit = index.exact.get(normalize(caps))
        if hit is not None:
            found.append((hit[1], "exact" if hit[0] == 0 else "alias", hit[2]))
    # A one-word name that the taxonomy writes capitalised is a proper noun ("Excel",
    # "PowerPoint"): found as written, anywhere but the clause's first word.
    for proper in _PROPER.finditer(clause):
        hit = index.exact.get(normalize(proper.group()))
        if proper.start() and hit is not None and hit[2] == proper.group():
            found.append((hit[1], "exact" if hit[0] == 0 else "alias", hit[2]))
    # A term of the lexicons in a clause written in another language, its words perhaps
    # with other endings ("профилактике срывов"; thirty-eighth round).
    found += [(term.skill_id, "alias", term.term) for term in terms_in(clause, taxonomy)]
    return [hit for hit in found if hit[0] in taxonomy.skill_index]


def _kept(
    hits: list[SemanticHit], *, words: int, floor: float, second: float = SECOND_SKILL_SIMILARITY
) -> list[SemanticHit]:
    """Return the hits (nearest first) of a clause of *words* words that are extracted.

    The first at *floor* or above (at :data:`ONE_WORD_SIMILARITY` for one word); the
    second too at *second* within :data:`SECOND_SKILL_GAP` of it.

    Examples
    --------
    >>> from careermap.resolve.semantic import SemanticHit
    >>> near = [SemanticHit("a", "A", 0.82), SemanticHit("b", "B", 0.75)]
    >>> [h.skill_id for h in _kept(near, words=3, floor=0.45)]
    ['a', 'b']
    >>> [h.skill_id for h in _kept([SemanticHit("a", "A", 0.76)], words=1, floor=0.45)]
    []
    """
    least = max(floor, ONE_WORD_SIMILARITY) if words <= 1 else floor
    if not hits or hits[0].similarity < least:
        return []
    first, *rest = hits
    close = rest and first.similarity - rest[0].similarity <= SECOND_SKILL_GAP
    if close and rest[0].similarity >= max(floor, second):
        return [first, rest[0]]
    return [first]


def extract_skills(
    text: str,
    *,
    taxonomy: Taxonomy | None = None,
    min_similarity: float = EXTRACT_SIMILARITY,
    semantic: bool | None = None,
) -> list[ExtractedSkill]:
    """Find the skills a narrative describes, each with its evidence and a confidence.

    Parameters
    ----------
    text : str
        A paragraph or a section of a CV, in sentences.
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.
    min_similarity : float, default :data:`EXTRACT_SIMILARITY`
        Lowest cosine similarity of a clause and a skill for a semantic finding.
    semantic : bool, optional
        ``None`` (the default) uses the semantic layer when ``careermap[semantic]``
        is installed; ``False`` finds only labels and aliases; ``True`` requires it.

    Returns
    -------
    list of ExtractedSkill
        One per skill found, in the order of their evidence in the text.

    Raises
    ------
    TypeError
        When *text* is not a string.
    ValueError
        When *text* is longer than :data:`MAX_NARRATIVE_TEXT` characters.

    Examples
    --------
    >>> found = extract_skills(
    ...     "I used motivational interviewing with clients. I have never done CBT."
    ... )
    >>> [(s.skill_id, s.evidence) for s in found]
    [('motivational-interviewing', 'I used motivational interviewing with clients')]
    """
    given: object = text  # callers without type checking may pass anything
    if not isinstance(given, str):
        msg = f"a narrative must be text, not {type(given).__name__}"
        raise TypeError(msg)
    if len(text) > MAX_NARRATIVE_TEXT:
        msg = f"the text is {len(text):,} characters long; give at most {MAX_NARRATIVE_TEXT:,}"
        raise ValueError(msg)
    taxonomy = taxonomy or default_taxonomy()
    use_semantic = enabled(semantic)
    if not use_semantic and semantic is None:
        hint_once()
    labels = {skill.id: skill.label for skill in taxonomy.skills}
    best: dict[str, ExtractedSkill] = {}

    def keep(
        skill_id: str,
        span: tuple[int, int],
        confidence: float,
        method: Literal["exact", "alias", "semantic"],
        name: str,
    ) -> None:
        start, end = span
        current = best.get(skill_id)
        if current is None or confidence > current.confidence:
            best[skill_id] = ExtractedSkill(
                skill_id=skill_id,
                label=labels[skill_id],
                evidence=text[start:end],
                start=start,
                end=end,
                confidence=round(confidence, 4),
                method=method,
                matched_name=name,
            )

    spans = []
    for start, end in dict.fromkeys(_clauses(text)):
        named = _lexical(text[start:end], taxonomy)
        for skill_id, method, name in named:
            keep(skill_id, (start, end), 1.0, method, name)
        if not named:  # a clause that names a skill is not read for another one
            spans.append((start, end))
        # A practitioner's title names a practice ("a social worker": social work), and the
        # clause is still read for what else it says ("... with a caseload of 60 families").
        # So does a verb of the person's own work ("referred people to the health centre").
        done = practice_names(text[start:end], taxonomy) + verb_skills(text[start:end], taxonomy)
        for skill_id, name in done:
            keep(skill_id, (start, end), 1.0, "alias", name)
    if use_semantic and spans:
        index = semantic_index(taxonomy)
        # "wrote treatment plans" is read as "writing treatment plans", as skills are named.
        queries = [verb_cues(_LEAD.sub("", text[start:end])) for start, end in spans]
        vectors = index.encoder.encode(queries)
        nearest = index.search_many(vectors, limit=2, floor=min_similarity)  # one product
        floors = [(min_similarity, SECOND_SKILL_SIMILARITY)] * len(spans)
        # With CAREERMAP_LONG_TEXTS=minilm, clauses of two words or more by the mix.
        at = [i for i, query in enumerate(queries) if len(query.split()) > 1]
        mixed = mixed_hits(index, [queries[i] for i in at], vectors[at])
        for i, hits in zip(at, mixed or [], strict=False):
            nearest[i] = hits
            floors[i] = (max(min_similarity, MIXED_SIMILARITY), MIXED_SECOND_SIMILARITY)
        for (start, end), query, hits, (floor, second) in zip(
            spans, queries, nearest, floors, strict=True
        ):
            words = len(query.split())
            for hit in _kept(hits, words=words, floor=floor, second=second):
                keep(hit.skill_id, (start, end), hit.similarity, "semantic", hit.matched_name)
    return sorted(best.values(), key=lambda s: (s.start, -s.confidence, s.skill_id))


def narrative_profile(
    text: str,
    profile: ProfileInput | None = None,
    *,
    taxonomy: Taxonomy | None = None,
    semantic: bool | None = None,
) -> Profile:
    """Return a :class:`Profile` of the skills found in *text*, after those of *profile*.

    Each skill found becomes an entry whose text is its evidence, at the default level.

    Raises
    ------
    ProfileError
        When *text* is not a string or is too long, or when neither *profile*
        nor *text* gives a single entry.

    Examples
    --------
    >>> profile = narrative_profile("I used motivational interviewing.", ["CBT:4"])
    >>> profile.skills
    {'cognitive-behavioural-therapy': 4, 'motivational-interviewing': 3}
    """
    taxonomy = taxonomy or default_taxonomy()
    try:
        found = extract_skills(text, taxonomy=taxonomy, semantic=semantic)
    except (TypeError, ValueError) as error:
        raise ProfileError(str(error)) from None
    entries: list[ProfileEntry] = []
    if profile is not None:
        entries += build_profile(profile, taxonomy=taxonomy, semantic=semantic).entries
    entries += [ProfileEntry(text=s.evidence, level=None, match=s.as_match()) for s in found]
    if not entries:
        msg = (
            f"no skill was found in the text ({text[:60]!r}{'...' if len(text) > 60 else ''}); "
            "describe what you did in sentences, or list skills"
        )
        raise ProfileError(msg)
    return Profile(entries=tuple(entries))
