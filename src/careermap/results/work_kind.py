"""The kind of work a job title names, and the broad skills every role of that kind requires.

A job title that names no role confidently may still name a kind of work: its head,
the last words of its first part ("Senior Support Worker (supported accommodation)":
*support worker*). :func:`kind_roles` gives the roles that kind of work could be, and
:func:`kind_of_work` the broad skills (:data:`BROAD_SHARE`) each of them requires as
essential: what the person practises whichever post it is. The role a title names
whole, and what it says the person practises, are read in
:mod:`careermap.results.current`, which re-exports these names (split from it in the
thirty-second round; docs/scoring.md, "Nor what the current role practises").
"""

from __future__ import annotations

import re

from careermap.base.cache import derived
from careermap.base.text import BRACKETED, match_key
from careermap.results import generic_posts, glossed, post_names, title_words
from careermap.taxonomy.models import Importance, Role, Taxonomy

__all__ = ["BROAD_SHARE", "essential_skills", "kind_of_work", "kind_roles"]

#: Words that say how someone holds a job, not which job ("Certified peer support
#: specialist", "Staff nurse"): left out when a title is compared with role names.
_TITLE_QUALIFIERS = re.compile(
    r"\b(certified|licen[cs]ed|registered|staff|qualified|acute)\b", re.I
)
#: Grades within a kind of work ("Senior support worker"), left out when a title's
#: kind of work is read (:func:`kind_of_work`).
_SENIORITY = re.compile(r"\b(senior|junior|trainee|lead|principal|chief)\b", re.I)
#: A nurse *in charge* (of a ward's shift, or of a health centre) is a charge nurse: the
#: grade of a nurse (:data:`careermap.results.title_words.GRADE`), whose kind of work a
#: title is read in as a charge nurse's ("Nurse in charge, outer island health centre",
#: forty-third round, fixa43; review43 P3).
_IN_CHARGE = re.compile(r"\bnurse\s+in\s+charge\b", re.I)
#: A grade's number after a post ("Clinical Nurse Manager 2", "Behavioral Health Aide
#: III"), left out too: the post ends before it (thirty-fourth round).
_GRADE_NUMBER = re.compile(r"\s+(?:\d{1,2}[a-d]?|i{1,3}|iv)\s*$", re.I)


def _unbracketed(held: str) -> str:
    """Return a title without what is in brackets, its spaces single."""
    return " ".join(BRACKETED.sub(" ", held).split())


def essential_skills(role: Role) -> frozenset[str]:
    """Return the ids of the skills *role* requires as essential.

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> role = default_taxonomy().role_index["peer-support-specialist"]
    >>> "active-listening" in essential_skills(role)
    True
    """
    return frozenset(
        req.skill for req in role.requirements if req.importance is Importance.ESSENTIAL
    )


#: A skill is *broad* when at least this share of a taxonomy's roles require it as
#: essential (in the bundled taxonomy: active listening, speaking, social
#: perceptiveness, coordination, psychology, resource referral, critical thinking,
#: monitoring, personal service, writing, judgement). Only broad skills are inferred from
#: a title's kind of work: a support worker listens whichever support worker post it
#: is, but which specialised methods a post uses the title does not say.
BROAD_SHARE = 0.2


def _heads(taxonomy: Taxonomy) -> dict[str, frozenset[str]]:
    """Map the last word and the last two words (rough stems) of each role name to role ids."""

    def build() -> dict[str, frozenset[str]]:
        owners: dict[str, set[str]] = {}
        for role in taxonomy.roles:
            for name in (role.title, *role.aliases):
                words = match_key(BRACKETED.sub(" ", name)).split()
                for size in (1, 2):
                    if len(words) >= size:
                        owners.setdefault(" ".join(words[-size:]), set()).add(role.id)
        return {head: frozenset(ids) for head, ids in owners.items()}

    return derived(taxonomy, "role-heads", build)


def _broad(taxonomy: Taxonomy) -> frozenset[str]:
    """Skills at least :data:`BROAD_SHARE` of the taxonomy's roles require as essential."""

    def build() -> frozenset[str]:
        counts: dict[str, int] = {}
        for role in taxonomy.roles:
            for skill in essential_skills(role):
                counts[skill] = counts.get(skill, 0) + 1
        floor = BROAD_SHARE * len(taxonomy.roles)
        return frozenset(skill for skill, count in counts.items() if count >= floor)

    return derived(taxonomy, "broad-skills", build)


def kind_of_work(held: str, taxonomy: Taxonomy) -> frozenset[str]:
    """Return the broad skills every role a job title's kind of work could be requires.

    The kind of work is the title's head: its last two words, or failing any role
    name ending so, its last word, read before any comma and without brackets or words
    such as *senior* ("Senior Support Worker (mental health supported accommodation)":
    *support worker*). A title of parts joined by a slash is read part by part, and the
    first part, as written, with a head that ends a role name gives it ("Kaimahi /
    Community Support Worker": *support worker*; "Social worker / key worker": *social
    worker*). The roles whose title or an alias ends with that head are what the title
    could mean (:func:`kind_roles`); the skills each of them requires as essential and
    that are broad (:data:`BROAD_SHARE`) are what the person practises whichever it is.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> sorted(kind_of_work("Senior Support Worker (supported accommodation)", taxonomy))
    ['active-listening', 'social-perceptiveness']
    >>> sorted(kind_of_work("Kaimahi / Community Support Worker", taxonomy))
    ['active-listening', 'social-perceptiveness']
    >>> kind_of_work("Senior copywriter", taxonomy)
    frozenset()
    """
    ids = kind_roles(held, taxonomy)
    if not ids:
        return frozenset()
    common = frozenset.intersection(*(essential_skills(taxonomy.role_index[i]) for i in ids))
    return common & _broad(taxonomy)


def kind_roles(held: str, taxonomy: Taxonomy) -> frozenset[str]:
    """Return the ids of the roles a job title's kind of work could be (:func:`kind_of_work`).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> sorted(kind_roles("Kaimahi / Community Support Worker", taxonomy))[:2]
    ['behavioural-health-technician', 'family-peer-advocate']
    >>> kind_roles("Kaimahi", taxonomy)
    frozenset()

    A last word that names a post in every field of work (*assistant*, *supervisor*,
    *worker*, *officer*) names the kind only after a word careermap knows
    (:mod:`careermap.results.generic_posts`; thirty-fourth round):

    >>> len(kind_roles("Healthcare assistant", taxonomy)) > 1
    True
    >>> kind_roles("Physician assistant", taxonomy), kind_roles("Dairy farm assistant", taxonomy)
    (frozenset(), frozenset())

    A title in another language is read in its English gloss in brackets (thirty-third
    round; :func:`careermap.results.glossed.glossed_title`):

    >>> sorted(kind_roles("Kaimahi (community support worker)", taxonomy))[:2]
    ['behavioural-health-technician', 'family-peer-advocate']

    A nurse in charge is a charge nurse, a nurse's grade (forty-third round):

    >>> sorted(kind_roles("Nurse in charge, outer island health centre", taxonomy))
    ['community-mental-health-nurse', 'psychiatric-nurse', 'psychiatric-nurse-practitioner']
    """
    held = _IN_CHARGE.sub("Charge nurse", held)
    first = re.split(r"[,;]", _unbracketed(held), maxsplit=1)[0]
    heads = _heads(taxonomy)
    for part in first.split("/"):
        post = _GRADE_NUMBER.sub("", _SENIORITY.sub(" ", _TITLE_QUALIFIERS.sub(" ", part)))
        words = match_key(post).split()
        for size in (2, 1):
            head = " ".join(words[-size:]) if len(words) >= size else ""
            ids = heads.get(head) if head else None
            if ids and size == 1 and head in generic_posts.GENERIC_POSTS:
                # A post of any trade ("assistant", "supervisor"): its field named? (titles34)
                ids = ids if generic_posts.names_its_field(post, taxonomy) else None
            if ids:  # a specialist post's kind: its work named? (title_words)
                ids = title_words.named_kinds(held, ids, head, taxonomy)
            if ids:
                return ids
    gloss = (
        title_words.in_gloss(held)
        or glossed.glossed_title(held, taxonomy)
        or post_names.english_post(held)  # thirty-sixth round: "Trabajadora social, ..."
    )
    return kind_roles(gloss, taxonomy) if gloss else frozenset()
