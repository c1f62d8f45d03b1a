"""A job title before a spaced dash, and examples after one: "Navy MA - trauma & first aid".

A spaced dash after a job title says the work that post did ("lead counselor - schedule
& training new staff": :func:`_after_title` keeps the work), and after a name that is no
job title it gives examples, as a bracket does ("outreach - Guard drill weekends,
rodeos, State Fair": :func:`dash_examples` writes it as the bracket for
:mod:`careermap.resolve.brackets` to read). Both are read by
:func:`careermap.resolve.parts.split_phrase` (twenty-sixth and twenty-eighth rounds;
split from :mod:`careermap.resolve.parts` in the thirty-second round, which re-exports
:func:`dash_examples`).
"""

from __future__ import annotations

import re

__all__ = ["dash_examples"]

#: A job title before a spaced dash, and the work after it: "lead counselor - schedule &
#: training new staff", "Navy MA - trauma & first aid" (twenty-sixth round). The title is
#: a closed list: its last word one of these, or a service branch first. A union's
#: steward or representative is a post too ("UNISON steward - grievance & disciplinary
#: hearings", twenty-seventh round).
_DASH = re.compile(r"^(?P<title>\S.*?)\s+[-\u2013\u2014]\s+(?P<rest>\S.*)$")
_TITLE = re.compile(
    r"^(?:(?:navy|army|air\s+force|RAF|marines?|USMC|coast\s+guard|national\s+guard)\s+\S+"
    r"|.*\b(?:counsell?or|therapist|worker|caseworker|nurse|officer|manager|lead|coordinator"
    r"|co-ordinator|specialist|advis[eo]r|supervisor|technician|tech|aide|assistant|medic"
    r"|corpsman|practitioner|psychologist|psychiatrist|teacher|coach|mentor|volunteer"
    r"|navigator|director|administrator|clinician|instructor|trainer|educator|facilitator"
    r"|chaplain|consultant|intern|trainee|carer|steward|rep|representative))$",
    re.IGNORECASE,
)


def _after_title(text: str) -> str:
    """Return the work after a job title and a spaced dash, or *text* when it is none.

    Examples
    --------
    >>> _after_title("lead counselor - schedule & training new staff")
    'schedule & training new staff'
    >>> _after_title("honours thesis - online survey in Qualtrics")
    'honours thesis - online survey in Qualtrics'
    """
    hit = _DASH.match(text)
    return hit.group("rest").strip() if hit and _TITLE.match(hit.group("title")) else text


def dash_examples(text: str) -> str | None:
    """Return "name - examples" written as "name (examples)", or ``None``.

    A spaced dash after a name that is no job title (:func:`_after_title` reads those)
    says what the name was, as a bracket does ("outreach - Guard drill weekends, rodeos,
    State Fair", "depot clinic - paliperidone, Abilify Maintena, Clopixol"; twenty-eighth
    round): read as the bracket, the name is what the person holds unless the examples
    name another skill (:mod:`careermap.resolve.brackets`). Not when a bracket is already
    written, nor for a second dash.

    Examples
    --------
    >>> dash_examples("outreach - Guard drill weekends, rodeos, State Fair")
    'outreach (Guard drill weekends, rodeos, State Fair)'
    >>> dash_examples("lead counselor - schedule & training new staff") is None
    True
    >>> dash_examples("de-escalation") is None
    True
    """
    hit = _DASH.match(text.strip())
    if hit is None or "(" in text or ")" in text or _TITLE.match(hit.group("title")):
        return None
    head, rest = hit.group("title").strip(), hit.group("rest").strip()
    if _DASH.match(rest) or _DASH.match(head):
        return None
    return f"{head} ({rest})"
