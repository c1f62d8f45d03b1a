"""A named therapy's own parts, read as the therapy where the profile names it (read41).

Some of a therapy's parts carry words that name a general skill when they stand alone:
DBT's between-session "phone coaching" was read as *Coaching* (by meaning, 0.80), and a
DBT nurse's list led with career, wellness and executive coaching (review41 P3). Written
by someone whose other texts name the therapy, such a part is the therapy's work, not the
general skill: "phone coaching" beside "DBT skills groups" is DBT's telephone coaching.
Alone, it stays as the resolver reads it (a health coach's phone coaching is coaching).

The parts (:data:`COMPONENTS`), each from the therapy's own manuals:

* **dialectical behaviour therapy**: its modes, individual therapy, skills training
  groups, phone coaching between sessions and the therapists' consultation team
  (Linehan, *Cognitive-Behavioral Treatment of Borderline Personality Disorder*, 1993;
  Behavioral Tech, "What is DBT?"), with its diary cards and behavioural chain analysis
  (Linehan, *DBT Skills Training Manual*, 2nd ed., 2015; Rizvi, *Chain Analysis in
  Dialectical Behavior Therapy*, 2019);
* **cognitive behavioural therapy**: homework between sessions and thought records
  (J. S. Beck, *Cognitive Behavior Therapy: Basics and Beyond*, 3rd ed., 2020, chapters on
  action plans and on identifying automatic thoughts), and exposure with its hierarchy, as
  exposure and response prevention (an alias of CBT here) is delivered (NICE CG31,
  *Obsessive-compulsive disorder and body dysmorphic disorder*, 2005, 1.5.1).

A named form of a therapy is the therapy too (:data:`FORMS`): trauma-focused CBT
("TF-CBT") is read as *Trauma-focused therapy*, and it is cognitive behavioural therapy
(Cohen, Mannarino & Deblinger, *Treating Trauma and Traumatic Grief in Children and
Adolescents*, 2006; NICE NG116, *Post-traumatic stress disorder*, 2018, 1.6.13, names
cognitive processing therapy among the trauma-focused CBT interventions): a therapist's
post that asks for CBT showed it as a gap for a TF-CBT clinician (review41 P1). Such a
text gives the profile the therapy as well, as a text naming two skills does.

A part is read as its therapy when the text is the part as written (a bracketed note
aside: "phone coaching (out of hours)"), or names the therapy and a part in one list
("individual DBT and chain analysis"), and the profile's other texts name the therapy
(or this one does). The reading's method is ``"part"``, the part in ``matched_name``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from careermap.base.text import normalize
from careermap.resolve.skill_match import SkillMatch

if TYPE_CHECKING:
    from careermap.resolve.profile import ProfileEntry
    from careermap.taxonomy.models import Taxonomy

__all__ = ["COMPONENTS", "FORMS", "in_context"]

#: A therapy's parts by the words its practitioners use, normalised (see the module).
COMPONENTS: dict[str, tuple[str, ...]] = {
    "dialectical-behaviour-therapy": (
        "phone coaching",
        "telephone coaching",
        "skills coaching",
        "skills group",
        "skills groups",
        "skills training group",
        "skills training groups",
        "diary card",
        "diary cards",
        "chain analysis",
        "chain analyses",
        "behavioural chain analysis",
        "behavioral chain analysis",
        "consultation team",
    ),
    "cognitive-behavioural-therapy": (
        "homework",
        "homework tasks",
        "thought record",
        "thought records",
        "exposure",
        "exposure work",
        "exposure hierarchy",
        "exposure hierarchies",
    ),
}

#: A named form of a therapy (a name of the skill it reads as, normalised) and the therapy
#: it is a form of as well (see the module).
FORMS: dict[str, str] = {
    "tf-cbt": "cognitive-behavioural-therapy",
    "trauma-focused cbt": "cognitive-behavioural-therapy",
    "cognitive processing therapy": "cognitive-behavioural-therapy",
}

#: What an entry's reading may be and still be read again: not a name written whole.
_OVERRIDDEN = frozenset({"none", "fuzzy", "part", "semantic"})
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_LIST = re.compile(r"\s*(?:,|;|/|\band\b|&|\+)\s*")


@cache
def _parts() -> dict[str, frozenset[str]]:
    """Return :data:`COMPONENTS` normalised, each therapy's parts as a set."""
    return {therapy: frozenset(map(normalize, parts)) for therapy, parts in COMPONENTS.items()}


@cache
def _forms() -> dict[str, str]:
    """Return :data:`FORMS` with its names normalised."""
    return {normalize(name): therapy for name, therapy in FORMS.items()}


def _part_of(text: str) -> str | None:
    """Return the part of a therapy *text* is, as written (normalised), or ``None``."""
    key = normalize(_BRACKETS.sub(" ", text))
    return key if any(key in parts for parts in _parts().values()) else None


def _therapy_of(part: str) -> str:
    return next(therapy for therapy, parts in _parts().items() if part in parts)


def _names(therapy: str, taxonomy: Taxonomy) -> frozenset[str]:
    skill = taxonomy.skill_index[therapy]
    return frozenset(normalize(name) for name in skill.names)


def _listed(text: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """Return ``(therapy, part)`` for a list naming a therapy and one of its parts."""
    items = [normalize(item) for item in _LIST.split(_BRACKETS.sub(" ", text)) if item.strip()]
    if len(items) < 2:  # a list has two items or more
        return None
    for therapy, parts in _parts().items():
        if therapy not in taxonomy.skill_index:
            continue
        names = _names(therapy, taxonomy)
        found = [item for item in items if item in parts]
        named = [i for i in items if i in names or any(w in names for w in i.split())]
        if found and named and len(found) + len(named) >= len(items):
            return therapy, found[0]
    return None


def in_context(entries: Sequence[ProfileEntry], taxonomy: Taxonomy) -> list[ProfileEntry]:
    """Return *entries*, a therapy's part read as the therapy where the profile names it.

    Parameters
    ----------
    entries : sequence of ProfileEntry
        A profile's entries as the resolver read them, one text at a time.
    taxonomy : Taxonomy
        The taxonomy they were read against (a therapy it lacks is skipped).

    Returns
    -------
    list of ProfileEntry
        The same entries, those naming a part of a therapy the profile names elsewhere
        read as the therapy (method ``"part"``, the part in ``matched_name``).

    Examples
    --------
    >>> from careermap import build_profile
    >>> profile = build_profile(["DBT skills groups", "phone coaching"])
    >>> [(e.text, e.match.skill_id, e.match.method) for e in profile.entries][1]
    ('phone coaching', 'dialectical-behaviour-therapy', 'part')
    >>> build_profile(["career guidance", "phone coaching"]).entries[1].match.skill_id
    'coaching'

    A named form of a therapy gives the therapy it is a form of as well:

    >>> [e.match.skill_id for e in build_profile(["TF-CBT:3"]).entries]
    ['trauma-focused-therapy', 'cognitive-behavioural-therapy']
    """
    skills = taxonomy.skill_index
    if not any(therapy in skills for therapy in COMPONENTS):
        return list(entries)
    named = {e.match.skill_id for e in entries if e.match.skill_id in COMPONENTS}
    read = list(entries)
    for i, entry in enumerate(entries):
        match = entry.match
        if match.method not in _OVERRIDDEN or match.skill_id in COMPONENTS:
            continue
        part = _part_of(entry.text)
        therapy = None if part is None else _therapy_of(part)
        if therapy is None or therapy not in named:
            listed = _listed(entry.text, taxonomy) if match.method == "none" else None
            if listed is None:
                continue
            therapy, part = listed
        if part is None or therapy not in skills:
            continue
        skill = skills[therapy]
        again = SkillMatch(
            query=match.query,
            skill_id=therapy,
            label=skill.label,
            method="part",
            similarity=100.0,
            matched_name=part,
        )
        read[i] = entry.model_copy(update={"match": again})
    return _with_forms(read, taxonomy)


def _with_forms(entries: list[ProfileEntry], taxonomy: Taxonomy) -> list[ProfileEntry]:
    """Return *entries*, each named form of a therapy followed by the therapy it is."""
    skills = taxonomy.skill_index
    held = {(e.text, e.match.skill_id) for e in entries}
    read: list[ProfileEntry] = []
    for entry in entries:
        read.append(entry)
        match = entry.match
        name = normalize(match.matched_name or "")
        also = _forms().get(name) if match.method in {"exact", "alias", "part"} else None
        if also is None or also not in skills or (entry.text, also) in held:
            continue
        held.add((entry.text, also))
        form = SkillMatch(
            query=match.query,
            skill_id=also,
            label=skills[also].label,
            method="part",
            similarity=100.0,
            matched_name=match.matched_name,
            part=match.matched_name,
        )
        read.append(entry.model_copy(update={"match": form}))
    return read
