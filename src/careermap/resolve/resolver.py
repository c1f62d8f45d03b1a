"""Resolving free text ("CBT", "listening actively", "motivatonal interviewing") to skills.

The order, first hit wins:

1. the normalised text (:func:`careermap.base.text.normalize`) equals a skill's
   normalised label (``"exact"``) or one of its aliases (``"alias"``), or a term of the
   taxonomy's lexicons of skill names in other languages (``"alias"``, the language in
   ``language``: :mod:`careermap.resolve.lexicon`), or begins with such a term or name
   followed by a word such as "avec", "für" or "для" (``"part"``);
2. the text is a skill id: method ``"id"`` (so ``"self-care"`` matches the
   label *Self-care* exactly, and an id such as an ESCO UUID still resolves);
3. fuzzy: rapidfuzz's ``token_sort_ratio`` between the match keys
   (:func:`careermap.base.text.match_key`: stems, filler words dropped, word order
   ignored) of the text and of every label and alias, keeping the best name of
   each skill. At or above ``min_similarity`` (default
   :data:`DEFAULT_MIN_SIMILARITY`) the best skill is the match (``"fuzzy"``);
   below it there is no match, only suggestions;
4. a skill named inside a longer phrase (:mod:`careermap.resolve.readings`,
   :mod:`careermap.resolve.parts`): a list whose every part names the same skill
   ("PHQ-9 and GAD-7"), or a skill
   followed by an activity word ("IEP meetings") or by with whom ("safety
   planning with families"), method ``"part"``. A list whose parts name
   different skills is method ``"split"``, one match per skill in ``split``
   ("CBT and DBT"; a profile gives each an entry). A name beside its initials is
   read spelled out, by name or by meaning ("PPOs (personal protection orders)"), and
   a name before a bracket naming no skill as the whole text it is, by name ("research
   (MD thesis, 12 papers)"; :mod:`careermap.resolve.brackets`), or the bracket when
   only it is a skill's label or alias ("secondment to ... (programme evaluation)").
   First of all, a text with notes (people, problems, formats, counts, a level:
   :mod:`careermap.resolve.notes`) is read without them, by name, in part and by
   meaning ("counselling students (anxiety, exam stress, family issues)");
5. semantic, when the ``careermap[semantic]`` extra is installed and nothing
   above matched: the text's embedding against every label, alias and
   description (:mod:`careermap.resolve.semantic`). At or above
   :data:`~careermap.resolve.semantic.ACCEPT_SIMILARITY` (a cosine) the nearest
   skill is the match (``"semantic"``, its ``similarity`` 100 times the cosine,
   the cosine itself in ``cosine``); from
   :data:`~careermap.resolve.semantic.SUGGEST_SIMILARITY` skills are only
   suggested. Without the extra, the first text that resolves to nothing says
   once (a :class:`~careermap.resolve.semantic.SemanticUnavailableWarning`) how
   to install it;
6. a text nothing above read is read again in plain words, its shorthand spelled out and
   a leading tenure taken off ("30 yrs adult outpatient counseling";
   :func:`~careermap.resolve.notes.in_plain_words`), else from the parts of a list that
   name skills or as teaching work (:func:`~careermap.resolve.readings.last_reading`).

:func:`match_text` reads an id and an exact name itself; steps 1 (a lexicon's term) and
3 to 6 are :mod:`careermap.resolve.not_named`'s, loaded past the exact names.

``token_sort_ratio`` suits short phrases: it forgives word order and typos but,
unlike ``token_set_ratio``, does not score a phrase 100 against every name
that contains its words, and unlike ``WRatio`` it does not reward partial
overlaps such as "active selling" for "active listening". Texts of three
characters or fewer are only ever matched exactly (they are abbreviations).
Ties are broken by skill id, so results are stable.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from careermap.base import options as checks
from careermap.base.errors import ProfileError
from careermap.base.text import match_key, normalize
from careermap.resolve.codes import singular_of_code
from careermap.resolve.names import (
    MAX_SKILL_TEXT,
    SUGGESTION_CUTOFF,
    NameIndex,
    SkillCandidate,
    id_lookup,
    name_index,
)
from careermap.resolve.skill_match import Method, SkillMatch, id_match, unmatched
from careermap.taxonomy.load import default_taxonomy
from careermap.taxonomy.models import Taxonomy

if TYPE_CHECKING:
    from careermap.resolve.names import Ratios

__all__ = [
    "DEFAULT_MIN_SIMILARITY",
    "MAX_SKILL_TEXT",
    "Method",
    "SkillCandidate",
    "SkillMatch",
    "match_texts",
    "name_index",
    "resolve_skill",
    "search_skills",
]

#: Fuzzy matches scoring below this (0-100) are not accepted as a match.
DEFAULT_MIN_SIMILARITY = 82.0
_SHORT = 3
#: Lowest rapidfuzz ratio at which two words count as the same word with a typo.
_WORD_SIMILARITY = 75.0
#: Words of at most this many letters (match keys) take one typo: two changes make
#: another word ("store" manager is not "stress" management; twenty-fourth round).
_SHORT_WORD = 6
#: Most changes a typo makes to one word as written (:func:`another_word`).
_TYPOS = 2


def covers(text: str, name: str) -> bool:
    """Say whether every word of *text* has a close word in *name* (typos allowed).

    A fuzzy match must not drop a word of what the person wrote: "handled HR
    complaints" is not *handling complaints* (patient experience), whatever the
    overall similarity. A word of three letters or fewer must begin a word of the
    name ("adm" for administration, not "hr" for complaints). A longer word's close
    word begins with the same letter, or one holds the other ("reach" in "outreach"): a
    typo keeps the first letter, and a word that differs there is another word
    ("autistic" is not "statistics", "vocational" not "educational"; seventeenth round).

    Examples
    --------
    >>> covers("listening activly", "active listening")
    True
    >>> covers("handled HR complaints", "handling complaints")
    False
    >>> covers("autistic", "statistics")
    False
    """
    theirs = match_key(name).split()
    for word in match_key(text).split():
        if len(word) <= _SHORT:
            if not any(other.startswith(word) for other in theirs):
                return False
        elif not any(_close(word, other) for other in theirs):
            return False
    return True


def another_word(text: str, name: str) -> bool:
    """Say whether one word, near a one-word name by its letters, is another word.

    A ratio of 82 between two words of nine letters or more allows three changes, which
    make another word: "Safewards" (a model that reduces conflict and containment on
    psychiatric wards) is 82 from *Safeguarding* by its stems ("safeward", "safeguard";
    thirty-fourth round, review34 P4). A typo changes a word in at most two places as
    written ("safegaurding", "safguarding"), and another form of the same word begins with
    the other's stem ("counsellors", "counseling"), so a one-word text is read as a one-word name
    only so. Longer texts are checked word by word (:func:`covers`).

    Examples
    --------
    >>> another_word("Safewards", "Safeguarding")
    True
    >>> another_word("safegaurding", "Safeguarding"), another_word("counsellors", "counselling")
    (False, False)
    >>> another_word("listening activly", "active listening")
    False
    """
    from rapidfuzz.distance import OSA  # noqa: PLC0415 - a ranking of ids never needs it

    words, theirs = normalize(text).split(), normalize(name).split()
    if len(words) != 1 or len(theirs) != 1:
        return False
    key, other = match_key(text), match_key(name)
    if key.startswith(other) or other.startswith(key):  # "counsellors": counsel-
        return False
    return OSA.distance(words[0], theirs[0]) > _TYPOS


def _close(word: str, other: str) -> bool:
    """Say whether *word* is *other*, or *other* with a typo (both match keys).

    A typo keeps the first letter, and a word that differs there is another word. In a
    short *word* (at most :data:`_SHORT_WORD` letters) a typo is one letter wrong, missing,
    added or swapped: two changes make another word ("store" is not "stress"). A word
    with a number is another word when its number is another: "V300" (the nurse
    independent and supplementary prescriber) is not "V100" (the community practitioner
    nurse prescriber; NMC Standards for prescribing programmes, 2018 rev. 2023), though
    one letter apart (thirty-fifth round, review34 P4).

    Examples
    --------
    >>> _close("activ", "act"), _close("listn", "listen"), _close("store", "stres")
    (True, True, False)
    >>> _close("v300", "v100"), _close("v300", "v300")
    (False, True)
    """
    from rapidfuzz import fuzz  # noqa: PLC0415 - a ranking of ids never needs it
    from rapidfuzz.distance import OSA  # noqa: PLC0415

    if _digits(word) != _digits(other):
        return False
    if word in other or other in word:
        return fuzz.ratio(word, other) >= _WORD_SIMILARITY
    if other[0] != word[0] or fuzz.ratio(word, other) < _WORD_SIMILARITY:
        return False
    return len(word) > _SHORT_WORD or OSA.distance(word, other) <= 1


def _digits(word: str) -> str:
    """Return the digits of *word*, in order ("v300": "300"; "listen": "")."""
    return "".join(char for char in word if char.isdigit())


def match_text(
    text: str,
    taxonomy: Taxonomy,
    *,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
    limit: int = 5,
    semantic: bool | None = None,
    scores: Ratios | None = None,
    alternatives: bool = True,
    phrases: bool = True,
    last: bool = True,
) -> SkillMatch:
    """Resolve *text* without raising: ``method='none'`` when nothing matches.

    *semantic*: ``None`` uses the semantic layer when it is installed, ``False``
    never, ``True`` always (:class:`~careermap.MissingExtraError` without it).
    *scores*: the text's fuzzy ratios against every name, from :func:`match_texts`.
    *alternatives*: ``False`` gives a label or alias match only the other skills
    of the same name as alternatives, with no fuzzy search for near names (a
    profile asks only for the suggestions of what did not resolve).
    *phrases*: ``False`` never looks for a skill named in part of the text (a part
    is matched that way, so a phrase is split once).
    *last*: ``False`` leaves out the readings tried after the semantic layer (teaching
    work, :func:`~careermap.resolve.parts.teaching_work`; a practice beside whom or
    what, :mod:`~careermap.resolve.practice_words`), for a caller that runs a semantic
    search of its own (``benchmarks/semantic_eval.py``).
    """
    if len(text) > MAX_SKILL_TEXT:
        return unmatched(text, [], 0)
    stripped = text.strip()
    by_id = id_match(id_lookup(taxonomy), text, stripped)
    if by_id is not None:
        return by_id
    index = name_index(taxonomy)
    stripped = singular_of_code(stripped, index.exact)  # "PEPs" is PEP, not PEPS
    norm = normalize(stripped)
    floor = min(min_similarity, SUGGESTION_CUTOFF)  # a low cutoff may accept what suggestions skip
    candidates: list[SkillCandidate] = []
    if alternatives or norm not in index.exact:
        candidates = index.fuzzy(stripped, limit=limit + 1, cutoff=floor, scores=scores)
    if norm in index.exact:
        return _by_exact_name(text, norm, index, candidates, limit)
    # The readings past the names load on demand: an id or an exact name never needs them.
    from careermap.resolve.not_named import Asked, read_not_named  # noqa: PLC0415 - see above

    part = partial(  # each part of a phrase is matched as a whole text, by name only
        match_text,
        taxonomy=taxonomy,
        min_similarity=min_similarity,
        limit=limit,
        semantic=False,
        alternatives=False,
        phrases=False,
    )
    asked = Asked(text, stripped, taxonomy, min_similarity, limit, semantic, last, part)
    long_enough = len(norm.replace(" ", "")) > _SHORT
    return read_not_named(asked, candidates, long_enough=long_enough, phrases=phrases)


def _by_exact_name(
    text: str, norm: str, index: NameIndex, candidates: list[SkillCandidate], limit: int
) -> SkillMatch:
    """*text* read by the label or alias it is, the other skills of that name suggested first."""
    rank, skill_id, name = index.exact[norm]
    same_name = [
        SkillCandidate(skill_id=other, label=index.labels[other], matched_name=n, similarity=100.0)
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
        label=index.labels[skill_id],
        method="exact" if rank == 0 else "alias",
        similarity=100.0,
        matched_name=name,
        alternatives=tuple([*same_name, *rest][:limit]),
    )


def match_texts(
    texts: Sequence[str],
    taxonomy: Taxonomy,
    *,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
    limit: int = 5,
    semantic: bool | None = None,
    alternatives: bool = True,
) -> list[SkillMatch]:
    """Resolve many texts as :func:`match_text` does each, scoring their names in one pass.

    The fuzzy ratios of every text that is not a skill id and not too long (with
    ``alternatives=False``, nor a label or alias) are computed by one
    ``process.cdist``, then each text resolves in turn.
    """
    ids = id_lookup(taxonomy)
    floor = min(min_similarity, SUGGESTION_CUTOFF)
    found: list[SkillMatch | None] = [None] * len(texts)
    searched = []
    for i, text in enumerate(texts):
        if len(text) > MAX_SKILL_TEXT:
            continue
        stripped = text.strip()
        found[i] = id_match(ids, text, stripped)
        # The name index is opened only for a text that is not an id.
        if found[i] is None and (
            alternatives or normalize(stripped) not in name_index(taxonomy).exact
        ):
            searched.append(i)
    scores: list[Ratios | None] = [None] * len(texts)
    if len(searched) > 1:
        rows = name_index(taxonomy).fuzzy_scores([texts[i].strip() for i in searched], floor)
        for i, row in zip(searched, rows, strict=True):
            scores[i] = row
    return [
        match
        if match is not None
        else match_text(
            text,
            taxonomy,
            min_similarity=min_similarity,
            limit=limit,
            semantic=semantic,
            scores=row,
            alternatives=alternatives,
        )
        for text, row, match in zip(texts, scores, found, strict=True)
    ]


def resolve_skill(
    text: str,
    *,
    taxonomy: Taxonomy | None = None,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
    limit: int | None = 5,
    semantic: bool | None = None,
) -> SkillMatch:
    """Resolve free text to the best-matching skill, or say that none matches.

    Parameters
    ----------
    text : str
        What a person typed: a label, an alias, an abbreviation, a skill id, or
        a phrase with typos or in another word order.
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.
    min_similarity : float, default :data:`DEFAULT_MIN_SIMILARITY`
        Lowest fuzzy text similarity (0-100) accepted as a match.
    limit : int or None, default 5
        Most alternatives to return; ``None`` for every candidate above the
        suggestion cutoff (60).
    semantic : bool, optional
        Use the semantic layer for what the names do not match: ``None`` (the
        default) when ``careermap[semantic]`` is installed, ``False`` never,
        ``True`` always.

    Returns
    -------
    SkillMatch
        The skill, its text similarity, how it matched and the alternatives.
        When nothing reaches *min_similarity*, ``method`` is ``'none'``,
        ``skill_id`` is ``None`` and ``alternatives`` are the suggestions, as in
        :func:`build_profile`: not matching is an answer, not an error (use
        :func:`lookup_skill` to require an id). A text longer than
        :data:`MAX_SKILL_TEXT` characters matches nothing.

    Raises
    ------
    ProfileError
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
    >>> resolve_skill("forklift operation").method
    'none'
    """
    _check_text(text)
    cutoff = checks.check_similarity(min_similarity)
    taxonomy = taxonomy or default_taxonomy()
    wanted = checks.check_limit(limit)
    count = len(taxonomy.skills) if wanted is None else wanted
    return match_text(text, taxonomy, min_similarity=cutoff, limit=count, semantic=semantic)


def search_skills(
    text: str,
    *,
    taxonomy: Taxonomy | None = None,
    limit: int | None = 10,
    semantic: bool = False,
) -> Sequence[SkillCandidate]:
    """Return the skills whose names best match *text*, best first.

    An exact or alias hit comes first, then skills with a name holding every word
    of *text* (as word starts: "crisis" finds *Crisis intervention*), shortest name
    first, then fuzzy hits (similarity at least the suggestion cutoff of 60).
    With ``semantic=True`` (``careermap[semantic]``), a text the names do not
    match gets the skills nearest in meaning instead, each with its ``cosine``.

    Parameters
    ----------
    text : str
        A few words of a skill's name.
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.
    limit : int or None, default 10
        Most skills to return; ``None`` for every one above the cutoff.
    semantic : bool, default False
        Also search by meaning (needs ``careermap[semantic]``).

    Returns
    -------
    sequence of SkillCandidate
        Each with its label, the name that matched and its text similarity.

    Examples
    --------
    >>> [c.skill_id for c in search_skills("crisis", limit=3)]
    ['crisis-line-work', 'crisis-response', 'crisis-protocols']
    """
    _check_text(text)
    taxonomy = taxonomy or default_taxonomy()
    wanted = checks.check_limit(limit)
    limit = len(taxonomy.skills) if wanted is None else wanted
    match = match_text(text, taxonomy, limit=limit, semantic=semantic)
    found: list[SkillCandidate] = []
    # Names holding every word typed come first ("crisis" lists Crisis intervention).
    contained = name_index(taxonomy).containing(text)
    if match.skill_id is not None and match.label is not None and match.matched_name is not None:
        found.append(
            SkillCandidate(
                skill_id=match.skill_id,
                label=match.label,
                matched_name=match.matched_name,
                similarity=match.similarity,
                cosine=match.cosine,
            )
        )
    seen = {c.skill_id for c in found}
    found += [c for c in contained if c.skill_id not in seen]
    seen |= {c.skill_id for c in contained}
    found += [c for c in match.alternatives if c.skill_id not in seen]
    return found[:limit]


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        msg = f"a skill must be given as text, not {type(text).__name__} ({text!r:.80})"
        raise ProfileError(msg)
