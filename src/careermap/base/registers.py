"""Places that register their health professions on another country's registers.

Kept apart from :mod:`careermap.base.countries` (its country tables are read only when a
background gives a country): a taxonomy's credentials read this table when they load.
"""

from __future__ import annotations

__all__ = ["ALSO_TAKEN", "REGISTERED_AS"]

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
#: Forty-third round (cred43; the thirty-third set's George Town consultant clinical
#: psychologist, "HCPC registered practitioner psychologist (clinical)", was told to check
#: whether it is recognised in the Cayman Islands and to find "what employers in Cayman
#: Islands ask for in place of a licence from the United States"). The Cayman Islands
#: register health practitioners under the Health Practice Act (2002; 2026 Revision) by
#: the Health Practice Commission's four councils; the Council for Professions Allied with
#: Medicine "licenses all other health care professionals such as ... mental health
#: counsellors" (Ministry of Health, gov.ky, "Practicing in Cayman"). To register, "You
#: must be registered/licensed in one of the approved jurisdictions (i.e. Australia,
#: Canada, Jamaica, New Zealand, South Africa, the United Kingdom, or the United States of
#: America)", with a letter of good standing from that register (Department of Health
#: Regulatory Services, otp.gov.ky/web/dhrs/faqs; the same seven countries in the Cayman
#: Compass, 10 July 2007, "Health Practice Council amends rules"). So a registration of
#: the United Kingdom's is no foreign credential there, and the Commission's register is a
#: step on top of it, as the Jersey Care Commission's is; the islands are a British
#: Overseas Territory, read as the United Kingdom here for what a post asks, and the other
#: six countries' registrations are taken there too (:data:`ALSO_TAKEN`). Whether
#: psychologists are a profession of the Act's Schedule 6 was not read from this machine
#: (its headings only).
REGISTERED_AS = {
    "FK": "GB",
    "JE": "GB",
    "KY": "GB",
    "GF": "FR",
    "GP": "FR",
    "MQ": "FR",
    "RE": "FR",
    "YT": "FR",
}

#: Countries whose licences and registrations a place of :data:`REGISTERED_AS` takes
#: beside that country's (cred43): the Cayman Islands' Health Practice Commission
#: registers a health practitioner registered or licensed in Australia, Canada, Jamaica,
#: New Zealand, South Africa or the United States as one registered in the United
#: Kingdom (the Department of Health Regulatory Services' list, above). Licences and
#: registrations only: a certification (a US peer specialist's) is no register's.
ALSO_TAKEN = {"KY": frozenset({"AU", "CA", "JM", "NZ", "US", "ZA"})}
