"""Places that register their health professions on another country's registers.

Kept apart from :mod:`careermap.base.countries` (its country tables are read only when a
background gives a country): a taxonomy's credentials read this table when they load.
"""

from __future__ import annotations

__all__ = ["REGISTERED_AS"]

#: Places whose law makes another country's registers the qualification of their own
#: (thirty-ninth round, cred39; review39 P2: a St Helier consultant clinical psychologist,
#: on the HCPC's register and the island's, was told her own posts needed "what employers
#: in Jersey ask for in place of a licence from the United States"). Jersey is no part of
#: the United Kingdom and its regulators' law does not extend there (Law Commission,
#: Regulation of Health and Social Care Professionals, consultation paper, 2012,
#: para. 13.24), but the Health Care (Registration) (Jersey) Law 1995 bars a registrable
#: occupation to anyone not on the island's register (art. 2) and registers on a
#: prescribed qualification (art. 3), which the Health Care (Registration) (Prescribed
#: Qualifications) (Jersey) Order 2003 sets as entry in the United Kingdom's registers:
#: the Health Professions Order 2001's (the HCPC's), Social Work England's (Children and
#: Social Work Act 2017, s. 39) and the chiropractors' among them (jerseylaw.je, 20.300,
#: and R&O 67/2022, which amends the Order's schedule). So a UK registration is no foreign
#: credential there, and what a post asks in the United Kingdom is what it asks there;
#: the island's own register is a step on top of it (the Jersey Care Commission's, gov.je,
#: "Health and social care professionals registration", 2023). Read for credentials only:
#: a post of the United Kingdom's alone (the nursing associate) is not taken to exist there.
REGISTERED_AS = {"JE": "GB"}
