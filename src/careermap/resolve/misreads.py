"""Readings that would misread a text: paperwork about a practice, a context's abbreviation.

Two kinds of text read by name as a practice the person does not do (twenty-ninth round,
the twentieth set's review, P4):

* **an administrative object after a practice** (:func:`paperwork`): "seclusion &
  restraint returns" are the statutory returns a Mental Health Act administrator files
  with the regulator (Ireland's Mental Health Commission collects each use of seclusion
  and restraint), not restraint; "restraint statistics" are counted, "ECT audits"
  audited. Returns, statistics and figures are read as *Regulatory compliance*, audits
  as a clinical audit, and the forms of a clinical or restrictive practice ("seclusion
  forms") as *Clinical documentation*. The forms of other work stay its practice:
  "benefits forms" are filled in with the person claiming, which is benefits advice;
* **an abbreviation its context decides** (:func:`spelled_in_context`): "L&D" is
  learning and development in HR, and liaison and diversion in a text about custody,
  courts, police or diversion (NHS England's Liaison and Diversion services, which
  screen people in police custody and at court); read there spelled out, so it is never
  the HR skill.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from careermap.resolve.skill_match import SkillMatch
    from careermap.taxonomy.models import Taxonomy

__all__ = ["PRACTICE", "misread", "paperwork", "spelled_in_context"]

#: An administrative object last, and the name it is read as.
_OBJECT = re.compile(
    r"^(?P<head>\S.*?)\s+(?P<object>returns|statistics|stats|figures|audits?|forms)$",
    re.IGNORECASE,
)
_READ_AS = {
    "returns": "regulatory compliance",
    "statistics": "regulatory compliance",
    "stats": "regulatory compliance",
    "figures": "regulatory compliance",
    "audit": "clinical audit",
    "audits": "clinical audit",
    "forms": "clinical documentation",
}
#: Categories of skills that are a practice done with people (the paperwork about them is
#: another job); knowledge, administration, records and management are not.
PRACTICE = frozenset(
    {
        "clinical",
        "crisis",
        "case-management",
        "interpersonal",
        "wellness",
        "training-coaching",
        "advocacy",
        "communication",
        "education",
    }
)
#: Forms are the practice's own paperwork only for a clinical or restrictive practice.
_FORMS_OF = frozenset({"clinical", "crisis"})

#: Abbreviations read by their context: the abbreviation, the words that decide, and what
#: it then stands for.
_IN_CONTEXT = (
    (
        re.compile(r"\bL\s?&\s?D\b"),
        re.compile(
            r"\b(?:custody|court|courts|police|diversion|criminal\s+justice|offenders?"
            r"|prisons?|probation|arrest(?:ed)?|cells)\b",
            re.IGNORECASE,
        ),
        "liaison and diversion",
    ),
    # Thirty-second round (read32, review32 P7): health information given to people
    # ("health info for Traveller families") is health education (WHO, Health education:
    # "providing information ... to individuals and communities"), not the records of
    # *Health information management*.
    (
        re.compile(r"\bhealth\s+info(?:rmation)?\b(?=\s+(?:for|to|with)\b)", re.IGNORECASE),
        re.compile(
            r"\b(?:for|to|with)\s+(?:\S+\s+){0,2}(?:famil(?:y|ies)|parents|patients|women|men"
            r"|carers|clients|communities|people|mothers|residents|tenants|service\s+users)\b",
            re.IGNORECASE,
        ),
        "health education",
    ),
    # Thirty-fifth round (read35, review35 P2): BSL among the body's measures is a blood
    # sugar level, as Australian services write it (Queensland Health, "Blood glucose
    # level (BGL) / blood sugar level (BSL)" monitoring guidelines; NSW Health's physical
    # health care of people with mental illness lists weight, waist, BP and BSL), not
    # British Sign Language: "metabolic monitoring (weight, waist, BSL, BP)".
    (
        re.compile(r"\bBSLs?\b"),
        re.compile(
            r"\b(?:weights?|waist|BP|blood\s+pressure|BMI|HbA1c|lipids?|glucose|BGLs?"
            r"|metabolic|obs|observations|ECGs?|cholesterol|insulin|diabet(?:es|ic))\b",
            re.IGNORECASE,
        ),
        "blood sugar level",
    ),
    # Thirty-ninth round (read39, review38): SCAN, in capitals, beside an assessment, a GP,
    # suicide or self-harm, is Ireland's Suicide Crisis Assessment Nurse service, whose
    # nurse assesses people in suicidal crisis in their GP's surgery (HSE National Office
    # for Suicide Prevention; NUI Galway, *Research evaluation of the SCAN service*, 2012),
    # not a scan: "SCAN assessments in GP surgeries".
    (
        re.compile(r"\bSCAN(?:\s+assessments?)?\b"),
        re.compile(
            r"\b(?:assessments?|GPs?|general\s+practi\w+|suicid\w*|self-?harm)\b", re.IGNORECASE
        ),
        "suicide crisis assessment",
    ),
)


def spelled_in_context(text: str) -> str | None:
    """Return *text* with an abbreviation spelled out as its context says, or ``None``.

    Examples
    --------
    >>> spelled_in_context("L&D screening in custody")
    'liaison and diversion screening in custody'
    >>> spelled_in_context("L&D programmes for managers") is None
    True
    >>> spelled_in_context("health info for Traveller families")
    'health education for Traveller families'
    >>> spelled_in_context("SCAN assessments in GP surgeries")
    'suicide crisis assessment in GP surgeries'
    >>> spelled_in_context("bladder scan assessments") is None
    True
    """
    for abbreviation, context, meaning in _IN_CONTEXT:
        if abbreviation.search(text) and context.search(text):
            return abbreviation.sub(meaning, text)
    return None


def misread(
    text: str,
    part: Callable[[str], SkillMatch],
    taxonomy: Taxonomy,
    min_similarity: float,
    *,
    limit: int,
    semantic: bool | None,
) -> SkillMatch | None:
    """Return *text* read with its abbreviation spelled out, or as paperwork, or ``None``.

    The resolver's first reading of a text no name matches whole. Spelled out as its
    context says (:func:`spelled_in_context`), the text is read as any text is, and the
    match (method ``'part'`` when it names a skill) is *text*'s, naming nothing when the
    spelled-out text names nothing, and then suggesting nothing: the words it was near
    are careermap's spelling, not the person's. Else the paperwork about a practice
    (:func:`paperwork`), a workplace hazard's risk assessment, or a name after its funder
    or level of government (:mod:`careermap.resolve.qualified`).
    """
    spelled = spelled_in_context(text.strip())
    if spelled is None:
        from careermap.resolve.qualified import funded, hazard_assessment  # noqa: PLC0415

        return (
            paperwork(text, part, taxonomy)
            or hazard_assessment(text, part)
            or funded(text, part, taxonomy)
        )
    from careermap.resolve.part_match import as_whole  # noqa: PLC0415 - it imports the resolver
    from careermap.resolve.resolver import match_text  # noqa: PLC0415 - its readings import this module

    found = match_text(
        spelled, taxonomy, min_similarity=min_similarity, limit=limit, semantic=semantic
    )
    read = as_whole(text, found, by_meaning="part", unnamed=True) or found
    if read.skill_id is None and not read.split:
        # Nothing named: what the spelled-out words were near is no suggestion for the
        # person's text ("liaison" offered *Parent and family engagement*, via 'parent
        # liaison', to "L&D screening in custody": review 29b).
        read = read.model_copy(update={"alternatives": ()})
    return read


def paperwork(
    text: str, part: Callable[[str], SkillMatch], taxonomy: Taxonomy
) -> SkillMatch | None:
    """Return *text* read as the paperwork about a practice it names, or ``None``.

    *part* matches a text by name only. The practice before the object (the whole, or
    each part of a list: "seclusion & restraint") must name a skill of a practice
    category (:data:`PRACTICE`); the match is what the object is read as
    (:data:`_READ_AS`), method ``'part'``; the practice is not suggested.

    Examples
    --------
    >>> from functools import partial
    >>> from careermap.resolve.resolver import match_text
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> part = partial(match_text, taxonomy=taxonomy, semantic=False, phrases=False)
    >>> paperwork("seclusion & restraint returns", part, taxonomy).skill_id
    'regulatory-compliance'
    >>> paperwork("benefits forms", part, taxonomy) is None
    True
    """
    hit = _OBJECT.match(text.strip())
    if hit is None:
        return None
    head, kind = hit.group("head").strip(), hit.group("object").lower()
    from careermap.resolve.parts import as_list  # noqa: PLC0415 - its patterns cost ~8 ms

    skills = taxonomy.skill_index
    names = [head, *as_list(head)]
    practices = [
        match
        for match in map(part, names)
        if match.method in {"id", "exact", "alias"}
        and (skill := skills.get(match.skill_id or "")) is not None
        and skill.category in (_FORMS_OF if kind == "forms" else PRACTICE)
    ]
    if not practices:
        return None
    read = part(_READ_AS[kind])
    if read.skill_id is None:
        return None
    from careermap.resolve.part_match import as_whole  # noqa: PLC0415 - it imports the resolver

    found = as_whole(text, read)
    # The practice is not suggested: the person did not say they do it.
    return None if found is None else found.model_copy(update={"alternatives": ()})
