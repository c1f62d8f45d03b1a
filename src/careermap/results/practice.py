"""What helping work practises every day, whichever post it is: the core of the practice.

A counsellor does not tell a counsellor, a nurse, a support worker or a helpline worker
of some years to learn empathy, listening or confidentiality. Which work is *helping
work*, and which of these skills each kind practises, is read from O*NET 29.3 (USDOL/ETA,
CC BY 4.0; ``../shared/data/onet-29.3``) and from the codes of conduct every such worker
is held to (twenty-seventh round; docs/scoring.md, "Nor the core of helping work"):

- a role is helping work when its O*NET-SOC code (``Role.onet_soc``) is one of
  :data:`HELPING`: the counsellors, social workers, social and human service
  assistants, community health workers, probation and correctional treatment
  specialists and clergy of SOC 21, the clinical, counselling and school
  psychologists, the registered and psychiatric nurses, clinical nurse specialists and
  nurse practitioners, the licensed practical nurses (the nursing associate's nearest
  code), the occupational, recreational, art and music therapists, the psychiatric
  technicians and the patient representatives, and the physician assistants (the
  clinical officers of ISCO-08 2240, read from a title's words only: no role has the
  code); not the health education specialists
  (21-1091: teaching, not casework), managers, HR, research, teaching or administration;
- the O*NET skills *Active Listening*, *Social Perceptiveness* and *Judgment and
  Decision Making* are practised where the code rates their importance at least
  :data:`SKILL_FLOOR` (3.5 of 5, the fourth core-practice pass's rule): all three for
  the professions, the first two only for the assistants, technicians and community
  health workers (judgement 3.00-3.38);
- the O*NET work styles *Concern for Others* (empathy), *Integrity* (ethical
  practice), *Self-Control* (emotional regulation), *Stress Tolerance* (composure under
  pressure) and *Adaptability/Flexibility* (adaptability) where the code rates them at
  least :data:`STYLE_FLOOR` (4.0 of 5);
- *Confidentiality*, *Professional boundaries* and *Rapport building* for every helping
  code (:data:`CODE_OF_CONDUCT`): the codes that bind each such worker name them (the
  NMC Code 5 and 20.6; NASW Code of Ethics 1.06-1.07; ACA Code of Ethics A.1, A.5-A.6 and
  B; the Skills for Care and Skills for Health Code of Conduct for Healthcare Support
  Workers and Adult Social Care Workers in England, 2013; SAMHSA's Core Competencies
  for Peer Workers, 2015).

A person practises them when their job title, or the title of other work they did
(``Background.experience``), names a helping role (:func:`careermap.results.current.
current_role`), or a kind of work every role of which is helping work
(:func:`careermap.results.current.kind_roles`; the skills every one of them practises)
(:func:`helping_practice`). A title careermap cannot read (another language, a post it
has no role for) may still name a profession in its words ("Counselling Officer",
"Psicóloga clínica": :func:`profession_practice`; thirtieth round), and hides nothing
the person wrote: one of their skills that is a practice
of helping work (:func:`practice_skills`: a clinical skill, or from the thirty-sixth
round one of casework, such as peer support, case management or crisis intervention)
shows what every helping code practises, judgement aside (:func:`skill_practice`).
Like what a credential certifies, they leave a match's gaps and upskilling's
suggestions; no score or verdict changes.
"""

from __future__ import annotations

from collections.abc import Iterable

from careermap.base.cache import derived
from careermap.resolve.background import Background
from careermap.results.current import current_role, kind_roles
from careermap.results.judging import judging_practice
from careermap.results.title_kinds import ASSISTING, title_codes, title_duties
from careermap.taxonomy.models import Importance, Role, Taxonomy

__all__ = [
    "CODE_OF_CONDUCT",
    "HELPING",
    "UNRATED",
    "helping_practice",
    "practice_skills",
    "profession_practice",
    "role_practice",
    "skill_practice",
    "title_practice",
]

#: O*NET 29.3 importance (1-5) for each helping code, in order: the skills Active
#: Listening, Social Perceptiveness, Judgment and Decision Making (Skills.txt) and the
#: work styles Concern for Others, Integrity, Self-Control, Stress Tolerance,
#: Adaptability/Flexibility (Work Styles.txt). The "all other" codes O*NET rates not
#: (:data:`UNRATED`) take the lowest rating of their SOC broad group's codes.
HELPING: dict[str, tuple[float, float, float, float, float, float, float, float]] = {
    "21-1011.00": (4.25, 4.12, 3.88, 4.97, 4.97, 4.65, 4.73, 4.17),  # substance abuse counsellors
    "21-1012.00": (4.38, 4.12, 3.62, 4.82, 4.41, 4.25, 4.12, 4.08),  # guidance counsellors
    "21-1013.00": (4.88, 4.38, 4.00, 4.90, 4.90, 4.80, 4.66, 4.18),  # marriage and family
    "21-1014.00": (4.75, 4.88, 3.88, 4.93, 4.67, 4.67, 4.72, 4.41),  # mental health counsellors
    "21-1015.00": (4.00, 4.00, 3.38, 4.74, 4.68, 4.27, 4.24, 4.35),  # rehabilitation counsellors
    "21-1021.00": (4.88, 4.12, 4.00, 4.62, 4.29, 4.13, 4.31, 4.19),  # child and family SW
    "21-1022.00": (4.00, 4.25, 3.62, 4.96, 4.96, 4.78, 4.74, 4.63),  # healthcare social workers
    "21-1023.00": (4.12, 4.25, 3.50, 4.95, 4.70, 4.62, 4.56, 4.55),  # MH and SA social workers
    "21-1092.00": (4.00, 4.00, 3.62, 4.24, 4.63, 4.58, 4.51, 4.21),  # probation, correctional
    "21-1093.00": (4.00, 4.00, 3.25, 4.50, 4.77, 4.27, 4.48, 4.36),  # social and human service
    "21-1094.00": (4.12, 4.12, 3.38, 4.43, 4.70, 4.25, 4.28, 4.51),  # community health workers
    "21-2011.00": (4.25, 4.12, 3.88, 4.94, 4.90, 4.56, 4.35, 4.45),  # clergy (chaplains)
    "19-3033.00": (4.25, 4.38, 3.75, 4.92, 4.88, 4.84, 4.72, 4.36),  # clinical psychologists
    "19-3034.00": (4.38, 4.00, 3.88, 4.56, 4.84, 4.72, 4.56, 4.56),  # school psychologists
    "29-1122.00": (4.12, 4.00, 4.00, 4.82, 4.95, 4.73, 4.27, 4.59),  # occupational therapists
    "29-1125.00": (4.00, 4.00, 3.12, 4.92, 4.71, 4.51, 4.42, 4.71),  # recreational therapists
    "29-1071.00": (4.00, 4.00, 4.00, 4.95, 4.89, 4.59, 4.72, 4.49),  # physician assistants
    "29-1127.00": (4.12, 4.12, 3.75, 4.78, 4.83, 4.78, 4.50, 4.69),  # speech-language pathologists
    "29-1129.01": (4.00, 4.25, 3.88, 5.00, 4.94, 4.78, 4.75, 4.59),  # art therapists
    "29-1129.02": (4.12, 4.25, 3.75, 5.00, 4.77, 4.85, 4.38, 4.69),  # music therapists
    "29-1141.00": (4.00, 4.12, 3.88, 4.49, 4.46, 4.14, 4.49, 4.37),  # registered nurses
    "29-1141.04": (4.12, 4.00, 3.75, 4.28, 4.75, 4.31, 4.41, 4.72),  # clinical nurse specialists
    "29-1171.00": (4.12, 4.00, 4.00, 4.74, 4.78, 4.39, 4.48, 4.52),  # nurse practitioners
    "29-2053.00": (4.00, 4.12, 3.00, 4.77, 4.58, 4.78, 4.73, 4.52),  # psychiatric technicians
    "29-2061.00": (3.88, 4.00, 3.62, 4.54, 4.49, 4.49, 4.46, 4.34),  # LPNs (nursing associates)
    "29-2099.08": (4.12, 4.00, 3.25, 4.97, 4.83, 4.85, 4.81, 4.83),  # patient representatives
}
#: Social and community service managers (O*NET 11-9151.00, same order as :data:`HELPING`):
#: helping work only for the supervisors of mental-health practice (sector
#: ``mental-health``: the substance use clinical, crisis line and peer support
#: supervisors), whose posts are filled from the practice they supervise (their entries
#: ask years of it) and who take its calls and sessions beside their staff; not the
#: non-profit programme manager.
SUPERVISORS = (3.88, 4.00, 3.88, 4.47, 4.85, 4.67, 4.59, 4.72)
SUPERVISING = ("11-9151.00", "mental-health")
#: Helping codes O*NET gives no ratings ("all other": bereavement coordinators and life
#: coaches, intake coordinators, child life specialists in the bundled roles; the
#: psychologists, counsellors and social workers a title's words name,
#: :mod:`careermap.results.title_kinds`).
UNRATED = ("21-1019.00", "21-1029.00", "29-1129.00", "19-3039.00")
#: The skill each rating of :data:`HELPING` stands for, in the same order.
RATED = (
    "active-listening",
    "social-perceptiveness",
    "judgment-and-decision-making",
    "empathy",
    "ethical-practice",
    "emotional-regulation",
    "composure-under-pressure",
    "adaptability",
)
#: Importance (of 5) from which an O*NET skill is practised (the first three of
#: :data:`RATED`), and from which a work style is (the others).
SKILL_FLOOR = 3.5
STYLE_FLOOR = 4.0
#: The category of the skills that may show helping work when listed (:func:`practice_skills`).
PRACTICE_CATEGORY = "clinical"
#: The categories of casework beside it (thirty-sixth round, review35 P7): crisis work,
#: case management and advocacy (peer support among it), whose skills show helping work
#: when the helping roles require them as essential more than twice as often as the
#: others do (:data:`CASEWORK_MARGIN`; a skill no role requires shows nothing: first aid,
#: triage; nor one that security, emergency or advice posts ask nearly as often:
#: de-escalation, crisis protocols, benefits advice).
CASEWORK_CATEGORIES = ("advocacy", "case-management", "crisis")
#: Casework skills of other categories, by the same rule: support groups are run by
#: peer, carer and lived experience workers, counsellors and nurses.
CASEWORK_SKILLS = ("support-group-facilitation",)
#: How many times as often the helping roles must require a casework skill as the others.
CASEWORK_MARGIN = 2
#: Casework skills that show no helping work, whatever the count: a policy topic, and
#: restraint, which security and custody staff practise too.
NOT_CASEWORK = ("health-equity", "physical-intervention")
#: The skill a listed practice or an assistant's post does not show (:func:`skill_practice`).
JUDGEMENT = "judgment-and-decision-making"
#: Practised in every helping code: what the codes of conduct of such workers name.
CODE_OF_CONDUCT = ("confidentiality", "professional-boundaries", "rapport-building")


def _ratings(role: Role) -> tuple[float, ...] | None:
    """Return the O*NET ratings of a helping role's code (:data:`HELPING`), or ``None``."""
    code = role.onet_soc or ""
    if (code, role.sector) == SUPERVISING:
        return SUPERVISORS
    return _of_code(code)


def _of_code(code: str) -> tuple[float, ...] | None:
    """Return the O*NET ratings of a helping code (:data:`HELPING`, :data:`UNRATED`)."""
    if code in UNRATED:  # the lowest of its broad group ("21-101" for 21-1019.00)
        group = [values for known, values in HELPING.items() if known[:6] == code[:6]]
        return tuple(map(min, zip(*group, strict=True)))
    return HELPING.get(code)


def _practised(ratings: tuple[float, ...]) -> frozenset[str]:
    """Return the skills *ratings* (ordered as :data:`RATED`) reach, and the codes' three."""
    floors = (SKILL_FLOOR,) * 3 + (STYLE_FLOOR,) * (len(RATED) - 3)
    rated = (
        skill for skill, value, floor in zip(RATED, ratings, floors, strict=True) if value >= floor
    )
    return frozenset((*rated, *CODE_OF_CONDUCT))


def role_practice(role: Role) -> frozenset[str]:
    """Return what a helping role practises whichever post it is; none for other work.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> "judgment-and-decision-making" in role_practice(taxonomy.role_index["therapist"])
    True
    >>> sorted(role_practice(taxonomy.role_index["peer-support-specialist"]))[:3]
    ['active-listening', 'adaptability', 'composure-under-pressure']
    >>> role_practice(taxonomy.role_index["recruiter"])
    frozenset()
    """
    ratings = _ratings(role)
    return frozenset() if ratings is None else _practised(ratings)


def title_practice(held: str | None, taxonomy: Taxonomy) -> frozenset[str]:
    """Return what the helping work a job title names practises (:func:`role_practice`).

    The role the title names, or failing one, the skills every role of its kind of work
    practises when every one of them is helping work ("Support Worker (crisis respite
    house)"); failing both, what the profession its words name practises ("Counselling
    Officer": :func:`profession_practice`). A title naming other work, or a kind some of
    whose roles are not helping work ("TMS Technician": a health information technician
    too) and no profession, gives none. Whichever it is, a post the law or its
    profession's standards give more practice ("Mental Health Officer", "AMHP",
    "Dramatherapist": :func:`careermap.results.title_kinds.title_duties`) practises that
    too (thirty-first round).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> "empathy" in title_practice("Addiction Counsellor (prison drug treatment)", taxonomy)
    True
    >>> "judgment-and-decision-making" in title_practice(
    ...     "Senior Speech and Language Therapist, CAMHS", taxonomy)
    True
    >>> title_practice("Senior copywriter", taxonomy)
    frozenset()
    >>> "case-formulation" in title_practice("Dramatherapist, CAMHS", taxonomy)
    True
    """
    if not held or not held.strip():
        return frozenset()
    duties = frozenset(title_duties(held))
    role = current_role(held, taxonomy)
    if role is not None:
        return _present(role_practice(role) | duties, taxonomy)
    found = [role_practice(taxonomy.role_index[i]) for i in sorted(kind_roles(held, taxonomy))]
    if not found or not all(found):
        return _present(profession_practice(held) | duties, taxonomy)
    return _present(frozenset.intersection(*found) | duties, taxonomy)


def profession_practice(held: str) -> frozenset[str]:
    """Return what the professions a title's words name practise (thirtieth round).

    For a title that names no role and no kind of helping work: the codes its words
    name (:func:`careermap.results.title_kinds.title_codes`), all of whose practice
    counts; an assistant's or trainee's post without judgement
    (:data:`careermap.results.title_kinds.ASSISTING`).

    Examples
    --------
    >>> "judgment-and-decision-making" in profession_practice("Psicóloga clínica")
    True
    >>> "active-listening" in profession_practice("Counselling Officer")
    True
    >>> "judgment-and-decision-making" in profession_practice("Assistant Psychologist")
    False
    >>> profession_practice("Safer Custody Officer (prison officer)")
    frozenset()
    """
    found = [_practised(ratings) for code in title_codes(held) if (ratings := _of_code(code))]
    if not found:
        return frozenset()
    practised = frozenset.intersection(*found)
    return practised - {JUDGEMENT} if ASSISTING.search(held) else practised


def helping_practice(background: Background | None, taxonomy: Taxonomy) -> frozenset[str]:
    """Return what a person's helping work practises: their job title's, their other work's.

    With the judgement of a profession that decides for patients, helping work or not (a
    pharmacist's, a psychiatrist's: :func:`careermap.results.judging.judging_practice`).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> past = Background(current_role="Senior copywriter",
    ...                   experience={"Crisis line counselor": 3})
    >>> "confidentiality" in helping_practice(past, taxonomy)
    True
    >>> helping_practice(Background(current_role="Senior copywriter"), taxonomy)
    frozenset()
    """
    if background is None:
        return frozenset()
    titles: Iterable[str | None] = (background.current_role, *background.experience)
    found = frozenset(skill for title in titles for skill in title_practice(title, taxonomy))
    return found | _present(judging_practice(background), taxonomy)


def practice_skills(taxonomy: Taxonomy) -> frozenset[str]:
    """Return the skills that are a practice of helping work: one listed shows the work.

    A skill of the *clinical* category (assessment, counselling, the therapies, nursing,
    harm reduction...) that the taxonomy's helping roles (:func:`role_practice`) require
    as essential more often than its other roles do, or that no role requires (a named
    therapy: DBT, play therapy, the creative arts therapies). Not those taught or used
    as much outside casework (*Psychoeducation*: trainers and educators;
    *Psychometric testing*: talent assessment; *Behaviour support*: teachers). And a
    skill of casework (:data:`CASEWORK_CATEGORIES`, :data:`CASEWORK_SKILLS`: peer support,
    case management, crisis intervention, referral, support groups...) that the helping
    roles require as essential more than :data:`CASEWORK_MARGIN` times as often as the
    others (not *Conflict de-escalation* or *Crisis protocols*, which security and
    emergency posts ask too).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> found = practice_skills(load_taxonomy())
    >>> "counselling" in found, "creative-arts-therapies" in found, "psychoeducation" in found
    (True, True, False)
    >>> "peer-support" in found, "conflict-de-escalation" in found, "first-aid" in found
    (True, False, False)
    """

    def build() -> frozenset[str]:
        helping: dict[str, int] = {}
        other: dict[str, int] = {}
        for role in taxonomy.roles:
            counts = other if _ratings(role) is None else helping
            for req in role.requirements:
                if req.importance is Importance.ESSENTIAL:
                    counts[req.skill] = counts.get(req.skill, 0) + 1
        clinical = frozenset(
            skill.id
            for skill in taxonomy.skills
            if skill.category == PRACTICE_CATEGORY
            and _more(helping.get(skill.id, 0), other.get(skill.id, 0))
        )
        casework = frozenset(
            skill.id
            for skill in taxonomy.skills
            if (skill.category in CASEWORK_CATEGORIES or skill.id in CASEWORK_SKILLS)
            and skill.id not in NOT_CASEWORK
            and helping.get(skill.id, 0) > CASEWORK_MARGIN * other.get(skill.id, 0)
        )
        return clinical | casework

    return derived(taxonomy, "practice-skills", build)


def _more(helping: int, other: int) -> bool:
    """Say whether helping roles require a skill more often than others, or none does."""
    return helping > other or helping == other == 0


def skill_practice(skills: Iterable[str], taxonomy: Taxonomy) -> frozenset[str]:
    """Return what every helping code practises, judgement aside, for one who lists a practice.

    The skills every code of :data:`HELPING` reaches (:func:`role_practice`): listening,
    social perceptiveness, empathy, ethics, confidentiality, boundaries, rapport, emotional
    regulation, composure and adaptability. *Judgement and decision making* is not among
    them: O*NET rates it under 3.5 for the assistants and technicians (3.00-3.38), and a
    skill alone does not say which level of the work the person holds.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> sorted(skill_practice(["creative-arts-therapies"], taxonomy))[:3]
    ['active-listening', 'adaptability', 'composure-under-pressure']
    >>> skill_practice(["recruitment", "psychoeducation"], taxonomy)
    frozenset()
    """
    if practice_skills(taxonomy).isdisjoint(skills):
        return frozenset()
    floor = frozenset.intersection(*(_practised(values) for values in HELPING.values()))
    return _present(floor, taxonomy)


def _present(skills: frozenset[str], taxonomy: Taxonomy) -> frozenset[str]:
    """Return the skills the taxonomy has (a small test taxonomy may lack some)."""
    return frozenset(skill for skill in skills if skill in taxonomy.skill_index)
