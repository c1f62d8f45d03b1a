"""The post a returner names in a title that is not a post (forty-first round, read41).

A person back from a career break writes where they stand, with their trade beside it:
"Returning to work (former community mental health nurse)", "Career break - formerly
Staff Nurse". The title names no role as written, so the post they held for years went
unread and its own work was listed as gaps (review41 P5). The post named after *former*,
*formerly*, *ex-* or *previously* is past work: its role's essentials are practised
(:func:`careermap.results.past_work.past_practice`), as a past title's are, but it is not
the job held now, so its verdict (a registration to renew) stands. What stands after it
is read as a setting, as in any title.

A title saying its holder no longer practises ("Social worker (not practising since 2014),
community mental health team", "Psychiatrist (retired)") names the post the same way: it
was held, it is not held now (forty-second round, read42; review42 P5 and P7: a social
worker back after eleven years was told her old post was "Your current job", with no word
of the lapse). :func:`no_longer_practised` says so, and
:func:`careermap.results.current.current_role` then reads no current role in it.

A former patient, client, service user or resident is lived experience
(:mod:`careermap.resolve.lived_titles`), never a post.
"""

from __future__ import annotations

import re

__all__ = ["former_post", "no_longer_practised"]

#: The post after a word saying it was held before: "former", "formerly", "ex-",
#: "previously", with "a" or "an" between.
_FORMER = re.compile(
    r"(?:\bformer(?:ly)?|\bex-|\bpreviously)\s*(?:(?:an?|as an?)\s+)?(?P<post>[^()]+)",
    re.IGNORECASE,
)
#: The post, then words saying it is no longer practised, in a bracket or after a comma or
#: a dash, and what follows (a setting): "Social worker (not practising since 2014), CMHT".
_STOPPED = re.compile(
    r"^(?P<post>[^(),]*?\S)\s*(?:\(|,|\s[-\u2013\u2014])\s*"
    r"(?:not\s+(?:currently\s+)?practi[cs]ing|non-?practi[cs]ing|no\s+longer\s+practi[cs]ing"
    r"|retired)\b[^()]*?(?:\)|$)(?P<rest>.*)$",
    re.IGNORECASE,
)
#: What a person was, not a post they held.
_LIVED = re.compile(
    r"^\s*(?:patients?|clients?|service\s+users?|users?|residents?|inmates?|prisoners?"
    r"|offenders?|addicts?|drug\s+users?|smokers?|soldiers?|service\s+members?|veterans?)\b",
    re.IGNORECASE,
)


def former_post(held: str) -> str | None:
    """Return the post a title says its holder held before, or ``None``.

    Parameters
    ----------
    held : str
        A job title as the person wrote it.

    Returns
    -------
    str or None
        The words after *former*, *formerly*, *ex-* or *previously*, to a closing bracket
        (a comma and what follows kept as the setting); ``None`` when no such word stands
        in the title, or when it says what the person was (a former patient or client).

    Examples
    --------
    >>> former_post("Returning to work (former community mental health nurse)")
    'community mental health nurse'
    >>> former_post("Career break, formerly Staff Nurse, acute psychiatry")
    'Staff Nurse, acute psychiatry'
    >>> former_post("Ex-Support Worker")
    'Support Worker'
    >>> former_post("Peer mentor (former service user)") is None
    True
    >>> former_post("Trainee Clinical Psychologist (withdrawn)") is None
    True
    >>> former_post("Social worker (not practising since 2014), community mental health team")
    'Social worker, community mental health team'
    >>> former_post("Psychiatrist (retired)")
    'Psychiatrist'
    """
    found = _FORMER.search(held)
    if found is None:
        stopped = _STOPPED.match(held.strip())
        if stopped is None:
            return None
        return f"{stopped['post']}{stopped['rest']}".strip(" ,;:-") or None
    post = found["post"].strip(" ,;:-")
    if not post or _LIVED.match(post):
        return None
    return post


def no_longer_practised(held: str) -> bool:
    """Say whether a job title says its holder no longer practises the post it names.

    Examples
    --------
    >>> no_longer_practised("Social worker (not practising since 2014), community team")
    True
    >>> no_longer_practised("Nurse, non-practising")
    True
    >>> no_longer_practised("Retired-teacher liaison") or no_longer_practised("Social worker")
    False
    """
    return _STOPPED.match(held.strip()) is not None
