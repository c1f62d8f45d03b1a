"""Credentials defined once (a taxonomy's ``credentials`` section) and named by id from roles."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Mapping
from pathlib import Path

import pytest

import careermap
from careermap import Credential, TaxonomyError, load_taxonomy
from careermap.base.countries import countries_in
from careermap.results.credentials import ambiguous_abbreviations, holds
from careermap.taxonomy.compiled import load_compiled, save_compiled
from careermap.taxonomy.dump import dump_taxonomy, taxonomy_to_yaml
from careermap.taxonomy.identity import taxonomy_identity
from careermap.taxonomy.models import CredentialDefinition, CredentialReference, Entry
from careermap.taxonomy.validate import check_taxonomy

DATA = Path(__file__).resolve().parents[1] / "data"
#: Every bundled role's credentials as they were written inline at commit d0f79f7, before
#: the bundled taxonomy had a credentials section (the proof that moving them changed
#: nothing but the differences below).
BEFORE = DATA / "role-credentials-d0f79f7.json"

#: The differences made on purpose, each with its reason in docs/taxonomy-notes.md:
#: (role, name before) -> the fields that changed (for implies and also, what was added).
#: Fifteenth round, roles3: the US licences whose holders may do substance use
#: counselling within their own licence (26 TAC 562.2(b)(3); 14 NYCRR Part 800).
_SUD_LICENCES = [
    "LCPC",
    "LICSW",
    "LPCC",
    "Licensed Clinical Social Worker (LCSW)",
    "Licensed Marriage and Family Therapist (LMFT)",
    "Licensed Master Social Worker (LMSW)",
    "Licensed Mental Health Counselor (LMHC)",
    "Licensed Professional Counselor (LPC)",
    "Licensed Professional Counselor Associate (LPC-Associate)",
    "Licensed psychologist",
    # At the merge: the UK's registered clinical psychologist, beside the US licensed
    # psychologist (no UK law asks for an addiction certificate).
    "HCPC registered clinical psychologist",
]
_SAFEGUARDING = {"implies": {"added": ["safeguarding"], "removed": []}}
#: Sixteenth round ("Nurses and doctors in the eighth set"): the note names the NMC's
#: overseas route (its test of competence, CBT and OSCE) and Australia's registration
#: (NMBA, through AHPRA).
_RN_NOTE = (
    "US: state RN licence after NCLEX-RN. UK: NMC registration; mental health roles want a"
    " registered mental health nurse (RMN). A nurse registered in another country joins the"
    " NMC register by its overseas route: a computer-based test (CBT) and a practical exam"
    " (OSCE) in the nurse's own field, with an English test. Australia: registration as a"
    " registered nurse with the NMBA, through AHPRA."
)
_RN = {"note": _RN_NOTE, "implies": {"added": ["coordination"], "removed": []}}
#: Twenty-seventh round (review 27, P8; docs/taxonomy-notes.md, "An RN licence meets the
#: degree of care management posts"): BLS Occupational Outlook Handbook, Registered Nurses:
#: an ADN, a BSN or a diploma lead to the same licence; these posts prefer the BSN.
_BSN_PREFERRED = (
    "Nurses are hired with the RN licence from an associate degree or a diploma; a BSN is "
    "often preferred"
)
#: Thirteenth round ("Core practice gaps, fourth pass" in docs/taxonomy-notes.md): the
#: social work licences imply judgement and decision making, which O*NET 29.3 rates
#: important at a working level for every social work code, as the LCSW does.
#: "Credentials from the fifth set" (creds6 round): Ireland's social work register (CORU's
#: Social Workers Registration Board) read wherever New Zealand's (SWRB) is.
_CORU = "CORU registered social worker"
#: "Credentials from the sixth set" (creds8, fourteenth round): Canada's registered social
#: worker, written "RSW" (OCSWSSW), read wherever "Registered social worker" is.
_RSW = "Registered Social Worker (RSW)"
#: Fifteenth round (creds9, "Credentials from the sixth set, second pass"): the other UK
#: social work regulators' registers, read wherever Social Work England's is (gov.scot: a
#: social worker in Scotland is registered with the SSSC, Social Work England, Social
#: Care Wales or the Northern Ireland Social Care Council).
_UK_REGISTERS = [
    "NISCC registered social worker",
    "SSSC registered social worker",
    "Social Care Wales registered social worker",
]
_SOCIAL_WORK = {
    "implies": {
        "added": [
            "empathy",
            "judgment-and-decision-making",
            "rapport-building",
            "resource-referral",
            "safeguarding",
        ],
        "removed": [],
    },
    "also": {
        "added": sorted(
            [
                _CORU,
                _RSW,
                "Social Workers Registration Board (SWRB) registration",
                *_UK_REGISTERS,
                # Sixteenth round (creds12): Minnesota's LISW, a non-clinical independent
                # social work licence (Minnesota Statutes 148E.050, 148E.055), is read by
                # its name, a social work licence and not a clinical one.
                "Licensed Independent Social Worker",
            ]
        ),
        "removed": [],
    },
}
#: "Credentials from the fourth set" (creds4 round): the UK and Irish counselling registers
#: read as BACP's (UKCP's psychotherapeutic counsellors, NCPS registrants, IACP
#: accreditation) and New Zealand's social work registration read as Social Work England's.
_UKCP_COUNSELLOR = [
    "UKCP psychotherapeutic counsellor",
    "UKCP registered psychotherapeutic counsellor",
]
_NCPS = [
    "MNCPS",
    "NCPS accredited registrant",
    "NCPS registered",
    "NCPS registered counsellor",
    "NCPS registration",
    "PNCPS",
    "SNCPS",
]
_IACP = [
    "IACP accreditation",
    "IACP accredited",
    "IACP accredited counsellor",
    "IACP accredited counsellor/psychotherapist",
    "IACP accredited psychotherapist",
    "MIACP",
]
#: Twelfth round, at the end: the registers as UK and Irish counsellors write them
#: ("BACP accredited", "UKCP registered"), not only the full titles.
_BACP_SHORT = [
    "BACP accreditation",
    "BACP accredited",
    "BACP registered",
    "BACP registered member",
    "BACP registration",
]
#: "Credentials from the sixth set" (creds8, fourteenth round): BACP's senior accreditation,
#: which only a registered accredited member may hold (bacp.co.uk, "Senior accredited
#: membership"), read as BACP registration wherever "BACP accredited" is.
_BACP_SENIOR = [
    "BACP senior accredited",
    "BACP senior accredited counsellor",
    "BACP senior accredited counsellor/psychotherapist",
    "BACP senior accredited psychotherapist",
    "BACP senior accredited supervisor",
]
_UKCP_SHORT = ["UKCP registered", "UKCP registration"]
_SWRB = "Social Workers Registration Board (SWRB) registration"
#: Sixteenth round ("Nurses and doctors in the eighth set"): a doctor's registration with
#: the General Medical Council with a licence to practise (gmc-uk.org), which NHS medical
#: and clinical director posts in mental health take.
_GMC = "General Medical Council (GMC) registration"
_DIRECTOR_NOTE = (
    "US: a full independent licence; many states add supervisor training hours. UK:"
    " registration with BACP, UKCP, HCPC or Social Work England plus supervision training;"
    " medical and many clinical director posts in NHS mental health trusts go to consultant"
    " psychiatrists (GMC registration with a licence to practise)."
)
_SAC = ["SAC Registered Counsellor", "Singapore Association for Counselling Registered Counsellor"]
#: Fifteenth round (creds10, "Credentials from the seventh set"): New Zealand's counselling
#: registers, NZAC's full membership and NZCCA's (counsellors there are not state
#: regulated; employers and EAPs ask for NZAC registration, nzac.org.nz).
_NZ = [
    "MNZAC",
    "MNZCCA",
    "NZAC Full Member",
    "NZAC full membership",
    "NZAC registered counsellor",
    "NZCCA Full Member",
    "NZCCA full membership",
    "Registered with NZCCA",
]
_COUNSELLING_REGISTERS = {
    "added": sorted(
        [*_UKCP_COUNSELLOR, *_UKCP_SHORT, *_NCPS, *_IACP, *_BACP_SHORT, *_BACP_SENIOR, *_NZ]
    ),
    "removed": [],
}
#: "Credentials from the fifth set" (creds6 round): the counselling licence's note says
#: that India licenses no counsellors, and what counsellors there hold instead.
_LPC_NOTE = (
    "US: state licence after a master's and about 3,000 post-degree supervised hours. UK: BACP"
    " or UKCP registration expected; the title is not protected. India: counselling is not"
    " licensed by law; the Rehabilitation Council of India registers clinical psychologists"
    " (after an RCI-recognised M.Phil) and, from its 2024 regulations, graduates of its own"
    " four-year B.Sc in clinical psychology as counselling psychologists; other counsellors"
    " there practise on a master's in counselling or counselling psychology, with no licence"
    " to get."
    # Fifteenth round (creds10, "Credentials from the seventh set"): what Ireland's and
    # New Zealand's counselling posts ask for, neither country regulating counselling by law.
    " Ireland: counselling and psychotherapy are not yet regulated by law (CORU's register"
    " for counsellors and psychotherapists is not yet open); employers ask for IACP"
    " accreditation (or IAHIP's, or PSI membership for psychologists), and a counsellor or"
    " psychotherapist trained or licensed abroad applies to IACP by the same route. New"
    " Zealand: counsellors are not state regulated; employers, EAPs and funders ask for NZAC"
    " registration (full membership), or NZCCA's."
)
_LPC = {
    "note": _LPC_NOTE,
    "implies": {
        "added": [
            "coordination",
            "crisis-intervention",
            "crisis-response",
            "emotional-awareness",
            "group-facilitation",
            "psychoeducation",
            "resource-referral",
            "safeguarding",
        ],
        "removed": [],
    },
    "associate": {
        "added": [
            "Associate Professional Clinical Counselor (APCC)",
            "LMHC-Associate",
            "LMHCA",
            "LPC-Associate",
            "LPC-Intern",
            "Licensed Mental Health Counselor Associate",
            "Licensed Professional Counselor Associate",
        ],
        "removed": [],
    },
    "also": _COUNSELLING_REGISTERS,
}
_SCHOOL_COUNSELLOR = {
    "implies": {
        "added": [
            "child-development",
            "crisis-intervention",
            "crisis-response",
            "group-facilitation",
            "monitoring",
            "psychoeducation",
            "psychology",
            "resource-referral",
            "safeguarding",
            "stakeholder-engagement",
        ],
        "removed": [],
    },
    "also": {
        "added": sorted([*_UKCP_COUNSELLOR, *_NCPS, *_BACP_SHORT, *_BACP_SENIOR]),
        "removed": [],
    },
}
#: Twelfth round: SAMHSA's core competencies for peer workers (the standard for peer
#: certification) certify rapport, linking to resources, and strengths and empowerment.
#: Thirteenth round ("A certified peer's gaps in peer posts"): their communication and
#: teamwork categories, and the state curricula's boundaries and self-care, certify
#: speaking, coordination, emotional boundaries and self-care; and recovery-oriented
#: practice, the first principle of peer work ("Peer posts read as a peer-work supervisor
#: would").
_PEER_SPECIALIST = {
    "implies": {
        "added": [
            "coordination",
            "emotional-boundaries",
            "empowerment",
            "rapport-building",
            "recovery-oriented-practice",
            "resource-referral",
            "self-care",
            "speaking",
            "strengths-based-practice",
        ],
        "removed": [],
    },
    # Eighteenth round ("Credentials from the tenth set"): Australia's Certificate IV in
    # Mental Health Peer Work, as an equivalent.
    "also": {
        "added": sorted(
            [
                "Certificate IV in Mental Health Peer Work",
                "Cert IV Mental Health Peer Work",
                "Cert IV in Mental Health Peer Work",
                "CHC43515",
            ]
        ),
        "removed": [],
    },
}
#: "Credentials, thirteenth round": the CPHR, Canada's HR designation, which CPHR Canada
#: and SHRM recognise as each other's, holds the HR posts' certification; their note says so.
_HR_NOTE = (
    "US: SHRM-CP or HRCI PHR. UK: CIPD Level 3 for coordinators, Level 5 or 7 and associate"
    " membership for generalists. Canada: the CPHR (Chartered Professional in Human"
    " Resources), which CPHR Canada and SHRM recognise as each other's."
)
_HR = {
    "note": _HR_NOTE,
    "also": {"added": ["Chartered Professional in Human Resources (CPHR)"], "removed": []},
}
_HR_ROLES = (
    "benefits-and-wellbeing-specialist",
    "employee-relations-specialist",
    "hr-business-partner",
    "hr-coordinator",
    "hr-generalist",
    "hr-manager",
    "recruiter",
)
_COACHING_BODIES = (
    "EMCC accreditation",
    "EMCC accredited coach",
    "EMCC European Individual Accreditation (EIA)",
    "Association for Coaching accreditation",
    "Association for Coaching accredited coach",
)
#: Japan's and Korea's licences (eighteenth round, "Credentials from the tenth set").
_JP_KR = [
    "Certified Public Psychologist (Kōnin Shinrishi)",
    "Kōnin Shinrishi",
    "Clinical Psychologist (Rinshō Shinrishi)",
    "Rinshō Shinrishi",
    "Mental Health Professional, Grade 1",
    "Mental Health Social Worker, Grade 1",
    "Mental Health Clinical Psychologist, Grade 1",
    "Mental Health Nurse, Grade 1",
]
DELIBERATE: dict[tuple[str, str], dict[str, object]] = {
    **{(role, "HR certification (SHRM-CP/PHR; UK CIPD Level 5)"): _HR for role in _HR_ROLES},
    # "Credentials, thirteenth round": New York's and New Jersey's licensed creative arts
    # and art therapists supervise their own profession's licence candidates.
    ("clinical-supervisor", "Licensed Creative Arts Therapist (LCAT)"): {"credential": "added"},
    ("peer-support-specialist", "Certified Peer Specialist (CPS/CPRS)"): _PEER_SPECIALIST,
    ("peer-support-supervisor", "Certified Peer Specialist (CPS/CPRS)"): _PEER_SPECIALIST,
    # "One definition per credential": the EAP's licence took fewer UK registrations than
    # the supervisor's and director's of the same name (its note: BACP or UKCP), so it is
    # a credential of its own, under its own name.
    # "Credentials from the fifth set": and Singapore's counselling register (SAC), taken in
    # its place, so that SAC's provisional members are not offered an independent post.
    # Eighteenth round ("Credentials from the tenth set"): all three take Japan's and
    # Korea's licences (_JP_KR), as equivalents.
    ("eap-counsellor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"): {
        "name": "Independent clinical licence (LPC, LCSW, LMFT or psychologist; UK: BACP or UKCP)",
        "also": {
            "added": sorted([*_COUNSELLING_REGISTERS["added"], *_SAC, *_JP_KR]),
            "removed": [],
        },
    },
    # "Credentials from the fourth set": the supervisor's and director's licence takes the
    # same registers as the EAP's, and New Zealand's social work registration as it takes
    # Social Work England's.
    # Sixteenth round ("Nurses and doctors in the eighth set"): and a doctor's GMC
    # registration, the UK's licence to practise medicine (gmc-uk.org); the director's note
    # says that NHS medical and clinical directors are often consultant psychiatrists.
    ("clinical-supervisor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"): {
        "also": {
            "added": sorted(
                [
                    *_COUNSELLING_REGISTERS["added"],
                    *(_SWRB, _CORU, _RSW, *_UK_REGISTERS, _GMC, *_JP_KR),
                ]
            ),
            "removed": [],
        }
    },
    ("clinical-director", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"): {
        "note": _DIRECTOR_NOTE,
        "also": {
            "added": sorted(
                [
                    *_COUNSELLING_REGISTERS["added"],
                    *(_SWRB, _CORU, _RSW, *_UK_REGISTERS, _GMC, *_JP_KR),
                ]
            ),
            "removed": [],
        },
    },
    # Fifteenth round (creds10, "Credentials from the seventh set"): Ohio's LISW, its
    # independent clinical social work licence (Ohio CSWMFT Board), read as the LCSW is.
    ("behavioural-health-care-manager", "Clinical licence (RN, LPC, LCSW or LMFT)"): {
        "also": {"added": sorted([_SWRB, _CORU, _RSW, *_UK_REGISTERS, "LISW"]), "removed": []},
        "meets_degree": _BSN_PREFERRED,
    },
    ("utilisation-review-coordinator", "Clinical licence (RN, LPC or LCSW)"): {
        "also": {"added": ["LISW"], "removed": []},
        "meets_degree": _BSN_PREFERRED,
    },
    # Sixteenth round (creds12, "Registers, states and provinces"): a psychologist
    # registered with a Canadian provincial college may practise psychotherapy (Ontario's
    # RHPA 1991 s. 27(2), the College of Psychologists; Alberta's AR 251/2005 s. 12).
    ("therapist", "Registered psychologist (Canadian provincial college)"): {"credential": "added"},
    # "Credentials from the fourth set": the IC&RC peer recovery domains and the CARC
    # certify listening, rapport, linking to resources and the code of ethics; "A
    # certified peer's gaps in peer posts" (thirteenth round): speaking and self-care;
    # "Peer posts read as a peer-work supervisor would": recovery-oriented practice, and
    # Pennsylvania's Certified Recovery Specialist is a recovery coach certificate.
    (
        "recovery-coach",
        "Certified Peer Recovery Specialist or recovery coach certificate (CPRS/CARC)",
    ): {
        "implies": {
            "added": [
                "active-listening",
                "confidentiality",
                "ethical-practice",
                "professional-boundaries",
                "rapport-building",
                "recovery-oriented-practice",
                "resource-referral",
                "self-care",
                "speaking",
            ],
            "removed": [],
        },
        # Thirteenth round: Pennsylvania's Certified Recovery Specialist is its name.
        "also": {"added": ["Certified Recovery Specialist (CRS)"], "removed": []},
    },
    # '"MHFA instructor" holds the instructor's accreditation'; thirteenth round: as MHFA
    # England's instructor members write it out, and "The MHFA bodies' names for their
    # instructors" (MHFA Australia's licensed instructors).
    ("mental-health-first-aid-instructor", "Mental Health First Aid instructor accreditation"): {
        "also": {
            "added": [
                "Aboriginal and Torres Strait Islander MHFA Instructor",
                "Licensed Aboriginal and Torres Strait Islander MHFA Instructor",
                "Licensed MHFA Instructor",
                "MHFA England Instructor Member",
                "MHFA England instructor",
                "MHFA instructor",
                "Mental Health First Aid England instructor",
            ],
            "removed": [],
        }
    },
    # "The CADC implies assessment, counselling and treatment planning", and "The UK
    # registrations the addiction counsellor's note names" (FDAP and BACP); "Credentials
    # the persona sets hold" (fourteenth round): Texas's Licensed Chemical Dependency
    # Counselor (LCDC) is the same credential under Texas's name. Fifteenth round, roles3
    # ("What a substance use counsellor post asks for", made after reading the seventh
    # set's detail): required, with its 2,000 hours and a note naming the trainee route,
    # and accepting the US licences Texas and New York let do the work.
    ("substance-use-counsellor", "Certified Alcohol and Drug Counselor (CADC) or licence"): {
        "required": True,
        "note": (
            "US: most states ask for a state addiction counselling certification or licence"
            " (CADC, LADC, LCDC, CASAC); many let you start as a registered trainee"
            " (CASAC-Trainee, LCDC intern) while you earn its supervised hours, which differ by"
            " state (Minnesota's LADC asks 270 hours of alcohol and drug counselling coursework"
            " and an 880-hour practicum through an accredited school, then the written exam,"
            " Minn. Stat. 148F.025), and a"
            " licensed counsellor, social worker, family therapist or psychologist may do the"
            " work under their own licence. UK: no legal requirement; employers ask for"
            " addiction-specific training, FDAP accreditation or BACP registration."
        ),
        "supervised_hours": 2000,
        "implies": {
            "added": [
                "clinical-assessment",
                "counselling",
                "psychoeducation",
                "therapy-and-counseling",
                "treatment-planning",
            ],
            "removed": [],
        },
        "also": {
            "added": sorted(
                [
                    *_BACP_SHORT,
                    *_BACP_SENIOR,
                    "BACP accredited counsellor",
                    "BACP registered counsellor",
                    # Seventeenth round: New Zealand's registration for the same practice.
                    "DAPAANZ registered AOD practitioner",
                    "DAPAANZ registered addiction practitioner",
                    "DAPAANZ registered practitioner",
                    "DAPAANZ registration",
                    "FDAP accredited addiction counsellor",
                    "FDAP accredited counsellor",
                    "LCDC",
                    "Licensed Chemical Dependency Counselor",
                    "MBACP",
                    *_SUD_LICENCES,
                ]
            ),
            "removed": [],
        },
    },
    # "US counselling and social work licences imply safeguarding", and "Counselling and
    # social work licences imply resource referral" (the LPC crisis intervention too);
    # "An associate licence is certified in what its licence implies" (associate).
    ("therapist", "Licensed Professional Counselor (LPC/LMHC)"): _LPC,
    # "A therapist post takes an LCSW or an LMFT as well" (tenth round).
    ("therapist", "Licensed Clinical Social Worker (LCSW)"): {"credential": "added"},
    ("therapist", "Licensed Marriage and Family Therapist (LMFT)"): {"credential": "added"},
    # "UK psychological therapists: BABCP accreditation and HCPC arts therapy registration".
    ("therapist", "BABCP accredited cognitive behavioural therapist"): {"credential": "added"},
    ("therapist", "HCPC registered arts therapist"): {"credential": "added"},
    ("eap-counsellor", "BABCP accredited cognitive behavioural therapist"): {"credential": "added"},
    ("clinical-supervisor", "BABCP accredited cognitive behavioural therapist"): {
        "credential": "added"
    },
    ("clinical-supervisor", "HCPC registered arts therapist"): {"credential": "added"},
    ("mental-health-counsellor", "Licensed Professional Counselor (LPC/LMHC)"): _LPC,
    # and "Clinical licences imply psychoeducation; the LPC and LCSW group work".
    ("clinical-social-worker", "Licensed Clinical Social Worker (LCSW)"): {
        "implies": {
            "added": [
                "coordination",
                "crisis-intervention",
                "crisis-response",
                "emotional-awareness",
                "group-facilitation",
                "psychoeducation",
                "resource-referral",
                "safeguarding",
            ],
            "removed": [],
        },
        "associate": {
            "added": [
                "Associate Clinical Social Worker (ASW)",
                "LCSW-Associate",
                "LICSWA",
                "LMSW",
                "Licensed Independent Clinical Social Worker Associate",
                "Licensed Master Social Worker",
            ],
            "removed": [],
        },
        "also": {"added": sorted([_SWRB, _CORU, _RSW, *_UK_REGISTERS]), "removed": []},
    },
    # and "The LMFT refers to resources; the LCSW does crisis work; the school psychologist
    # reports abuse" (eleventh round).
    ("marriage-and-family-therapist", "Licensed Marriage and Family Therapist (LMFT)"): {
        "implies": {
            "added": [
                "coordination",
                "emotional-awareness",
                "psychoeducation",
                "resource-referral",
                "safeguarding",
            ],
            "removed": [],
        },
        "associate": {
            "added": [
                "Associate Marriage and Family Therapist (AMFT)",
                "LAMFT",
                "LMFT-Associate",
                "LMFTA",
                "Licensed Associate Marriage and Family Therapist",
            ],
            "removed": [],
        },
    },
    # and "Generalist social work licences imply empathy and rapport" (eleventh round).
    ("hospital-social-worker", "Social work licence (LMSW/LCSW)"): _SOCIAL_WORK,
    ("child-protection-social-worker", "Social work licence or registration"): _SOCIAL_WORK,
    # and "Clinicians registered abroad" (eleventh round): Illinois's school social work
    # licence is a Professional Educator License with a school social worker endorsement.
    ("school-social-worker", "School social work licence"): {
        **_SOCIAL_WORK,
        "also": {
            "added": sorted(
                [
                    _CORU,
                    "Professional Educator License, school social worker endorsement",
                    _RSW,
                    "Social Workers Registration Board (SWRB) registration",
                    *_UK_REGISTERS,
                ]
            ),
            "removed": [],
        },
    },
    # and "The school counsellor certification implies crisis work, referral and groups".
    ("school-counsellor", "School counsellor certification"): _SCHOOL_COUNSELLOR,
    # "Clinicians registered abroad" (eleventh round, after reading the third persona
    # set): the Canadian and Australian credentials and the UK play therapy register whose
    # regulators' scope is the same work, taken by the posts as they take an LPC or LCSW.
    # "Credential check, twelfth round": the CRPO registration now implies resource
    # referral, group facilitation, psychoeducation and crisis response, the CCC resource
    # referral and group facilitation (NOC 41301, ESCO psychotherapist). Both were added
    # after the snapshot, so the comparison records them as added and does not diff what
    # they imply; tests/results/test_readiness.py holds the implications.
    ("therapist", "Registered Psychotherapist (CRPO)"): {"credential": "added"},
    ("therapist", "Canadian Certified Counsellor (CCC)"): {"credential": "added"},
    ("therapist", "Registered psychologist (Psychology Board of Australia)"): {
        "credential": "added"
    },
    ("therapist", "Accredited Mental Health Social Worker (AMHSW)"): {"credential": "added"},
    ("therapist", "PACFA registered counsellor"): {"credential": "added"},
    ("therapist", "PTUK certified play therapist"): {"credential": "added"},
    ("mental-health-counsellor", "Registered Psychotherapist (CRPO)"): {"credential": "added"},
    ("mental-health-counsellor", "Canadian Certified Counsellor (CCC)"): {"credential": "added"},
    ("mental-health-counsellor", "Registered psychologist (Psychology Board of Australia)"): {
        "credential": "added"
    },
    ("mental-health-counsellor", "Accredited Mental Health Social Worker (AMHSW)"): {
        "credential": "added"
    },
    ("mental-health-counsellor", "PACFA registered counsellor"): {"credential": "added"},
    ("eap-counsellor", "Registered Psychotherapist (CRPO)"): {"credential": "added"},
    ("eap-counsellor", "Canadian Certified Counsellor (CCC)"): {"credential": "added"},
    ("eap-counsellor", "Registered psychologist (Psychology Board of Australia)"): {
        "credential": "added"
    },
    ("eap-counsellor", "Accredited Mental Health Social Worker (AMHSW)"): {"credential": "added"},
    ("eap-counsellor", "PACFA registered counsellor"): {"credential": "added"},
    ("clinical-supervisor", "Registered Psychotherapist (CRPO)"): {"credential": "added"},
    ("clinical-supervisor", "Registered psychologist (Psychology Board of Australia)"): {
        "credential": "added"
    },
    ("clinical-supervisor", "Accredited Mental Health Social Worker (AMHSW)"): {
        "credential": "added"
    },
    ("clinical-social-worker", "Accredited Mental Health Social Worker (AMHSW)"): {
        "credential": "added"
    },
    ("hospital-social-worker", "Accredited Mental Health Social Worker (AMHSW)"): {
        "credential": "added"
    },
    # "Credentials from the fifth set" (creds6 round): Singapore's counselling register (SAC)
    # is taken by the therapist and counselling posts that take PACFA's (by the EAP post in
    # place of its independent licence, above); South Africa's HPCSA registered counsellor,
    # whose scope is short-term counselling and not psychotherapy, by the EAP post alone.
    ("therapist", _SAC[1]): {"credential": "added"},
    ("mental-health-counsellor", _SAC[1]): {"credential": "added"},
    ("eap-counsellor", "HPCSA registered counsellor"): {"credential": "added"},
    # Seventeenth round ("Credentials from the ninth set"): South African EAP posts take a
    # social worker registered with the SACSSP beside the HPCSA's registered counsellor.
    ("eap-counsellor", "SACSSP registration"): {"credential": "added"},
    # "Licensed psychologists are mandated reporters: the licence implies safeguarding".
    ("clinical-psychologist", "Licensed clinical psychologist"): {
        "implies": {"added": ["coordination", "safeguarding"], "removed": []}
    },
    # "The LMFT refers to resources; the LCSW does crisis work; the school psychologist
    # reports abuse" (eleventh round).
    ("school-psychologist", "School psychologist credential (NCSP or state)"): _SAFEGUARDING,
    # "A certification that takes months of supervised practice is no short step".
    ("child-life-specialist", "Certified Child Life Specialist (CCLS)"): {"supervised_hours": 600},
    ("psychiatric-nurse-practitioner", "Psychiatric-Mental Health Nurse Practitioner (PMHNP-BC)"): {
        "supervised_hours": 500
    },
    # "New York's creative arts therapists and state behaviour analyst licences".
    ("behaviour-interventionist", "Registered Behavior Technician (RBT) or BCBA"): {
        "also": {
            "added": ["Licensed Behavior Analyst (LBA)", "Licensed behaviour analyst"],
            "removed": [],
        }
    },
    # Added after the snapshot, so what it implies is not diffed here: "Credentials from the
    # fourth set" gave it the HCPC arts therapist's basic skills, New Jersey's LPAT as an
    # equivalent and the LAAT as its associate (tests/results/test_fourth_set_credentials.py).
    ("therapist", "Licensed Creative Arts Therapist (LCAT)"): {"credential": "added"},
    # "Clinical licences imply coordination" (eleventh round; O*NET 29.3 rates it 3.25-4.0
    # of 5 for every licensed clinical occupation, 4.0 for registered nurses).
    ("nurse-case-manager", "Registered Nurse (RN)"): {**_RN, "meets_degree": _BSN_PREFERRED},
    ("nurse-educator", "Registered Nurse (RN)"): _RN,
    ("psychiatric-nurse", "Registered Nurse (RN)"): _RN,
    ("psychiatric-nurse-practitioner", "Registered Nurse (RN)"): _RN,
    # "Is every gap real?" (twelfth round): QTS is England's teaching licence, and the
    # licence certifies what every teacher does (DfE Teachers' Standards; O*NET 29.3
    # ratings for 25-2021.00 and 25-2022.00).
    ("special-education-teacher", "Teaching licence / qualified teacher status"): {
        "also": {"added": ["QTS"], "removed": []},
        "implies": {
            "added": [
                "classroom-management",
                "curriculum-design",
                "education-and-training",
                "instructing",
                "learning-strategies",
                "monitoring",
                "speaking",
            ],
            "removed": [],
        },
    },
    # Sixteenth round (creds11): the UK's coaching bodies' accreditations (EMCC Global's
    # EIA, the Association for Coaching's) are taken in place of an ICF credential; the
    # life coach post marks the credential usual (most employers and clients look for it)
    # and its note says how it is earned (ICF's ACC: 60 hours of training, 100 of coaching).
    ("executive-coach", "Coaching credential (ICF ACC/PCC)"): {
        "also": {"added": sorted(_COACHING_BODIES), "removed": []}
    },
    ("life-coach", "Coaching credential (ICF ACC/PCC)"): {
        "usual": True,
        # Seventeenth round: said to every country, not "US and UK:" only.
        "note": "Coaching is unregulated in the US, the UK, Australia and most other countries, "
        "but most clients and employers look for coach training: an ICF credential, awarded "
        "worldwide (the ACC asks for 60 hours of coach training and 100 hours of coaching), or "
        "EMCC or Association for Coaching accreditation.",
        "also": {"added": sorted(_COACHING_BODIES), "removed": []},
    },
    # "Crisis line posts take a high school diploma" (sixteenth round, crisis; made after
    # reading the seventh set's detail): the note says what 988 and crisis line centres
    # ask (a diploma and their own training, a bachelor's often preferred), the route in,
    # and the master's of mobile crisis clinician posts.
    ("crisis-counsellor", "Crisis worker training (state or 988 standards)"): {
        "note": (
            "US: 988 and crisis line centres hire phone, text and chat counsellors with a"
            " high school diploma and the centre's own training; many prefer, and some ask"
            " for, a bachelor's in psychology or social work, and volunteer hours on a"
            " crisis line (Crisis Text Line, a local 988 centre) are the usual way in."
            " Mobile crisis clinician posts want a master's and licence-track status. UK:"
            " Samaritans and Shout train volunteers with no qualification asked; NHS crisis"
            " team practitioners are usually registered nurses or social workers."
        ),
    },
}


#: Nineteenth round ("LCMHC: four states' name for the LPC", docs/taxonomy-notes.md): every
#: credential that reads the LPC's names reads North Carolina's, New Hampshire's,
#: Vermont's and Utah's name for the licence too, and the LPC's associates theirs.
_LCMHC = ["LCMHC", "Licensed Clinical Mental Health Counselor"]
_LCMHC_ASSOCIATES = [
    "Associate Clinical Mental Health Counselor",
    "LCMHC-A",
    "LCMHCA",
    "Licensed Clinical Mental Health Counselor Associate",
]
_LPC_NAMED = [
    ("behavioural-health-care-manager", "Clinical licence (RN, LPC, LCSW or LMFT)"),
    ("clinical-director", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("clinical-supervisor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("eap-counsellor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("mental-health-counsellor", "Licensed Professional Counselor (LPC/LMHC)"),
    ("substance-use-counsellor", "Certified Alcohol and Drug Counselor (CADC) or licence"),
    ("therapist", "Licensed Professional Counselor (LPC/LMHC)"),
    ("utilisation-review-coordinator", "Clinical licence (RN, LPC or LCSW)"),
]


def _plus(entry: dict[str, object], listed: str, names: list[str]) -> None:
    """Add *names* to what *entry* says was added to its *listed* names."""
    found = entry.get(listed)
    old = found if isinstance(found, dict) else {"added": [], "removed": []}
    entry[listed] = {"added": sorted({*old["added"], *names}), "removed": old["removed"]}


for _key in _LPC_NAMED:
    _plus(DELIBERATE.setdefault(_key, {}), "also", _LCMHC)
    if _key[1] == "Licensed Professional Counselor (LPC/LMHC)":
        _plus(DELIBERATE[_key], "associate", _LCMHC_ASSOCIATES)

#: Nineteenth round ("Malaysia's registered counsellors"): the LPC and both independent
#: clinical licences take a counsellor registered with the Lembaga Kaunselor, with a
#: current practising certificate (Counsellors Act 1998), as the same practice there. Only
#: names that say Malaysia's: "Registered Counsellor (Lembaga Kaunselor)" would be read as
#: South Africa's HPCSA registered counsellor too, whose scope is short-term counselling.
_MALAYSIA = [
    "Kaunselor Berdaftar",
    "Kaunselor Berdaftar, Sijil Perakuan Amalan",
    "Lembaga Kaunselor registered counsellor",
]
for _key in [
    ("clinical-director", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("clinical-supervisor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("eap-counsellor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("mental-health-counsellor", "Licensed Professional Counselor (LPC/LMHC)"),
    ("therapist", "Licensed Professional Counselor (LPC/LMHC)"),
]:
    _plus(DELIBERATE[_key], "also", _MALAYSIA)

#: Nineteenth round ("Psychologists' titles in France, Portugal and Brazil; nurses in
#: Denmark and Sweden"): the national title or registration, read as the licence there.
_PSYCHOLOGIST_TITLES = [
    "Membro efetivo da Ordem dos Psicólogos Portugueses",
    "Ordem dos Psicólogos Portugueses, membro efetivo",
    "Psicóloga (CRP)",
    "Psicóloga, Conselho Regional de Psicologia",
    "Psicólogo (CRP)",
    "Psicólogo, Conselho Regional de Psicologia",
    "Psychologue (titre protégé)",
    "Titre de psychologue",
    "Legitimerad psykolog",
    "Licensed psychologist (Socialstyrelsen)",
]
for _key in [
    ("clinical-director", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("clinical-supervisor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("eap-counsellor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("clinical-psychologist", "Licensed clinical psychologist"),
]:
    _plus(DELIBERATE[_key], "also", _PSYCHOLOGIST_TITLES)
#: Twentieth round ("Japan's psychologists at home"): Japan's two names, equivalents of
#: both independent clinical licences since the eighteenth round, are the clinical
#: psychologist's licence's too.
_plus(
    DELIBERATE[("clinical-psychologist", "Licensed clinical psychologist")],
    "also",
    [
        "Certified Public Psychologist (Kōnin Shinrishi)",
        "Clinical Psychologist (Rinshō Shinrishi)",
        "Kōnin Shinrishi",
        "Rinshō Shinrishi",
    ],
)
#: And the clinical psychologist's note says what Sweden, France, Portugal and Brazil ask.
DELIBERATE[("clinical-psychologist", "Licensed clinical psychologist")]["note"] = (
    "US: state licence after a doctorate, supervised hours and the EPPP. UK: HCPC "
    "registration as a practitioner psychologist after a doctorate. Sweden: legitimation "
    "from Socialstyrelsen after the psychologist degree and a supervised year (PTP); with a "
    "degree from outside the EU/EEA, Swedish, a knowledge test or complementary training, "
    "and practice first. France, Portugal and Brazil: the national title or registration "
    "after a master's (Brazil: the five-year degree)."
)
#: Nineteenth round ("Credentials from the eleventh set"): the CRC certifies its scope of
#: practice (CRCC), which it had not.
_plus(
    DELIBERATE.setdefault(
        ("vocational-rehabilitation-counsellor", "Certified Rehabilitation Counselor (CRC)"), {}
    ),
    "implies",
    [
        "active-listening",
        "career-guidance",
        "case-management",
        "caseload-management",
        "confidentiality",
        "counselling",
        "disability-awareness",
        "empathy",
        "ethical-practice",
        "rapport-building",
        "reasonable-adjustments",
        "supported-employment",
    ],
)
#: The posts that ask for the Registered Nurse (RN), each its own DELIBERATE entry.
_RN_POSTS = (
    "nurse-case-manager",
    "nurse-educator",
    "psychiatric-nurse",
    "psychiatric-nurse-practitioner",
)
for _role in _RN_POSTS:
    _plus(
        DELIBERATE[(_role, "Registered Nurse (RN)")],
        "also",
        ["Authorised nurse (Denmark)", "Autoriseret sygeplejerske", "Legitimerad sjuksköterska"],
    )
#: Twentieth round ("Therapist: a psychologist's licence"): psychological therapist posts
#: take a practitioner psychologist's licence.
DELIBERATE[("therapist", "Licensed clinical psychologist")] = {"credential": "added"}
#: Twenty-first round ("Credentials from the twelfth set"): the utilisation review post's
#: clinical licence takes the registrations its LMFT variant takes; the social work licences
#: Japan's two qualifications and Iceland's licence; the CADC Ireland's ACI accreditation;
#: the supervisor credential the accrediting bodies' supervisors; forensic interview
#: training the NICHD protocol.
_plus(
    DELIBERATE[("utilisation-review-coordinator", "Clinical licence (RN, LPC or LCSW)")],
    "also",
    [
        *(_SWRB, _CORU, _RSW, *_UK_REGISTERS, "Social Work England registration"),
        *("NMC registered nurse", "RMN", "Registered Mental Health Nurse"),
        "Registered social worker",
    ],
)
for _key in [
    ("hospital-social-worker", "Social work licence (LMSW/LCSW)"),
    ("child-protection-social-worker", "Social work licence or registration"),
]:
    _plus(
        DELIBERATE[_key],
        "also",
        ["Seishin Hoken Fukushishi", "Shakai Fukushishi", "Starfsleyfi félagsráðgjafa"],
    )
_plus(
    DELIBERATE[
        ("substance-use-counsellor", "Certified Alcohol and Drug Counselor (CADC) or licence")
    ],
    "also",
    ["ACI accredited addiction counsellor"],
)
_plus(
    DELIBERATE.setdefault(
        (
            "clinical-supervisor",
            "Approved Clinical Supervisor (ACS) or state supervisor credential",
        ),
        {},
    ),
    "also",
    ["ACI accredited supervisor", "BACP accredited supervisor", "IACP accredited supervisor"],
)
#: Thirty-first round (cat31): IACAT approves the supervisors of the creative arts
#: therapists it accredits, as ACI, IACP and BACP accredit theirs.
_plus(
    DELIBERATE[
        ("clinical-supervisor", "Approved Clinical Supervisor (ACS) or state supervisor credential")
    ],
    "also",
    ["IACAT approved supervisor"],
)
#: And the executive coach's coaching credential is one most buyers look for (usual).
DELIBERATE[("executive-coach", "Coaching credential (ICF ACC/PCC)")]["usual"] = True
_plus(
    DELIBERATE.setdefault(
        ("forensic-interviewer", "Forensic interview training (NCAC, ChildFirst or ABE)"), {}
    ),
    "also",
    ["NICHD Investigative Interview Protocol training", "NICHD protocol training"],
)
#: Twenty-second round ("School counselling's academic and career domains").
_plus(
    DELIBERATE.setdefault(("school-counsellor", "School counsellor certification"), {}),
    "implies",
    ["academic-advising", "career-guidance", "student-support"],
)
#: Twenty-second round ("What a PMHNP certifies"): the board examinations' content.
_plus(
    DELIBERATE[
        (
            "psychiatric-nurse-practitioner",
            "Psychiatric-Mental Health Nurse Practitioner (PMHNP-BC)",
        )
    ],
    "implies",
    [
        *("psychopharmacology", "medication-management", "diagnosis", "clinical-assessment"),
        *("psychopathology", "treatment-planning", "risk-assessment", "suicide-risk-assessment"),
        *("crisis-intervention", "psychoeducation", "recovery-oriented-practice"),
        *("health-promotion", "therapy-and-counseling", "evidence-based-interventions"),
        *("therapeutic-relationship", "mental-health-nursing", "medicine-and-dentistry"),
        *("psychology", "clinical-documentation", "confidentiality", "ethical-practice"),
        *("professional-boundaries", "active-listening", "empathy", "rapport-building"),
        *("judgment-and-decision-making", "social-perceptiveness", "critical-thinking"),
    ],
)

#: Twenty-third round ("Credentials from the fourteenth set"): what the RBT (the BACB's RBT
#: Task List), the HR certification (SHRM BASK; CIPD Level 5's HR units) and the MHFA
#: instructor's accreditation (the instructor programmes) certify, and Ohio's name for the
#: prevention specialist's credential (OAC 4758-5-09).
_plus(
    DELIBERATE[("behaviour-interventionist", "Registered Behavior Technician (RBT) or BCBA")],
    "implies",
    [
        *("applied-behaviour-analysis", "behaviour-support", "clinical-documentation"),
        *("confidentiality", "ethical-practice", "professional-boundaries"),
    ],
)
for _role in _HR_ROLES:
    _plus(
        DELIBERATE[(_role, "HR certification (SHRM-CP/PHR; UK CIPD Level 5)")],
        "implies",
        [
            *("compensation-and-benefits", "employee-relations", "employment-law"),
            "personnel-and-human-resources",
        ],
    )
_plus(
    DELIBERATE[
        ("mental-health-first-aid-instructor", "Mental Health First Aid instructor accreditation")
    ],
    "implies",
    [
        *("group-facilitation", "mental-health-awareness-training", "mental-health-first-aid"),
        "training-delivery",
    ],
)
_plus(
    DELIBERATE.setdefault(("prevention-specialist", "Certified Prevention Specialist (CPS)"), {}),
    "also",
    ["Ohio Certified Prevention Specialist (OCPS)"],
)
#: Twenty-third round ("Where a licence is taken, and the degree its route meets"):
#: British Columbia's and Alberta's Registered Clinical Social Worker and South Africa's
#: SACSSP specialisation in clinical social work are the LCSW's practice there, and the
#: RCSW an independent clinical licence; the Dutch GZ-psycholoog, klinisch psycholoog and
#: psychotherapeut are the independent clinical licences and the clinical psychologist's
#: in the Netherlands; and the clinical director post takes the Australian and Ontario
#: registrations the supervisor post takes.
# (The therapist's LCSW was added after the snapshot: its names are not compared.)
_plus(
    DELIBERATE[("clinical-social-worker", "Licensed Clinical Social Worker (LCSW)")],
    "also",
    ["Registered Clinical Social Worker (RCSW)", "SACSSP clinical social worker"],
)
for _role in ("clinical-supervisor", "clinical-director"):
    _plus(
        DELIBERATE[(_role, "Independent clinical licence (LPC, LCSW, LMFT or psychologist)")],
        "also",
        ["Registered Clinical Social Worker (RCSW)"],
    )
_DUTCH = ["GZ-psycholoog (BIG)", "Klinisch psycholoog (BIG)", "Psychotherapeut (BIG)"]
for _role in ("clinical-supervisor", "clinical-director"):
    _plus(
        DELIBERATE[(_role, "Independent clinical licence (LPC, LCSW, LMFT or psychologist)")],
        "also",
        _DUTCH,
    )
_plus(
    DELIBERATE[
        ("eap-counsellor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)")
    ],
    "also",
    [_DUTCH[0], _DUTCH[2]],
)
_plus(DELIBERATE[("clinical-psychologist", "Licensed clinical psychologist")], "also", _DUTCH[:2])
for _name in (
    "Registered Psychotherapist (CRPO)",
    "Registered psychologist (Psychology Board of Australia)",
    "Accredited Mental Health Social Worker (AMHSW)",
):
    DELIBERATE[("clinical-director", _name)] = {"credential": "added"}
#: Twenty-fourth round ("Credentials and titles from the fifteenth set"): the New Zealand
#: Psychologists Board's registration, taken wherever the Psychology Board of Australia's
#: is; Wisconsin's and other states' registered trainees named as the CADC's associate, and
#: Wisconsin's names for the certified counsellors.
for _role in (
    "therapist",
    "mental-health-counsellor",
    "eap-counsellor",
    "clinical-supervisor",
    "clinical-director",
):
    DELIBERATE[(_role, "Registered psychologist (New Zealand Psychologists Board)")] = {
        "credential": "added"
    }
#: Australia's standing for a social worker (no statutory register outside South Australia's
#: scheme): AASW membership or eligibility for it, which an AMHSW holds. The entry is shared
#: with the child protection post's (_SOCIAL_WORK): copied before it changes.
_HOSPITAL = ("hospital-social-worker", "Social work licence (LMSW/LCSW)")
DELIBERATE[_HOSPITAL] = dict(DELIBERATE[_HOSPITAL])
_plus(
    DELIBERATE[_HOSPITAL],
    "also",
    [
        "AASW member",
        "AASW member or eligible for membership",
        "Accredited Mental Health Social Worker (AMHSW)",
        "Eligible for AASW membership",
        "Member of the AASW",
    ],
)
_CADC = ("substance-use-counsellor", "Certified Alcohol and Drug Counselor (CADC) or licence")
_plus(
    DELIBERATE[_CADC],
    "also",
    ["Clinical Substance Abuse Counselor (CSAC)", "Substance Abuse Counselor (Wisconsin)"],
)
_plus(
    DELIBERATE[_CADC],
    "associate",
    [
        "Credentialed Alcoholism and Substance Abuse Counselor Trainee",
        "Substance Abuse Counselor-in-Training (SAC-IT)",
    ],
)

#: Twenty-fifth round ("Credentials from the sixteenth set", docs/taxonomy-notes.md): the
#: Registered Psychiatric Nurse (Ireland's NMBI division, the western Canadian colleges) is
#: the RN's equivalent and the registered nurse implies judgement (O*NET 29-1141.00 at the
#: gaps2 rule); Oklahoma's Peer Recovery Support Specialist is the state's peer credential,
#: for mental health and substance use; Nevada's LCADC is a CADC licence; New Brunswick's
#: travailleuse / travailleur social(e) immatriculé(e) is its registered social worker.
_TSI = ["Travailleur social immatriculé", "Travailleuse sociale immatriculée"]
_RPN = "Registered Psychiatric Nurse (RPN)"
for _key in [
    ("nurse-case-manager", "Registered Nurse (RN)"),
    ("nurse-educator", "Registered Nurse (RN)"),
    ("psychiatric-nurse", "Registered Nurse (RN)"),
    ("psychiatric-nurse-practitioner", "Registered Nurse (RN)"),
]:
    _plus(DELIBERATE[_key], "implies", ["judgment-and-decision-making"])
    _plus(DELIBERATE[_key], "also", [_RPN])
for _key in [
    ("behavioural-health-care-manager", "Clinical licence (RN, LPC, LCSW or LMFT)"),
    ("utilisation-review-coordinator", "Clinical licence (RN, LPC or LCSW)"),
]:
    _plus(DELIBERATE[_key], "also", [_RPN, *_TSI])
for _key in [
    ("child-protection-social-worker", "Social work licence or registration"),
    ("clinical-director", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("clinical-social-worker", "Licensed Clinical Social Worker (LCSW)"),
    ("clinical-supervisor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("hospital-social-worker", "Social work licence (LMSW/LCSW)"),
    ("school-social-worker", "School social work licence"),
]:
    _plus(DELIBERATE[_key], "also", _TSI)
for _key in [
    ("peer-support-specialist", "Certified Peer Specialist (CPS/CPRS)"),
    ("peer-support-supervisor", "Certified Peer Specialist (CPS/CPRS)"),
    (
        "recovery-coach",
        "Certified Peer Recovery Specialist or recovery coach certificate (CPRS/CARC)",
    ),
]:
    _plus(DELIBERATE[_key], "also", ["Peer Recovery Support Specialist (PRSS)"])
_plus(DELIBERATE[_CADC], "also", ["Licensed Clinical Alcohol and Drug Counselor (LCADC)"])

#: Twenty-sixth round ("Credentials from the seventeenth set", docs/taxonomy-notes.md): the
#: Psychology Board of Australia's general registration; Kansas's, Montana's and North
#: Dakota's addiction counselor licences as the CADC's names, and the core practice the
#: counselling licences imply (O*NET 21-1011.00); Ireland's Teaching Council registration
#: as the teaching licence; the registered nurse's empathy and rapport
#: (NMC Code, NCLEX-RN); the PMHNP-BC issued in the US, with what Canada,
#: Australia, Ireland, New Zealand and the UK take in its place.
for _role in [
    "clinical-director",
    "clinical-supervisor",
    "eap-counsellor",
    "mental-health-counsellor",
    "therapist",
]:
    _key = (_role, "Registered psychologist (Psychology Board of Australia)")
    if DELIBERATE.get(_key) != {"credential": "added"}:  # added since: compared whole
        _plus(
            DELIBERATE.setdefault(_key, {}),
            "also",
            ["General registration (Psychology Board of Australia)"],
        )
_plus(
    DELIBERATE[_CADC],
    "also",
    ["Licensed Addiction Counselor (LAC)", "Licensed Clinical Addiction Counselor (LCAC)"],
)
_plus(
    DELIBERATE[_CADC],
    "implies",
    [
        "active-listening",
        "empathy",
        "judgment-and-decision-making",
        "rapport-building",
        "social-perceptiveness",
    ],
)
_plus(
    DELIBERATE[("special-education-teacher", "Teaching licence / qualified teacher status")],
    "also",
    ["Teaching Council registration"],
)
for _role in _RN_POSTS:
    _plus(
        DELIBERATE[(_role, "Registered Nurse (RN)")],
        "implies",
        ["empathy", "rapport-building"],
    )
#: Twenty-seventh round (health27, "Physical health care" in docs/taxonomy-notes.md): a
#: registered nurse is proficient in vital signs, venepuncture and ECGs (the NMC's Future
#: nurse standards, annexe B part 1; O*NET 29-1141.00 task 1841).
for _role in _RN_POSTS:
    _plus(
        DELIBERATE[(_role, "Registered Nurse (RN)")],
        "implies",
        ["physical-health-monitoring"],
    )
_PMHNP = (
    "psychiatric-nurse-practitioner",
    "Psychiatric-Mental Health Nurse Practitioner (PMHNP-BC)",
)
DELIBERATE.setdefault(_PMHNP, {})
_plus(
    DELIBERATE[_PMHNP],
    "also",
    [
        "Advanced clinical practitioner with V300 non-medical prescribing",
        "Nurse practitioner endorsement (NMBA)",
        "Nurse practitioner registration (Canadian provincial college)",
        "Nurse practitioner scope (Nursing Council of New Zealand)",
        "Registered Advanced Nurse Practitioner (RANP)",
    ],
)
#: Fortieth round (role40): France's advanced practice nurse in psychiatry and mental health
#: (décret n° 2019-836 du 12 août 2019), what its posts ask in place of the PMHNP-BC in
#: France and its overseas departments (the thirty-first set's Martinique CMP nurse).
_plus(
    DELIBERATE[_PMHNP],
    "also",
    [
        "Diplôme d'État d'infirmier en pratique avancée, mention psychiatrie et santé "
        "mentale (IPA)",
        "Infirmier en pratique avancée (IPA), psychiatrie et santé mentale",
    ],
)

#: Twenty-seventh round ("Credentials from the eighteenth set", docs/taxonomy-notes.md):
#: South Carolina's Licensed Psycho-Educational Specialist as the school psychologist's
#: credential (US), and Greece's licence to practise as a psychologist, read as the
#: licence there (GR) as France's titre is.
_plus(
    DELIBERATE[("school-psychologist", "School psychologist credential (NCSP or state)")],
    "also",
    ["Licensed Psycho-Educational Specialist (LPES)"],
)
for _key in [
    ("clinical-director", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("clinical-supervisor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("eap-counsellor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("clinical-psychologist", "Licensed clinical psychologist"),
]:
    _plus(DELIBERATE[_key], "also", ["Licence to practise as a psychologist"])

#: Twenty-eighth round (review 28 P2; "Credentials from the nineteenth set",
#: docs/taxonomy-notes.md): Puerto Rico's psychology licence (Ley Núm. 96 of 1983, Junta
#: Examinadora de Psicólogos, an ASPPB member board) by its Spanish name, a US licence.
_PUERTO_RICO = ["Licencia de Psicóloga", "Licencia de Psicólogo"]
for _key in [
    ("clinical-director", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("clinical-supervisor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("clinical-psychologist", "Licensed clinical psychologist"),
]:
    _plus(DELIBERATE[_key], "also", _PUERTO_RICO)

#: Twenty-eighth round (review 28 P2, P10; "Credentials from the nineteenth set"): Indonesia's
#: psychologist registration and permits (UU No. 23/2022; HIMPSI's SIPP; the Ministry of
#: Health's STR Psikolog Klinis); the youth course's MHFA instructors (MHFA England, MHFA
#: USA, MHFA Ireland); the Belgian and Dutch lived-experience expert training
#: (ervaringsdeskundige) in place of the US peer certificate; the NMC's practice assessor
#: and practice supervisor (SSSA 2018) taken for the nurse educator's certification; and
#: the independent clinical social work licence taken for the LPC (NH RSA 330-A).
_plus(
    DELIBERATE[("clinical-psychologist", "Licensed clinical psychologist")],
    "also",
    [
        "SILP (Surat Izin Layanan Psikologi)",
        "SIPP (Surat Izin Praktik Psikologi)",
        "STR Psikolog",
        "STR Psikolog Klinis",
        "Surat Izin Layanan Psikologi",
        "Surat Izin Praktik Psikologi",
        "Surat Tanda Registrasi Psikolog",
    ],
)
_plus(
    DELIBERATE[
        ("mental-health-first-aid-instructor", "Mental Health First Aid instructor accreditation")
    ],
    "also",
    [
        "MHFA Ireland Instructor",
        "Youth MHFA England Instructor",
        "Youth MHFA Instructor",
        "Youth Mental Health First Aid Instructor",
    ],
)
_ERVARINGSDESKUNDIGE = [
    "Ervaringsdeskundige in zorg en welzijn (MBO 4)",
    "MBO Ervaringsdeskundige in zorg en welzijn",
    "Opleiding ervaringsdeskundige",
    "Opleiding ervaringsdeskundige in de GGZ",
]
for _key in [
    ("peer-support-specialist", "Certified Peer Specialist (CPS/CPRS)"),
    ("peer-support-supervisor", "Certified Peer Specialist (CPS/CPRS)"),
]:
    _plus(DELIBERATE[_key], "also", _ERVARINGSDESKUNDIGE)
_plus(
    DELIBERATE.setdefault(
        ("nurse-educator", "Nursing Professional Development certification (NPD-BC) or CNE"), {}
    ),
    "also",
    [
        "NMC practice assessor",
        "NMC practice supervisor",
        "Practice Assessor (NMC SSSA)",
        "Practice Supervisor (NMC SSSA)",
        "Practice assessor (NMC Standards for Student Supervision and Assessment)",
    ],
)
for _key in [
    ("mental-health-counsellor", "Licensed Professional Counselor (LPC/LMHC)"),
    ("therapist", "Licensed Professional Counselor (LPC/LMHC)"),
]:
    _plus(
        DELIBERATE[_key],
        "also",
        [
            "LCSW",
            "LICSW",
            "Licensed Clinical Social Worker",
            "Licensed Clinical Social Worker (LCSW)",
            "Licensed Independent Clinical Social Worker",
        ],
    )
#: Thirty-second round (read32, review32 P6; docs/taxonomy-notes.md, round 32): the NMC's
#: learning disabilities field of the registered nurse, and Ontario's certified teacher.
for _role in _RN_POSTS:
    _plus(
        DELIBERATE[(_role, "Registered Nurse (RN)")],
        "also",
        [
            "NMC registered learning disability nurse",
            "RNLD",
            "Registered Learning Disability Nurse",
            "Registered Nurse Learning Disabilities",
        ],
    )
_plus(
    DELIBERATE[("special-education-teacher", "Teaching licence / qualified teacher status")],
    "also",
    [
        "Ontario Certified Teacher (OCT)",
        "Ontario College of Teachers Certificate of Qualification and Registration",
    ],
)


#: Thirty-fifth round (cred35, review35 P1 and P3; the sources in the credentials' comments
#: in data/taxonomy/credentials.yaml): the Dominican Republic's exequátur de psicólogo (Ley
#: 22-01, CODOPSI) is the psychologist's licence there, Luxembourg's authorisation to
#: practise as a psychotherapist the independent clinical licences' practice, and Senegal's
#: Diplôme d'État d'assistant social (ENDSS, then ENTSS) the social work qualification.
_EXEQUATUR = [
    "Exequátur de psicóloga",
    "Exequátur de psicólogo",
    "Exequátur en psicología",
    "Exequátur para ejercer la psicología",
    "Exequátur to practise psychology",
]
_LUXEMBOURG = ["Autorisation d'exercer la profession de psychothérapeute"]
_SENEGAL = ["Diplôme d'État d'assistant social", "Diplôme d'État d'assistante sociale"]
for _key in [
    ("clinical-director", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("clinical-supervisor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("eap-counsellor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
]:
    _plus(DELIBERATE[_key], "also", [*_EXEQUATUR, *_LUXEMBOURG])
for _key in [
    ("clinical-psychologist", "Licensed clinical psychologist"),
    ("mental-health-counsellor", "Licensed Professional Counselor (LPC/LMHC)"),
    ("therapist", "Licensed Professional Counselor (LPC/LMHC)"),
    ("school-psychologist", "School psychologist credential (NCSP or state)"),
]:
    _plus(DELIBERATE.setdefault(_key, {}), "also", _EXEQUATUR)
for _key in [
    ("hospital-social-worker", "Social work licence (LMSW/LCSW)"),
    ("child-protection-social-worker", "Social work licence or registration"),
]:
    _plus(DELIBERATE.setdefault(_key, {}), "also", _SENEGAL)

#: Thirty-sixth round (cred36, review36 P3; sources in the credentials' comments in
#: data/taxonomy/credentials.yaml): Cyprus's registration with the Psychologists
#: Registration Council (Law 68(I)/1995) is the psychologist's licence there, in the
#: clinical specialty the clinical psychologist's; Tunisia's Licence en service social
#: (INTES, Université de Carthage) the social work qualification; a bachelor's in
#: defectology the special educator's qualification in the post-Soviet countries.
_CYPRUS_CLINICAL = ["Registered clinical psychologist (Cyprus Psychologists Registration Council)"]
_CYPRUS = [
    *_CYPRUS_CLINICAL,
    "Cyprus Psychologists Registration Council registration",
    "Registered counselling psychologist (Cyprus Psychologists Registration Council)",
    "Registered with the Cyprus Psychologists Registration Council",
]
_TUNISIA = ["Licence appliquée en service social", "Licence en service social"]
_DEFECTOLOGY = [
    "Bachelor in defectology",
    "Bachelor's degree in defectology",
    "Bachelor's diploma in defectology",
    "Defectologist diploma",
    "Diploma in defectology",
    "Teacher-defectologist",
]
for _key in [
    ("clinical-director", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("clinical-supervisor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("eap-counsellor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("mental-health-counsellor", "Licensed Professional Counselor (LPC/LMHC)"),
    ("therapist", "Licensed Professional Counselor (LPC/LMHC)"),
]:
    _plus(DELIBERATE[_key], "also", _CYPRUS)
_plus(
    DELIBERATE[("clinical-psychologist", "Licensed clinical psychologist")],
    "also",
    _CYPRUS_CLINICAL,
)
for _key in [
    ("hospital-social-worker", "Social work licence (LMSW/LCSW)"),
    ("child-protection-social-worker", "Social work licence or registration"),
]:
    _plus(DELIBERATE[_key], "also", _TUNISIA)
_plus(
    DELIBERATE[("special-education-teacher", "Teaching licence / qualified teacher status")],
    "also",
    _DEFECTOLOGY,
)
#: Nursing is degree entry in the UK, Ireland and New Zealand (the psychiatric nurse's
#: education_in); a nurse registered by a diploma before keeps the registration.
DELIBERATE[("psychiatric-nurse", "Registered Nurse (RN)")] = {
    **DELIBERATE.get(("psychiatric-nurse", "Registered Nurse (RN)"), {}),
    "meets_degree": "Nurses registered by a diploma before nursing became degree entry keep "
    "their registration, and posts take it; new registrants there hold a bachelor's",
}

#: Thirty-seventh round (cred37; sources in the credentials' comments in
#: data/taxonomy/credentials.yaml): Belgium's nurse's visa (FOD Volksgezondheid) and
#: Montenegro's nurse's licence are the registered nurse's; Japan's qualifications in
#: Japanese script as in their romanised names; Japan's peer support training; Australia's
#: Certificate IV in Training and Assessment.
_NURSE_ABROAD = [
    "BIG-geregistreerd verpleegkundige",
    "Verpleegkundige (BIG)",
    "Licenca za rad medicinske sestre",
    "Licence to practise as a nurse",
    "Visa d'infirmier",
    "Visa d'infirmière",
    "Visa infirmier",
    "Visum verpleegkundige",
]
for _role in _RN_POSTS:
    _plus(
        DELIBERATE[(_role, "Registered Nurse (RN)")],
        "also",
        [*_NURSE_ABROAD, "Visum als verpleegkundige"],
    )
for _key in [
    ("behavioural-health-care-manager", "Clinical licence (RN, LPC, LCSW or LMFT)"),
    ("utilisation-review-coordinator", "Clinical licence (RN, LPC or LCSW)"),
]:
    _plus(DELIBERATE[_key], "also", _NURSE_ABROAD)
for _key in [
    ("hospital-social-worker", "Social work licence (LMSW/LCSW)"),
    ("child-protection-social-worker", "Social work licence or registration"),
]:
    _plus(DELIBERATE[_key], "also", ["社会福祉士", "精神保健福祉士"])
for _key in [
    ("clinical-director", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("clinical-supervisor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("eap-counsellor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("clinical-psychologist", "Licensed clinical psychologist"),
]:
    _plus(DELIBERATE[_key], "also", ["公認心理師", "臨床心理士"])
#: The MHFA instructor's note names Australia's, Ireland's and Canada's programmes beside the
#: US and UK ones (review37 P2: a Canadian nurse was shown only the US and UK routes).
DELIBERATE[
    ("mental-health-first-aid-instructor", "Mental Health First Aid instructor accreditation")
] = {
    **DELIBERATE.get(
        ("mental-health-first-aid-instructor", "Mental Health First Aid instructor accreditation"),
        {},
    ),
    "note": "US: National Council for Mental Wellbeing instructor training. UK: MHFA England "
    "instructor training (7 days) and quality assurance. Australia: MHFA Australia's "
    "instructor training and licence. Ireland: MHFA Ireland's licensed instructors. Canada: "
    "the Mental Health Commission of Canada's Mental Health First Aid program, its Seniors "
    "course among them.",
}
_BELGIUM = [
    "Agrément de psychologue clinicien",
    "Erkend klinisch psycholoog",
    "Erkenning als klinisch psycholoog",
    "Psychologue clinicien agréé",
    "Visum klinisch psycholoog",
]
for _key in [
    ("clinical-director", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("clinical-supervisor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("eap-counsellor", "Independent clinical licence (LPC, LCSW, LMFT or psychologist)"),
    ("clinical-psychologist", "Licensed clinical psychologist"),
    ("mental-health-counsellor", "Licensed Professional Counselor (LPC/LMHC)"),
    ("therapist", "Licensed Professional Counselor (LPC/LMHC)"),
]:
    _plus(DELIBERATE[_key], "also", _BELGIUM)
for _role in ("peer-support-specialist", "peer-support-supervisor"):
    _plus(
        DELIBERATE[(_role, "Certified Peer Specialist (CPS/CPRS)")],
        "also",
        [
            "Peer support training for persons with disabilities (障害者ピアサポート研修)",
            "ピアサポート研修",
            "障害者ピアサポート研修",
        ],
    )
for _role in (
    "corporate-trainer",
    "learning-and-development-manager",
    "training-and-development-specialist",
):
    _plus(
        DELIBERATE.setdefault(
            (_role, "Learning and development credential (ATD CPTD; UK CIPD L&D)"), {}
        ),
        "also",
        [
            "Cert IV TAE",
            "Cert IV in Training and Assessment",
            "Certificate IV in Training and Assessment",
            "TAE40116",
            "TAE40122",
        ],
    )

HEAD = """\
sectors:
  - {id: s, label: S}
skills:
  - {id: nursing, label: Nursing}
  - {id: medicine, label: Medicine}
credentials:
  - id: registered-nurse
    name: Registered Nurse (RN)
    kind: licence
    implies: [nursing]
    also: [NMC registration]
"""


def role(credentials: str, role_id: str = "r") -> str:
    body = f"""\
    - id: {role_id}
      title: {role_id.upper()}
      sector: s
      requirements: [{{skill: medicine}}]
      entry:
        education: bachelor
        job_zone: 4
        credentials:
    """
    return textwrap.dedent(body) + textwrap.indent(textwrap.dedent(credentials), "      ")


def write(tmp_path: Path, text: str, name: str = "t.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path, **options: object) -> list[careermap.Problem]:
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(path, cache=False, **options)  # type: ignore[arg-type]
    return list(info.value.problems)


#: Twenty-ninth round (gaps29, "Registrations, subjects and advice" in
#: docs/taxonomy-notes.md): the probation officer's credential is issued in the US, and a
#: person in GB is told of the PQiP by the name written out with its abbreviation.
_plus(
    DELIBERATE.setdefault(("probation-officer", "Peace officer or probation certification"), {}),
    "also",
    ["Professional Qualification in Probation (PQiP)"],
)

#: Thirty-first round (cred31, review 31 P4; docs/taxonomy-notes.md, "Credential texts and
#: countries careermap does not know"): the NMC's Specialist Community Public Health Nurse
#: register is entered by nurses (and midwives) already on it, so it holds the RN.
for _role in _RN_POSTS:
    _plus(
        DELIBERATE[(_role, "Registered Nurse (RN)")],
        "also",
        [
            "NMC registered specialist community public health nurse",
            "Specialist Community Public Health Nurse (SCPHN)",
        ],
    )

#: Thirty-third round (cred33; docs/taxonomy-notes.md, "Credentials, thirty-third round"):
#: the school social work licence is a US state credential, and each UK nation's post
#: names its own social work register; the PQiP is England and Wales's, and Scotland's
#: justice social workers and Northern Ireland's probation officers are social workers on
#: their nation's register (SSSC, NISCC), which the probation post takes there (for a
#: person who gives that nation: results.nations).
DELIBERATE[("school-social-worker", "School social work licence")]["note"] = (
    "US: state social work licence and often a school social work certificate. UK:"
    " registration with the social work register of your nation (Social Work England, SSSC,"
    " Social Care Wales or NISCC)."
)
_PROBATION = DELIBERATE[("probation-officer", "Peace officer or probation certification")]
_PROBATION["note"] = (
    "US: state probation officer certification and background checks. England and Wales:"
    " Professional Qualification in Probation (PQiP). Scotland: justice social work, by social"
    " workers registered with the SSSC. Northern Ireland: PBNI probation officers are social"
    " workers registered with NISCC."
)

#: Thirty-fourth round (cred34, review33 P10; sources in data/taxonomy/credentials.yaml):
#: Dublin City University's Certificate in Peer Support Working in Mental Health, the
#: HSE peer support worker grade's national training, as an equivalent of the CPS; the
#: Norwegian FO's specialist approval in family therapy and systemic practice as an
#: equivalent of the LMFT.
_DCU_PEER = [
    "Certificate in Peer Support Working in Mental Health",
    "DCU Certificate in Peer Support Working in Mental Health",
]
for _key in [
    ("peer-support-specialist", "Certified Peer Specialist (CPS/CPRS)"),
    ("peer-support-supervisor", "Certified Peer Specialist (CPS/CPRS)"),
]:
    _plus(DELIBERATE[_key], "also", _DCU_PEER)
#: Thirty-fifth round (hire35, review34 P6; sources in data/taxonomy/credentials.yaml):
#: Peer Support Canada's national certification, named in Canada in the US peer
#: certifications' place (pscportal.ca/faq/).
_PSC = [
    "Certified Peer Supporter (Peer Support Canada)",
    "Peer Support Canada certification",
    "Peer Support Canada certified peer supporter",
]
for _key in [
    ("peer-support-specialist", "Certified Peer Specialist (CPS/CPRS)"),
    ("peer-support-supervisor", "Certified Peer Specialist (CPS/CPRS)"),
    (
        "recovery-coach",
        "Certified Peer Recovery Specialist or recovery coach certificate (CPRS/CARC)",
    ),
]:
    _plus(DELIBERATE[_key], "also", _PSC)
_plus(
    DELIBERATE[("marriage-and-family-therapist", "Licensed Marriage and Family Therapist (LMFT)")],
    "also",
    [
        "FO-godkjent spesialist i familieterapi",
        "Klinisk spesialist i familieterapi og systemisk praksis (FO)",
        "Spesialist i familieterapi (FO)",
        "Spesialist i familieterapi og systemisk praksis (FO)",
    ],
)
#: Thirty-eighth round (cred38, review38 P2; sources in data/taxonomy/credentials.yaml
#: and docs/taxonomy-notes.md): the French and Burkinabè nurse's state diploma is the
#: registered nurse's (Code de la santé publique, L4311-2 and L4311-3); the French
#: licence made for the médiateur de santé pair stands in the US peer certification's
#: place; the Occupational Therapy Board of New Zealand's registration is a licence of the
#: clinical supervisor's post there (HPCA Act 2003, s 5: supervision by a professional
#: peer); NMC registration one of the clinical director's in the UK (regulation 7 of the
#: 2014 Regulations names no register); Australia's Certificate IV in Work Health and
#: Safety (BSB41419) is the occupational safety credential, and what it examines is not
#: shown as a gap; the Iranian Psychology and Counselling Organisation's counsellor's
#: licence stands in the LPC's and the LMFT's place (its Law of 2003, art. 3).
for _role in (
    "nurse-case-manager",
    "nurse-educator",
    "psychiatric-nurse",
    "psychiatric-nurse-practitioner",
):
    _plus(
        DELIBERATE[(_role, "Registered Nurse (RN)")],
        "also",
        ["Diplôme d'État d'infirmier", "Diplôme d'État d'infirmière", "Infirmière diplômée d'État"],
    )
for _key in [
    ("peer-support-specialist", "Certified Peer Specialist (CPS/CPRS)"),
    ("peer-support-supervisor", "Certified Peer Specialist (CPS/CPRS)"),
]:
    _plus(
        DELIBERATE[_key],
        "also",
        ["Licence Sciences sanitaires et sociales, parcours médiateurs de santé-pairs"],
    )
DELIBERATE[
    (
        "clinical-supervisor",
        "Registered occupational therapist (Occupational Therapy Board of New Zealand)",
    )
] = {"credential": "added"}
DELIBERATE[
    (
        "clinical-director",
        "NMC registered nurse, for a clinical director's or registered manager's post (UK)",
    )
] = {"credential": "added"}
for _key in [
    ("marriage-and-family-therapist", "Licensed Marriage and Family Therapist (LMFT)"),
    ("mental-health-counsellor", "Licensed Professional Counselor (LPC/LMHC)"),
    ("therapist", "Licensed Professional Counselor (LPC/LMHC)"),
]:
    _plus(
        DELIBERATE[_key],
        "also",
        ["Licensed counsellor (Psychology and Counselling Organisation), Iran"],
    )
_WHS = ("psychosocial-safety-specialist", "Occupational safety credential (NEBOSH or CSP)")
_plus(
    DELIBERATE.setdefault(_WHS, {}),
    "implies",
    ["regulatory-compliance", "workplace-risk-assessment"],
)
_plus(
    DELIBERATE[_WHS],
    "also",
    [
        "BSB41415",
        "BSB41419",
        "Cert IV WHS",
        "Cert IV in Work Health and Safety",
        "Certificate IV in Work Health and Safety (BSB41415)",
        "Certificate IV in Work Health and Safety (BSB41419)",
    ],
)
#: Thirty-ninth round (cred39, review39 P2; sources in data/taxonomy/credentials.yaml and
#: docs/taxonomy-notes.md): in Ireland the clinical director of an approved centre is a
#: consultant psychiatrist (Mental Health Act 2001, s. 71(1)), a licence of the post there.
DELIBERATE[
    (
        "clinical-director",
        "Consultant psychiatrist, for an approved centre's clinical director (Ireland)",
    )
] = {"credential": "added"}
#: Forty-third round (rank43, review43 P1; docs/taxonomy-notes.md): the HR coordinator
#: values the CIPD Level 3 Foundation Certificate in the UK, as its note had said.
DELIBERATE[("hr-coordinator", "CIPD Level 3 Foundation Certificate in People Practice")] = {
    "credential": "added"
}
#: Fortieth round (cred40, review40 P2; sources in data/taxonomy/credentials.yaml and
#: docs/taxonomy-notes.md): Spain's title of nurse specialist in mental health (Real
#: Decreto 450/2005; the EIR residency), in Spanish or Catalan, is the registered nurse's;
#: New Mexico's Certified Peer Support Worker is its state peer certification, for mental
#: health and substance use peers alike.
_SPECIALIST_NURSE = [
    "Enfermera especialista en Enfermería de Salud Mental",
    "Enfermera especialista en salud mental",
    "Enfermero especialista en Enfermería de Salud Mental",
    "Enfermero especialista en salud mental",
    "Infermer especialista en salut mental",
    "Infermera especialista en salut mental",
    "Título de Enfermera Especialista en Enfermería de Salud Mental",
    "Título de Enfermero Especialista en Enfermería de Salud Mental",
    "Títol d'infermer especialista en salut mental",
    "Títol d'infermera especialista en salut mental",
]
for _role in _RN_POSTS:
    _plus(DELIBERATE[(_role, "Registered Nurse (RN)")], "also", _SPECIALIST_NURSE)
_NEW_MEXICO_PEER = [
    "CPSW, New Mexico",
    "Certified Peer Support Worker (CPSW), New Mexico",
    "New Mexico Certified Peer Support Worker",
]
for _key in [
    ("peer-support-specialist", "Certified Peer Specialist (CPS/CPRS)"),
    ("peer-support-supervisor", "Certified Peer Specialist (CPS/CPRS)"),
    (
        "recovery-coach",
        "Certified Peer Recovery Specialist or recovery coach certificate (CPRS/CARC)",
    ),
]:
    _plus(DELIBERATE[_key], "also", _NEW_MEXICO_PEER)


def effective(taxonomy: careermap.Taxonomy) -> dict[str, list[dict[str, object]]]:
    """Every role's credentials as written out, without the id they were named by.

    ``also`` is every other name that holds the credential, as in the snapshot, which
    had one list for the credential's other names and the credentials accepted in its
    place (now ``also``, ``equivalents`` and ``accepts``): moving a name between them
    changes nothing here (what it certifies is tested in tests/results).
    """
    found: dict[str, list[dict[str, object]]] = {}
    for r in taxonomy.roles:
        for c in r.entry.written if r.entry else ():
            # education (the credential's own route) was added after the snapshot: it is
            # what the credential needs, not what the role asks for, so not compared.
            # lived_experience_of (the kinds a credential is awarded only to people with)
            # was added after it too: whom the credential is for, not what hiring asks.
            # Where it is issued (countries, in_place, not_asked_in; fourteenth round):
            # read only for a person who gives a country, never what hiring asks as written.
            exclude = {"id", "equivalents", "accepts", "education", "lived_experience_of"}
            # And the education of what a country takes in its place (education_in; the
            # twenty-third round).
            exclude |= {"countries", "in_place", "not_asked_in", "education_in"}
            # And where the practice is not regulated (unregulated_in; the thirty-fifth
            # round): read only for a person who gives that country, as not_asked_in.
            exclude.add("unregulated_in")
            # And the qualifications a regulator approves as the route to it (programmes;
            # the twenty-ninth round): how the credential is earned, not what hiring asks.
            exclude.add("programmes")
            # And what they lead to and the degree each gives (leads_to,
            # programme_education; the thirtieth round, prog30): how it is earned too.
            exclude |= {"leads_to", "programme_education"}
            row = c.model_dump(mode="json", exclude=exclude)
            row["also"] = [*c.also, *c.equivalents, *c.accepts]
            # usual (sixteenth round): a preferred credential most employers and clients
            # look for; compared only where a role marks one (the snapshot had none).
            if not c.usual:
                del row["usual"]
            # meets_degree (twenty-seventh round): a licence that meets the role's degree,
            # compared only where a role says so (the snapshot had none).
            if not c.meets_degree:
                del row["meets_degree"]
            # reserved (forty-second round, review42 P8): a licence a country's law
            # reserves the post to, compared only where a role says so.
            if not c.reserved:
                del row["reserved"]
            found.setdefault(r.id, []).append(row)
    return found


#: Roles added after the snapshot: they had no inline credentials to keep.
ROLES_SINCE = {
    "bereavement-coordinator",
    # Twenty-seventh round (arts27): the arts therapists' own post, and the senior rung
    # above the psychiatric nurse ("Creative arts therapist and the senior mental health
    # nurse" in docs/taxonomy-notes.md).
    "creative-arts-therapist",
    "family-peer-advocate",
    "healthcare-chaplain",
    "mental-health-nurse-specialist",
    "occupational-therapist",
    "recreational-therapist",
    # Twenty-eighth round (cat28): the speech and language therapist's own post ("Speech
    # and language therapy, activities work and programme work" in docs/taxonomy-notes.md).
    "speech-and-language-therapist",
    "substance-use-clinical-supervisor",
    # Twenty-seventh round (health27): asks for the NMC's nursing associate registration.
    "nursing-associate",
    # Twenty-eighth round (country28): asks for VA accreditation, a US-only post.
    "veterans-service-officer",
    # Thirtieth round (cat30, "Roles the catalogue lacked" in docs/taxonomy-notes.md): the
    # harm reduction worker and the disaster behavioural health coordinator (no
    # credential), the psychiatric clinical officer (the
    # clinical officer's registration in Malawi, Zambia, Kenya and Uganda) and the social
    # work lecturer (the social work licence or registration).
    "disaster-behavioural-health-coordinator",
    "harm-reduction-worker",
    "psychiatric-clinical-officer",
    "social-work-lecturer",
    # Thirty-first round (youth31, "Roles the twenty-second set's people lack" in
    # docs/taxonomy-notes.md): the psilocybin facilitator (Oregon's and Colorado's
    # facilitator licence).
    "psychedelic-facilitator",
    # Thirty-fifth round (role35): the community mental health nurse (the registered
    # nurse's licence, as the psychiatric nurse's), the IPS supervisor (APSE's CESP,
    # preferred), the medical secretary and the recovery residence manager (none).
    "community-mental-health-nurse",
    "ips-supervisor",
    "medical-secretary",
    "recovery-residence-manager",
    # Thirty-sixth round (role36): the genetic counsellor (the CGC, or the country's
    # genetic counsellor register in its place) and the exercise physiologist (ESSA's AEP,
    # the ACSM-CEP or the UK register in its place).
    "exercise-physiologist",
    "genetic-counsellor",
    # Thirty-seventh round (role37): the nurse manager (the registered nurse's licence, as
    # the nurse educator's), the health data analyst, the public health programme officer
    # and the support coordinator (none).
    "health-data-analyst",
    "nurse-manager",
    "public-health-programme-officer",
    "support-coordinator",
    # Thirty-eighth round (role38): the research nurse (the registered nurse's licence, as
    # the nurse manager's; the clinical research certification, preferred), the job coach
    # (APSE's CESP, preferred, as the IPS supervisor's) and the inspector of health and
    # care services (none).
    "healthcare-inspector",
    "job-coach",
    "research-nurse",
    # Thirty-ninth round (role39): the director of nursing (the registered nurse's
    # licence, required, as the nurse manager's), the court liaison and diversion
    # practitioner (the RN, LPC or LCSW licence, preferred: England's posts ask an NMC, SWE
    # or HCPC registration, North America's often none) and the support, time and recovery
    # worker (none); the psychosocial rehabilitation educator (PRA's CPRP, preferred).
    "court-liaison-practitioner",
    "director-of-nursing",
    "psychosocial-rehabilitation-educator",
    "support-time-recovery-worker",
    # Fortieth round (role40): the assistant psychologist (the BPS's GBC, preferred and
    # usual; in Ireland a psychology degree conferring PSI graduate membership).
    "assistant-psychologist",
    # Forty-first round (role41): the safer gambling advisor (none: operators train it on
    # the job, LCCP SR code 3.4.3's training duty) ...
    "safer-gambling-advisor",
    # ... and the psychiatrist (a medical licence with specialist registration in
    # psychiatry, required: every country's medical regulator issues one).
    "psychiatrist",
    # Forty-second round (role42): the approved mental health professional (the AMHP's
    # approval, required: a local authority's under the Mental Health Act 1983 s 114, on
    # top of a registration) ...
    "approved-mental-health-professional",
    # ... and the Whānau Ora navigator (none: providers hire on experience of whānau work
    # in te reo and tikanga).
    "whanau-ora-navigator",
    # Forty-third round (role43): the head of mental health services (none: a general
    # manager's post, reached by years of managing a team or service) and the MHPSS
    # programme officer (none: NGOs hire on a bachelor's and psychosocial work).
    "head-of-mental-health-services",
    "mhpss-programme-officer",
}


def test_every_bundled_role_keeps_the_credentials_it_had_inline():
    before = json.loads(BEFORE.read_text(encoding="utf-8"))
    now = effective(load_taxonomy(cache=False))
    assert sorted(set(now) - ROLES_SINCE) == sorted(before)
    changed: dict[tuple[str, str], dict[str, object]] = {}
    for role_id, credentials in before.items():
        # A credential a role takes as well (a licence more that hiring accepts) comes
        # after those it had, and is listed too.
        kept, extra = now[role_id][: len(credentials)], now[role_id][len(credentials) :]
        assert len(kept) == len(credentials), role_id
        for new in extra:
            changed[(role_id, str(new["name"]))] = {"credential": "added"}
        for old, new in zip(credentials, kept, strict=True):
            diff: dict[str, object] = {k: new[k] for k in new if old.get(k) != new[k]}
            for listed in ("implies", "also", "associate"):
                added = sorted(set(new[listed]) - set(old.get(listed, ())))
                removed = sorted(set(old.get(listed, ())) - set(new[listed]))
                diff.pop(listed, None)  # the order of a list is not what it says
                if added or removed:
                    diff[listed] = {"added": added, "removed": removed}
            if diff:
                changed[(role_id, old["name"])] = diff
    assert changed == DELIBERATE


#: Credentials defined for what they certify, which no bundled role asks for: people who
#: leave these professions hold them ("Allied professions' credentials certify helping
#: skills" in docs/taxonomy-notes.md). Each must certify something, and no role may name it
#: (then it belongs with the others).
CERTIFY_ONLY = frozenset(
    {
        "atr",
        "atr-provisional",
        "bcba",
        "licensed-psychiatric-technician",
        # "Credentials the persona sets hold" (fourteenth round): national certifications
        # no bundled post asks for, defined for what they certify (the CPRP is asked for,
        # preferred, by the psychosocial rehabilitation educator's post since the
        # thirty-ninth round).
        "mt-bc",
        "ncc",
        "rpt",
        "youth-work-qualification",
        # Fifteenth round (creds9): Scotland's Mental Health Officer Award, for one
        # statutory role no bundled post is.
        "mental-health-officer-award",
        # Seventeenth round: a psychiatrist's specialist qualification, for what it
        # certifies to a doctor who leaves clinical medicine.
        "psychiatrist",
        # Twenty-second round ("Registrations of the core audience"): registrations and
        # qualifications of support workers, PWPs, mental health nurses, agency counsellors,
        # CYC graduates and suicide prevention trainers, for what they certify.
        "agency-affiliated-counselor",
        "asist-trainer",
        "child-and-youth-care-diploma",
        "credentialed-mental-health-nurse",
        "pwp-registration",
        "qpr-gatekeeper-instructor",
        "social-care-worker-registration",
        # Twenty-third round ("Credentials from the fourteenth set"): crisis prevention
        # instructors, CISM's group crisis intervention, the Dutch health care psychologist
        # (whose title the clinical licences take in the Netherlands: in_place) and EMDR
        # Europe's practitioners, for what they certify.
        "crisis-prevention-instructor",
        "emdr-europe-practitioner",
        "gz-psycholoog",
        "icisf-group-crisis-intervention",
        # Twenty-fourth round ("Credentials and titles from the fifteenth set"): Canada's
        # psychiatric and mental health nursing certification and the MBTI practitioner's,
        # for what they certify.
        "cpmhn-certification",
        "mbti-certified-practitioner",
        # Twenty-fifth round ("Credentials from the sixteenth set"): the practical nurse's
        # licence and the medical coder's CPC, for what they certify (no bundled post asks
        # for them; the CTRS is the recreational therapist's, added the same round).
        "certified-professional-coder",
        "licensed-practical-nurse",
        # Twenty-fifth round (review 25b finding 1): a registration in the psychiatric or
        # mental health field of a nursing register, for what the field's education
        # certifies; the registered nurse's licence it also is opens the posts.
        "psychiatric-nurse-registration",
        # Twenty-sixth round ("Credentials from the seventeenth set"): Maine's MHRT/C and
        # Norway's authorised vernepleier, for what they certify (the NMC's registered
        # nursing associate, added with them, is asked for by the nursing associate's post
        # since the twenty-seventh round).
        "mhrt-c",
        "vernepleier-authorisation",
        # The VA's accreditation (twenty-seventh round) is asked for by the veterans
        # service officer's post since the twenty-eighth, scoped to the United States.
        # Thirty-first round (youth31): AHTA's horticultural therapist registration and
        # Thrive's STH diploma, for what they certify (the horticultural therapist's role
        # was tried and dropped: docs/taxonomy-notes.md).
        "htr",
        # Thirty-first round (edu31): the NMC's V300 prescribing annotation, for what it
        # certifies; the UK psychiatric nurse practitioner's post names it in its words.
        "nmc-prescriber",
        # Thirty-fifth round (cred35, review35 P3): the ABGC's Certified Genetic Counselor,
        # for what it certifies, was here until the genetic counsellor's post asked for it
        # (thirty-sixth round, role36).
        # Thirty-eighth round (cred38, review38 P2): Korea's forest healing instructor,
        # for what it certifies to a nurse who ran forest healing programmes.
        "forest-healing-instructor",
    }
)


def test_every_bundled_credential_is_defined_once_and_named_by_id():
    taxonomy = load_taxonomy(cache=False)
    used = {c.id for r in taxonomy.roles if r.entry for c in r.entry.written}
    assert None not in used, "a bundled role writes a credential inline"
    assert used == set(taxonomy.credential_index) - CERTIFY_ONLY
    assert all(taxonomy.credential_index[c].implies for c in CERTIFY_ONLY)


def test_a_role_names_a_credential_by_id_with_its_own_note(tmp_path):
    text = (
        HEAD
        + "roles:\n"
        + role(
            """\
        - credential: registered-nurse
          note: "US: state licence."
        - {name: CPR, kind: certification, required: false}
        """
        )
    )
    taxonomy = load_taxonomy(write(tmp_path, text), cache=False)
    rn, cpr = taxonomy.role_index["r"].entry.credentials
    assert rn == Credential(
        id="registered-nurse",
        name="Registered Nurse (RN)",
        kind="licence",
        note="US: state licence.",
        implies=("nursing",),
        also=("NMC registration",),
    )
    assert (cpr.id, cpr.name, cpr.required) == (None, "CPR", False)  # inline still loads
    assert taxonomy.credential_index["registered-nurse"].implies == ("nursing",)


def test_an_unknown_credential_id_names_file_line_field_and_fix(tmp_path):
    text = HEAD + "roles:\n" + role("- credential: registered-nures\n")
    (problem,) = problems(write(tmp_path, text))
    assert problem.file.endswith("t.yaml")
    lines = text.splitlines()
    line = next(n for n, text in enumerate(lines, 1) if text.endswith("registered-nures"))
    assert (problem.line, problem.field) == (line, "roles[0].entry.credentials[0].credential")
    assert problem.message == (
        "unknown credential 'registered-nures'; did you mean 'registered-nurse'? "
        "(define it in a 'credentials:' section or fix the id)"
    )


def test_a_definition_is_checked_like_a_role(tmp_path):
    text = HEAD.replace("implies: [nursing]", "implies: [nursin]") + "roles:\n"
    text += role("- credential: registered-nurse\n")
    (problem,) = problems(write(tmp_path, text))
    assert problem.field == "credentials[0].implies[0]"
    assert "unknown skill 'nursin'; did you mean 'nursing'?" in problem.message
    twice = HEAD + HEAD.split("credentials:\n")[1]
    (problem,) = problems(write(tmp_path, twice, "twice.yaml"))
    assert "duplicate credential id 'registered-nurse'" in problem.message


def test_one_name_is_one_credential(tmp_path):
    text = HEAD + "  - {id: rn, name: registered nurse (rn), kind: licence}\n"
    (problem,) = problems(write(tmp_path, text))
    assert problem.field == "credentials[1].name"
    assert "the name 'registered nurse (rn)' of the credential 'registered-nurse'" in (
        problem.message
    )


def test_a_role_names_a_credential_once(tmp_path):
    text = (
        HEAD
        + "roles:\n"
        + role("- credential: registered-nurse\n- {name: Registered Nurse (RN), kind: licence}\n")
    )
    (problem,) = problems(write(tmp_path, text))
    assert problem.field == "roles[0].entry.credentials[1]"
    assert "already listed as entry.credentials[0] of role 'r'" in problem.message


def test_a_reference_takes_only_its_own_fields(tmp_path):
    text = HEAD + "roles:\n" + role("- {credential: registered-nurse, implies: [medicine]}\n")
    (problem,) = problems(write(tmp_path, text))
    assert problem.field == "roles[0].entry.credentials[0].implies (r)"
    allowed = "allowed fields here: credential, meets_degree, note, required, reserved, usual"
    assert problem.message == f"unknown field 'implies'; {allowed}"


def test_an_added_file_names_the_base_credentials(tmp_path):
    base = write(tmp_path, HEAD + "roles:\n" + role("- credential: registered-nurse\n"))
    added = write(tmp_path, "roles:\n" + role("- credential: registered-nurse\n", "q"), "a.yaml")
    taxonomy = load_taxonomy(base, extend=[added], cache=False)
    assert taxonomy.role_index["q"].entry.credentials[0].implies == ("nursing",)
    compiled = tmp_path / "c.json"
    save_compiled(load_taxonomy(base, cache=False), compiled)
    assert load_taxonomy(compiled, extend=[added], cache=False) == taxonomy


def test_the_section_survives_every_way_a_taxonomy_is_stored(tmp_path, monkeypatch):
    path = write(tmp_path, HEAD + "roles:\n" + role("- credential: registered-nurse\n"))
    taxonomy = load_taxonomy(path, cache=False)
    save_compiled(taxonomy, tmp_path / "c.json")
    assert load_compiled(tmp_path / "c.json") == taxonomy
    monkeypatch.setenv("CAREERMAP_CACHE_DIR", str(tmp_path / "cache"))
    load_taxonomy(path)
    cached = load_taxonomy(path)
    assert cached.credentials == taxonomy.credentials
    assert cached.role_index["r"] == taxonomy.role_index["r"]
    assert taxonomy_identity(cached) == taxonomy_identity(taxonomy)
    written = dump_taxonomy(taxonomy, tmp_path / "out")
    assert load_taxonomy(tmp_path / "out", cache=False) == taxonomy
    assert tmp_path / "out" / "credentials.yaml" in written
    assert "- credential: registered-nurse" in taxonomy_to_yaml(taxonomy)


def test_the_credentials_change_the_identity(tmp_path):
    text = HEAD + "roles:\n" + role("- credential: registered-nurse\n")
    one = load_taxonomy(write(tmp_path, text), cache=False)
    other = load_taxonomy(write(tmp_path, text.replace("[NMC registration]", "[RMN]")), cache=False)
    assert taxonomy_identity(one) != taxonomy_identity(other)


def test_a_taxonomy_built_in_code_is_resolved_by_the_check():
    rn = CredentialDefinition(id="rn", name="Registered Nurse (RN)", kind="licence")
    named = CredentialReference(credential="rn")
    entry = Entry(education="bachelor", job_zone=4, credentials=[named])
    built = careermap.Taxonomy(
        sectors=[careermap.Sector(id="s", label="S")],
        skills=[careermap.Skill(id="a", label="A")],
        credentials=[rn],
        roles=[
            careermap.Role(
                id="r", title="R", sector="s", requirements=[{"skill": "a"}], entry=entry
            )
        ],
    )
    assert built.roles[0].entry.written == ()  # not resolved: nothing to readiness
    checked = check_taxonomy(built)
    assert checked.roles[0].entry.credentials[0].name == "Registered Nurse (RN)"
    with pytest.raises(TaxonomyError, match="unknown credential 'rn'"):
        check_taxonomy(built.model_copy(update={"credentials": ()}))


def test_a_definition_says_which_lived_experience_it_is_awarded_to(tmp_path):
    head = HEAD.replace("    also: [NMC registration]\n", "    lived_experience_of: [Carer]\n")
    text = head + "roles:\n" + role("- credential: registered-nurse\n")
    taxonomy = load_taxonomy(write(tmp_path, text), cache=False)
    (found,) = taxonomy.role_index["r"].entry.credentials
    assert [k.value for k in found.lived_experience_of] == ["family"]  # carried to the role
    wrong = (
        head.replace("[Carer]", "[gambling]")
        + "roles:\n"
        + role("- credential: registered-nurse\n")
    )
    (problem,) = problems(write(tmp_path, wrong, "wrong.yaml"))
    assert problem.field == "credentials[0].lived_experience_of (registered-nurse)"
    assert "unknown kind of lived experience 'gambling'" in problem.message


def test_a_licence_that_meets_the_degree_is_a_required_licence():
    with pytest.raises(ValueError, match="meets_degree is for a required licence"):
        CredentialReference(credential="registered-nurse", required=False, meets_degree="x")
    with pytest.raises(ValueError, match="meets_degree is for a required licence"):
        Credential(name="CCM", kind="certification", meets_degree="x")


def test_a_reserved_licence_is_a_required_licence_of_named_countries():
    # Forty-second round (review42 P8): reserved says a country's law reserves the post to
    # the licence's holders, so it needs a required licence issued in named countries.
    with pytest.raises(ValueError, match="reserved is for a required licence"):
        CredentialReference(credential="registered-nurse", required=False, reserved=True)
    with pytest.raises(ValueError, match="reserved is for a required licence issued"):
        Credential(name="Consultant psychiatrist", kind="licence", reserved=True)
    with pytest.raises(ValueError, match="reserved is for a required licence issued"):
        Credential(name="CCM", kind="certification", countries=["IE"], reserved=True)


def test_ireland_reserves_the_clinical_director_to_consultant_psychiatrists(default):
    # Mental Health Act 2001, s. 71(1) (the role's note): the only reserved licence of the
    # bundled roles, for Ireland alone.
    reserved = {
        (role.id, c.id, c.countries)
        for role in default.roles
        if role.entry is not None
        for c in role.entry.written
        if c.reserved
    }
    assert reserved == {
        ("clinical-director", "consultant-psychiatrist-approved-centre", ("IE",)),
    }


def test_a_definition_names_the_programmes_that_lead_to_it(tmp_path):
    # Twenty-ninth round (route29): the qualifications a regulator approves, by country,
    # carried to every role that names the credential.
    head = HEAD.replace(
        "    also: [NMC registration]\n",
        "    also: [NMC registration]\n    countries: [GB]\n"
        "    programmes: {GB: [BSc Mental Health Nursing]}\n"
        "    leads_to: {GB: NMC registration as a nurse}\n"
        "    programme_education: {BSc Mental Health Nursing: bachelor}\n",
    )
    text = head + "roles:\n" + role("- credential: registered-nurse\n")
    taxonomy = load_taxonomy(write(tmp_path, text), cache=False)
    (found,) = taxonomy.role_index["r"].entry.credentials
    assert dict(found.programmes) == {"GB": ("BSc Mental Health Nursing",)}
    # Thirtieth round (prog30): what they lead to, and the degree each gives.
    assert dict(found.leads_to) == {"GB": "NMC registration as a nurse"}
    assert found.programme_education["BSc Mental Health Nursing"].value == "bachelor"


@pytest.mark.parametrize(
    ("programmes", "message"),
    [
        ("{US: [BSN]}", "programmes: US neither issues the credential nor takes another"),
        ("{XX: [BSN]}", "programmes: 'XX' is not an ISO 3166-1 alpha-2 code"),
        ("{GB: []}", "programmes: GB names no qualification"),
        ("{GB: [NMC registration]}", "programmes: GB names 'NMC registration', the credential's"),
        # Thirtieth round (prog30): what they lead to, for each country of them, only; the
        # degree of a programme the credential lists.
        ("{GB: [BSN]}\n    leads_to: {}", "leads_to: say what the programmes lead to"),
        ("{GB: [BSN]}\n    leads_to: {GB: x, IE: y}", "leads_to: say what the programmes lead"),
        (
            "{GB: [BSN]}\n    leads_to: {GB: x}\n    programme_education: {MSN: master}",
            "programme_education: 'MSN' is not one of the credential's programmes",
        ),
    ],
)
def test_a_bad_programme_names_file_line_and_field(tmp_path, programmes, message):
    if "leads_to" not in programmes and "NMC" not in programmes and "[]" not in programmes:
        programmes += "\n    leads_to: {GB: NMC registration as a nurse}"
    head = HEAD.replace(
        "    also: [NMC registration]\n",
        f"    also: [NMC registration]\n    countries: [GB]\n    programmes: {programmes}\n",
    )
    text = head + "roles:\n" + role("- credential: registered-nurse\n")
    (problem,) = problems(write(tmp_path, text))
    assert problem.file.endswith("t.yaml")
    assert problem.line == 7  # the credential's entry ("- id: registered-nurse")
    assert problem.field == "credentials[0] (registered-nurse)"
    assert message in problem.message


def test_the_bundled_programmes_lead_to_registrations_of_their_country():
    # Each sourced in data/taxonomy/credentials.yaml and docs/taxonomy-notes.md (twenty-
    # ninth round); a programme names a qualification, never a credential of the taxonomy.
    taxonomy = load_taxonomy(cache=False)
    found = {c.id: dict(c.programmes) for c in taxonomy.credentials if c.programmes}
    assert sorted(found) == [
        "amhp-approval",  # forty-second round (role42): the AMHP's postgraduate certificates
        "lcsw",  # thirtieth round (prog30): the UK's one social work register
        "licensed-clinical-psychologist",
        "nursing-associate-registration",
        "school-social-work-licence",  # thirty-third round (cred33): the UK's four registers
        "social-work-licence",
        "social-work-licence-or-registration",
    ]
    assert found["nursing-associate-registration"] == {
        "GB": (
            "FdSc Nursing Associate",
            "Foundation Degree in Nursing Associate",
            "Nursing associate apprenticeship",
        )
    }
    # Jersey registers on the United Kingdom's registers (thirty-ninth round, cred39;
    # base.countries.REGISTERED_AS): the same routes lead there.
    # The Falkland Islands' health service asks the UK's registers (cred42).
    # The Cayman Islands register on the UK's registers among seven countries' (cred43).
    assert sorted(found["social-work-licence"]) == ["AU", "FK", "GB", "JE", "KY"]
    assert found["social-work-licence"]["JE"] == found["social-work-licence"]["GB"]
    assert found["social-work-licence"]["FK"] == found["social-work-licence"]["GB"]
    assert found["licensed-clinical-psychologist"]["GB"][0] == "Doctorate in Clinical Psychology"


def test_the_bundled_programmes_say_what_they_lead_to_and_the_degree_they_give():
    # Thirtieth round (prog30, review 29b R2 and R3; docs/taxonomy-notes.md): one phrase
    # per country, a UK nation's register named once, and each degree programme's level.
    taxonomy = load_taxonomy(cache=False)
    index = taxonomy.credential_index
    uk = index["social-work-licence"].leads_to["GB"]
    assert uk.startswith("registration with the social work register of your UK nation")
    assert index["lcsw"].leads_to["GB"] == uk
    assert index["social-work-licence-or-registration"].leads_to["GB"] == uk
    assert index["social-work-licence"].leads_to["AU"] == "AASW membership"
    psychologist = index["licensed-clinical-psychologist"]
    assert psychologist.leads_to["GB"] == "HCPC registration as a clinical psychologist"
    # Jersey registers on the UK's (cred39), the Falklands' health service asks them (cred42).
    # The Cayman Islands' Health Practice Commission takes them too (cred43).
    assert set(psychologist.leads_to) == {"FK", "GB", "JE", "KY"}
    assert psychologist.leads_to["JE"] == psychologist.leads_to["GB"]
    assert {psychologist.programme_education[n].value for n in psychologist.programmes["GB"]} == {
        "doctorate"
    }
    social = index["social-work-licence"].programme_education
    assert social["BA Social Work"].value == "bachelor"
    assert social["MA Social Work"].value == "master"
    assert social["Social work degree apprenticeship"].value == "bachelor"  # IfATE ST0510
    assert index["nursing-associate-registration"].leads_to == {
        "GB": "NMC registration as a nursing associate"
    }


def test_a_register_a_programme_leads_to_has_the_programme_wherever_it_is_asked():
    # Thirtieth round (prog30, review 29b R3): a credential that a country takes the same
    # register for (every name the programme's credential has there) lists its programmes
    # there too, so every post asking it reads the student the same way. Not a credential
    # of several professions' registers (a clinical supervisor's or director's independent
    # licence: counselling, psychology, social work, CBT, arts therapy), which one phrase
    # per country cannot name; its posts are senior ones no student is on the way to.
    taxonomy = load_taxonomy(cache=False)
    several = {"independent-clinical-licence"}
    missing = []
    for credential in taxonomy.credentials:
        for country in credential.programmes:
            names = set(credential.in_place.get(country, ())) or {credential.name}
            for other in taxonomy.credentials:
                asked = set(other.in_place.get(country, ()))
                if other is credential or other.id in several or not names <= asked:
                    continue
                if country not in other.programmes:
                    missing.append((credential.id, country, other.id))
    assert missing == []


def test_ireland_asks_iacat_accreditation_for_arts_therapists_and_sri_lanka_no_licence():
    # Thirty-first round (cat31, review 30 (d); docs/taxonomy-notes.md): arts therapists
    # have no statutory register in Ireland (CORU's designated professions do not include
    # them), so IACAT's accreditation is asked there in place of the arts therapy
    # licences; IACAT approves the supervisors of the therapists it accredits. Sri Lanka
    # licenses no counsellors, as India licensed none (not_asked_in).
    index = load_taxonomy(cache=False).credential_index
    for credential in ("hcpc-arts-therapist", "arts-therapist-credential"):
        found = index[credential]
        assert found.in_place["IE"] == (
            "IACAT accredited creative arts therapist",
            "IACAT accredited member",
        )
        assert "IACAT accredited" in found.equivalents
    assert "IACAT approved supervisor" in index["clinical-supervisor-credential"].accepts
    assert {"IN", "LK"} <= set(index["lpc"].not_asked_in)
    # Read by its accreditation's names: an untrained associate member holds nothing.
    hcpc = index["hcpc-arts-therapist"]
    assert holds(["IACAT accredited member"], hcpc)
    assert not holds(["IACAT associate member"], hcpc)


def test_mozambique_hires_its_psychiatric_technicians_as_the_clinical_officer_cadre():
    # Thirty-fifth round (own35, review34 P1; docs/taxonomy-notes.md): Mozambique's
    # psychiatric technicians are the mid-level cadre of the psychiatric clinical officer
    # (dos Santos et al., Int J Ment Health Syst 2016, doi:10.1186/s13033-015-0032-8), so
    # the técnico's course is asked there in place of a clinical officer's registration;
    # it opens the post and certifies nothing the registration implies.
    taxonomy = load_taxonomy(cache=False)
    registration = taxonomy.credential_index["clinical-officer-registration"]
    course = "Curso de Técnico de Psiquiatria e Saúde Mental"
    assert course in registration.in_place["MZ"]
    assert course in registration.accepts
    assert holds([f"{course}, Instituto de Ciências de Saúde da Beira"], registration)
    assert not holds(["Técnico de Enfermagem"], registration)
    background = {
        "education": "associate",
        "years_experience": 12,
        "country": "MZ",
        "credentials": [f"{course}, Instituto de Ciências de Saúde da Beira"],
    }
    ranking = careermap.rank_careers(
        ["psychiatric assessment:5"], taxonomy=taxonomy, background=background, limit=None
    )
    officer = next(m for m in ranking if m.role_id == "psychiatric-clinical-officer")
    assert officer.readiness.verdict == "ready"


def test_the_twenty_sixth_set_s_countries_name_their_own_credentials():
    # Thirty-fifth round (cred35, review35 P1 and P3; sources in data/taxonomy/credentials.yaml
    # and roles/mental-health.yaml): the Dominican Republic names its psychologist's
    # exequátur for the psychology posts, Luxembourg its psychotherapist's authorisation for
    # the independent clinical licences, Senegal its state diploma of social worker for the
    # social work licence; Australia asks nothing in the CTRS's place (recreation therapy is
    # not a profession of the National Law), and the nursing associate is a UK post only.
    taxonomy = load_taxonomy(cache=False)
    index = taxonomy.credential_index
    for credential in (
        "licensed-clinical-psychologist",
        "independent-clinical-licence",
        "independent-clinical-licence-uk-counselling",
        "lpc",
        "school-psychologist-credential",
    ):
        assert index[credential].in_place["DO"] == ("Exequátur de psicólogo",), credential
    # The exequátur's route is a licenciatura: the clinical psychologist's posts ask more.
    assert index["licensed-clinical-psychologist"].education_in["DO"].value == "bachelor"
    # A psychologist's licence is taken for the counselling and school posts, not the same
    # practice (accepts); it is the psychologist's licence itself (equivalents).
    assert "Exequátur de psicólogo" in index["lpc"].accepts
    assert "Exequátur de psicólogo" in index["licensed-clinical-psychologist"].equivalents
    for credential in (
        "independent-clinical-licence",
        "independent-clinical-licence-uk-counselling",
    ):
        assert index[credential].in_place["LU"] == (
            "Autorisation d'exercer la profession de psychothérapeute",
        )
    assert index["social-work-licence"].in_place["SN"] == ("Diplôme d'État d'assistant social",)
    assert "SN" not in index["social-work-licence"].education_in
    assert "AU" in index["ctrs"].not_asked_in
    assert taxonomy.role_index["nursing-associate"].countries == ("GB",)
    # The CGC, read by its abbreviation and by the Wisconsin licence that requires it.
    cgc = index["cgc"]
    assert holds(["Certified Genetic Counselor (CGC), American Board of Genetic Counseling"], cgc)
    assert holds(["Licensed genetic counselor"], cgc)
    assert not holds(["Genetic counseling student"], cgc)


def test_the_twenty_seventh_set_s_countries_name_their_own_credentials():
    # Thirty-sixth round (cred36, review36 P3; sources in data/taxonomy/credentials.yaml and
    # roles/mental-health.yaml): Cyprus names its Council's registration in the clinical
    # specialty for the clinical psychologist (Law 68(I)/1995), and a master's is its route;
    # Tunisia its Licence en service social (INTES) for the social work licence; Australia
    # its Certificate IV (CHC43515, carer stream) for the family peer credential; the CCLS
    # is issued in the US and Canada and not asked in Türkiye; a defectology degree stands
    # in for the special education teacher's licence; nursing is degree entry in the UK,
    # Ireland and New Zealand.
    taxonomy = load_taxonomy(cache=False)
    index = taxonomy.credential_index
    cyprus = "Registered clinical psychologist (Cyprus Psychologists Registration Council)"
    clinical = index["licensed-clinical-psychologist"]
    assert clinical.in_place["CY"] == (cyprus,)
    assert cyprus in clinical.equivalents
    assert "CY" not in clinical.education_in  # the role's master's is the route
    council = "Cyprus Psychologists Registration Council registration"
    for credential in (
        "independent-clinical-licence",
        "independent-clinical-licence-uk-counselling",
    ):
        assert index[credential].in_place["CY"] == (council,), credential
        assert council in index[credential].equivalents, credential
    assert index["lpc"].in_place["CY"] == (council,)
    assert council in index["lpc"].accepts
    psychologist = taxonomy.role_index["clinical-psychologist"].entry.education_in
    for country in ("CY", "AT", "BE", "CZ", "DK", "FI", "IT", "NO"):
        assert psychologist[country].value == "master", country
    assert psychologist["GR"].value == "bachelor"
    assert "IE" not in psychologist  # a doctorate there
    assert index["social-work-licence"].in_place["TN"] == ("Licence en service social",)
    assert "TN" not in index["social-work-licence"].education_in
    family = index["certified-family-peer-specialist"]
    assert family.in_place["AU"] == ("Certificate IV in Mental Health Peer Work",)
    assert "Certificate IV in Mental Health Peer Work" in family.accepts
    assert "Certificate IV in Mental Health Peer Work" not in family.equivalents
    ccls = index["ccls"]
    assert ccls.countries == ("US", "CA")
    assert "çocuk gelişimci" in ccls.unregulated_in["TR"]
    teaching = index["teaching-licence"]
    assert holds(["Bachelor's diploma in defectology (oligophrenopedagogy)"], teaching)
    assert not holds(["Bachelor's diploma in psychology"], teaching)
    for nurse in ("psychiatric-nurse", "community-mental-health-nurse"):
        entry = taxonomy.role_index[nurse].entry
        assert entry.education.value == "associate", nurse  # the US route
        assert {k: v.value for k, v in entry.education_in.items()} == {
            "GB": "bachelor",
            "IE": "bachelor",
            "NZ": "bachelor",
        }, nurse


def test_the_twenty_eighth_set_s_countries_name_their_own_credentials():
    # Thirty-seventh round (cred37; sources in data/taxonomy/credentials.yaml and
    # docs/taxonomy-notes.md): Belgium's nurse's visa (FOD Volksgezondheid) and
    # Montenegro's nurse's licence (its chamber's licenca za rad) are a registered
    # nurse's; Japan's national qualifications are read in Japanese script as in their
    # romanised names (the Acts of 1987, 1997 and 2015); Japan's peer support training
    # stands in the US peer certification's place; Australia's Certificate IV in Training
    # and Assessment is a trainer's credential; a Dutch level of vocational education
    # (MBO) names no credential; a residency in psychiatry (Azerbaijan's rezidentura) is
    # the specialist qualification in psychiatry; Belgium's recognised clinical
    # psychologist (visa and erkenning, the 2016 law) holds the psychology licences.
    taxonomy = load_taxonomy(cache=False)
    index = taxonomy.credential_index
    nurse = index["registered-nurse"]
    for text in (
        "Visum verpleegkundige (FOD Volksgezondheid)",
        "Visa d'infirmière (SPF Santé publique)",
        "Licence to practise as a nurse (Montenegro)",
        "Verpleegkundige (BIG)",
    ):
        assert holds([text], nurse), text
        assert holds([text], index["clinical-licence-rn-lpc-lcsw"]), text
    assert not holds(["Bachelor in de verpleegkunde"], nurse)  # the degree is not the visa
    assert not holds(["Licence to practise as a psychologist"], nurse)
    social = index["social-work-licence"]
    for text in ("社会福祉士 (Certified Social Worker)", "精神保健福祉士", "Shakai Fukushishi"):
        assert holds([text], social), text
        assert holds([text], index["social-work-licence-or-registration"]), text
    assert not holds(["社会福祉士"], index["licensed-clinical-psychologist"])
    assert not holds(["介護福祉士 (Certified Care Worker)"], social)  # another Act's title
    for credential in (
        "licensed-clinical-psychologist",
        "independent-clinical-licence",
        "independent-clinical-licence-uk-counselling",
    ):
        assert holds(["公認心理師"], index[credential]), credential
        assert holds(["臨床心理士 (Clinical Psychologist)"], index[credential]), credential
    peer = index["certified-peer-specialist"]
    assert len(peer.in_place["JP"]) == 1
    assert holds(["障害者ピアサポート研修 (基礎研修・専門研修)"], peer)
    trainer = index["learning-and-development-credential"]
    assert holds(["Certificate IV in Training and Assessment (TAE40116)"], trainer)
    assert not holds(["Certificate IV in Mental Health Peer Work"], trainer)
    assert not holds(["MBO-2 Beveiliger"], peer)
    assert holds(["Ervaringsdeskundige in zorg en welzijn (MBO 4)"], peer)
    belgium = "Erkend klinisch psycholoog"
    for credential in (
        "licensed-clinical-psychologist",
        "independent-clinical-licence",
        "independent-clinical-licence-uk-counselling",
        "lpc",
    ):
        assert index[credential].in_place["BE"] == (belgium,), credential
        assert holds(["Erkend klinisch psycholoog (Zorg en Gezondheid)"], index[credential])
        assert holds(["Psychologue clinicien agréé"], index[credential]), credential
        assert not holds(["Psycholoog (Psychologencommissie)"], index[credential])
    assert belgium in index["lpc"].accepts  # counselling is not the practice it certifies
    [mhfa] = taxonomy.role_index["mental-health-first-aid-instructor"].entry.written
    assert "Mental Health Commission of Canada" in mhfa.note  # review37 P2, Sault Ste. Marie
    assert "MHFA Australia" in mhfa.note
    psychiatrist = index["psychiatrist"]
    assert holds(["Specialist in psychiatry and narcology (residency)"], psychiatrist)
    assert holds(["Residency in psychiatry and narcology"], psychiatrist)
    assert not holds(["Narcology residency"], psychiatrist)  # narcology alone is not it
    assert not holds(["Specialist in psychiatric nursing"], psychiatrist)


def test_the_twenty_ninth_set_s_countries_name_their_own_credentials():
    # Thirty-eighth round (cred38, review38 P2; sources in data/taxonomy/credentials.yaml
    # and docs/taxonomy-notes.md).
    taxonomy = load_taxonomy(cache=False)
    index = taxonomy.credential_index
    nurse = index["registered-nurse"]
    # France and Burkina Faso: the state diploma is what a nurse practises on (Code de
    # la santé publique, L4311-2 and L4311-3), in either order of its words.
    for text in (
        "Diplôme d'État d'infirmier",
        "Diplôme d'État d'infirmière (2011)",
        "Infirmier diplômé d'État",
        "Infirmière diplômée d'État",
    ):
        assert holds([text], nurse), text
        assert not holds([text], index["clinical-licence-rn-lpc-lcsw"]), text  # no source
    assert not holds(["Licence en sciences infirmières"], nurse)  # the degree is not it
    assert not holds(["Diplôme d'État d'éducateur spécialisé"], nurse)  # another state diploma
    assert not holds(["Diplôme d'attaché de santé en santé mentale"], nurse)
    # France: the licence made for the médiateur de santé pair stands in the US peer
    # certification's place, in Réunion as in France; a licence of another course does not.
    peer = index["certified-peer-specialist"]
    msp = "Licence Sciences sanitaires et sociales, parcours médiateurs de santé-pairs"
    assert peer.in_place["FR"] == peer.in_place["RE"] == (msp,)
    assert holds([msp], peer)
    assert not holds(["Licence Sciences sanitaires et sociales"], peer)
    # New Zealand: the Occupational Therapy Board's registration is a licence of the
    # clinical supervisor's post there, and only there and only that post's.
    otbnz = index["otbnz-registered-occupational-therapist"]
    assert otbnz.countries == ("NZ",)
    assert holds(
        ["Registered Occupational Therapist (Occupational Therapy Board of New Zealand)"], otbnz
    )
    assert not holds(["Registered Nurse (Nursing Council of New Zealand)"], otbnz)
    uses = {
        role.id
        for role in taxonomy.roles
        if role.entry and any(c.id == otbnz.id for c in role.entry.written)
    }
    assert uses == {"clinical-supervisor"}
    [asked] = [
        c for c in taxonomy.role_index["clinical-supervisor"].entry.written if c.id == otbnz.id
    ]
    assert asked.required
    assert asked.meets_degree
    # The United Kingdom: NMC registration for the clinical director's post only
    # (regulation 7 of SI 2014/2936 names no register); a nurse holds it for hiring and is
    # certified in nothing of it.
    nmc = index["nmc-registration-for-clinical-management"]
    assert nmc.countries == ("GB",)
    assert not nmc.implies
    for text in ("Registered Mental Health Nurse (NMC)", "RMN (NMC registered)"):
        assert holds([text], nmc), text
    assert not holds(["HCPC registered Occupational Therapist"], nmc)
    uses = {
        role.id
        for role in taxonomy.roles
        if role.entry and any(c.id == nmc.id for c in role.entry.written)
    }
    assert uses == {"clinical-director"}
    # Australia: the Certificate IV in Work Health and Safety is the occupational safety
    # credential, and it certifies risk assessment and compliance with the law.
    safety = index["occupational-safety-credential"]
    for text in ("Certificate IV in Work Health and Safety (BSB41419)", "Cert IV WHS"):
        assert holds([text], safety), text
    assert not holds(["Certificate IV in Training and Assessment (TAE40116)"], safety)
    assert not holds(["Certificate IV in Mental Health Peer Work"], safety)
    assert {"workplace-risk-assessment", "regulatory-compliance"} <= set(safety.implies)
    # Iran: the Psychology and Counselling Organisation's licence, read by the country its
    # bracket names; a licensed counsellor of no country, or of another, is not it.
    iran = "Licensed counsellor (Psychology and Counselling Organisation), Iran"
    for credential in ("lpc", "lmft"):
        assert index[credential].in_place["IR"] == (iran,), credential
        assert holds(
            ["Licensed counsellor (Counselling and Psychology Organisation of Iran)"],
            index[credential],
        )
        for text in (
            "Licensed counsellor",
            "Licensed counselor (Texas)",
            "Licensed counsellor (Kenya)",
        ):
            assert not holds([text], index[credential]), (credential, text)
    # Korea: the forest healing instructor, in Korean as in English, certifies the
    # programmes' work; no post asks for it.
    forest = index["forest-healing-instructor"]
    for text in (
        "산림치유지도사 1급 (Forest Healing Instructor, level 1, Korea Forest Service)",
        "Forest healing instructor (level 2)",
    ):
        assert holds([text], forest), text
    assert not holds(["Forest school leader"], forest)
    assert "stress-management" in forest.implies


def test_the_thirtieth_set_s_countries_name_their_own_credentials():
    # Thirty-ninth round (cred39, review39 P2; sources in base/countries.py,
    # data/taxonomy/credentials.yaml and docs/taxonomy-notes.md).
    taxonomy = load_taxonomy(cache=False)
    index = taxonomy.credential_index
    # Jersey registers on the United Kingdom's registers (the Health Care (Registration)
    # (Jersey) Law 1995 and its Prescribed Qualifications Order 2003): what a credential
    # asks in the United Kingdom in its place, it asks in Jersey, and what it does not ask
    # there, it does not ask in Jersey; a place the data names keeps its own entry.
    for credential in taxonomy.credentials:
        assert credential.in_place.get("JE") == credential.in_place.get("GB"), credential.id
        assert ("JE" in credential.not_asked_in) is ("GB" in credential.not_asked_in)
        assert "JE" not in credential.countries, credential.id
    # The HCPC's practitioner psychologist, with its domain in brackets, is that domain's
    # registration (HCPC, "Protected titles"); without a domain, or of another, it is not.
    clinical = index["licensed-clinical-psychologist"]
    assert holds(["HCPC Practitioner Psychologist (Clinical)"], clinical)
    assert not holds(["HCPC Practitioner Psychologist (Health)"], clinical)
    assert not holds(["HCPC Practitioner Psychologist"], clinical)
    # Ireland: an approved centre's clinical director is a consultant psychiatrist (Mental
    # Health Act 2001, s. 71(1)): a licence of the clinical director's post there only,
    # certifying nothing; a psychiatric nurse's registration is not it.
    irish = index["consultant-psychiatrist-approved-centre"]
    assert irish.countries == ("IE",)
    assert not irish.implies
    assert holds(["Consultant psychiatrist"], irish)
    assert not holds(["Registered Psychiatric Nurse (NMBI)"], irish)
    uses = {
        role.id
        for role in taxonomy.roles
        if role.entry and any(c.id == irish.id for c in role.entry.written)
    }
    assert uses == {"clinical-director"}
    [asked] = [
        c for c in taxonomy.role_index["clinical-director"].entry.written if c.id == irish.id
    ]
    assert asked.required
    assert "s. 71(1)" in asked.note


def test_the_thirty_first_set_s_countries_name_their_own_credentials():
    # Fortieth round (cred40, review40 P2; sources in data/taxonomy/credentials.yaml and
    # docs/taxonomy-notes.md).
    taxonomy = load_taxonomy(cache=False)
    index = taxonomy.credential_index
    nurse = index["registered-nurse"]
    # Spain and Andorra: the title of nurse specialist in mental health is open only to
    # nurses and licenses practice (Real Decreto 450/2005; BOE-A-1998-15395, art. 1), in
    # Catalan or Spanish, with or without "Títol"/"Título" and a bracket after it.
    for text in (
        "Títol d'infermera especialista en salut mental (via EIR, Barcelona)",
        "Infermer especialista en salut mental",
        "Enfermera especialista en Enfermería de Salud Mental (EIR)",
        "Título de Enfermero Especialista en Enfermería de Salud Mental",
    ):
        assert holds([text], nurse), text
        assert not holds([text], index["clinical-licence-rn-lpc-lcsw"]), text  # no source
    # The degree is not the authorisation (Andorra, Llei 39/2022) or the college's
    # registration (Spain), as Belgium's bachelor is not the visa.
    assert not holds(["Grau en Infermeria"], nurse)
    assert not holds(["Grado en Enfermería"], nurse)
    # Another speciality's title, or a psychologist's, is not a nurse's mental health title.
    assert not holds(["Psicóloga especialista en Psicología Clínica (PIR)"], nurse)
    assert not holds(["Especialista en salut mental"], nurse)
    # New Mexico: the state's peer certification, for mental health and substance use
    # peers alike (nmcbbhp.org; copelandcenter.com); the job title alone is not it.
    peer = index["certified-peer-specialist"]
    recovery = index["peer-recovery-specialist"]
    for text in (
        "Certified Peer Support Worker (CPSW), New Mexico",
        "New Mexico Certified Peer Support Worker",
    ):
        assert holds([text], peer), text
        assert holds([text], recovery), text
    for text in (
        "Peer support worker",
        "Certified Peer Support Worker",
        "Peer support worker (Mind)",
    ):
        assert not holds([text], peer), text
        assert not holds([text], recovery), text
    # Its abbreviation is its own: a certification's, never a job title's.
    assert holds(["Certified Peer Support Worker (CPSW)"], peer)
    # The Arab Board's certificate in psychiatry is the specialist qualification (the
    # Council of Arab Health Ministers' board, arab-board.org), in either preposition; the
    # board of another specialty, or the board unnamed, is not.
    psychiatrist = index["psychiatrist"]
    for text in ("Arab Board in Psychiatry", "Arab Board of Psychiatry (2008)"):
        assert holds([text], psychiatrist), text
    for text in ("Arab Board in Paediatrics", "Arab Board", "Arab Board in Family Medicine"):
        assert not holds([text], psychiatrist), text
    assert "research-methods" in psychiatrist.implies  # no research gap for a consultant


def test_unregulated_arts_therapy_and_canadian_peer_certification_are_sourced():
    # Thirty-fifth round (hire35, review 34 P1/P6; sources in data/taxonomy's comments):
    # art therapist is not a recognised profession in Slovakia (EFAT; the Slovak art
    # therapists' association, art-therapy.sk) or Czechia (ČAA, arteterapie.cz), arts
    # therapy is not regulated in Slovenia (ECArTE); in Canada, Peer Support Canada's
    # voluntary national certification is named in the US peer certifications' place
    # (pscportal.ca/faq/), as a short step.
    index = load_taxonomy(cache=False).credential_index
    arts = index["arts-therapist-credential"].unregulated_in
    assert set(arts) == {"CZ", "SI", "SK"}
    assert "250 hours" in arts["SK"]
    assert "association" in arts["SK"]
    for credential in ("certified-peer-specialist", "peer-recovery-specialist"):
        found = index[credential]
        assert found.in_place["CA"] == ("Peer Support Canada certified peer supporter",)
        assert holds(["Certified Peer Supporter (Peer Support Canada)"], found)
    family = index["certified-family-peer-specialist"]
    assert family.in_place["CA"] == ("Peer Support Canada certified family peer supporter",)
    # No country is both unregulated and given something in the credential's place.
    for credential in index.values():
        given = {*credential.countries, *credential.in_place, *credential.not_asked_in}
        assert not set(credential.unregulated_in) & given, credential.id


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ({"countries": ["US"], "unregulated_in": {"US": "x"}}, "issues the credential"),
        ({"countries": ["US"], "unregulated_in": {"SK": " "}}, "says nothing"),
        ({"unregulated_in": {"SK": "not regulated"}}, "needs countries"),
        ({"countries": ["US"], "unregulated_in": {"XX": "x"}}, "ISO 3166-1"),
        (
            {"countries": ["US"], "not_asked_in": ["SK"], "unregulated_in": {"SK": "x"}},
            "in one of them",
        ),
    ],
)
def test_unregulated_in_is_checked(field: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        CredentialDefinition(id="art", name="ATR", kind="certification", **field)


def _rpn_readings(
    taxonomy: careermap.Taxonomy,
) -> tuple[Mapping[str, tuple[str, ...]], Credential, Credential, Credential]:
    """The abbreviations ambiguous alone, and the three credentials "RPN" may be."""
    index = taxonomy.credential_index
    unsure = ambiguous_abbreviations(taxonomy.credentials)
    nurse, psychiatric = index["registered-nurse"], index["psychiatric-nurse-registration"]
    return unsure, nurse, psychiatric, index["licensed-practical-nurse"]


def _read_as_psychiatric_nurse(taxonomy: careermap.Taxonomy, *texts: str) -> None:
    """Each of *texts* holds a registered nurse's and a psychiatric nurse's, not a practical's."""
    unsure, nurse, psychiatric, practical = _rpn_readings(taxonomy)
    for text in texts:
        assert holds([text], nurse, ambiguous=unsure), text
        assert holds([text], psychiatric, ambiguous=unsure), text
        assert not holds([text], practical, ambiguous=unsure), text


def test_the_thirty_second_set_s_countries_name_their_own_credentials():
    # Forty-first round (cred41, review41 P2; sources in base/countries.py, results/
    # issuers.py and data/taxonomy/credentials.yaml).
    taxonomy = load_taxonomy(cache=False)
    index = taxonomy.credential_index
    unsure, nurse, psychiatric, practical = _rpn_readings(taxonomy)
    # "RPN" is a registered psychiatric nurse in Ireland (NMBI's Psychiatric Nurses
    # Division) and the western provinces, a registered practical nurse in Ontario.
    _read_as_psychiatric_nurse(
        taxonomy,
        "RPN, NMBI",
        "RPN (Nursing and Midwifery Board of Ireland)",
        "RPN, BC",
        "RPN (Saskatchewan)",
    )
    for text in ("RPN (Ontario)", "RPN, CNO"):
        assert holds([text], practical, ambiguous=unsure), text
        assert not holds([text], nurse, ambiguous=unsure), text  # never a nurse's post
        assert not holds([text], psychiatric, ambiguous=unsure), text
    # Alone, or with a place that does not decide it, it stays ambiguous: neither.
    for text in ("RPN", "RPN (Texas)", "RPN (Northern Ireland)"):
        assert not holds([text], nurse, ambiguous=unsure), text
        assert not holds([text], practical, ambiguous=unsure), text
    # Bahrain's regulator's licence, its acronym first: Bahrain's registered nurse.
    assert countries_in("NHRA licence - Registered Nurse") == {"BH"}
    assert holds(["NHRA licence - Registered Nurse"], nurse, ambiguous=unsure)
    assert not holds(["NHRA licence - Pharmacist"], nurse, ambiguous=unsure)
    assert not holds(["Driving licence - Registered Nurse"], practical, ambiguous=unsure)
    # Nicaragua's (and Spain's) specialist in psychiatry; the basic medical degree is not.
    psychiatrist = index["psychiatrist"]
    for text in ("Especialista en Psiquiatría", "Título de Médico Especialista en Psiquiatría"):
        assert holds([text], psychiatrist), text
    for text in ("Doctor en Medicina y Cirugía", "Especialista en Psicología Clínica"):
        assert not holds([text], psychiatrist), text


def test_the_thirty_third_set_s_rpn_reads_by_its_association():
    # Forty-second round (cred42): "RPN, Registered Psychiatric Nurses Association of
    # Saskatchewan" (the Prince Albert nurse, the thirty-third set) is Saskatchewan's
    # psychiatric nurse (The Registered Psychiatric Nurses Act, SS 1993 c R-13.1; the
    # RPNAS registers RPNs apart from RNs): the spelled "Psychiatric" in the body's name
    # agrees with the place and no longer stops its reading. A spelled word against the
    # place still wins, and the association's name alone is not a registration.
    taxonomy = load_taxonomy(cache=False)
    unsure, nurse, psychiatric, _ = _rpn_readings(taxonomy)
    _read_as_psychiatric_nurse(
        taxonomy,
        "RPN, Registered Psychiatric Nurses Association of Saskatchewan",
        "RPN, RPNAS",
        "RPN (College of Registered Psychiatric Nurses of Manitoba)",
    )
    # Spelled as a practical nurse with a western body: the spelled words decide.
    assert not holds(["Registered Practical Nurse (RPN), RPNAS"], psychiatric, ambiguous=unsure)
    assert not holds(["Registered Psychiatric Nurses Association of Saskatchewan"], nurse)


def test_the_falkland_islands_ask_the_united_kingdom_s_registers():
    # Forty-second round (cred42): the Falkland Islands Government's health service asks
    # its qualified staff to be on the appropriate UK register (fig.gov.fk/health,
    # "Quality", "Professional Registration"; base.registers.REGISTERED_AS). What a
    # credential asks in the United Kingdom in its place, it asks there; a UK post alone
    # (the nursing associate) is not taken to exist there.
    taxonomy = load_taxonomy(cache=False)
    for credential in taxonomy.credentials:
        assert credential.in_place.get("FK") == credential.in_place.get("GB"), credential.id
        assert ("FK" in credential.not_asked_in) is ("GB" in credential.not_asked_in)
        assert "FK" not in credential.countries, credential.id
    nurse = taxonomy.credential_index["registered-nurse"]
    assert holds(["NMC registered nurse (RMN)"], nurse)


def test_france_s_overseas_departments_ask_what_france_asks():
    # Forty-second round (cred42): Guadeloupe, Martinique, French Guiana, Réunion and
    # Mayotte are France (Constitution, art. 73; base.registers.REGISTERED_AS).
    taxonomy = load_taxonomy(cache=False)
    for credential in taxonomy.credentials:
        for place in ("GF", "GP", "MQ", "RE", "YT"):
            assert credential.in_place.get(place) == credential.in_place.get("FR"), credential.id
            assert (place in credential.not_asked_in) is ("FR" in credential.not_asked_in)
    psychologist = taxonomy.credential_index["licensed-clinical-psychologist"]
    assert holds(["Titre de psychologue (inscrite ADELI)"], psychologist)
