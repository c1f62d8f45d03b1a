"""The role a job title names, read: exactly, by a name inside it, or by a near match.

:func:`careermap.results.current.current_role` remembers the newest titles a taxonomy
was asked for and reads a new one here (:func:`find_role`, and an officer's title as a
coordinator's or specialist's post, :func:`officer_role`): an exact id, title or alias
for the whole title, without what is in brackets, the post before a comma written with
the specialty its setting names; then a confident fuzzy match (rapidfuzz
``token_sort_ratio`` on rough stems, at least :data:`CURRENT_ROLE_SCORE` and
:data:`CURRENT_ROLE_MARGIN` above every other role); titles joining two jobs name the one
role their parts name; a role's longest name standing whole inside the title names it.
A title in two scripts is read in its Latin-alphabet words (:func:`in_latin_title`).
"""

from __future__ import annotations

import re

from careermap.base.cache import derived
from careermap.base.text import BRACKETED, match_key
from careermap.results import title_swaps
from careermap.results.post_names import officer_posts
from careermap.results.title_words import other_post, specialty_titles
from careermap.results.work_kind import _TITLE_QUALIFIERS, _unbracketed
from careermap.taxonomy.lookup import get_role
from careermap.taxonomy.models import Role, Taxonomy

__all__ = [
    "CURRENT_ROLE_MARGIN",
    "CURRENT_ROLE_SCORE",
    "find_role",
    "in_latin_title",
    "officer_role",
]

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


def officer_role(held: str, taxonomy: Taxonomy, *, phrase: bool) -> Role | None:
    """Return the one role an officer's title names as a coordinator's or specialist's.

    :func:`careermap.results.post_names.officer_posts`: "Employee Wellness Officer
    (mine)" is the employee wellness coordinator; when the two readings name two roles,
    the title names neither.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> officer_role("Employee Wellness Officer (mine)", taxonomy, phrase=True).id
    'corporate-wellness-coordinator'
    >>> print(officer_role("Senior clinician", taxonomy, phrase=True))
    None
    """
    named: dict[str, Role] = {}
    for title in officer_posts(held):
        role = find_role(title, taxonomy, phrase=phrase)
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


def find_role(held: str, taxonomy: Taxonomy, *, phrase: bool = True) -> Role | None:
    """Return the role a job title names (with *phrase*, a name inside the title too).

    :func:`~careermap.results.current.current_role` without its memory.

    A title that names no role whole but joins two jobs ("Training Coordinator and MHFA
    Instructor", "Social worker / key worker") names the one role its parts name; parts
    naming two roles name none (the person holds both, and neither alone is their job).
    Titles joined by a slash with spaces ("Kaimahi / Community Support Worker",
    "Community health worker / promotora": one job in two languages or two names) are
    read each as a title of its own, so that a part naming nothing (a word of another
    language) does not hide the role another part names (twenty-fifth round).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> find_role("Training Coordinator and MHFA Instructor", taxonomy).id
    'mental-health-first-aid-instructor'
    >>> find_role("Remote Area Mental Health Nurse", taxonomy).id
    'psychiatric-nurse'
    >>> print(find_role("Remote Area Mental Health Nurse", taxonomy, phrase=False))
    None
    """
    found = _whole(held, taxonomy)
    if found is not None:
        return found
    first = _unbracketed(held).split(",")[0]
    titles = [title for title in _TITLES.split(first) if title.strip()]
    if len(titles) > 1:
        named: dict[str, Role] = {}
        for title in titles:
            role = find_role(title, taxonomy, phrase=phrase)
            if role is not None:
                named.setdefault(role.id, role)
        return next(iter(named.values())) if len(named) == 1 else None
    pieces = [piece for piece in _JOINED.split(first) if piece.strip()]
    if len(pieces) < 2:
        return _phrase(held, taxonomy) if phrase else None
    roles = [_whole(piece, taxonomy) for piece in pieces]
    lone = [r is None and len(p.split()) < 2 for p, r in zip(pieces, roles, strict=True)]
    # "Child and family therapist": a word joined to the title after it, not two jobs. A
    # word after a title a part names is a second job the catalogue has no role for
    # ("Health mediator and interpreter"): the title names the role its first part does
    # (forty-second round, role42).
    if any(lone[:-1]) or (lone[-1] and not any(roles[:-1])):
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
