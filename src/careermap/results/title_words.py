"""What the setting around a job title says: the specialty of the post before it.

A job title is often a bare post with its field in a setting after a comma or in
brackets ("Clinical Nurse Specialist, AOD", "Staff Nurse, psychiatry and de-addiction
wards", "Registered Nurse (acute adult psychiatry, charge nurse)"). The setting names the
specialty the post is held in, as O*NET's titles put it before the post ("Psychiatric RN",
"Addiction Counselor", "Mental Health Social Worker"): :func:`specialty_titles` writes the
post so, for :func:`careermap.results.current.current_role` to read (twenty-eighth round).

The grade words of a title (:data:`GRADE`, :data:`ABOVE_ENTRY`), a post named last
(:func:`other_post`) and whether a title says a specialist post's work
(:func:`says_its_work`, :func:`named_kinds`) are read here too.
"""

from __future__ import annotations

import re

from careermap.base.cache import derived
from careermap.base.text import BRACKETED, match_key, normalize
from careermap.results import title_kinds
from careermap.taxonomy.models import Role, Taxonomy

__all__ = [
    "ABOVE_ENTRY",
    "ADDICTION",
    "GRADE",
    "MENTAL_HEALTH",
    "held_role",
    "in_gloss",
    "named_kinds",
    "other_post",
    "says_its_work",
    "specialties",
    "specialty_titles",
]

#: A setting that names mental health work: psychiatry, psychosis, the NHS child and
#: adolescent (CAMHS) and community (CMHT) mental health services, and the
#: psychoneurological institutions and dispensaries of the former Soviet states, their
#: residential homes for people with mental disorders and their outpatient psychiatric
#: services (the BEARR Trust, "Russian Government to reform psychoneurological care
#: homes", 2019: residential facilities "for people with mental and psychophysical
#: disorders"; O. Shek, *Mental Healthcare Reforms in Post-Soviet Russia*, Tampere, 2018;
#: review35 P8, thirty-sixth round); and France's *centre médico-psychologique*, the
#: public psychiatric sector's outpatient centre (Code de la santé publique, art.
#: L3221-1 and the sector's organisation, arrêté du 14 mars 1986; fortieth round,
#: role40: the thirty-first set's Martinique CMP nurse).
MENTAL_HEALTH = re.compile(
    r"\b(mental\s+health|psychiatr\w*|psychos[ie]s|camhs|cmht|psychoneurolog\w*"
    r"|m[ée]dico-psychologiques?)\b",
    re.IGNORECASE,
)
#: A setting that names the treatment of substance use: alcohol and other drugs (AOD),
#: addiction, substance use or misuse (SUD). Substance use disorders are mental
#: disorders (ICD-10 chapter V, F10-F19; DSM-5), so such a setting names mental health
#: work too: an AOD clinical nurse specialist is a mental health nurse specialist. And
#: *drug treatment* or *drug rehabilitation*, the words UNODC and WHO use for the
#: treatment of drug use disorders (International Standards for the Treatment of Drug
#: Use Disorders, 2020; a residential "drug treatment and rehabilitation centre", the
#: thirty-first set's Maldives counsellor's), and *opioid substitution* treatment (OST),
#: fortieth round (role40). The same in Malay, *pemulihan dadah* and *rawatan dadah*
#: (drug rehabilitation and treatment: *dadah*, drugs, is the word of Malaysia's Akta
#: Dadah Berbahaya 1952 and of Brunei's rehabilitation centres; the thirty-second set's
#: Brunei counsellor), and Indonesian *rehabilitasi narkoba*, forty-first round (role41).
ADDICTION = re.compile(
    r"\b(aod|sud|(?:de-?)?addictions?|drug\s+and\s+alcohol|alcohol\s+and\s+(?:other\s+)?drugs?"
    r"|substance\s+(?:use|misuse|abuse)|drugs?\s+(?:treatment|rehabilitation|rehab)"
    r"|opioid\s+substitution|(?:pemulihan|rawatan)\s+dadah|rehabilitasi\s+narkoba)\b",
    re.IGNORECASE,
)
#: Grades within a post ("Senior Staff Nurse", "Lead Counselor"), left out of the post
#: written with its specialty: the grade is read from the whole title
#: (:func:`careermap.results.current.own_seniority`), not from a role's name.
#: A charge nurse or nurse in charge runs a ward's shift (NHS band 6; O*NET 29.3 lists
#: "Charge Nurse" among 29-1141.00 Registered Nurses' reported titles): the grade of a
#: nurse, so "Charge Nurse, Intensive Psychiatric Care Unit" is a psychiatric nurse
#: (thirty-fourth round, titles2; review34 P5).
_GRADES = re.compile(
    r"\b(senior|junior|lead|principal|chief|charge(?=\s+nurse)|(?<=nurse)\s+in\s+charge)\b",
    re.IGNORECASE,
)
#: A post the catalogue names by the hospital it is held in: a social worker in an
#: emergency department, on a ward or in a hospital is O*NET 29.3's 21-1022.00
#: Healthcare Social Worker ("Hospital Social Worker", "Medical Social Worker"), unless
#: the setting names mental health first ("Psychiatric Social Worker"). *ED* and *ER* only
#: in capitals: "special ed" is a school's.
_HOSPITAL = re.compile(
    r"\b(hospitals?|emergency\s+(?:department|room)|a\s*&\s*e|medical\s+wards?|(?-i:ED|ER))\b",
    re.IGNORECASE,
)
_HOSPITAL_POSTS = re.compile(r"^social\s+worker$", re.IGNORECASE)


def specialty_titles(post: str, setting: str) -> tuple[list[str], list[str]]:
    """Return a post written with the specialty its setting names: to match, to look up.

    The first list writes the post as O*NET titles do, with the specialty's adjective
    before it ("Psychiatric RN", "Addiction Counselor"): such a title is read exactly or
    by a confident fuzzy match. The second writes it as the catalogue names a role of a
    field ("Clinical nurse (mental health)"): read only when it is a role's name
    exactly, since *mental health* names a field and not a setting, and a post of that
    field elsewhere is not the role of the same name ("Support Worker, Deaf Mental Health
    Service", who supports people in their flats, is not the "Mental health support
    worker" of an inpatient unit).

    Parameters
    ----------
    post : str
        The title before its first comma, without brackets ("Staff Nurse").
    setting : str
        What follows the first comma and what the title has in brackets.

    Examples
    --------
    >>> specialty_titles("Clinical Nurse Specialist", "AOD")[1]
    ['Clinical Nurse Specialist (mental health)']
    >>> specialty_titles("Lead Counselor", "addiction treatment")[0][0]
    'Addiction Counselor'
    >>> specialty_titles("Senior Staff Nurse", "Institute of Mental Health")
    (['Psychiatric Staff Nurse'], ['Staff Nurse (mental health)'])
    >>> specialty_titles("Mental Health Nurse", "CAMHS")
    ([], [])
    >>> specialty_titles("Social Worker", "Youth Outreaching Team")
    ([], [])
    >>> specialty_titles("Charge Nurse", "Intensive Psychiatric Care Unit")[0]
    ['Psychiatric Nurse']
    >>> specialty_titles("Social Worker", "Emergency Department LMSW")
    (['Hospital Social Worker'], [])
    """
    if MENTAL_HEALTH.search(post) or ADDICTION.search(post):
        return [], []  # the post names its field already
    core = " ".join(_GRADES.sub(" ", post).split())
    addiction = bool(ADDICTION.search(setting))
    if not core or not (addiction or MENTAL_HEALTH.search(setting)):
        if _HOSPITAL_POSTS.match(core) and _HOSPITAL.search(setting):
            return [f"Hospital {core}"], []
        return [], []
    adjectives = ("Addiction", "Substance use", "Psychiatric") if addiction else ("Psychiatric",)
    return [f"{adjective} {core}" for adjective in adjectives], [f"{core} (mental health)"]


#: A title with letters English has not, glossed in English in the brackets that follow
#: it (:func:`in_gloss`).
_GLOSSED = re.compile(r"^(?=[^()]*[^\x00-\x7f])[^()]+\((?P<gloss>[\x00-\x7f]+?)\)(?P<rest>[^()]*)$")


def in_gloss(held: str) -> str | None:
    """Return a title in another language read in the English gloss after it, or ``None``.

    A title in a language of the Latin alphabet, with letters English has not, glossed in
    English in the brackets that follow it ("Šokio-judesio terapeutė (dance movement
    therapist), day hospital"), is read in its gloss when it names no role as written
    ("Art-thérapeute (contrats, soins palliatifs)" does; twenty-ninth round).

    Examples
    --------
    >>> in_gloss("Šokio-judesio terapeutė (dance movement therapist), day hospital")
    'dance movement therapist, day hospital'
    >>> in_gloss("Staff Nurse (psychiatry)") is None
    True
    """
    glossed = _GLOSSED.match(held)
    return None if glossed is None else glossed["gloss"].strip() + glossed["rest"]


#: Words of a title that put its holder above the level of the role it names ("Senior
#: Addiction Counsellor", "Community Psychiatric Nurse (Band 6)", "Program Director and
#: Licensed Addiction Counselor"): NHS Agenda for Change bands 6 to 9 are specialist,
#: advanced and consultant grades, band 5 the newly qualified one; a charge nurse runs a
#: ward's shift (NHS band 6), and "Clinical Nurse" is a promoted grade in Australia
#: (Queensland Health Nurse Grade 6, WA Nurses award Level 2: above the registered nurse),
#: as a clinical nurse specialist is in the US (advanced practice)
#: (:func:`careermap.results.current.own_seniority`).
GRADE = re.compile(
    r"\b(senior|lead|head|principal|chief|manager|supervisor|consultant|director"
    r"|band\s*[6-9]|charge\s+nurse|nurse\s+in\s+charge|clinical\s+nurse)\b",
    re.I,
)


#: Grade words that put the holder of an entry-level post above its entry level ("Senior
#: Support Worker", "Occupational Therapist (Band 6)"): not *manager* or *supervisor*,
#: which entry-level roles have in their names ("Case Manager").
ABOVE_ENTRY = re.compile(r"\b(senior|lead|head|principal|chief|band\s*[6-9])\b", re.I)


def other_post(key: str, known: str, posts: frozenset[str]) -> bool:
    """Say whether a title names another post than a role name with its words about.

    English puts a post's head noun last: a "Psychologist-counsellor" is a counsellor,
    a "Counselling psychologist" a psychologist (the HCPC's protected title, after a
    doctorate in the UK), though their words sort alike. A title whose last word is a
    post (the last word of a role's name) is not a role whose own post stands
    earlier in the title (thirtieth round).

    Examples
    --------
    >>> posts = frozenset({"counselor", "psychologist", "work"})
    >>> other_post("psychologist counselor", "counsel psychologist", posts)
    True
    >>> other_post("psychiatric social work amhp", "psychiatric social work", posts)
    False
    """
    words = key.split()
    head = known.rsplit(" ", 1)[-1]
    return words[-1] in posts and words[-1] != head and head in words[:-1]


#: Words of a role's name that say how a post is held or its grade, not its specialty
#: ("Certified Peer Specialist", "Lead peer specialist": a peer specialist plainly), as
#: :func:`careermap.results.current.kind_roles` leaves them out of a title.
_HOW_HELD = re.compile(
    r"\b(certified|licen[cs]ed|registered|staff|qualified|acute"
    r"|senior|junior|trainee|lead|principal|chief)\b",
    re.IGNORECASE,
)


#: A name ending in an abbreviation in capitals ("Psychiatric RN"): the abbreviation names
#: a post whole (a registered nurse), whatever specialty the name writes before it.
_ABBREVIATED = re.compile(r"\b[A-Z]{2,6}\s*$")


def specialties(role: Role, head: str, taxonomy: Taxonomy | None = None) -> frozenset[str] | None:
    """Return the words a role's names put before a kind of work to name their specialty.

    *head* is a kind of work as :func:`careermap.results.current.kind_roles` reads it: the
    last word or two of a title, as rough stems. A role whose title ends so, or with a name
    that is the head alone ("Counsellor"), is that kind of work plainly: ``None``. A role
    whose only names ending so are specialised aliases ("Managed care behavioral health
    clinician", "Family support practitioner", "Involvement facilitator") is that kind only
    in its specialty: the words before a name's last two words, or a two-word name's first
    word (rough stems; thirty-first round). Words of grade or of how a post is held
    ("Certified Peer Specialist") name no specialty, nor does a name ending in an
    abbreviation ("Psychiatric RN": a registered nurse). With *taxonomy*, a title whose
    words before the head are the role's own, in no other role's name ("Psilocybin
    facilitator": no other role's name says psilocybin), names a specialty too: a
    facilitator of groups or of wraparound care is not a psilocybin facilitator
    (thirty-second round; :func:`_own_specialty`).

    Examples
    --------
    >>> from careermap import lookup_role
    >>> sorted(specialties(lookup_role("parent-educator"), "support practition"))
    ['fami']
    >>> sorted(specialties(lookup_role("behavioural-health-care-manager"), "health clinician"))
    ['behavioral', 'care', 'manag']
    >>> specialties(lookup_role("community-health-worker"), "health work") is None
    True
    >>> from careermap import load_taxonomy
    >>> psilocybin = lookup_role("psychedelic-facilitator")
    >>> specialties(psilocybin, "facilitator") is None
    True
    >>> sorted(specialties(psilocybin, "facilitator", load_taxonomy()))
    ['natural', 'psilocybin', 'psychedelic']
    """
    size = len(head.split())
    found: set[str] = set()
    for name in (role.title, *role.aliases):
        words = match_key(_HOW_HELD.sub(" ", BRACKETED.sub(" ", name))).split()
        if " ".join(words[-size:]) != head:
            continue
        if len(words) == size or _ABBREVIATED.search(name):
            return None
        if name == role.title and not _own_specialty(words[:-size], role, taxonomy):
            return None
        found.update(words[:-2] if len(words) > 2 else words[:1])
    return frozenset(found)


def says_its_work(
    held: str, role: Role, head: str | None = None, taxonomy: Taxonomy | None = None
) -> bool:
    """Say whether a job title says the work of a post whose postings ask for it.

    A post whose postings ask experience of its own kind of work (``Entry.experience``
    with its ``words``: disaster or emergency response, crisis lines, career guidance) is
    a specialist post: the last words of its name ("Disaster behavioural health
    coordinator": *health coordinator*) are that post only in a title that names its
    work too. A "Community health coordinator" or a "Behavioral health coordinator" is
    not the disaster coordinator, though their last words are its (thirty-first round;
    :func:`careermap.results.current.kind_roles`). A post asking for no such work and
    named by the kind of work *head* only in a specialised alias (:func:`specialties`) is
    that post only in a title that names its specialty: a "Community mental health
    clinician" is not the managed-care clinician, nor a "Positive Behaviour Support
    Practitioner" the parent educator's "Family support practitioner" (thirty-first
    round). Otherwise the title says nothing against the post (*True*).

    Examples
    --------
    >>> from careermap import lookup_role
    >>> disaster = lookup_role("disaster-behavioural-health-coordinator")
    >>> says_its_work("Community health coordinator", disaster)
    False
    >>> says_its_work("Disaster mental health coordinator (Red Cross)", disaster)
    True
    >>> says_its_work("Aboriginal Health Worker", lookup_role("community-health-worker"))
    True
    >>> managed = lookup_role("behavioural-health-care-manager")
    >>> says_its_work("Youth mental health clinician", managed, "health clinician")
    False
    >>> says_its_work("Managed care behavioral health clinician", managed, "health clinician")
    True
    """
    asked = role.entry.experience if role.entry is not None else None
    if asked is not None and asked.words:
        text = f" {normalize(held)} "
        return any(f" {normalize(word)} " in text for word in asked.words)
    special = None if head is None else specialties(role, head, taxonomy)
    return special is None or bool(special & set(match_key(held).split()))


def named_kinds(held: str, ids: frozenset[str], head: str, taxonomy: Taxonomy) -> frozenset[str]:
    """Return the roles of a kind of work a job title names (:func:`says_its_work`).

    A kind of work (*head*) one role has, or that every role having it has only in a
    specialised alias (:func:`specialties`: "clinician", the intake and the managed-care
    clinician's), is a role's only in a title that says that role's work; a kind some role
    is plainly ("support worker": the housing support worker's title) is every one of its
    roles' (thirty-first round), but for a post requiring experience of its own kind of
    work (``Entry.experience`` with ``words``, not preferred), which is that kind only in a
    title saying that work: a "Lady Health Worker" is not the Deaf mental health support
    worker.

    Two titles read otherwise (thirty-second round): a care coordinator in a mental health
    team is of the mental health clinicians' kind
    (:func:`careermap.results.title_scope.team_coordinator`), and a post O*NET lists whole
    under codes of its own ("Mental Health Worker (MHW)") of the kind of the catalogue's
    roles of those codes (:func:`careermap.results.title_kinds.listed_codes`).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> both = frozenset({"behavioural-health-care-manager", "intake-coordinator"})
    >>> named_kinds("Co-responder clinician", both, "clinician", taxonomy)
    frozenset()
    >>> sorted(named_kinds("Intake clinician", both, "clinician", taxonomy))
    ['intake-coordinator']
    """
    from careermap.results import title_scope  # noqa: PLC0415 - it reads this module's words

    if title_scope.team_coordinator(held):  # a CPA care coordinator
        return title_scope.TEAM_KIND & taxonomy.role_index.keys()
    if codes := title_kinds.listed_codes(held):  # a post O*NET lists under codes of its own
        # ... but of several roles of those codes, a post requiring experience of its own
        # work is not the kind of a title not saying that work (fortieth round, role40: a
        # "Mental Health Worker (MHW)" is not the assistant psychologist of 29-2053.00).
        listed = [role for role in taxonomy.roles if role.onet_soc in codes]
        said = [role for role in listed if says_its_work(held, role)]
        return frozenset(role.id for role in (said if len(listed) > 1 and said else listed))
    roles = [taxonomy.role_index[i] for i in sorted(ids)]
    if len(roles) > 1 and any(specialties(role, head, taxonomy) is None for role in roles):
        return frozenset(
            role.id for role in roles if not _asks_its_work(role) or says_its_work(held, role)
        )
    return frozenset(role.id for role in roles if says_its_work(held, role, head, taxonomy))


def held_role(held: str, found: Role | None, taxonomy: Taxonomy) -> Role | None:
    """Return the role a title names as the post held (:mod:`careermap.results.title_scope`).

    :func:`careermap.results.current.current_role` calls it on the role it finds.
    """
    from careermap.results import title_scope  # noqa: PLC0415 - it reads this module's words

    return title_scope.held_role(held, found, taxonomy)


def _own_specialty(words: list[str], role: Role, taxonomy: Taxonomy | None) -> bool:
    """Say whether the words before a role title's post are its own, in no other role's name.

    "Psilocybin facilitator": no other role's name has *psilocybin*; "Community health
    worker": *community* stands in other roles' names, a setting and not a specialty.
    """
    if taxonomy is None or not words:
        return False
    owners = _name_words(taxonomy)
    return all(owners.get(word, frozenset()) <= {role.id} for word in words)


def _name_words(taxonomy: Taxonomy) -> dict[str, frozenset[str]]:
    """Map each word (rough stem) of the roles' names, without brackets, to its roles."""

    def build() -> dict[str, frozenset[str]]:
        owners: dict[str, set[str]] = {}
        for role in taxonomy.roles:
            for name in (role.title, *role.aliases):
                for word in match_key(_HOW_HELD.sub(" ", BRACKETED.sub(" ", name))).split():
                    owners.setdefault(word, set()).add(role.id)
        return {word: frozenset(ids) for word, ids in owners.items()}

    return derived(taxonomy, "title-name-words", build)


def _asks_its_work(role: Role) -> bool:
    """Say whether a post's postings require experience of its own kind of work."""
    asked = role.entry.experience if role.entry is not None else None
    if asked is None or not asked.words:
        return False
    # Preferred, but named by its own work: a "Research nurse" is a nurse's title only
    # where it says research (fortieth round: research experience preferred).
    return not asked.preferred or normalize(role.title) in {normalize(w) for w in asked.words}
