"""Work with other services and professions: "coordination with the Ministry of Social Development".

A caseworker coordinating or liaising with other services ("liaising with social
services", "coordinated with county case managers, ACT teams and probation officers",
"coordination with the Ministry of Social Development") names inter-agency working,
*Multidisciplinary collaboration*'s alias ("interagency collaboration", "multi-agency
working"): the NICE guideline NG150 and the Care Act 2014 (s. 6, co-operation) name it so.
Read by its words alone, "coordination" was *Coordination*, O*NET's basic skill of
"adjusting actions in relation to others' actions", which made a patient care
coordinator the first post of a hospital social worker (fortieth round, review40 P3).
Only when whom is another service, agency or profession (:data:`_OTHERS`): coordinating
with "the team" or "volunteers", and coordinating events, are read as before.
"""

from __future__ import annotations

import re

__all__ = ["with_agencies"]

#: Coordinating, liaising, collaborating or working, in any form a CV writes it, then "with".
_WORKING_WITH = re.compile(
    r"^(?:co-?ordinat(?:ion|ing|ed|es?)|liais(?:on|ing|ed|es?)|collaborat(?:ion|ing|ed|es?)"
    r"|(?:working|worked|work)(?:\s+closely)?)\s+with\s+(?P<whom>\S.*)$",
    re.IGNORECASE,
)
#: Other services, agencies and professions: whom inter-agency work is with.
_OTHERS = re.compile(
    r"\b(?:ministr(?:y|ies)|departments?|agenc(?:y|ies)|authorit(?:y|ies)|councils?"
    r"|(?:social|health|statutory|community|housing|children's|mental\s+health)\s+services"
    r"|police|courts?|probation|GPs?|hospitals?|NGOs?|charities|providers"
    r"|organi[sz]ations|case\s+managers|psychiatrists|probation\s+officers)\b",
    re.IGNORECASE,
)
#: People first: whom the work was for, the service after them theirs ("working with
#: clients on probation", "young people known to the police").
_PEOPLE_FIRST = re.compile(
    r"^(?:(?:the|our|my|their|other)\s+)?(?:\S+\s+)?(?:clients?|patients?|people|famil(?:y|ies)"
    r"|children|youth|adults|residents|offenders|service\s+users|individuals|students)\b",
    re.IGNORECASE,
)
_INTER_AGENCY = "inter-agency working"


def with_agencies(text: str) -> tuple[str, ...]:
    """Return the name work with other services and professions reads as, or none.

    Examples
    --------
    >>> with_agencies("coordination with the Ministry of Social Development")
    ('inter-agency working',)
    >>> with_agencies("Liaised with GPs, housing and the police")
    ('inter-agency working',)
    >>> with_agencies("coordinating with the team"), with_agencies("coordination of events")
    ((), ())
    >>> with_agencies("working with young people in care")
    ()
    >>> with_agencies("working with clients on probation")
    ()
    """
    hit = _WORKING_WITH.match(text.strip())
    if hit is None or _PEOPLE_FIRST.match(hit.group("whom")):
        return ()
    if _OTHERS.search(hit.group("whom")) is None:
        return ()
    return (_INTER_AGENCY,)
