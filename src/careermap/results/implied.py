"""The skills a person's credentials, degree subject and work certify (:func:`implied_skills`).

A registered nurse is not told they lack nursing knowledge, nor a peer support specialist
that they lack coordination: what a credential held certifies (``Credential.implies``),
what a degree's subject names, what the role held now and past roles practise, the core
of helping work and a course that is a skill by its own name are left out of a match's
gaps and out of upskilling's advice. Scores and verdicts are unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable

from careermap.base.cache import derived
from careermap.resolve.profile import Background
from careermap.results.ambiguous import ambiguous_in as _ambiguous
from careermap.results.course_skills import course_skills
from careermap.results.credentials import certifies
from careermap.results.current import practised_skills
from careermap.results.fields import degree_skills
from careermap.results.past_work import past_practice
from careermap.results.practice import helping_practice, skill_practice
from careermap.taxonomy.models import Credential, CredentialDefinition, Taxonomy

__all__ = ["implied_skills"]


def _credentials(taxonomy: Taxonomy) -> tuple[Credential | CredentialDefinition, ...]:
    """Every credential of the taxonomy that certifies skills, once by name.

    Those of its ``credentials`` section first (whether or not a role names them),
    then those written out in its roles.
    """

    def build() -> tuple[Credential | CredentialDefinition, ...]:
        found: dict[str, Credential | CredentialDefinition] = {}
        for definition in taxonomy.credentials:
            if definition.implies:
                found.setdefault(definition.name, definition)
        for role in taxonomy.roles:
            for credential in role.entry.written if role.entry else ():
                if credential.implies:
                    found.setdefault(credential.name, credential)
        return tuple(found[name] for name in sorted(found))

    return derived(taxonomy, "implying-credentials", build)


def implied_skills(
    background: Background | None, taxonomy: Taxonomy, skills: Iterable[str] = ()
) -> frozenset[str]:
    """Return the skills a person's credentials, degree subject and current role certify.

    A registered nurse is not told they lack nursing or medical knowledge, a
    licensed clinical social worker not that they lack psychology, a psychology
    graduate not that they lack psychology, a peer support specialist not that they
    lack coordination: such gaps are left out of a match's gaps. The score is
    unchanged (it measures the skills the person listed), and so is the verdict. A
    credential held by its own name, another name or an equivalent certifies its
    ``Credential.implies``; so does an associate licence the credential lists
    (``Credential.associate``: an LPC-Associate is certified in what the LPC
    implies), though it never holds the licence. A credential a role merely
    ``accepts`` in its place (BACP registration for a school counsellor's
    certification) opens the post but certifies only what its own definition implies
    (:func:`careermap.results.credentials.certifies`). A bachelor's degree or higher
    certifies reading, writing and critical thinking, and its subject
    (``Background.field``) the knowledge skill it names exactly
    (:func:`careermap.results.fields.degree_skills`). The role the person
    holds now (``Background.current_role``, when its title names one role
    confidently) certifies its essential requirements
    (:func:`careermap.results.current.practised_skills`), as does a past title held three
    years or more (:func:`careermap.results.past_work.past_practice`), and helping work, named by
    that title or by the titles of their other work, the core of its practice: empathy,
    listening, confidentiality and the rest, as O*NET rates them for its occupation and
    its codes of conduct name them (:func:`careermap.results.practice.helping_practice`);
    so do *skills* the person listed that are a practice of helping work, for a person
    with a background (:func:`careermap.results.practice.skill_practice`). A course held
    that is a skill by its own name ("Mental Health First Aid") certifies that skill
    (:func:`careermap.results.course_skills.course_skills`).

    Parameters
    ----------
    background : Background or None
        What the person said; ``None`` implies nothing.
    taxonomy : Taxonomy
        Where the credentials are recorded (its ``credentials`` section and each
        role's ``entry.credentials``).
    skills : iterable of str, optional
        The skill ids the person's own words resolved to.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> nurse = Background(credentials=["RN (US, BSN)"])
    >>> "mental-health-nursing" in implied_skills(nurse, taxonomy)
    True
    >>> associate = implied_skills(Background(credentials=["LPC-Associate"]), taxonomy)
    >>> associate == implied_skills(Background(credentials=["LPC"]), taxonomy)
    True
    >>> sorted(implied_skills(Background(education="bachelor", field="Psychology"), taxonomy))
    ['critical-thinking', 'psychology', 'reading-comprehension', 'writing']
    """
    if background is None:
        return frozenset()
    degree = (
        degree_skills(background, taxonomy)
        | practised_skills(background.current_role, taxonomy)
        | past_practice(background, taxonomy)
        | helping_practice(background, taxonomy)
        | skill_practice(skills, taxonomy)
    )
    if not background.credentials:
        return degree
    ambiguous = _ambiguous(taxonomy)
    degree |= course_skills(background.credentials, taxonomy)  # "Mental Health First Aid"
    return degree | frozenset(
        skill
        for credential in _credentials(taxonomy)
        if certifies(background.credentials, credential, ambiguous=ambiguous)
        for skill in credential.implies
    )
