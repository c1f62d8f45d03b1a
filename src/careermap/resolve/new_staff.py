"""Bringing new colleagues on, in plain words: "showing new orderlies the ropes".

People write how they brought new colleagues on in the words of the floor: "showing new
orderlies the ropes", "oriented and shadowed new counselors", "inducted new support
workers". Read by their words, these named nothing ("orderlies" and "counselors" are no
skill; "new counselors" was even read as *Counselling*, the colleagues' practice), and a
nursing assistant's training line, the one that says she can train staff, was lost
(forty-second round, review42 P3 and P5). To show someone the ropes is to show them how
to do a job (Cambridge Dictionary, "show someone the ropes";
https://dictionary.cambridge.org/dictionary/english/show-someone-the-ropes): read as
"training new staff" (*Training delivery*). To orient, induct or be shadowed by a named new
colleague is one-to-one guidance on the floor, read as "mentoring new staff" (*Mentoring*,
whose aliases hold precepting and the NMC's practice supervisor), not HR's *Onboarding*:
read so, a counselor who oriented new counselors was sent to HR and volunteer
coordinators' posts, and her supervisor's post fell (forty-second round, measured). Only new
colleagues are read so (:data:`_NEW`: "new", "newly hired", "newly qualified" or
"junior", then one or two words): orienting patients to the ward, or shadowing a
consultant, stays as it was.

This module imports nothing of careermap.
"""

from __future__ import annotations

import re

__all__ = ["as_bringing_on"]

#: New colleagues: "new orderlies", "the new starters", "newly qualified nurses".
_NEW = r"(?:the\s+|our\s+)?(?:new|newly\s+(?:hired|qualified|recruited)|junior)(?:\s+[\w-]+){1,2}"
#: A verb of bringing on, in any form a CV writes it, and what it is read as.
_VERBS = {
    "orient": "mentoring new staff",
    "induct": "mentoring new staff",
    "shadow": "mentoring new staff",
}
_VERB = r"(?:orient(?:ed|ing|s)?|induct(?:ed|ing|s)?|shadow(?:ed|ing|s)?)"
#: "oriented and shadowed new counselors", "inducting new support workers".
_BRINGING_ON = re.compile(
    rf"^(?P<verbs>{_VERB}(?:\s*(?:,|and|&|/)\s*{_VERB})*)\s+(?P<whom>{_NEW})$", re.IGNORECASE
)
#: "showing new orderlies the ropes", "showed the ropes to new starters".
_ROPES = re.compile(
    rf"^(?:show(?:ing|ed|n|s)?|teach(?:ing|es)?|taught)\s+(?:(?:{_NEW})\s+the\s+ropes"
    rf"|the\s+ropes\s+to\s+(?:{_NEW}))$",
    re.IGNORECASE,
)


def as_bringing_on(text: str) -> tuple[str, ...] | None:
    """Return *text*, which says new colleagues were brought on, in plain words, or ``None``.

    Parameters
    ----------
    text : str
        A skill text as written.

    Returns
    -------
    tuple of str or None
        "training new staff" or "mentoring new staff", each read as a text of its own;
        ``None`` when *text* says no such thing.

    Examples
    --------
    >>> as_bringing_on("showing new orderlies the ropes")
    ('training new staff',)
    >>> as_bringing_on("Oriented and shadowed new counselors")
    ('mentoring new staff',)
    >>> as_bringing_on("inducted newly qualified nurses")
    ('mentoring new staff',)
    >>> as_bringing_on("orienting patients to the ward") is None
    True
    >>> as_bringing_on("shadowing a consultant psychiatrist") is None
    True
    """
    stripped = " ".join(text.split()).strip(" .")
    if _ROPES.match(stripped):
        return ("training new staff",)
    found = _BRINGING_ON.match(stripped)
    if found is None:
        return None
    read: list[str] = []
    for verb in re.findall(r"[A-Za-z]+", found["verbs"]):
        for stem, plain in _VERBS.items():
            if verb.lower().startswith(stem) and plain not in read:
                read.append(plain)
    return tuple(read)
