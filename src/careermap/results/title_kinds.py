"""The kind of helping work a job title's words name, where the title names no role.

Many titles name a profession without naming one of the catalogue's roles: "Counselling
Officer (Divisional Secretariat)", "Psicóloga clínica, Policía Nacional", "Mental Health
Officer (senior social worker)", "Psychiatric Clinical Officer". Their holders practise
what that profession practises, whichever post it is, though careermap has no role to
call their current job. :func:`title_codes` reads the profession from such words and
gives the O*NET-SOC occupation that stands for it, for
:func:`careermap.results.practice.title_practice` to take its core of practice from
(thirtieth round; docs/scoring.md, "Nor the core of helping work"). No current job is
claimed: the title still names no role, and no score or verdict changes.

The professions, each with its sources (ESCO v1.2.0 occupations and the International
Standard Classification of Occupations, ISCO-08, which ESCO's groups follow):

- a *counsellor* or *counselling officer*: ESCO "social counsellor" (ISCO-08 2635,
  http://data.europa.eu/esco/occupation/5727b567-993d-4d41-a13d-81a6af1a9a8e: "personal
  counsellor", "crisis counsellor") and the counsellors of the same group (addiction,
  bereavement, marriage, sexual violence counsellors); O*NET 21-1019.00 *Counselors, All
  Other*, which O*NET does not rate, so the lowest rating of the counsellors' codes
  (:data:`careermap.results.practice.UNRATED`). Not a counsellor of money, law or a
  diplomatic mission (ESCO's "debt counsellor", 3312; "counsellor", an alternative label
  of lawyer, 2611; "embassy counsellor", 1112);
- a *psychologist*, in English and in the words of the protected titles the catalogue's
  credentials record (psicólogo/psicóloga: the Colegio Oficial de la Psicología, the
  Conselho Federal de Psicologia; psychologue: French law 85-772, titre protégé;
  Psychologe/Psychologin; psycholoog: the Dutch BIG register's GZ-psycholoog; psycholog;
  psikolog: the Indonesian STR Psikolog; психолог): ESCO "psychologist" (ISCO-08 2634,
  http://data.europa.eu/esco/occupation/52ded7d7-11df-42e3-b90a-d7f4b70fb4b9); O*NET
  19-3039.00 *Psychologists, All Other*, unrated, so the lowest of the clinical and
  school psychologists' ratings. Not an organisational, occupational, industrial,
  business, sport or research psychologist, whose work is not casework (O*NET
  19-3032.00, industrial-organizational psychologists, is not helping work);
- a *social worker* (trabajador/trabajadora social, travailleur/travailleuse social(e),
  Sozialarbeiter/Sozialarbeiterin), in the title or in its brackets ("Mental Health
  Officer (senior social worker)"): ESCO "social worker" (ISCO-08 2635,
  http://data.europa.eu/esco/occupation/4b05bef2-ded4-4b09-ab94-f4c6a555a775); O*NET
  21-1029.00 *Social Workers, All Other*, unrated, so the lowest of the social workers';
- a *clinical officer* (the Medical Council of Malawi's and the Clinical Officers
  Council of Kenya's registered profession): ISCO-08 2240 *Paramedical practitioners*,
  "Clinical officer (paramedical)", the group of O*NET 29-1071.00 *Physician
  Assistants*, whose ratings it takes;
- a *physician assistant* (PA-C, the NCCPA's certification) or *physician associate*
  (the UK's name for the profession, regulated by the General Medical Council under the
  Anaesthesia Associates and Physician Associates Order 2024): O*NET 29-1071.00
  *Physician Assistants*, ISCO-08 2240 (thirty-fourth round, titles34). A profession
  of its own, not an assistant's post (:data:`ASSISTING`): a PA diagnoses and prescribes
  under a collaborating physician;
- a *mental health officer* (:data:`MENTAL_HEALTH_OFFICER`): O*NET 21-1023.00 *Mental
  Health and Substance Abuse Social Workers*, the profession the Scottish Act appoints
  from; an *approved mental health professional* (:data:`AMHP`): what all four of the
  professions the AMHP regulations admit practise (:data:`AMHP_CODES`; thirty-first
  round).

Some posts practise more than their code's core, by the law that makes the post or by
the profession's standards (:data:`DUTIES`, :func:`title_duties`; thirty-first round): a
mental health officer or an AMHP assesses people under the Act, knows that law and
weighs risk; an arts therapist formulates and takes cases to supervision and review.

A title of two professions ("Psychologist-counsellor") practises what both practise.
An assistant's, trainee's or student's post ("Assistant Psychologist", ESCO 3259
"assistant clinical psychologist") practises the profession's core without its
judgement and decision making, as a listed skill alone does
(:func:`careermap.results.practice.skill_practice`): the post does not make the
profession's decisions.
"""

from __future__ import annotations

import re

__all__ = [
    "AMHP",
    "AMHP_CODES",
    "ARTS_THERAPIST",
    "ASSISTING",
    "CLINICIAN",
    "CLINICIAN_CODES",
    "DUTIES",
    "KINDS",
    "LISTED",
    "MENTAL_HEALTH_OFFICER",
    "PHYSICIAN_ASSISTANT",
    "WORK_KINDS",
    "listed_codes",
    "title_codes",
    "title_duties",
]

#: A mental health officer: in Scotland a social worker with the MHO Award whom a council
#: appoints under the Mental Health (Care and Treatment) (Scotland) Act 2003, s. 32; in
#: Jamaica the Ministry of Health's community mental health officer, whose powers the
#: Mental Health Act 1997, s. 16, sets out.
MENTAL_HEALTH_OFFICER = re.compile(r"\bmental\s+health\s+officer\b", re.IGNORECASE)
#: An approved mental health professional (England and Wales, Mental Health Act 1983 s. 114
#: as amended in 2007).
AMHP = re.compile(r"\bapproved\s+mental\s+health\s+professional\b|\bamhp\b", re.IGNORECASE)
#: The professions an AMHP may come from (the Mental Health (Approved Mental Health
#: Professionals) (Approval) (England) Regulations 2008, Schedule 1, and the Welsh
#: regulations of 2008): a social worker, a mental health or learning disability nurse,
#: an occupational therapist or a chartered psychologist. The post practises what all
#: four practise.
AMHP_CODES = ("21-1023.00", "29-1141.00", "29-1122.00", "19-3033.00")
#: A physician assistant or associate (PA, PA-C): O*NET 29-1071.00, ISCO-08 2240.
PHYSICIAN_ASSISTANT = re.compile(
    r"\bphysician(?:\s+|-)(?:assistant|associate)\b|\bpa-c\b", re.IGNORECASE
)
#: A creative arts therapist of any art: art, music, drama (dramatherapist), dance movement
#: (psycho)therapist, in English and in the titles the catalogue's role names
#: (Musiktherapeut, art-thérapeute).
ARTS_THERAPIST = re.compile(
    r"\b(?:(?:visual\s+|creative\s+|expressive\s+)?arts?|music|drama|dance(?:\s+movement|/movement)?)"
    r"[\s-]+(?:psycho)?therapist|\bdramatherapist|\bmusiktherapeut|\bart-th[ée]rapeute",
    re.IGNORECASE,
)

#: A mental health clinician: a *mental health* or *behavioral health clinician* ("Youth
#: mental health clinician", "Mental Health Clinician, Department of Corrections") and a
#: police *co-responder clinician*, the mental health professional of a co-responder team
#: (the US Bureau of Justice Assistance's Police-Mental Health Collaboration toolkit). No
#: catalogue role is that post: the managed-care clinician's and the intake clinician's
#: names are specialised (:func:`careermap.results.title_words.specialties`; thirty-first
#: round). O*NET's samples of reported job titles list "Clinician" under 21-1014.00
#: *Mental Health Counselors* and 21-1023.00 *Mental Health and Substance Abuse Social
#: Workers*: the post practises what both practise.
CLINICIAN = re.compile(
    r"\b(?:(?:mental|behaviou?ral)\s+health|co-?responder)\s+clinician\b", re.IGNORECASE
)
CLINICIAN_CODES = ("21-1014.00", "21-1023.00")

#: Words of a title naming a profession, each with the O*NET-SOC codes standing for it (a
#: title of several practises what all of them practise).
KINDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\bcounsell?or|\bcounsell?ing\s+officer\b", re.IGNORECASE), ("21-1019.00",)),
    (
        re.compile(
            r"\b(?:psycholog(?:ist|ue|e|in|oog)?|psic[oó]log[oa]|psikolog|психолог)\b",
            re.IGNORECASE,
        ),
        ("19-3039.00",),
    ),
    (
        re.compile(
            r"\bsocial\s+worker|\btrabajador[a]?\s+social\b|\btravailleu(?:r|se)\s+sociale?\b"
            r"|\bsozialarbeiter(?:in)?\b",
            re.IGNORECASE,
        ),
        ("21-1029.00",),
    ),
    (re.compile(r"\bclinical\s+officer\b", re.IGNORECASE), ("29-1071.00",)),
    (PHYSICIAN_ASSISTANT, ("29-1071.00",)),
    (MENTAL_HEALTH_OFFICER, ("21-1023.00",)),
    (AMHP, AMHP_CODES),
    (CLINICIAN, CLINICIAN_CODES),
)
#: Words that make a counsellor or a psychologist of another field than helping work.
_OTHER_FIELD = re.compile(
    r"\b(?:debt|credit|budget|financial|investment|legal|embassy|admissions?|sales"
    r"|organi[sz]ational|occupational(?!\s+therap)|industrial|business|sports?|research)\b",
    re.IGNORECASE,
)
#: A post that assists the profession or trains for it: its core without its judgement.
#: Not a physician assistant, a profession of its own (:data:`PHYSICIAN_ASSISTANT`).
ASSISTING = re.compile(
    r"\b(?:(?<!physician\s)(?<!physician-)assistant|trainee|student|intern|aide)\b",
    re.IGNORECASE,
)

#: Titles of helping work that name no profession of :data:`KINDS` (thirty-first round,
#: review 31 P3: a psychoanalyst, a youth worker, a player welfare officer and a peer
#: educator were shown active listening as a gap), each with the O*NET-SOC code standing
#: for it:
#:
#: - a *psychoanalyst* or *psychotherapist* (psicoanalista, psychanalyste,
#:   Psychotherapeut/in), in the title or its English gloss: O*NET 19-3033.00 *Clinical
#:   and Counseling Psychologists*, whose sample of reported job titles has
#:   "Psychotherapist"; the ILO's ISCO-08 index of occupational titles puts "Analyst,
#:   psychological" and "Therapist, psychological" in 2634, *Psychologists*;
#: - a *youth worker* (youth and community worker): ESCO v1.2.0 "youth worker" (ISCO-08
#:   2635), whose alternative labels include "youth advocate" and "youth support
#:   worker" (docs/taxonomy-notes.md, "Youth worker: not added"); the catalogue's youth
#:   advocate, that occupation's role, has O*NET 21-1021.00 *Child, Family, and School
#:   Social Workers*;
#: - a *welfare officer* or *welfare worker* (a club's player welfare officer, a
#:   workplace's): UK SOC 2010 3239 *Welfare and housing associate professionals*,
#:   ISCO-08 3412 *Social work associate professionals*; O*NET 21-1093.00 *Social and
#:   Human Service Assistants*, the US group of that work. Not an animal welfare officer
#:   (an inspector of animals' keeping);
#: - a *peer educator* (peer health educator, educador/a de pares, promotor/a de salud):
#:   O*NET 21-1094.00 *Community Health Workers*; the American Public Health
#:   Association's definition of community health workers covers such titles, and
#:   Human Resources for Health 19:101 (2021, "Community health worker employment and
#:   career development") names "peer health educator" and "promotor de salud" among
#:   them.
WORK_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\bpsycho-?analyst|\bpsychotherapist|\bpsicoanalista\b|\bpsychanalyste\b"
            r"|\bpsychotherapeut(?:in)?\b",
            re.IGNORECASE,
        ),
        "19-3033.00",
    ),
    (re.compile(r"\byouth\s+(?:and\s+community\s+)?worker\b", re.IGNORECASE), "21-1021.00"),
    (
        re.compile(r"\bwelfare\s+(?:and\s+\w+\s+)?(?:officer|worker)\b", re.IGNORECASE),
        "21-1093.00",
    ),
    (
        re.compile(
            r"\bpeer\s+(?:health\s+)?educator\b|\beducador[a]?\s+de\s+pares\b"
            r"|\bpromotor[a]?\s+de\s+salud\b",
            re.IGNORECASE,
        ),
        "21-1094.00",
    ),
)
#: Welfare work that is not helping work: an animal welfare officer's.
_NOT_PEOPLE = re.compile(r"\banimal", re.IGNORECASE)


def title_codes(held: str) -> tuple[str, ...]:
    """Return the O*NET-SOC codes of the professions a job title's words name.

    Parameters
    ----------
    held : str
        A job title as the person writes it.

    Returns
    -------
    tuple of str
        The codes of :data:`KINDS` whose words the title has, in that order; none for a
        title of another field (:data:`_OTHER_FIELD`: "Debt counsellor", "Occupational
        psychologist").

    Examples
    --------
    >>> title_codes("Counselling Officer (Divisional Secretariat)")
    ('21-1019.00',)
    >>> title_codes("Psychologist-counsellor (TPO Cambodia)")
    ('21-1019.00', '19-3039.00')
    >>> title_codes("Psicóloga clínica, Policía Nacional")
    ('19-3039.00',)
    >>> title_codes("Mental Health Officer (senior social worker)")
    ('21-1029.00', '21-1023.00')
    >>> title_codes("Debt counsellor"), title_codes("Safer Custody Officer")
    ((), ())
    >>> title_codes("Psihoanaliticarka (psychoanalyst), private practice")
    ('19-3033.00',)
    >>> title_codes("Player welfare and education officer"), title_codes("Youth worker")
    (('21-1093.00',), ('21-1021.00',))
    >>> title_codes("Educadora de pares (peer educator)"), title_codes("Animal welfare officer")
    (('21-1094.00',), ())
    >>> title_codes("Physician Assistant (PA-C), psychiatry"), title_codes("Physician associate")
    (('29-1071.00',), ('29-1071.00',))
    """
    if _OTHER_FIELD.search(held):
        return ()
    work = () if _NOT_PEOPLE.search(held) else tuple((words, (code,)) for words, code in WORK_KINDS)
    return _found((*KINDS, *work), held)


def _found(
    table: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...], held: str, *, whole: bool = False
) -> tuple[str, ...]:
    """Return what a table gives for the words a title has (or is, *whole*), in order, once each."""
    found = (
        item
        for words, items in table
        if (words.fullmatch(held) if whole else words.search(held))
        for item in items
    )
    return tuple(dict.fromkeys(found))


#: What a mental health officer or an AMHP practises by law (:data:`DUTIES`).
_STATUTORY = ("clinical-assessment", "mental-health-legislation", "risk-assessment")
#: What a post named so practises by the law that makes it or by its profession's
#: standards, beyond the core O*NET rates (thirty-first round; docs/taxonomy-notes.md):
#:
#: - a mental health officer or an AMHP assesses a person under the Act (the 2003 Act's
#:   ss. 36 and 44, the MHO's consent to an emergency or short-term detention, and s. 57,
#:   the application for a compulsory treatment order; the 1983 Act's s. 13, the AMHP's
#:   duty to interview the patient; the AMHP Regulations 2008, Schedule 2, key competence
#:   areas 2 and 3: the legal and policy framework, and mental disorder), knows the
#:   mental health law they act under (*Mental health legislation*) and weighs the risk
#:   to the person and to others (the detention criteria's "significant risk", 2003 Act
#:   s. 44; Schedule 2, area 5, making and communicating informed decisions);
#: - an arts therapist formulates the client's difficulties (the Institute for
#:   Apprenticeships and Technical Education's Arts therapist standard, ST0633, 2019:
#:   "make psychological assessments and judgements by gathering an understanding of the
#:   client's current problems, what causes, exacerbates or perpetuates them") and takes
#:   cases to supervision and review with colleagues (the HCPC's standards of
#:   proficiency for arts therapists, standard 11: the value of case conferences and
#:   other methods of review; ST0633: ongoing clinical and professional supervision).
DUTIES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (MENTAL_HEALTH_OFFICER, _STATUTORY),
    (AMHP, _STATUTORY),
    (ARTS_THERAPIST, ("case-formulation", "peer-consultation")),
)


def title_duties(held: str) -> tuple[str, ...]:
    """Return the skill ids a job title's post practises by law or by its standards.

    Parameters
    ----------
    held : str
        A job title as the person writes it.

    Returns
    -------
    tuple of str
        The skills of :data:`DUTIES` whose words the title has, in that order; none for
        an assistant's, trainee's or student's post (:data:`ASSISTING`), which does not
        hold the office or the caseload, and none for a title of another field.

    Examples
    --------
    >>> title_duties("Mental Health Officer (senior social worker)")
    ('clinical-assessment', 'mental-health-legislation', 'risk-assessment')
    >>> title_duties("Dramatherapist (HSE day hospital and private practice)")
    ('case-formulation', 'peer-consultation')
    >>> title_duties("Trainee AMHP"), title_duties("Health and safety officer")
    ((), ())
    """
    if _OTHER_FIELD.search(held) or ASSISTING.search(held):
        return ()
    return _found(DUTIES, held)


#: Job titles O*NET 29.3 lists under occupations of their own, whose kind of work is the
#: catalogue's roles of those codes, not the role whose name ends the same
#: (:func:`listed_codes`; thirty-second round). Each is a sample of reported job titles
#: ("Sample of Reported Titles.txt") of 29-2053.00 *Psychiatric Technicians*: "MHW (Mental
#: Health Worker)", "Mental Health Associate", "MHA (Mental Health Assistant)"; the first
#: two are 31-1133.00 *Psychiatric Aides*' too ("Mental Health Worker (MHW)", an alternate
#: title "Mental Health Associate"), and "Mental Health Aide (MHA)" is that code's. A
#: mental health worker is not a community health worker ("health worker"), nor a mental
#: health associate a nursing associate.
LISTED: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        re.compile(
            r"(?:mental\s+health\s+(?:worker|associate|assistant)|mhw)(?:\s+mh[aw])?",
            re.IGNORECASE,
        ),
        ("29-2053.00", "31-1133.00"),
    ),
    (re.compile(r"mental\s+health\s+aide(?:\s+mha)?", re.IGNORECASE), ("31-1133.00",)),
    # O*NET 29.3's alternate titles list "Clinical Nurse Manager" under 29-1141.04
    # *Clinical Nurse Specialists*, a registered nurse's code (not 11-9111.00, *Medical
    # and Health Services Managers*, whose is "Nurse Manager"): in Ireland's HSE the
    # clinical nurse manager grades 1 to 3 (CNM1-3) are registered nurses' promoted posts
    # in charge of a ward, clinic or service (thirty-fourth round, titles34; review 33 P4:
    # read as the managers' kind of work). A clinical nurse specialist of a specialty the
    # title does not name is the code's own title. Its grade and a setting may follow.
    (
        re.compile(r"clinical\s+nurse\s+(?:manager|specialist)\b.*", re.IGNORECASE),
        ("29-1141.04",),
    ),
)
#: Grade words, left out of a post listed whole (:func:`listed_codes`).
_GRADED = re.compile(r"\b(?:senior|junior|lead|principal|chief|trainee)\b", re.IGNORECASE)


def listed_codes(held: str) -> tuple[str, ...]:
    """Return the O*NET-SOC codes whose samples list a job title's post whole (:data:`LISTED`).

    The post is the title before its first comma, its brackets' words kept ("Mental
    Health Worker (MHW)") and its grade left out; a post with more words
    ("Aboriginal Mental Health Worker") is not the one listed.

    Examples
    --------
    >>> listed_codes("Mental Health Worker (MHW)")
    ('29-2053.00', '31-1133.00')
    >>> listed_codes("Senior Mental Health Associate, inpatient unit")
    ('29-2053.00', '31-1133.00')
    >>> listed_codes("Aboriginal Mental Health Worker")
    ()
    >>> listed_codes("Clinical Nurse Manager 2, ECT suite")
    ('29-1141.04',)
    """
    post = " ".join(re.sub(r"[()]", " ", _GRADED.sub(" ", held.split(",", maxsplit=1)[0])).split())
    return _found(LISTED, post, whole=True)
