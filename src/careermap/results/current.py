"""The role a person holds now, read from their job title, and what it says they practise.

A person's current job title (``Background.current_role``, ``--current-role``) does
two things. The role it names is labelled as their current job in their ranking: the
same work with another employer or in another setting, which some people want and
others are leaving (:func:`current_job`; advice order places it after the moves they
could take now, :func:`careermap.rank_careers`). And the work it names
is work they do: someone four years into a peer support post coordinates with
services every week, so a match does not tell them to learn coordination
(:func:`practised_skills`, joined to what credentials and a degree certify by
:func:`careermap.results.readiness.implied_skills`).

Only a title that names one role confidently is a current job, so a vague or shared
title ("Senior clinician", "Child and family therapist") is not. Only the role's *essential*
requirements count: optional ones vary from post to post. A title that names no role
but a kind of work (*support worker*, *counsellor*, *clinical supervisor*) shows only
the broad skills every role of that kind requires (:func:`kind_of_work`). How a title is
read into a role is :mod:`careermap.results.title_roles`; this module remembers the
answers and says what the role held means for the person.
"""

from __future__ import annotations

import threading

from careermap.base.cache import derived
from careermap.resolve.background import Background
from careermap.results import title_words
from careermap.results.former_posts import no_longer_practised
from careermap.results.glossed import glossed_title
from careermap.results.post_names import english_post
from careermap.results.title_roles import (
    CURRENT_ROLE_MARGIN,
    CURRENT_ROLE_SCORE,
    find_role,
    in_latin_title,
    officer_role,
)
from careermap.results.title_words import ABOVE_ENTRY, GRADE, in_gloss
from careermap.results.verdict import Readiness
from careermap.results.work_kind import essential_skills, kind_of_work, kind_roles
from careermap.taxonomy.models import Role, Seniority, Taxonomy

__all__ = [
    "CURRENT_JOB",
    "CURRENT_ROLE_MARGIN",
    "CURRENT_ROLE_SCORE",
    "current_job",
    "current_role",
    "in_latin_title",
    "is_current",
    "kind_of_work",
    "kind_roles",
    "own_seniority",
    "practised_skills",
]

#: How many job titles a taxonomy remembers with the role each names (the newest).
TITLES_REMEMBERED = 256
_memo_lock = threading.Lock()


def current_role(held: str, taxonomy: Taxonomy, *, whole: bool = False) -> Role | None:
    """Return the role a person holds, from their job title as they write it, or ``None``.

    An exact id, title or alias (without regard to case) first, for the whole text,
    without what is in brackets, the post before a comma written with the specialty its
    setting names ("Staff Nurse, psychiatry and de-addiction wards": "Psychiatric Staff
    Nurse"; twenty-eighth round) and the post alone ("School counselor (grades 9-12)",
    "EAP counselor, telehealth"). Otherwise a confident fuzzy match: the
    title's rough stems, without words such as *certified* or *staff*, must score
    at least :data:`CURRENT_ROLE_SCORE` against one role's title or alias and beat
    every other role by :data:`CURRENT_ROLE_MARGIN`, so that a title near two roles
    ("Child and family therapist": child life or family therapy?) excludes neither.
    Failing both, a role name standing whole inside the title with a setting or grade
    around it ("Remote Area Mental Health Nurse"): the one role with the longest such
    name (:func:`_phrase`), unless *whole*. A title in another language that names no
    role as written is read in the English gloss in brackets after it
    (:func:`careermap.results.title_words.in_gloss`; twenty-ninth round), and so is a
    title in English letters none of whose words careermap knows
    (:func:`careermap.results.glossed.glossed_title`; thirty-third round); a title whose
    post is a profession's name in another language is read with it in English
    (:func:`careermap.results.post_names.english_post`; thirty-sixth round).

    Parameters
    ----------
    held : str
        The person's current job title.
    taxonomy : Taxonomy
        Where to look.
    whole : bool, optional
        Only a role the title names whole (exactly, by a confident fuzzy match or by its
        joined parts), not one named inside a longer title: the one advice order moves
        after the first moves (:data:`careermap.scoring.advice_rank.CURRENT_AFTER`).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> current_role("Crisis line counselor", taxonomy).id
    'crisis-counsellor'
    >>> current_role("Staff nurse, acute inpatient psychiatry", taxonomy).id
    'psychiatric-nurse'
    >>> current_role("Training Coordinator and MHFA Instructor", taxonomy).id
    'mental-health-first-aid-instructor'
    >>> current_role("Senior clinician", taxonomy) is None
    True
    >>> current_role("Clinical Nurse Specialist, AOD", taxonomy).id
    'mental-health-nurse-specialist'
    >>> current_role("Remote Area Mental Health Nurse (RN, credentialed MHN)", taxonomy).id
    'psychiatric-nurse'
    >>> current_role("Trainee Clinical Psychologist (withdrawn)", taxonomy) is None
    True
    >>> current_role("Remote Area Mental Health Nurse", taxonomy, whole=True) is None
    True
    >>> current_role("Assistante sociale, service de psychiatrie (CHU)", taxonomy).id
    'clinical-social-worker'
    >>> current_role("Social worker (not practising since 2014)", taxonomy) is None
    True
    """
    # A ranking with a background asks for the same title many times (the role marked as
    # the current job in every verdict, the skills it certifies, the experience it
    # shows): each taxonomy remembers the newest titles it was asked for, as the
    # semantic index remembers its texts.
    kept = "current-roles-whole" if whole else "current-roles"
    memo: dict[str, Role | None] = derived(taxonomy, kept, dict)
    try:
        return memo[held]
    except KeyError:
        # read42: "Social worker (not practising since 2014)" is a post held before, not now.
        found = None if no_longer_practised(held) else _held_role(held, taxonomy, whole=whole)
    with _memo_lock:
        memo[held] = found
        while len(memo) > TITLES_REMEMBERED:
            memo.pop(next(iter(memo)))
    return found


def practised_skills(held: str | None, taxonomy: Taxonomy) -> frozenset[str]:
    """Return the skills a person practises in the role they hold now.

    They are the essential requirements of the role their title names
    (:func:`current_role`). A title that names no role confidently may still name
    a kind of work ("Senior Support Worker (supported accommodation)", "Counsellor,
    university counselling centre"): then only the broad skills that every role of
    that kind asks for count (:func:`kind_of_work`), and a title naming no kind of
    work gives none.
    Like what a credential certifies, these skills are left out of a match's gaps
    and out of upskilling suggestions, and never change a score, which measures
    the skills the person listed. Levels are not compared: a skill a person
    practises daily is not something to *learn*, whatever level a new role asks.

    Parameters
    ----------
    held : str or None
        The person's current job title, as they write it.
    taxonomy : Taxonomy
        Where to look.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> "coordination" in practised_skills("Certified peer support specialist", taxonomy)
    True
    >>> sorted(practised_skills("Clinical supervisor (group practice)", taxonomy))[:3]
    ['administration-and-management', 'clinical-assessment', 'clinical-documentation']
    >>> sorted(practised_skills("Senior Support Worker (supported accommodation)", taxonomy))
    ['active-listening', 'social-perceptiveness']
    >>> practised_skills("Senior copywriter", taxonomy)
    frozenset()
    """
    if not held or not held.strip():
        return frozenset()
    role = current_role(held, taxonomy)
    if role is None:
        return kind_of_work(held, taxonomy)
    return essential_skills(role)


def own_seniority(held: str | None, taxonomy: Taxonomy) -> Seniority | None:
    """Return the seniority of a person's current job, where their job title says it.

    The seniority of the role the title names (:func:`current_role`). A title that names
    no role says its job is entry-level when every role its kind of work could be
    (:func:`kind_roles`) is entry-level ("Kaimahi / Community Support Worker": the
    peer, housing, youth, family and mental health support workers and the
    social services assistant), and says nothing otherwise. Years of entry-level
    work make no step down into an entry-level post, and no starter's pay
    (:func:`careermap.results.rungs.below_by_years`,
    :func:`careermap.results.rungs.starter_pay`; twenty-fifth round). A mid-level role
    named with a grade word (:data:`~careermap.results.title_words.GRADE`: "Senior
    Addiction Counsellor", "Community Psychiatric Nurse (Band 6)") is a senior post: its
    holder's years may reach above the role's own level, which years of a mid-level post
    without one do not (twenty-sixth round); an entry-level one so named ("Senior Support
    Worker") is a mid-level post (twenty-ninth round).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> own_seniority("Kaimahi / Community Support Worker (kaupapa Maori residential)", taxonomy)
    <Seniority.ENTRY: 'entry'>
    >>> own_seniority("Clinical supervisor", taxonomy)
    <Seniority.SENIOR: 'senior'>
    >>> own_seniority("Senior clinician", taxonomy) is None
    True
    >>> own_seniority("Guidance Counsellor", taxonomy), own_seniority(
    ...     "Senior Guidance Counsellor", taxonomy)
    (<Seniority.MID: 'mid'>, <Seniority.SENIOR: 'senior'>)
    >>> own_seniority("Senior Support Worker (supported accommodation)", taxonomy)
    <Seniority.MID: 'mid'>
    """
    if not held or not held.strip():
        return None
    role = current_role(held, taxonomy)
    if role is not None:
        rung = None if role.entry is None else role.entry.seniority
        return _graded(rung, held)
    rungs = {
        None if (entry := taxonomy.role_index[i].entry) is None else entry.seniority
        for i in kind_roles(held, taxonomy)
    }
    return _graded(Seniority.ENTRY, held) if rungs == {Seniority.ENTRY} else None


def _graded(rung: Seniority | None, held: str) -> Seniority | None:
    """Return *rung* one step higher when the title has a grade word for it.

    A senior or lead post of an entry-level kind of work ("Senior Support Worker", "Lead
    Peer Support Worker") is a mid-level one, as a senior post of a mid-level role is a
    senior one (:data:`~careermap.results.title_words.GRADE`,
    :data:`~careermap.results.title_words.ABOVE_ENTRY`; twenty-ninth round).
    """
    if rung is Seniority.MID and GRADE.search(held):
        return Seniority.SENIOR
    if rung is Seniority.ENTRY and ABOVE_ENTRY.search(held):
        return Seniority.MID
    return rung


def _held_role(held: str, taxonomy: Taxonomy, *, whole: bool) -> Role | None:
    """Return the role the title *held* names, read as :func:`current_role` says."""
    found = find_role(in_latin_title(held), taxonomy, phrase=not whole)
    if found is None and (gloss := in_gloss(held) or glossed_title(held, taxonomy)):
        found = find_role(gloss, taxonomy, phrase=not whole)
    if found is None and (english := english_post(held)):  # role36: "Assistante sociale"
        found = find_role(english, taxonomy, phrase=not whole)
    if found is None:  # role37: "Employee Wellness Officer" is a coordinator's post
        found = officer_role(held, taxonomy, phrase=not whole)
    return title_words.held_role(held, found, taxonomy)  # titles32: title_scope


#: What a ranking says of the role a person's job title names.
CURRENT_JOB = "Your current job: the same work with another employer or in another setting"


def is_current(role: str, background: Background, taxonomy: Taxonomy) -> bool:
    """Say whether *role* (an id) is the one the person's job title names.

    Named whole (:func:`current_role` with *whole*), or, for a person who wants the same
    work elsewhere (``Background.same_work``), inside a longer title too ("Remote Area
    Mental Health Nurse"): for others such a role is ranked as any move, though what it
    practises is still certified (:func:`practised_skills`; twenty-fifth round).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> is_current("recovery-coach", Background(current_role="Recovery worker"), taxonomy)
    True
    >>> is_current("wellness-coach", Background(current_role="Recovery worker"), taxonomy)
    False
    >>> remote = "Remote Area Mental Health Nurse"
    >>> is_current("psychiatric-nurse", Background(current_role=remote), taxonomy)
    False
    >>> is_current("psychiatric-nurse", Background(current_role=remote, same_work=True), taxonomy)
    True
    """
    held = background.current_role
    whole = not background.same_work
    found = current_role(held, taxonomy, whole=whole) if held and held.strip() else None
    return found is not None and found.id == role


def current_job() -> Readiness:
    """Return the ``current`` verdict: the person holds the role, the same work elsewhere.

    A person holds the role their job title names, so whether they could be hired into
    it is not the question: a ranking names it as their current job, the same work
    with another employer or in another setting (a health coach in another practice, a
    recovery worker with another charity). Advice order places it by its score among the
    moves the person could take now, never before the first five
    (:data:`careermap.scoring.advice_rank.CURRENT_AFTER`; :func:`careermap.rank_careers`).

    Examples
    --------
    >>> print(current_job())
    Your current job: the same work with another employer or in another setting
    """
    return Readiness(verdict="current", summary=CURRENT_JOB)
