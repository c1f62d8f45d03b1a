"""What the setting around a job title says: the specialty of the post before it.

A job title is often a bare post with its field in a setting after a comma or in
brackets ("Clinical Nurse Specialist, AOD", "Staff Nurse, psychiatry and de-addiction
wards", "Registered Nurse (acute adult psychiatry, charge nurse)"). The setting names the
specialty the post is held in, as O*NET's titles put it before the post ("Psychiatric RN",
"Addiction Counselor", "Mental Health Social Worker"): :func:`specialty_titles` writes the
post so, for :func:`careermap.results.current.current_role` to read (twenty-eighth round).

The grade words of a title (:data:`GRADE`, :data:`ABOVE_ENTRY`), a post named last
(:func:`other_post`) and whether a title says a specialist post's work
(:func:`says_its_work`) are read here too.
"""

from __future__ import annotations

import re

from careermap.base.text import normalize
from careermap.taxonomy.models import Role

__all__ = ["ABOVE_ENTRY", "GRADE", "in_gloss", "other_post", "says_its_work", "specialty_titles"]

#: A setting that names mental health work: psychiatry, psychosis, the NHS child and
#: adolescent (CAMHS) and community (CMHT) mental health services.
_MENTAL_HEALTH = re.compile(
    r"\b(mental\s+health|psychiatr\w*|psychos[ie]s|camhs|cmht)\b", re.IGNORECASE
)
#: A setting that names the treatment of substance use: alcohol and other drugs (AOD),
#: addiction, substance use or misuse (SUD). Substance use disorders are mental
#: disorders (ICD-10 chapter V, F10-F19; DSM-5), so such a setting names mental health
#: work too: an AOD clinical nurse specialist is a mental health nurse specialist.
_ADDICTION = re.compile(
    r"\b(aod|sud|(?:de-?)?addictions?|drug\s+and\s+alcohol|alcohol\s+and\s+(?:other\s+)?drugs?"
    r"|substance\s+(?:use|misuse|abuse))\b",
    re.IGNORECASE,
)
#: Grades within a post ("Senior Staff Nurse", "Lead Counselor"), left out of the post
#: written with its specialty: the grade is read from the whole title
#: (:func:`careermap.results.current.own_seniority`), not from a role's name.
_GRADES = re.compile(r"\b(senior|junior|lead|principal|chief)\b", re.IGNORECASE)


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
    """
    if _MENTAL_HEALTH.search(post) or _ADDICTION.search(post):
        return [], []  # the post names its field already
    core = " ".join(_GRADES.sub(" ", post).split())
    addiction = bool(_ADDICTION.search(setting))
    if not core or not (addiction or _MENTAL_HEALTH.search(setting)):
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
    r"|band\s*[6-9]|charge\s+nurse|clinical\s+nurse)\b",
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


def says_its_work(held: str, role: Role) -> bool:
    """Say whether a job title says the work of a post whose postings ask for it.

    A post whose postings ask experience of its own kind of work (``Entry.experience``
    with its ``words``: disaster or emergency response, crisis lines, career guidance) is
    a specialist post: the last words of its name ("Disaster behavioural health
    coordinator": *health coordinator*) are that post only in a title that names its
    work too. A "Community health coordinator" or a "Behavioral health coordinator" is
    not the disaster coordinator, though their last words are its (thirty-first round;
    :func:`careermap.results.current.kind_roles`). A post asking for no such work says
    nothing against the title (*True*).

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
    """
    asked = role.entry.experience if role.entry is not None else None
    if asked is None or not asked.words:
        return True
    text = f" {normalize(held)} "
    return any(f" {normalize(word)} " in text for word in asked.words)
