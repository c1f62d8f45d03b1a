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
#: Forty-second round (cred42; the thirty-third set's Stanley community mental health
#: nurse, "NMC registered nurse (RMN)", was told to check whether it is recognised in the
#: Falkland Islands, on her own post). The Falkland Islands Government's health service,
#: the islands' one hospital (KEMH) and their whole health service, states: "It is the
#: norm for working in the Falkland Islands that all qualified staff are registered with
#: the appropriate UK registering body or be eligible to register by dint of registration
#: with a UK recognised international equivalent" (fig.gov.fk/health, "Quality",
#: "Professional Registration"). That is the employer's rule, stated by the government
#: that employs them, not an ordinance read from this machine (the islands' own
#: health-profession ordinances could not be opened); read so, a UK registration is what
#: a post there asks, as in Jersey.
#: France's overseas departments and regions are France (Constitution, art. 73; see
#: careermap.base.countries.LICENSED_AS, which also gives them France's posts): what a
#: post asks in France in place of a US licence it asks there (cred42).
REGISTERED_AS = {
    "FK": "GB",
    "JE": "GB",
    "GF": "FR",
    "GP": "FR",
    "MQ": "FR",
    "RE": "FR",
    "YT": "FR",
}
