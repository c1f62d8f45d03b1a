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
the broad skills every role of that kind requires (:func:`kind_of_work`).
"""

from __future__ import annotations

import re
import threading

from careermap.base.cache import derived
from careermap.base.text import BRACKETED, match_key
from careermap.resolve.background import Background
from careermap.results import title_swaps, title_words
from careermap.results.glossed import glossed_title
from careermap.results.post_names import english_post, officer_posts
from careermap.results.title_words import ABOVE_ENTRY, GRADE, in_gloss, other_post, specialty_titles
from careermap.results.verdict import Readiness
from careermap.results.work_kind import (
    _TITLE_QUALIFIERS,
    _unbracketed,
    essential_skills,
    kind_of_work,
    kind_roles,
)
from careermap.taxonomy.lookup import get_role
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

#: How close a person's job title must come to a role's title or alias (rapidfuzz
#: token_sort_ratio on rough stems, 0-100) for the role to count as the one they hold,
#: and by how much it must beat every other role's best name: a title that is near two
#: roles is not anyone's.
CURRENT_ROLE_SCORE = 90
CURRENT_ROLE_MARGIN = 5


def _role_keys(taxonomy: Taxonomy) -> dict[str, str]:
    """Rough stems of every title and alias to its role id (names two roles share: none)."""

    def build() -> dict[str, str]:
        owners: dict[str, set[str]] = {}
        for role in taxonomy.roles:
            for name in (role.title, *role.aliases):
                owners.setdefault(match_key(name), set()).add(role.id)
        return {key: next(iter(ids)) for key, ids in owners.items() if key and len(ids) == 1}

    return derived(taxonomy, "role-keys", build)


def _title_variants(held: str) -> tuple[list[str], list[str]]:
    """Return the whole title, without brackets, with its specialty, before the first comma.

    The post before the first comma written with the specialty its setting names
    ("Staff Nurse, psychiatry and de-addiction wards": "Psychiatric Staff Nurse"; to look
    up only, "Clinical Nurse Specialist (mental health)" for "Clinical Nurse Specialist,
    AOD": :func:`careermap.results.title_words.specialty_titles`) comes before the bare
    post; last the parts rotated. The first list is looked up exactly, in that order;
    the second, without the names to look up only, is matched fuzzily.
    """
    plain = _unbracketed(held)
    parts = [part.strip() for part in plain.split(",") if part.strip()]
    setting = " ".join([*parts[1:], *BRACKETED.findall(held)])
    special, named = specialty_titles(parts[0], setting) if parts else ([], [])
    named = [*_specialty_first(held), *named]
    first = [" ".join(held.split()), plain, *special]
    last = parts[:1]
    if len(parts) > 1:  # "Staff nurse, acute inpatient psychiatry" -> "... psychiatry Staff nurse"
        last.append(" ".join([*parts[1:], parts[0]]))
    return [*first, *named, *last], [*first, *last]


#: A post with its specialty in brackets after it, before any comma: "Psychologist
#: (Educational)", "Social Worker (Clinical)".
_SPECIALTY_AFTER = re.compile(
    r"^\s*(?P<post>[^,()]+?)\s*\((?P<specialty>[A-Za-z-]+(?: [A-Za-z-]+)?)\)"
)


#: A licence in brackets after a post that names no profession ("clinician",
#: "practitioner"): the profession the post is held in. A registered nurse (RN, RMN, RPN),
#: a licensed social worker (LCSW, LICSW, LMSW), a licensed counsellor (LPC, LMHC, LPCC),
#: as the credentials of the catalogue name them (credentials.yaml).
_LICENSED_AS = {
    **dict.fromkeys(("RN", "RMN", "RPN"), "Nurse"),
    **dict.fromkeys(("LCSW", "LICSW", "LMSW"), "Social Worker"),
    **dict.fromkeys(("LPC", "LMHC", "LPCC"), "Counselor"),
}
_GENERIC_POST = re.compile(r"\b(?:clinician|practitioner)\s*$", re.IGNORECASE)


def _specialty_first(held: str) -> list[str]:
    """Return the post with the specialty in brackets after it written first, to look up.

    New Zealand's and the United Kingdom's public services write a psychologist's scope
    after the post ("Psychologist (Educational)", the Ministry of Education's Learning
    Support title; the HCPC's "Practitioner psychologist (Clinical)"), as O*NET's titles
    write it before ("Educational Psychologist"): the post so written names a role only
    when it is a role's name exactly (fortieth round, role40).

    Examples
    --------
    >>> _specialty_first("Psychologist (Educational), Learning Support, Ministry of Education")
    ['Educational Psychologist']
    >>> _specialty_first("Peer Support Specialist (VA)"), _specialty_first("Nurse")
    (['VA Peer Support Specialist'], [])

    A licence in brackets after a clinician's or practitioner's post names the profession
    it is held in (:data:`_LICENSED_AS`): a mental health clinician who is a registered
    nurse is a mental health nurse.

    >>> _specialty_first("Mental Health Clinician (RN), hospital mental health clinic")
    ['Mental Health Nurse']
    """
    found = _SPECIALTY_AFTER.match(held)
    if found is None:
        return []
    post, specialty = found["post"], found["specialty"]
    profession = _LICENSED_AS.get(specialty.upper())
    if profession and (generic := _GENERIC_POST.search(post)):  # "Clinician (RN)": a nurse
        return [f"{post[: generic.start()].rstrip()} {profession}"]
    return [f"{specialty} {post}"]


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
        found = _find(in_latin_title(held), taxonomy, phrase=not whole)
        if found is None and (gloss := in_gloss(held) or glossed_title(held, taxonomy)):
            found = _find(gloss, taxonomy, phrase=not whole)
        if found is None and (english := english_post(held)):  # role36: "Assistante sociale"
            found = _find(english, taxonomy, phrase=not whole)
        if found is None:  # role37: "Employee Wellness Officer" is a coordinator's post
            found = _officer(held, taxonomy, phrase=not whole)
        found = title_words.held_role(held, found, taxonomy)  # titles32: title_scope
    with _memo_lock:
        memo[held] = found
        while len(memo) > TITLES_REMEMBERED:
            memo.pop(next(iter(memo)))
    return found


def _officer(held: str, taxonomy: Taxonomy, *, phrase: bool) -> Role | None:
    """Return the one role an officer's title names as a coordinator's or specialist's.

    :func:`careermap.results.post_names.officer_posts`: "Employee Wellness Officer
    (mine)" is the employee wellness coordinator; when the two readings name two roles,
    the title names neither.
    """
    named: dict[str, Role] = {}
    for title in officer_posts(held):
        role = _find(title, taxonomy, phrase=phrase)
        if role is not None:
            named.setdefault(role.id, role)
    return next(iter(named.values())) if len(named) == 1 else None


#: A gloss in brackets where a title begins, once the words of another script are gone.
_LEADING_GLOSS = re.compile(r"^\((?P<gloss>[^()]+)\)")


def in_latin_title(held: str) -> str:
    """Return a job title written in two scripts in its Latin-alphabet words.

    A person glosses a title in their own script in English, as they gloss a skill
    ("Дитячий психолог (child psychologist), hospital outpatient department"; the skill
    reader's rule: :func:`careermap.resolve.notes.in_latin_words`): the catalogue's names
    are in the Latin alphabet, so the gloss is the title to read, and a gloss in brackets
    where the title began is the post (twenty-eighth round). A title in one script is kept.

    Examples
    --------
    >>> in_latin_title("Дитячий психолог (child psychologist), hospital outpatient department")
    'child psychologist, hospital outpatient department'
    >>> in_latin_title("Психолог")
    'Психолог'
    >>> in_latin_title("Staff Nurse (psychiatry)")
    'Staff Nurse (psychiatry)'
    """
    if held.isascii():  # one script: the skill reader's modules are not needed
        return held
    from careermap.resolve.notes import in_latin_words  # noqa: PLC0415 - lazy, for the CLI

    latin = in_latin_words(held)
    return held if latin == held else _LEADING_GLOSS.sub(r"\g<gloss>", latin)


def _find(held: str, taxonomy: Taxonomy, *, phrase: bool = True) -> Role | None:
    """:func:`current_role` without the memory (with *phrase*, a name inside the title).

    A title that names no role whole but joins two jobs ("Training Coordinator and MHFA
    Instructor", "Social worker / key worker") names the one role its parts name; parts
    naming two roles name none (the person holds both, and neither alone is their job).
    Titles joined by a slash with spaces ("Kaimahi / Community Support Worker",
    "Community health worker / promotora": one job in two languages or two names) are
    read each as a title of its own, so that a part naming nothing (a word of another
    language) does not hide the role another part names (twenty-fifth round).
    """
    found = _whole(held, taxonomy)
    if found is not None:
        return found
    first = _unbracketed(held).split(",")[0]
    titles = [title for title in _TITLES.split(first) if title.strip()]
    if len(titles) > 1:
        named: dict[str, Role] = {}
        for title in titles:
            role = _find(title, taxonomy, phrase=phrase)
            if role is not None:
                named.setdefault(role.id, role)
        return next(iter(named.values())) if len(named) == 1 else None
    pieces = [piece for piece in _JOINED.split(first) if piece.strip()]
    if len(pieces) < 2:
        return _phrase(held, taxonomy) if phrase else None
    roles = [_whole(piece, taxonomy) for piece in pieces]
    lone = (r is None and len(p.split()) < 2 for p, r in zip(pieces, roles, strict=True))
    if any(lone):  # "Child and family therapist": a word joined to a title, not two jobs
        return None
    named = {role.id: role for role in roles if role is not None}
    if not named:  # "Mental Health and Addictions Outreach Worker": no part is a title
        found = _phrase(held, taxonomy) if phrase else None
        return found if found is not None else _shared_post(pieces, taxonomy, phrase=phrase)
    return next(iter(named.values())) if len(named) == 1 else None


def _shared_post(pieces: list[str], taxonomy: Taxonomy, *, phrase: bool) -> Role | None:
    """Return the role the first of two fields joined before one post names with it.

    "Suicide Prevention and Postvention Coordinator" is a suicide prevention coordinator
    and a postvention coordinator: the post after the last field is each field's (as in
    "drug and alcohol worker"). Read only when no part and no name inside the whole title
    names a role (fortieth round, role40).
    """
    if len(pieces) != 2 or len(last := pieces[1].split()) < 2:
        return None
    shared = f"{pieces[0].strip()} {last[-1]}"
    found = _whole(shared, taxonomy)
    return found if found is not None or not phrase else _phrase(shared, taxonomy)


#: A post held while training for the role a title names ("Trainee Clinical Psychologist"):
#: the role is the one trained for, not the job held.
_TRAINING = re.compile(r"\b(?:trainee|student|intern|apprentice)\b", re.IGNORECASE)
#: An abbreviation a role is known by, as written: capitals ("RMN", "CPN", "LCSW").
_CAPITALS = re.compile(r"\b[A-Z][A-Z0-9]{1,6}\b")


def _phrases(taxonomy: Taxonomy) -> tuple[tuple[str, int, str], ...]:
    """Each role name that can stand inside a longer title, its length in words, its role.

    Names of two or more words, as rough stems, and abbreviations written in capitals, as
    written; names two roles share are left out.
    """

    def build() -> tuple[tuple[str, int, str], ...]:
        owners: dict[tuple[str, int], set[str]] = {}
        for role in taxonomy.roles:
            for name in (role.title, *role.aliases):
                if _CAPITALS.fullmatch(name.strip()):
                    owners.setdefault((name.strip(), 1), set()).add(role.id)
                elif len(words := match_key(name).split()) >= 2:
                    owners.setdefault((" ".join(words), len(words)), set()).add(role.id)
        return tuple(
            (phrase, size, next(iter(ids)))
            for (phrase, size), ids in sorted(owners.items())
            if len(ids) == 1
        )

    return derived(taxonomy, "role-phrases", build)


def _phrase(held: str, taxonomy: Taxonomy) -> Role | None:
    """Return the one role whose longest name stands whole inside a title, or ``None``.

    A title names a role's name with a setting or a grade around it ("Remote Area Mental
    Health Nurse", "Mental Health and Addictions Outreach Worker"): the role whose
    longest name of two or more words, or abbreviation in capitals ("Staff Nurse, RPN"),
    is a whole phrase of the title before its first comma and without its brackets is
    the one it names, when no other role has a name as long in it (twenty-fifth round).
    After a comma comes a setting or a credential's holder's post ("BCBA, clinical
    supervisor": a behaviour analyst's supervision, not the clinical supervisor's post,
    which asks for a clinical licence). A trainee's title names the role trained for, not
    the job held: none.
    """
    plain = _unbracketed(held).split(",")[0]
    if _TRAINING.search(plain):
        return None
    words, capitals = f" {match_key(plain)} ", set(_CAPITALS.findall(plain))
    found: dict[str, int] = {}
    for phrase, size, role_id in _phrases(taxonomy):
        if (phrase in capitals) if size == 1 else (f" {phrase} " in words):
            found[role_id] = max(found.get(role_id, 0), size)
    longest = max(found.values(), default=0)
    named = [role_id for role_id, size in found.items() if size == longest]
    return taxonomy.role_index[named[0]] if len(named) == 1 else None


#: What joins two jobs in one title: "and", "&", a slash.
_JOINED = re.compile(r"\s+(?:and|&)\s+|\s*/\s*", re.IGNORECASE)
#: What separates two titles of one job, each read on its own: a slash with spaces.
_TITLES = re.compile(r"\s+/\s+")


def _whole(held: str, taxonomy: Taxonomy) -> Role | None:
    """Return the role a title names as a whole, exactly or by a confident fuzzy match."""
    exact, variants = _title_variants(held)
    for name in exact:
        found = get_role(name, taxonomy=taxonomy)
        if found is not None:
            return found
    from rapidfuzz import fuzz  # noqa: PLC0415 - only an unknown title needs it

    best: dict[str, float] = {}
    # Names near by their letters with another word in place of one of theirs: never the
    # role held, but a title near one is near two names, and names neither (titles34).
    swapped: dict[str, float] = {}
    keys = _role_keys(taxonomy)
    posts = _posts(taxonomy)
    near = CURRENT_ROLE_SCORE - CURRENT_ROLE_MARGIN  # a lower score decides nothing
    for name in variants:
        key = match_key(_TITLE_QUALIFIERS.sub(" ", name))
        if not key:
            continue
        for known, role_id in keys.items():
            if other_post(key, known, posts):
                continue
            score = fuzz.token_sort_ratio(key, known)
            if score >= near and title_swaps.swaps_a_word(key, known):
                # Another word in place of one of the name's: "care" for "career",
                # "patrol" for "parole" (title_swaps)
                swapped[role_id] = max(swapped.get(role_id, 0.0), score)
                continue
            best[role_id] = max(best.get(role_id, 0.0), score)
    ranked = sorted(best.items(), key=lambda pair: (-pair[1], pair[0]))
    if not ranked or ranked[0][1] < CURRENT_ROLE_SCORE:
        return None
    winner, top = ranked[0]
    rivals = [score for _, score in ranked[1:]]
    rivals += [score for role_id, score in swapped.items() if role_id != winner]
    if any(top - score < CURRENT_ROLE_MARGIN for score in rivals):
        return None
    return taxonomy.role_index[winner]


def _posts(taxonomy: Taxonomy) -> frozenset[str]:
    """Return the last words (rough stems) of the role names: the posts they name."""

    def build() -> frozenset[str]:
        return frozenset(key.rsplit(" ", 1)[-1] for key in _role_keys(taxonomy))

    return derived(taxonomy, "role-posts", build)


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
