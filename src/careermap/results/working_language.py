"""A post whose working language the person does not show: a long step, not a course.

Some posts are done in a language: the Deaf mental health support worker works with Deaf
people in their own sign language, and its ``entry.experience`` asks for that language
(:class:`careermap.taxonomy.experience.Experience`, whose skills are the language). A
person who shows neither the language nor work in it would get the ``experience``
verdict, a step grouped with the moves they could take soon, and the post could fill
their first five. But a language is learned over years, not in a course or a few months
of work before a job move (British Sign Language to the fluency a support post asks is
a Level 3 qualification or more, after Levels 1 and 2): the post needs it as it needs a
licence (thirty-second round; the nineteenth set's Ghent peer expert, who named no sign
language, was shown the Deaf post fifth).

:func:`language_gate` makes that ``experience`` verdict a ``needs`` verdict naming the
language (:attr:`~careermap.results.verdict.Gate.LANGUAGE`), so advice order groups the
post with those needing a degree or a licence, a thin list does not fill with it, and
upskilling does not advise towards it. :func:`languages` are the taxonomy's language
skills: *Second language* and every skill narrower than it (*Sign language*, and
*Interpreting*, which needs two languages); upskilling suggests none of them unasked
(:func:`careermap.exploration.upskilling.upskilling`).
"""

from __future__ import annotations

from careermap.base.cache import derived
from careermap.results.verdict import Gate, Readiness
from careermap.taxonomy.experience import Experience
from careermap.taxonomy.models import Taxonomy

__all__ = ["LANGUAGE_SKILL", "asked_language", "language_gate", "languages"]

#: The skill every language skill is a kind of (ESCO's pillar of language skills and
#: knowledge; O*NET's Foreign Language, 2.C.7.b).
LANGUAGE_SKILL = "second-language"


def languages(taxonomy: Taxonomy) -> frozenset[str]:
    """Return the ids of *taxonomy*'s language skills: :data:`LANGUAGE_SKILL` and those under it.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> sorted(languages(load_taxonomy()))
    ['interpreting', 'second-language', 'sign-language']
    """

    def build() -> frozenset[str]:
        if LANGUAGE_SKILL not in taxonomy.skill_index:
            return frozenset()
        found = {LANGUAGE_SKILL}
        grown = True
        while grown:  # narrower skills, level by level, until none is added
            more = {s.id for s in taxonomy.skills if found.intersection(s.broader)} - found
            found |= more
            grown = bool(more)
        return frozenset(found)

    return derived(taxonomy, "language-skills", build)


def asked_language(experience: Experience | None, taxonomy: Taxonomy) -> tuple[str, ...]:
    """Return the labels of the languages *experience* asks for, or ``()``.

    An experience is a language's when it names skills and every one is a language skill
    (:func:`languages`): the post's work is done in that language.

    Examples
    --------
    >>> from careermap import load_taxonomy, lookup_role
    >>> taxonomy = load_taxonomy()
    >>> asked_language(lookup_role("deaf-mental-health-support-worker").entry.experience, taxonomy)
    ('sign language',)
    >>> asked_language(lookup_role("crisis-line-supervisor").entry.experience, taxonomy)
    ()
    """
    if experience is None or not experience.skills:
        return ()
    found = languages(taxonomy)
    if not set(experience.skills) <= found:
        return ()
    labels = (taxonomy.skill_index[skill].label for skill in experience.skills)
    return tuple(label[:1].lower() + label[1:] for label in labels)


def language_gate(
    found: Readiness, experience: Experience | None, taxonomy: Taxonomy | None
) -> Readiness:
    """Return *found*, an ``experience`` verdict for a language, as a ``needs`` verdict.

    Any other verdict is returned as it is: a post needing a degree or a licence already
    needs a long step, and one whose language the person shows is not gated; so is any
    verdict without *taxonomy* (which says which skills are languages). The summary
    names the language instead of the experience; what followed it (a step after it, the
    school diploma their years of work meet) is kept.

    Examples
    --------
    >>> from careermap import load_taxonomy, lookup_role
    >>> taxonomy = load_taxonomy()
    >>> deaf = lookup_role("deaf-mental-health-support-worker").entry.experience
    >>> wanted = f"experience of {deaf.of}"
    >>> found = Readiness(verdict="experience", needs=(wanted,),
    ...                   summary=f"Needs {wanted} first: most postings ask for it, and "
    ...                           "nothing you wrote shows it")
    >>> gated = language_gate(found, deaf, taxonomy)
    >>> gated.verdict, gated.gates, gated.needs
    ('needs', (<Gate.LANGUAGE: 'language'>,), ('fluent sign language',))
    >>> print(gated.summary)  # doctest: +NORMALIZE_WHITESPACE
    Needs fluent sign language, the post's working language: most postings ask for it,
    nothing you wrote shows it, and a language takes years to learn, not a short course
    """
    if found.verdict != "experience" or experience is None or taxonomy is None:
        return found
    asked = asked_language(experience, taxonomy)
    if not asked:
        return found
    wanted = f"experience of {experience.of}"
    said = f"Needs {wanted} first: most postings ask for it, and nothing you wrote shows it"
    language = "fluent " + " or ".join(asked)
    instead = (
        f"Needs {language}, the post's working language: most postings ask for it, nothing "
        "you wrote shows it, and a language takes years to learn, not a short course"
    )
    summary = found.summary.replace(said, instead, 1)
    needs = tuple(language if need == wanted else need for need in found.needs)
    # A step named after the language ("; then: ...") stays a short step beside it.
    gates = (Gate.LANGUAGE,) + (Gate.SHORT,) * (len(needs) - 1)
    update = {"verdict": "needs", "summary": summary, "needs": needs, "gates": gates}
    return found.model_copy(update=update)
