"""Every credential of the bundled roles, against ways people write theirs.

For each credential named in a bundled role's ``entry`` (its roles, and whether it
is required), the table lists which of :data:`WRITTEN` hold it under
``careermap.results.credentials.holds``. :data:`WRITTEN` is the personas' own
credentials (tests/data/personas.yaml) and others as people write them: state
names of one licence, UK registrations, near misses that share a word with a
credential and are not it. Read it for false "holds" (a row that lists something it
should not) and false "does not hold" (a wording missing from its row).

    .venv/bin/python benchmarks/credentials.py

docs/taxonomy-notes.md ("Credentials are matched by what they are") says what the
table showed under the earlier word match, and tests/results/test_credentials.py
keeps those cases.
"""

from __future__ import annotations

from pathlib import Path

import yaml

import careermap
from careermap.results.credentials import holds
from careermap.taxonomy.models import Credential

PERSONAS = Path(__file__).resolve().parent.parent / "tests" / "data" / "personas.yaml"

#: Credentials as people write them, beside the personas' own.
WRITTEN = (
    # counselling
    "LMHC (US)", "LPCC", "LCPC (Illinois)", "Licensed Professional Counselor",
    "Licensed Mental Health Counselor", "NCC", "BACP registered counsellor",
    "UKCP registered psychotherapist",
    # social work
    "LICSW (Massachusetts)", "LCSW-C", "Licensed Clinical Social Worker", "LMSW",
    "Licensed Master Social Worker", "LSW", "Licensed social worker",
    "Social Work England registration", "Social worker",
    "School social work certificate (Illinois)", "Licensed school social worker",
    # family therapy
    "Licensed Marriage and Family Therapist", "AMFT (Associate MFT)",
    # psychology
    "Licensed clinical psychologist", "HCPC registered clinical psychologist",
    "Clinical psychologist (HCPC)", "Psychologist", "Counseling psychologist",
    "School psychologist", "Nationally Certified School Psychologist (NCSP)",
    "Licensed specialist in school psychology (LSSP)",
    "HCPC registered educational psychologist", "BPS Chartered Psychologist",
    # nursing
    "Registered Nurse", "Nurse", "RMN (UK)", "NMC registered mental health nurse", "LPN",
    "Licensed practical nurse", "PMHNP-BC", "APRN", "Psychiatric nurse practitioner",
    "CNE",
    # schools
    "School counselor", "Teaching licence", "QTS", "Qualified teacher status",
    "State teaching certificate",
    # peer, recovery and addiction
    "Certified Peer Specialist (CPS)", "CPS", "CPRS", "Certified Peer Recovery Specialist",
    "Certified Peer Support Specialist", "Certified Prevention Specialist",
    "Certified recovery coach (CARC)", "LADC", "CASAC",
    # other certifications
    "CCM", "CRC", "CDMS", "CESP", "CHES", "CPHQ", "CHC", "BCPA", "CCLS", "ACS",
    "Clinical supervisor", "SHRM-CP", "SHRM-SCP", "PHR", "CIPD Level 3", "CIPD Level 5",
    "CIPD Level 5 in Learning and Development", "ATD CPTD", "ICF PCC", "NBC-HWC",
    "Wellness coach", "Mental Health First Aid certified", "MHFA instructor",
    "Certified community health worker", "RBT", "BCBA", "Accredited mediator", "IDVA",
    "NEBOSH General Certificate", "GPC", "RHIT", "CCRC (ACRP)", "AAS in Human Services",
    "BPS Test User: Occupational", "IMHA", "ABE trained",
    "ChildFirst forensic interview training", "Parents as Teachers certified", "PQiP",
    "Probation officer certification", "Early intervention credential",
    "Clinical licence",
)  # fmt: skip


def written() -> list[str]:
    """The personas' credentials, then :data:`WRITTEN`, each once."""
    with PERSONAS.open(encoding="utf-8") as handle:
        people = yaml.safe_load(handle)["personas"]
    own = [text for person in people for text in person.get("credentials") or ()]
    return list(dict.fromkeys([*own, *WRITTEN]))


def credentials(taxonomy: careermap.Taxonomy) -> dict[str, tuple[Credential, list[str]]]:
    """Every credential of the taxonomy's roles by name, with the roles asking for it."""
    found: dict[str, tuple[Credential, list[str]]] = {}
    for role in taxonomy.roles:
        for credential in role.entry.written if role.entry else ():
            asked = role.id if credential.required else f"{role.id} (preferred)"
            found.setdefault(credential.name, (credential, []))[1].append(asked)
    return dict(sorted(found.items()))


def main() -> None:
    """Print the table."""
    taxonomy = careermap.load_taxonomy()
    texts = written()
    print(f"{len(texts)} written credentials against the bundled roles' credentials\n")
    print("| credential | kind | roles | held by |")
    print("|---|---|---|---|")
    for name, (credential, roles) in credentials(taxonomy).items():
        held = [text for text in texts if holds([text], credential)]
        shown = ", ".join(roles[:3]) + (f" and {len(roles) - 3} more" if len(roles) > 3 else "")
        print(f"| {name} | {credential.kind.value} | {shown} | {'; '.join(held) or '-'} |")


if __name__ == "__main__":
    main()
