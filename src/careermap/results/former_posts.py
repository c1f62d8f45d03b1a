"""The post a returner names in a title that is not a post (forty-first round, read41).

A person back from a career break writes where they stand, with their trade beside it:
"Returning to work (former community mental health nurse)", "Career break - formerly
Staff Nurse". The title names no role as written, so the post they held for years went
unread and its own work was listed as gaps (review41 P5). The post named after *former*,
*formerly*, *ex-* or *previously* is past work: its role's essentials are practised
(:func:`careermap.results.past_work.past_practice`), as a past title's are, but it is not
the job held now, so its verdict (a registration to renew) stands. What stands after it
is read as a setting, as in any title.

A former patient, client, service user or resident is lived experience
(:mod:`careermap.resolve.lived_titles`), never a post.
"""

from __future__ import annotations

import re

__all__ = ["former_post"]

#: The post after a word saying it was held before: "former", "formerly", "ex-",
#: "previously", with "a" or "an" between.
_FORMER = re.compile(
    r"(?:\bformer(?:ly)?|\bex-|\bpreviously)\s*(?:(?:an?|as an?)\s+)?(?P<post>[^()]+)",
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
    """
    found = _FORMER.search(held)
    if found is None:
        return None
    post = found["post"].strip(" ,;:-")
    if not post or _LIVED.match(post):
        return None
    return post
