"""Whether a role a job title names is the post held, or a post around it (thirty-second round).

:func:`careermap.results.current.current_role` finds a role's name in a title, exactly, by
a confident fuzzy match or standing inside a longer title. Three kinds of title name a
role's name without being that post (:func:`held_role`):

- a *generic* name (:func:`generic_names`: a role's two-word name that is the post of
  other roles' names too, naming no specialty: "Case Manager", "Program Coordinator",
  "Care Coordinator") after words naming another field of work: an "Employment Services
  Case Manager" (O*NET 21-1015.00, rehabilitation counselors) is not the mental health
  case manager, a "Community Health Program Coordinator" (21-1094.00) not the peer
  support supervisor. Where the words before it name one other role whole (its name, or
  its name without its post: "Recreational Therapy", "Community Health"), that role is
  the post (:func:`_other_field`);
- an assistant's, aide's or trainee's post named after the post assisted
  ("Addictions Counselor Assistant", O*NET 21-1093.00, social and human service
  assistants): the title names the post assisted, not the one held. Posts whose name
  holds the word ("Nursing Assistant", "Assistant Psychologist") are names of their own;
- a care coordinator in a mental health team (:data:`CARE_COORDINATOR`,
  :func:`team_coordinator`): in the NHS a care coordinator under the Care Programme
  Approach is the registered mental health professional who holds a person's care plan
  (Department of Health, *Refocusing the Care Programme Approach*, 2008; ESCO v1.2.0
  lists "care coordinator (mental health)" among the alternative labels of *mental
  health social worker*, ISCO-08 2635), not the patient care coordinator of a clinic's
  administration (O*NET 11-9111.00). Its kind of work is the mental health clinicians'
  who hold that post (:data:`TEAM_KIND`).
"""

from __future__ import annotations

import re

from careermap.base.cache import derived
from careermap.base.text import BRACKETED, match_key
from careermap.results.title_words import ADDICTION, MENTAL_HEALTH
from careermap.taxonomy.models import Role, Taxonomy

__all__ = [
    "CARE_COORDINATOR",
    "TEAM_KIND",
    "generic_names",
    "held_role",
    "team_coordinator",
]

#: A care coordinator's post ("Care Coordinator", "Care co-ordinator").
CARE_COORDINATOR = re.compile(r"\bcare\s+co-?ordinator\b", re.IGNORECASE)
#: Words of a title that place a care coordinator in a mental health team: mental
#: health, psychiatry, psychosis, a community mental health team (CMHT), early
#: intervention in psychosis (EIP), the Care Programme Approach (CPA), the child and
#: adolescent service (CAMHS).
_MENTAL_HEALTH_TEAM = re.compile(
    r"\b(?:mental\s+health|psychiatr\w*|psychos[ie]s|camhs|cmht|eip|cpa"
    r"|care\s+programme\s+approach)\b",
    re.IGNORECASE,
)
#: The catalogue's roles a CPA care coordinator is: the mental health case manager (whose
#: UK posts are care coordinators, its credential note), the mental health social worker
#: (ESCO's alternative label, the clinical social worker's alias) and the community
#: psychiatric nurse (the psychiatric nurse's alias), the professions the Care Programme
#: Approach draws its care coordinators from.
TEAM_KIND = frozenset({"clinical-social-worker", "mental-health-case-manager", "psychiatric-nurse"})
#: A post that assists another or trains for it, named after the post assisted.
_ASSISTING = frozenset(match_key("assistant aide trainee helper apprentice").split())
#: Words of grade or of how a post is held, which name no field.
_HOW_HELD = frozenset(
    match_key(
        "certified licensed licenced registered staff qualified senior junior lead principal"
        " chief head deputy assistant associate acting interim"
    ).split()
)
#: The catalogue's own field, which names no other: mental health work and the treatment
#: of substance use ("Mental Health and Addictions Outreach Worker" is an outreach worker).
_DOMAIN = re.compile(f"{MENTAL_HEALTH.pattern}|{ADDICTION.pattern}", re.IGNORECASE)
#: A word that stands in the names of this many roles or more names a setting
#: ("community", "health", "social"), not one role's field.
SETTING_ROLES = 3


def team_coordinator(held: str) -> bool:
    """Say whether a job title is a care coordinator in a mental health team.

    Examples
    --------
    >>> team_coordinator("Care Coordinator, Early Intervention in Psychosis")
    True
    >>> team_coordinator("Care coordinator (mental health)")
    True
    >>> team_coordinator("Care Coordinator"), team_coordinator("Patient care coordinator, CMHT")
    (False, False)
    """
    post = " ".join(BRACKETED.sub(" ", held).split(",")[0].split())
    if not CARE_COORDINATOR.search(post) or re.search(r"\bpatient\b", post, re.IGNORECASE):
        return False
    return bool(_MENTAL_HEALTH_TEAM.search(held))


def _words(name: str) -> list[str]:
    return match_key(BRACKETED.sub(" ", name)).split()


def _tails(taxonomy: Taxonomy) -> dict[str, frozenset[str]]:
    """Map the last two words (rough stems) of every role name to its roles."""

    def build() -> dict[str, frozenset[str]]:
        owners: dict[str, set[str]] = {}
        for role in taxonomy.roles:
            for name in (role.title, *role.aliases):
                words = _words(name)
                if len(words) >= 2:
                    owners.setdefault(" ".join(words[-2:]), set()).add(role.id)
        return {tail: frozenset(ids) for tail, ids in owners.items()}

    return derived(taxonomy, "title-scope-tails", build)


def generic_names(role: Role, taxonomy: Taxonomy) -> tuple[str, ...]:
    """Return a role's generic names, as rough stems: posts that name no specialty.

    A two-word name other than the role's title, not an abbreviation, whose two words
    end another role's name too: "Case Manager" (the nurse and the return-to-work case
    managers'), "Program Coordinator" (the volunteer coordinator's "Volunteer program
    coordinator"). Such a name is that role's post only where nothing before it in a title
    names another field (:func:`held_role`).

    Examples
    --------
    >>> from careermap import load_taxonomy, lookup_role
    >>> taxonomy = load_taxonomy()
    >>> generic_names(lookup_role("mental-health-case-manager"), taxonomy)
    ('case manag', 'care manag')
    >>> generic_names(lookup_role("psychiatric-nurse"), taxonomy)
    ()
    """
    title = " ".join(_words(role.title))
    found: list[str] = []
    for name in role.aliases:
        key = " ".join(_words(name))
        if len(key.split()) != 2 or key == title or re.fullmatch(r"[A-Z]{2,6}", name.strip()):
            continue
        if _tails(taxonomy).get(key, frozenset()) - {role.id}:
            found.append(key)
    return tuple(dict.fromkeys(found))


def _short(words: list[str]) -> tuple[str, ...]:
    """Words cut to five letters: "therapy" and "therapist", "recreation" and "recreational"."""
    return tuple(word[:5] for word in words)


def _field_words(taxonomy: Taxonomy) -> dict[str, frozenset[str]]:
    """Map each word (rough stem) of a role name before its post to the roles naming it."""

    def build() -> dict[str, frozenset[str]]:
        words: dict[str, set[str]] = {}
        for role in taxonomy.roles:
            for name in (role.title, *role.aliases):
                for word in _words(name)[:-1]:
                    words.setdefault(word, set()).add(role.id)
        return {word: frozenset(ids) for word, ids in words.items()}

    return derived(taxonomy, "title-scope-fields", build)


def _named_whole(qualifier: list[str], taxonomy: Taxonomy) -> set[str]:
    """Return the roles words name whole: a name, a name without its post, a name's end.

    Words are compared on their first five letters ("Recreational Therapy": the
    recreational therapist; "Community Health": the community health worker; "Social
    Work": each social worker's). One word names no role so: "Youth", "Forensic" are
    settings of many posts, though a role's name is that word and its post.
    """
    short = _short(qualifier)
    size = len(short)
    named: set[str] = set()
    if size < 2:
        return named
    for role in taxonomy.roles:
        for name in (role.title, *role.aliases):
            key = _short(_words(name))
            if short in (key, key[:-1]) or (size < len(key) and key[-size:] == short):
                named.add(role.id)
    return named


def _own_words(role: Role) -> frozenset[str]:
    return frozenset(word for name in (role.title, *role.aliases) for word in _words(name))


def _other_field(before: list[str], role: Role, taxonomy: Taxonomy) -> Role | bool | None:
    """Return what the words before a generic name say of the post.

    *False*: they name no other field: only words of the role's own names, of grade, of a
    setting (words of :data:`SETTING_ROLES` roles' names or more), or work of the role's
    own occupation (a role of its O*NET-SOC code: a "Social Work Case Manager" is a case
    manager, whose code is the mental health social workers'). A role: they name that one
    other role whole (:func:`_named_whole`). *None*: they name another field.
    """
    own = _own_words(role)
    qualifier = [word for word in before if word not in _HOW_HELD]
    if not qualifier or own.issuperset(qualifier):
        return False
    if not own.intersection(qualifier):
        named = _named_whole(qualifier, taxonomy) - {role.id}
        codes = {taxonomy.role_index[i].onet_soc for i in named}
        if role.onet_soc is not None and role.onet_soc in codes:
            return False
        if len(named) == 1:
            return taxonomy.role_index[next(iter(named))]
        if named:
            return None
    fields = _field_words(taxonomy)
    other = (
        word
        for word in qualifier
        if word not in own and 0 < len(fields.get(word, frozenset()) - {role.id}) < SETTING_ROLES
    )
    return None if any(other) else False


def held_role(held: str, found: Role | None, taxonomy: Taxonomy) -> Role | None:
    """Return the role a title names as the post held, from the one found in it.

    *found* is the role :func:`careermap.results.current.current_role` found. A care
    coordinator in a mental health team (:func:`team_coordinator`), a post named after
    the post it assists ("Addictions Counselor Assistant") and a generic name after
    words naming another field (:func:`generic_names`, :func:`_other_field`) are not
    *found*'s post: the role those words name whole, or none.

    Examples
    --------
    >>> from careermap import load_taxonomy, lookup_role
    >>> taxonomy = load_taxonomy()
    >>> case = lookup_role("mental-health-case-manager")
    >>> held_role("Employment Services Case Manager", case, taxonomy) is None
    True
    >>> held_role("Intensive Case Manager (Housing First)", case, taxonomy).id
    'mental-health-case-manager'
    >>> peer = lookup_role("peer-support-supervisor")
    >>> held_role("Recreational Therapy Program Coordinator", peer, taxonomy).id
    'recreational-therapist'
    >>> addiction = lookup_role("substance-use-counsellor")
    >>> held_role("Addictions Counselor Assistant", addiction, taxonomy) is None
    True
    """
    if found is None:
        return None
    names = [key for name in (found.title, *found.aliases) if (key := " ".join(_words(name)))]
    if team_coordinator(held) and any(CARE_COORDINATOR.search(n) for n in found.aliases):
        return None
    text = _post(held)
    for name in names:
        at = text.find(f" {name} ")
        after = text[at + len(name) + 2 :].split() if at >= 0 else []
        if after and after[0] in _ASSISTING:
            return None
    generic = generic_names(found, taxonomy)
    if any(f" {name} " in text for name in names if name not in generic):
        return found  # named by a name of its own ("Adult Mental Health Case Manager")
    text = _post(held, _DOMAIN)
    for name in generic:
        at = text.find(f" {name} ")
        other = False if at < 0 else _other_field(text[:at].split(), found, taxonomy)
        if other is not False:
            return other if isinstance(other, Role) else None
    return found


def _post(held: str, leave: re.Pattern[str] | None = None) -> str:
    """Return a title's words before its first comma, without brackets, as rough stems.

    Spaced at both ends, for whole words to be found; without the words *leave* matches.
    """
    post = " ".join(BRACKETED.sub(" ", held).split(",", maxsplit=1)[0].split())
    return f" {' '.join(_words(post if leave is None else leave.sub(' ', post)))} "
