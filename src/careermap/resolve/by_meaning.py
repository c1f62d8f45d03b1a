"""The resolver's use of the semantic layer: a match by meaning, and a weak fuzzy one overridden.

Only reached when ``careermap[semantic]`` is installed and enabled
(:mod:`careermap.resolve.semantic`); :func:`~careermap.resolve.resolver.match_text`
calls :func:`semantic_match` for what the names do not match and
:func:`fuzzy_match` for a fuzzy match the meaning may overrule.
"""

from __future__ import annotations

import re

from careermap.base.text import normalize
from careermap.resolve.brackets import bracketed
from careermap.resolve.codes import is_code, other_code
from careermap.resolve.cv_verbs import nearest_skills
from careermap.resolve.names import NameIndex, SkillCandidate, name_index
from careermap.resolve.negation import negated
from careermap.resolve.phrase_words import pieces
from careermap.resolve.semantic import (
    ACCEPT_SIMILARITY,
    SUGGEST_SIMILARITY,
    SemanticHit,
    enabled,
    semantic_index,
)
from careermap.resolve.skill_match import SkillMatch, unmatched
from careermap.resolve.writer_role import work_beside
from careermap.taxonomy.models import Taxonomy

__all__ = ["fuzzy_match", "semantic_match"]

#: A fuzzy match this similar or more is never second-guessed by the semantic layer.
_SURE_FUZZY = 90.0
#: How much more similar (cosine) a semantic match must be to replace a weaker fuzzy one.
_OVERRIDE_MARGIN = 0.15


def _candidate(hit: SemanticHit, index: NameIndex) -> SkillCandidate:
    return SkillCandidate(
        skill_id=hit.skill_id,
        label=index.labels[hit.skill_id],
        matched_name=hit.matched_name,
        similarity=round(100 * hit.similarity, 2),
        cosine=hit.similarity,
    )


def semantic_match(
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
        # "co-led a weekly group" is also read as "co-leading a weekly group" (:mod:`.cv_verbs`)
        hits = nearest_skills(
            semantic_index(taxonomy), stripped, limit=limit + 1, floor=SUGGEST_SIMILARITY
        )
    if _occasion(stripped):  # "World Mental Health Day events": no knowledge of a field
        skills = taxonomy.skill_index
        hits = [hit for hit in hits if skills[hit.skill_id].category != KNOWLEDGE]
    near = [_candidate(hit, index) for hit in hits]
    seen = {c.skill_id for c in near}
    # Semantic suggestions first (they read the meaning), then fuzzy ones (typos).
    suggestions = [*near, *(c for c in fuzzy if c.skill_id not in seen)]
    # A generic word ("assessment": part of several skills' names) is only suggested, as
    # is a text that says the person has not done it ("no crisis line work") or, in
    # brackets, that they received it or are still learning it ("counselling (received)"),
    # or a code, whose letters say nothing by meaning ("AUDIT-C": :mod:`.codes`).
    if (
        hits
        and hits[0].similarity >= ACCEPT_SIMILARITY
        and not is_code(stripped)
        and not semantic_index(taxonomy).generic(text)
        and not negated(text)
        and not _unheld(text)
        and not _without_profession(hits[0].skill_id, text)
        and not _named_by_topics(stripped, hits[0].skill_id, taxonomy)
    ):
        # "call outs after suicides": the work, not the occasion; "interpreting in
        # psychiatric assessments": the interpreting, not the assessment
        work = _work_before(stripped) or work_beside(stripped)
        if work is not None:
            found = semantic_match(work, work, taxonomy, fuzzy, limit)
            if found.skill_id is None:
                return unmatched(text, suggestions, limit)
            return found.model_copy(update={"query": text})
        top = near[0]
        return SkillMatch(
            query=text,
            skill_id=top.skill_id,
            label=top.label,
            method="semantic",
            similarity=top.similarity,
            matched_name=top.matched_name,
            alternatives=tuple(suggestions[1 : limit + 1]),
            cosine=top.cosine,
        )
    return unmatched(text, suggestions, limit)


def _named_by_topics(text: str, skill_id: str, taxonomy: Taxonomy) -> bool:
    """Say whether only a bracketed list of topics makes *text* mean the skill *skill_id*.

    "farm visits (debt, ill health, bereavement)": the bracket lists what the visits were
    about, which qualifies the work but never names it; by meaning the whole text was
    *Grief counselling* (0.65), the name before it nothing (thirty-first round, review 31
    P2). The skill is read only when the name alone means it too, at the accept bar. A
    bracket of one ("therapy (grief)") may still say which practice, and so may a list
    naming practices by their names ("skills groups (WRAP, illness management and
    recovery)", "focused psychological strategies (CBT, interpersonal therapy)").
    """
    split = bracketed(text)
    if split is None or len(parts := pieces(split[1])) < _TOPICS:
        return False
    exact = name_index(taxonomy).exact
    if any(normalize(part) in exact for part in parts):
        return False
    head = semantic_index(taxonomy).search(split[0], limit=3, floor=ACCEPT_SIMILARITY)
    return all(hit.skill_id != skill_id for hit in head)


#: The fewest bracketed parts that make a list of topics.
_TOPICS = 2


#: A profession's core skill and the words that name its work. By meaning alone, a text
#: without them is only suggested the skill (twenty-ninth round: a pharmacist's
#: "dispensing - psychiatric outpatient clinic" read as *Mental health nursing* at 0.75):
#: the registered professions' own practice (the NMC's and NMBI's nursing, prescribing
#: and medicines, a medical diagnosis) is claimed in their words.
_PROFESSION_WORDS = {
    "mental-health-nursing": re.compile(r"\b(?:nurs\w*|RMN|RPN|RNMH|RN|CPN|CMHN)\b", re.I),
    "psychopharmacology": re.compile(
        r"\b(?:\w*pharmac\w*|medic\w*|drugs?|prescri\w*|psychotropic\w*|anti\w*|depots?"
        r"|clozapine|lithium|stimulants?)\b",
        re.I,
    ),
    "diagnosis": re.compile(r"\b(?:diagnos\w*|DSM\S*|ICD\S*|differentials?)\b", re.I),
    # Social work, a registered profession (Social Work England, SSSC, CASW/provincial
    # colleges), in its words and those of its statutory assessments: "work capacity
    # assessments" is an occupational therapist's (0.66 from "parenting capacity
    # assessments"; thirtieth round, review 30 P2).
    "social-work-practice": re.compile(
        r"\b(?:social\s+work\w*|social\s+care|casework\w*|safeguarding|child\s+protection"
        r"|kinship|parenting|guardianship|SGOs?|care\s+proceedings|AMHPs?|MHOs?|[LM]C?SW|[BMR]SW"
        r"|statutory)\b",
        re.I,
    ),
    # Support for learners, in their setting's words: "parents with learning disabilities"
    # (a parenting assessment's subject) are no pupils (twenty-ninth round, Hexham).
    "special-educational-needs": re.compile(
        r"\b(?:schools?|pupils?|students?|learners?|child\w*|kids?|young\s+people|classrooms?"
        r"|teach\w*|tutor\w*|SENC?O?|SEND|EHCPs?|IEPs?|educat\w*|college|nursery|preschool\w*"
        r"|curricul\w*|lessons?)\b",
        re.I,
    ),
    # Interpreting, claimed as the work, not by the people who do it: "working with
    # interpreters" and "booking interpreters" are another's practice beside the writer's
    # (thirty-first round; RISLI, NRCPD and RID register the interpreters themselves).
    "interpreting": re.compile(
        r"\b(?:interpret(?:ing|ed|s)?|interpretation|translat\w*|sign\s+language|signing)\b", re.I
    ),
}


def _without_profession(skill_id: str, text: str) -> bool:
    """Say whether *text* lacks the words of the profession whose core skill *skill_id* is.

    Examples
    --------
    >>> _without_profession("mental-health-nursing", "dispensing - psychiatric outpatient clinic")
    True
    >>> _without_profession("mental-health-nursing", "nursed patients on a psychiatric ward")
    False
    >>> _without_profession("case-management", "anything")
    False
    """
    words = _PROFESSION_WORDS.get(skill_id)
    return words is not None and words.search(text) is None


#: The work done after an occasion, and the occasion: "call outs after suicides". Not
#: "looking after" (caring for), nor "after-hours".
_AFTER = re.compile(
    r"^(?P<work>\S.*?)(?<!\blook)(?<!\blooks)(?<!\blooked)(?<!\blooking)\s+after\s+\S.*$",
    re.IGNORECASE,
)


#: The category of the bundled taxonomy's skills of knowing a field (O*NET's Knowledge
#: domains: *Psychology*, *Psychopathology*, *Medicine and dentistry*, *Law and government*).
KNOWLEDGE = "knowledge"
#: An event or occasion as a text's head noun, last: "World Mental Health Day events",
#: "Denim Day fundraiser", "awareness week", "the Foyle bridge walk".
_OCCASION = re.compile(
    r"\b(?:events?|days?|weeks?|months?|walks?|campaigns?|fairs?|festivals?|fundraisers?"
    r"|celebrations?|ceremon(?:y|ies)|galas?|vigils?|marches)$",
    re.IGNORECASE,
)


def _occasion(text: str) -> bool:
    """Say whether *text* names an event or occasion: its last word is one, as its head noun.

    An occasion shows the work of running it (*Community outreach*, *Health promotion*),
    never knowledge of a field: by meaning, "World Mental Health Day events" was
    *Psychopathology* (0.68; review 28, P9), which rests on the words "mental health"
    alone. Such a text is not read, nor suggested, as a skill of the knowledge category
    (:data:`KNOWLEDGE`); the others are read as before ("community wellness events":
    *Community outreach*, 0.77).

    Examples
    --------
    >>> _occasion("World Mental Health Day events"), _occasion("Denim Day fundraiser")
    (True, True)
    >>> _occasion("adverse event reporting"), _occasion("same-day triage")
    (False, False)
    """
    return _OCCASION.search(text.strip()) is not None


def _work_before(text: str) -> str | None:
    """Return the work of "work after an occasion", which alone is read by meaning, or ``None``.

    The occasion names when the work was done, not what it was: by meaning, its words
    pull the text to the skill named after them ("call outs after suicides" and "sat with
    families after a suicide" were read as *Suicide risk assessment*, 0.69 and 0.72,
    though nothing in them assesses). The work is read by meaning in the text's place,
    and where it reads nothing the text is only suggested (review 25, finding 10).

    Examples
    --------
    >>> _work_before("call outs after suicides")
    'call outs'
    >>> _work_before("looking after employees' wellbeing") is None
    True
    """
    hit = _AFTER.match(text)
    return None if hit is None else hit["work"]


def _unheld(text: str) -> bool:
    """Say whether *text* ends in a bracket saying the skill is not held ("CBT (learning)")."""
    if "(" not in text:
        return False
    # Only a text with a bracket loads the bracket rules (a ranking of ids never does).
    from careermap.resolve.brackets import bracketed, not_held  # noqa: PLC0415

    found = bracketed(text)
    return found is not None and not_held(found[1])


def fuzzy_match(
    text: str,
    stripped: str,
    taxonomy: Taxonomy,
    candidates: list[SkillCandidate],
    *,
    limit: int,
    semantic: bool | None,
) -> SkillMatch:
    """Return the best fuzzy candidate as the match, unless the meaning clearly differs.

    Two different codes are never near names ("MoCA" is not "MCA"; :mod:`.codes`): the
    candidates are then only suggested.
    """
    top = candidates[0]
    if other_code(stripped, top.matched_name):
        return unmatched(text, candidates, limit)
    if top.similarity < _SURE_FUZZY and enabled(semantic):
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
        similarity=top.similarity,
        matched_name=top.matched_name,
        alternatives=tuple(candidates[1 : limit + 1]),
    )


def _semantic_override(
    text: str, taxonomy: Taxonomy, fuzzy: SkillCandidate, limit: int
) -> SkillMatch | None:
    """Return a semantic match beating a weak fuzzy one by :data:`_OVERRIDE_MARGIN`, if any."""
    index = semantic_index(taxonomy)
    # search() and vector() remember each text: one matrix product per text, or one for
    # a whole profile that SemanticIndex.prime() read ahead (docs/semantic.md).
    hits = index.search(text, limit=limit + 1, floor=SUGGEST_SIMILARITY)
    query = index.vector(text)
    if not hits or hits[0].similarity < ACCEPT_SIMILARITY or hits[0].skill_id == fuzzy.skill_id:
        return None
    fuzzy_similarity = next((h.similarity for h in hits if h.skill_id == fuzzy.skill_id), None)
    if fuzzy_similarity is None:
        fuzzy_similarity = index.similarity_to(query, fuzzy.skill_id)
    if hits[0].similarity - fuzzy_similarity < _OVERRIDE_MARGIN:
        return None
    return semantic_match(text, text, taxonomy, [fuzzy], limit, hits=hits)
