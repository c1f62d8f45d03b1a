"""A skill named inside a longer phrase: "PHQ-9 and GAD-7", "safety planning with families".

Practitioners write a skill with words around it that say how, where or with whom
they used it. When the whole text matches no name, :func:`split_phrase` offers the
parts that may name a skill, and the resolver matches each part as a whole text
(by id, label, alias or fuzzy name; never semantically, never split again). The
phrases read:

* **a list** joined by "and", "&", "+", "plus", commas, semicolons or slashes ("PHQ-9
  and GAD-7", "CPI / physical restraint"): one skill when every part names that same
  skill, and **split** when every part names a skill and they are two or more ("CBT
  and DBT", "training and supervising doctoral interns"): the match is method
  ``'split'``, one match per skill in its ``split``, and a profile gives each an
  entry. A part names a skill by its id, label or alias, a near name of two words or
  more, or one "-ing" word with a name's stems ("training": *trainer skills*). A name that
  holds "and" is matched whole before any of this ("drug and alcohol counselling",
  "law and government"), and a part that names nothing ("trial and error", "CBT and
  forklift operation") leaves the list unsplit: it may be work of another field, which
  the list's skills would hide. Not a code (an instrument, a system or a course by its
  capitals and digits: :mod:`careermap.resolve.codes`) beside parts that name skills:
  "K10, PCL-5, AUDIT" is *Outcome measurement*, PCL-5 and AUDIT more instruments of the
  kind the taxonomy does not know by their codes (twenty-sixth round);
* **a bracket** after a name (:mod:`careermap.resolve.brackets`): the name, whatever
  the bracket says, unless it says the skill is not held ("counselling (received)",
  "CBT (not DBT)", "CBT (learning)"); the bracket's parts may name the same skill
  ("statistics (SPSS, R)"), and one naming another leaves the text unread with both
  suggested ("statistics (SPSS, CBT)"). A bracket naming no skill is a note, whatever
  its words ("CBT (adult placements)", "case management (former)", "SQL (online
  course)"); after a list, when none names a skill the list does not ("treatment plans
  and progress notes (SimplePractice)" splits). Initials beside their words are read
  spelled out, by the resolver ("PPOs (personal protection orders)");
* **a doing word first**: "running", "leading", "delivering", "providing",
  "conducting", "facilitating", "writing", "keeping", "doing" or "using", with
  "a", "an" or "the" ("writing shift notes", "running a DBT skills group"), or
  "helping" and whom ("helping people apply for benefits"); and, as CV lines are
  written, the past ("Led CQC inspections", "Reported K10 and PCL-5 outcomes";
  thirty-eighth round);
* **representing people at a hearing**: "representing members at disciplinary
  committees" is the hearing's work (thirty-eighth round);
* **work under an Act**: "rights advice under the Mental Health Act" is the work and,
  when the taxonomy names the Act, the law, split into both (thirty-eighth round);
* **under supervision last**: "under supervision", "under clinical supervision" or
  "supervised" ("CBT under supervision"): how a trainee did the work, which names no
  skill of its own (before this reading, the semantic layer read that text as *Clinical
  supervision*, which a trainee receives rather than gives);
* **teaching whom**, **teaching people a topic**, **the teacher of a topic**,
  **supervising whom** and **teaching work, last** (:mod:`careermap.resolve.teaching`):
  "teaching psychiatry residents" is the teaching, "training managers on mental health
  at work" the training and the topic, "teaching grounding exercises" the topic, "PMAB
  instructor" delivering training and the topic, "supervising NQ music therapists and
  students" clinical supervision and "supervising 12 staff" managing staff; teaching
  and supervising in the past tense ("taught", "trained", "supervised", "mentored") are
  read as the "-ing" words;
* **one to one or brief, first**: "1:1", "1-1", "one-to-one" or "brief" ("1:1 post
  diagnosis support", "brief CBT"): how the work was done, which names no skill of its own;
* **a version after a code** (:func:`careermap.resolve.codes.without_version`): "HCR-20
  V3", "ADOS-2 (2nd ed.)": the instrument, whatever its version (twenty-eighth round);
* **how well, last**: "basics", "fundamentals" or "essentials" ("SQL basics"), as a
  bracket saying how well names no skill ("SQL (basic)");
* **a role, tool or course named by its practice, last**: "screener", "screening", "screens",
  "tool", "champion", "lead", "coordinator", "chair", "facilitator" or "course (online)"
  ("C-SSRS screener", "504 coordinator", "policy analysis course online"), not after a
  doing word ("designed a training course" made one); and **webinars**, workshops given
  online ("wellbeing webinars": "wellbeing workshops");
* **an activity word last**: "sessions", "lessons", "classes", "groups",
  "presentations", "workshops", "training", "trained", "facilitation", "coordination",
  "materials", "handouts" or "worksheets" ("telehealth sessions", "Narcan training",
  "EMDR trained", "psychoeducation worksheets"): what one
  runs, gives or is trained in. Not "meetings": one attends those, so "HR meetings"
  or "leadership meetings" would claim a skill the words do not (the few meetings
  that are the practice, such as IEP meetings, are aliases);
* **a record word last**: "notes", "documentation", "records", "EHR", "EMR" or "journal"
  ("Cerner notes", "Kipu EHR", "DIPS journal"): the system the record is kept on, as
  "charting" is ("Kipu charting"); not after a doing word ("reviewing medical
  documentation") or "in the" ("progress notes in the EHR": where);
* **with whom, to whom, where or when** after the name: "with", "alongside", "to", "in",
  "on", "at", "between", "after", "before", "ahead of" or "during" and anything ("safety
  planning with families", "chart audits before licensing visits",
  "de-escalation alongside police", "referrals to housing services", "charting in Epic",
  "case notes on Nebula", "reasonable adjustments at work", "case management after
  suicide attempts"), unless what follows
  names people by a need or condition ("supporting pupils with learning disabilities",
  "communicating with deaf clients"): the need is what the person specialises in, and
  the name before it alone would lose it. People named by conditions only after "with"
  are read as after "for" ("counselling with adults with SMI"; thirty-first round).
  Such a phrase matches nothing and suggests the skills it is near, its need's first;
* **a method for a condition**: "for" and only conditions after it ("CBT for
  depression", "DBT for borderline personality disorder", "EMDR for PTSD and complex
  trauma"): the method, as a training curriculum names its modules (NHS England's
  national curriculum for high intensity CBT: "CBT for depression", "CBT for anxiety
  disorders"). A phrase whose words, reordered, are a name is matched before this
  rule reads it ("counselling for addiction" is *addiction counselling*). When the
  condition is itself a skill ("coaching for ADHD": *Neurodevelopmental conditions*),
  the phrase names two and is split into both (twenty-ninth round; before, it matched
  neither), as is a method "about" conditions ("psychoeducation about ADHD") and a name
  "with" people whose need is a skill ("psychoeducation for adults with ADHD");
* **an assessment or a report for anything**: "needs assessments for support
  packages", "writing reports for redress schemes and court": the assessment or the
  report, unless people are named there by a need
  (:func:`careermap.resolve.whom_words.assessment_for`; thirty-eighth round);
* **for whom**: "for" and only people, named by a plural noun of a closed list ("stress
  management for clients", "advocacy for tenants and their families", "brief CBT for
  soldiers", "for new staff"), or those a record or report is for: insurers,
  Medicare, Medicaid, funders, commissioners ("documentation for insurance",
  "reports for funders"), or the ward, unit, department or clinic whose staff it is
  for ("rosters for the ward"; thirty-eighth round): the name, as after "with";
* **lived experience in one's own words**: "my own experience of being autistic", "my
  lived experience of incarceration and recovery", "using my lived experience as a
  carer": the lived experience peer work uses (*Peer support*'s alias "lived
  experience"), whatever it was of. What follows "of" or "as" is its kind, which
  ``Background.lived_experience`` says, so it names no skill and no need keeps it
  unread. "My own experience" (without "lived") counts only when it is of being or
  living with something, of recovery, or of a need or condition: "my own experience of
  working in CAMHS" is work experience; "my own PTSD & TBI recovery" and "my recovery
  journey" are lived experience of recovery;
* **languages spoken**: "Kiswahili and English", "Spanish (native)", "Cantonese
  (native), Mandarin (fluent)" (:func:`careermap.resolve.languages.speaks_languages`):
  the name "bilingual" (*Second language*'s alias), when a language besides English is
  spoken fluently or two are; "conversational Spanish" or "Welsh (learner)" is below
  the fluency that skill is, and stays unread;
* **a job title before a spaced dash**: "lead counselor - schedule & training new staff",
  "Navy MA - trauma & first aid": the work after the dash, read as any text here is; the
  title (its last word one of a closed list of job words, or a service branch first) is
  a note. A dash after other words is read as a bracket of examples after them
  ("outreach - Guard drill weekends, rodeos, State Fair" as "outreach (Guard drill
  weekends, rodeos, State Fair)": :func:`dash_examples`; twenty-eighth round);
* **a list with a shared word**: a list naming a skill beside one word that the names
  of several skills hold ("assessment and formulation": "assessment" is in *Clinical*,
  *Risk*, *Needs* and *Educational assessment*) matches nothing, by name or by
  meaning, and suggests the named skill first.

The doing, activity, with-whom and for readings peel off one after another, at most
three deep ("running a DBT skills group": "DBT skills group", then "DBT skills"), and
what they leave is read as a list too ("CBT and DBT skills groups": "CBT", "DBT skills").
Only the part before "with", "to", "in", "on" or "at" is matched, so the rest adds no
skill of its own, and a list after them ("collaborating with therapists and case
managers") names people, never skills; "for" is read only before conditions or
people, since its rest often changes the skill ("planning for retirement" is not care
planning), and "of" only after a name of two words or more that holds no other with-whom
word and is no supervision ("service evaluation of the waiting list"; thirtieth round):
after one word its rest often changes the skill ("recruitment of participants" is
research), and whom supervision was of says whether it was given or received. A need
after "with", "to" or "in" is looked for only up to a dash or a bracket, and not after
"on", which says what about ("school talks on gaming & gambling"; conditions after "on"
are read as after "about").

Whenever the parts name more than one skill, the phrase is no one of them: a list is
split into each, and any other reading (examples in brackets naming a second skill, a
condition that is a skill) is left unmatched with each suggested.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from careermap.resolve.accompanying import accompaniment
from careermap.resolve.agencies import with_agencies
from careermap.resolve.brackets import bracketed, examples, extras
from careermap.resolve.codes import leading_code, without_version
from careermap.resolve.dash_titles import _after_title, dash_examples
from careermap.resolve.file_audits import file_audit
from careermap.resolve.languages import signs, speaks_languages
from careermap.resolve.phrase_words import (
    CONDITION_LIST,
    FOR_PEOPLE,
    NEED,
    REPRESENTING,
    other_pieces,
    pattern,
    pieces,
)
from careermap.resolve.shared_verbs import each_verb
from careermap.resolve.teaching import (
    TEACHING_WHOM,
    delivered_and_assessed,
    doing_name,
    doing_taught,
    educating_clients,
    instructor,
    managing,
    present,
    supervising,
    taught,
    teaching_work,
)
from careermap.resolve.whom_words import (
    _FOR,
    _OF,
    _SUPERVISION,
    _WHOM,
    _clause,
    _need_after,
    assessment_for,
    condition_of,
    need_named,
)

__all__ = [
    "Split",
    "as_list",
    "condition_of",
    "dash_examples",
    "need_named",
    "split_phrase",
    "teaching_work",
]


class Split(NamedTuple):
    """One reading of a phrase: parts that must each name a skill, parts that may.

    Every part that names a skill must name the same one.
    """

    required: tuple[str, ...]
    optional: tuple[str, ...] = ()


#: A doing word first, in the present ("running a DBT skills group") or, as CV lines are
#: written, the past ("Led CQC inspections", "Provided crisis intervention to veterans";
#: thirty-eighth round: the twenty-ninth persona set's CV lines were read by meaning when
#: short and not at all when long). "Undertaking", "carrying out" and "performing" say the
#: same ("carried out needs assessments"); "reported" says what was reported ("Reported
#: K10 and PCL-5 outcomes to Open Arms"). Not "completed" or "attended": a course done
#: or a meeting sat in ("Completed a Certificate IV ...") is no practice of the skill. Not
#: "wrote" yet: "wrote treatment plans" is the documented example of a text read by meaning
#: (README, docs/semantic.md) and an item of the semantic layer's development set.
_DOING = re.compile(
    r"^(?:(?:running|leading|delivering|providing|conducting|facilitating|writing|keeping"
    r"|doing|using|undertaking|carrying\s+out|performing"
    r"|ran|led|delivered|provided|conducted|facilitated|kept|did|used|undertook"
    r"|carried\s+out|performed|reported|reporting"
    # Noticing, as a practitioner notices what the skill names ("spotting early warning
    # signs": relapse prevention's; thirty-ninth round).
    r"|spotting|noticing|recognising|recognizing|spotted|noticed|recognised|recognized)"
    r"(?:\s+(?:a|an|the))?"
    r"|helping\s+(?:people|clients|patients|families|others|service\s+users)(?:\s+to)?)"
    r"\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
#: How the work was done, first: one to one ("1:1 post diagnosis support") or brief ("brief
#: CBT for soldiers", twenty-sixth round: a few sessions), which names no skill of its own.
_ONE_TO_ONE = re.compile(r"^(?:1:1|1-1|one[-\s]to[-\s]one|brief)\s+(?P<rest>\S.*)$", re.IGNORECASE)
_ACTIVITY = re.compile(
    r"^(?P<rest>\S.*?)\s+(?:sessions?|lessons?|class(?:es)?|groups?"
    r"|presentations?|workshops?|training|trained|facilitation|coordination|materials|handouts"
    # Charting in a record system ("Kipu charting"; twentieth round); the other record
    # words are _RECORD's (twenty-sixth round).
    r"|worksheets|charting"
    # A programme run ("preceptorship programme", thirty-fourth round: the NMC's period of
    # support for newly registered nurses, which a preceptor gives). Not the plural:
    # "wellbeing programmes" are designed, a skill of their own.
    r"|programme|program)$",
    re.IGNORECASE,
)
#: Lived experience in a person's own words ("my own experience of being autistic", "my
#: lived experience of incarceration and recovery"): the skill peer workers use, whatever
#: it was of. What follows "of" or "as" is the kind of experience (``Background``'s
#: ``lived_experience`` says it), so it is not read as a skill. "Lived" may stand alone;
#: "my own experience" must be of being or living with something, of recovery, or of a
#: need or condition, since "my own experience of working in CAMHS" is work experience.
#: "My own recovery", with what it was from before or after it ("my own PTSD & TBI
#: recovery", "my own recovery from addiction"), and "my recovery journey" say the same
#: (twenty-ninth round, review 29 P11).
_LIVED = re.compile(
    r"^(?:(?:using|sharing|drawing\s+on)\s+)?(?:(?:my|our)\s+)?(?:own\s+)?lived\s+experience"
    r"\s+(?:of|as)\s+\S.*$"
    r"|^(?:(?:using|sharing|drawing\s+on)\s+)?(?:my|our)\s+own\s+experience\s+(?:of|as)\s+"
    r"(?P<own>\S.*)$"
    r"|^(?:(?:using|sharing|drawing\s+on)\s+)?(?:my|our)\s+own\s+(?:[^,;:()]{1,40}\s+)?recovery"
    r"(?:\s+(?:journey|story|from\s+\S.*))?$"
    r"|^(?:(?:using|sharing|drawing\s+on)\s+)?(?:my|our)\s+recovery\s+(?:journey|story)$",
    re.IGNORECASE,
)
#: "My own lived experience" with what it was of in a bracket after it ("my own lived
#: experience (self-harm, ED)"; thirty-sixth round, review36 P9): one's own, as "of" says.
_LIVED_ALONE = re.compile(
    r"^(?:(?:using|sharing|drawing\s+on)\s+)?(?:my|our)\s+(?:own\s+)?lived\s+experience$",
    re.IGNORECASE,
)
_OWN_KIND = re.compile(r"^(?:being|living\s+with|recovery|recovering)\b", re.IGNORECASE)
#: What a lived-experience phrase names: the peer-support alias.
_LIVED_NAME = "lived experience"
#: What a list of languages spoken names (:mod:`careermap.resolve.languages`): the alias
#: of *Second language* in the bundled taxonomy, and a word other taxonomies may hold.
_LANGUAGES_NAME = "bilingual"
#: What a list of sign languages alone names: *Sign language*'s label (thirty-first round).
_SIGNING_NAME = "sign language"
_DEPTH = 3
#: How well, last: "SQL basics", "counselling fundamentals" (twenty-third round), which names
#: no skill of its own, as "SQL (basic)" does not.
_LEVEL = re.compile(r"^(?P<rest>\S.*?)\s+(?:basics|fundamentals|essentials)$", re.IGNORECASE)
#: How the work was done, last: under someone's supervision ("CBT under supervision",
#: "assessments, supervised"), which names no skill of its own.
_SUPERVISED = re.compile(
    r"^(?P<rest>\S.*?)[\s,]+(?:(?:while\s+)?under\s+(?:clinical\s+)?supervision"
    r"|(?:while\s+)?supervised)$",
    re.IGNORECASE,
)


#: A role or tool named by its practice, last: "C-SSRS screener", "safeguarding lead",
#: "policy analysis course online": the practice the role does, the tool serves or the
#: course teaches (as "SQL (online course)" was read), matched by name only. Not after a
#: doing word: "designed a training course" made the course ("designing training").
_ROLE = re.compile(
    r"^(?![^\W\d_]+(?:ing|ed)\s)(?P<rest>\S.*?)\s+(?:screeners?|screenings?|screens?|tools?|champion"
    r"|lead|coordinator|chair"
    r"|facilitator|courses?(?:\s+online)?|online\s+courses?)$",
    re.IGNORECASE,
)

#: Workshops given online, last: "wellbeing webinars" are wellbeing workshops (a webinar
#: is a seminar or workshop on the web), which a name may hold.
_WEBINARS = re.compile(r"^(?P<rest>\S.*?)\s+(?:webinars?|online\s+workshops?)$", re.IGNORECASE)

#: A record word, last: "Cerner notes", "RiO notes", "Kipu EHR", "DIPS journal" (twenty-sixth
#: round): the system the record is kept on, as "Kipu charting" was read ("case notes" is a
#: name, matched whole first). Not after a doing word ("reviewing medical documentation":
#: what is done to the record), nor after "the", "in" or such ("progress notes in the EHR":
#: where, which the with-whom words read).
_WHERE_WORDS = ("the", "a", "an", "in", "on", "at", "into", "our", "my")
_RECORD = re.compile(
    r"^(?![^\W\d_]+(?:ing|ed)\s)(?P<rest>\S.*?)"
    + "".join(rf"(?<!\b{word})" for word in _WHERE_WORDS)
    + r"\s+(?:notes|documentation|records|EHRs?|EMRs?|journal)$",
    re.IGNORECASE,
)


#: A practice done in two languages ("bilingual counseling (Spanish/English)"): two skills,
#: the language and the practice (thirty-fourth round, review34 P4: read by meaning, the
#: text was *Second language* alone and the counselling was lost).
_BILINGUAL = re.compile(r"^(?P<language>bilingual|multilingual)\s+(?P<rest>\S.*)$", re.IGNORECASE)


#: Work under an Act ("rights advice under the Mental Health Act", "assessments under the
#: Mental Capacity Act 2005"): the work, and the law it is done under, a skill of its own
#: when the taxonomy names it (thirty-eighth round, review38 P1: a rights adviser's first
#: line was unread, her whole trade). The Act by its capitalised name, so "under the act
#: of parliament" or "under pressure" is not read so.
_UNDER_ACT = re.compile(
    r"^(?P<rest>\S.*?)\s+[Uu]nder\s+(?:the\s+)?"
    r"(?P<act>(?:[A-Z][\w'-]*\s+){1,6}Act(?:\s+\d{4})?)$"
)


def _peeled(text: str) -> list[str]:
    """Return the shorter texts one layer of the doing, activity, with-whom or for words leaves."""
    found = []
    layers = (_DOING, _ONE_TO_ONE, _ACTIVITY, _RECORD, _ROLE, _LEVEL, _SUPERVISED, TEACHING_WHOM)
    for layer in layers:
        hit = layer.match(text)
        if hit:
            rest = hit.group("rest").strip()
            # "training staff": the work of delivering training, not the word's near names.
            found.append(doing_name(rest) if layer is TEACHING_WHOM else rest)
    hit = REPRESENTING.match(text)  # "representing members at disciplinary committees"
    if hit:
        found.append(hit.group("rest").strip())
    hit = _WEBINARS.match(text)  # "wellbeing webinars": workshops given online
    if hit:
        found.append(f"{hit.group('rest').strip()} workshops")
    bare = without_version(text)  # "HCR-20 V3": the instrument, whatever its version
    if bare != text:
        found.append(bare)
    whom = supervising(text)  # "supervising NQ music therapists and students"
    if whom:
        found.append(" and ".join(whom))
    # "training hostel staff to give naloxone": the doing is what was taught, not whom, and
    # "of" inside the people taught says which ("residents of the barrio to run ...").
    taught_doing = doing_taught(text)
    hit = _WHOM.match(text)
    if hit and not _need_after(hit) and not taught_doing:
        found.append(hit.group("rest").strip())
    hit = _OF.match(text)
    if (
        hit
        and not taught_doing
        and not _SUPERVISION.search(hit["rest"])
        and not _WHOM.match(hit["rest"])
        and not _FOR.match(hit["rest"])
        and not pattern(NEED).search(_clause(hit["tail"]))
    ):
        found.append(hit.group("rest").strip())
    hit = _FOR.match(text)
    if hit and (
        pattern(CONDITION_LIST).match(hit.group("tail").strip())
        or (hit.group("word").lower() == "for" and FOR_PEOPLE.match(hit.group("tail").strip()))
    ):
        found.append(hit.group("rest").strip())
    assessment = assessment_for(text)  # "needs assessments for support packages"
    if assessment:
        found.append(assessment)
    return found


def _heads(text: str) -> list[str]:
    """Return every text peeling leaves, nearest the whole first, each once."""
    heads: list[str] = []
    layer = [text]
    for _ in range(_DEPTH):
        layer = [rest for current in layer for rest in _peeled(current) if rest not in heads]
        heads += dict.fromkeys(layer)
    return heads


def as_list(text: str) -> tuple[str, ...]:
    """Return the parts of *text* read as a list (no brackets), or none if it is not one.

    Examples
    --------
    >>> as_list("SPSS and Mplus"), as_list("statistics (SPSS, R)"), as_list("CBT")
    (('SPSS', 'Mplus'), (), ())
    """
    parts = pieces(text)
    return parts if len(parts) > 1 and "(" not in text else ()


def split_phrase(text: str) -> list[Split]:
    """Return the readings of *text* as a skill named inside a phrase, in the order to try.

    Examples
    --------
    >>> split_phrase("PHQ-9 and GAD-7")
    [Split(required=('PHQ-9', 'GAD-7'), optional=())]
    >>> split_phrase("telehealth sessions")
    [Split(required=('telehealth',), optional=())]
    >>> [s.required for s in split_phrase("running a DBT skills group")]
    [('DBT skills group',), ('running a DBT skills',), ('DBT skills',)]
    >>> split_phrase("statistics (SPSS, R)")
    [Split(required=('statistics',), optional=('SPSS', 'R'))]
    >>> split_phrase("forklift operation")
    []
    """
    text = text.strip()
    if _lived(text):
        return [Split((_LIVED_NAME,))]
    if speaks_languages(text):  # sign languages alone: the narrower name first
        named = [Split((_SIGNING_NAME,))] if signs(text) else []
        return [*named, Split((_LANGUAGES_NAME,))]
    text = _after_title(text)  # "lead counselor - schedule & training new staff"
    brackets = bracketed(dash_examples(text) or text)  # "outreach - rodeos, State Fair"
    if brackets is None:
        return _readings(text)
    head, inner = brackets
    if not examples(inner):  # "counselling (received)", "CBT (not DBT)"
        return []
    # The name before the bracket, whole first, then as any other text; the bracket's
    # parts may name skills beside it.
    return [Split((head,), extras(inner)), *_readings(head, extras(inner))]


def _readings(text: str, extra: tuple[str, ...] = ()) -> list[Split]:
    """Return the readings of *text* (no brackets), each with *extra*: parts that may name more."""
    found: list[Split] = []
    text = present(text)  # "taught new techs", "supervised three staff"
    # Readings of the whole line before its list's parts (thirty-ninth round): a course
    # delivered and assessed, clients taught, people accompanied to court, people managed.
    whole = delivered_and_assessed(text) or educating_clients(text) or accompaniment(text)
    whole = whole or managing(text)  # "managing eleven CNMs across community residences"
    whole = whole or each_verb(text)  # "Lead and supervise a team of 14 social workers"
    whole = whole or with_agencies(text)  # "coordination with the Ministry of ..."
    whole = whole or file_audit(text)  # "Audit social work case files against ..."
    if whole:
        found.append(Split(whole, extra))
    parts = as_list(text)
    shared = () if "/" in text else _shared_head(parts)  # "CPI / physical restraint": either
    if shared:  # "restraint and falls audits": restraint audits and falls audits
        found.append(Split(shared, extra))
    if parts:  # "treatment plans and progress notes (SimplePractice)"
        found.append(Split(parts, extra))
    others = () if parts else other_pieces(text)  # "valoració infermera i pla de cures"
    if others:
        found.append(Split(others, extra))
    for names in taught(text):
        found.append(Split(names, extra))
        topics = pieces(names[-1]) if len(names) > 1 else ()
        if len(topics) > 1:  # "teaching suicide intervention and de-escalation to ..."
            found.append(Split((*names[:-1], *topics), extra))
    found += [Split(names, extra) for names in instructor(text)]
    hit = _BILINGUAL.match(text)  # "bilingual counseling": the language and the practice
    if hit:
        found.append(Split((hit["language"], hit["rest"].strip()), extra))
    hit = _UNDER_ACT.match(text)  # "rights advice under the Mental Health Act": both
    if hit:
        found += [Split((hit["rest"].strip(), hit["act"]), extra), Split((hit["rest"],), extra)]
    for name in _heads(text):
        found.append(Split((name,), extra))
        listed = pieces(name)
        if len(listed) > 1:  # "CBT and DBT skills groups": "CBT", "DBT skills"
            found.append(Split(listed, extra))
    # Last, the code that begins the whole text ("HCR-20 v3 structured professional
    # judgement"): not a head, so a list's part it begins ("K10 & DASS-21 intake screens")
    # still names nothing and is shown unread beside the list's reading.
    code = leading_code(text)
    if code is not None:
        found.append(Split((code,), extra))
    return found


def _shared_head(parts: tuple[str, ...]) -> tuple[str, ...]:
    """Return a list's parts with the last part's head noun given to one-word parts before it.

    "restraint and falls audits" lists restraint audits and falls audits, not restraint:
    a lone word before the last part shares its head noun. Tried before the parts as
    written, and kept only when every part then names a skill (the resolver's rule for a
    reading). Not for an activity word last ("video and telephone sessions", "CBT and
    DBT groups"), which says how the work was done and is read as before.

    Examples
    --------
    >>> _shared_head(("restraint", "falls audits"))
    ('restraint audits', 'falls audits')
    >>> _shared_head(("CBT", "DBT")), _shared_head(("case notes", "care plans"))
    ((), ())
    >>> _shared_head(("video", "telephone sessions"))
    ()
    """
    if len(parts) < 2 or len(parts[-1].split()) < 2 or _ACTIVITY.match(parts[-1]):
        return ()  # an activity word ("video and telephone sessions") says how, not what
    head = parts[-1].split()[-1]
    before = parts[:-1]
    if not all(len(part.split()) == 1 for part in before):
        return ()
    return (*(f"{part} {head}" for part in before), parts[-1])


def _lived(text: str) -> bool:
    """Say whether *text* states the person's own lived experience of something.

    Examples
    --------
    >>> _lived("my own experience of being autistic")
    True
    >>> _lived("my own experience of working in CAMHS")
    False
    >>> _lived("my own PTSD & TBI recovery"), _lived("my own recovery from addiction")
    (True, True)
    >>> _lived("my own recovery college course"), _lived("recovery of my own data")
    (False, False)
    >>> _lived("my own PTSD recovery (EMDR)"), _lived("my own recovery - EMDR")
    (True, True)
    >>> _lived("my own lived experience (self-harm, ED)"), _lived("lived experience (peers)")
    (True, False)

    A bracket or dash after it says what the recovery was with or from ("my own PTSD
    recovery (EMDR)": a therapy received, never one the person gives; thirtieth round,
    review 30 P2).
    """
    found = bracketed(dash_examples(text) or text)
    if found is not None and found[1].strip() and _LIVED_ALONE.match(found[0]):
        return True  # "my own lived experience (self-harm, ED)": the bracket says of what
    hit = _LIVED.match(text if found is None else found[0])
    if hit is None:
        return False
    own = hit.group("own")
    return own is None or bool(_OWN_KIND.match(own) or pattern(NEED).search(own))
