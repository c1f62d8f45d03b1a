"""Whether the lived experience a person brings is the kind a peer role asks for.

A role that requires lived experience (``Entry.lived_experience``) may name the kinds
that count (``Entry.lived_experience_of``: a recovery coach's posts ask for
substance-use recovery). A person says they have lived experience (``True``) or which
kinds (``Background.lived_experience``). For
:func:`careermap.results.readiness.assess`:

- :func:`lived_need`: nothing said, for a role that requires it, or kinds said of
  which none is one the role's posts ask for: the lived experience is missing, named
  in the kinds the posts ask for, with the person's own kinds in plain words (a
  person in recovery from mental illness is told that recovery coach posts ask for
  substance-use recovery);
- :func:`lived_question`: ``True`` (a kind not said) is met, as before kinds were
  recorded, and the verdict names the kinds the posts ask for and asks which kind the
  person's is.

A role that only values lived experience is not judged: it is not a condition of hire.
"""

from __future__ import annotations

from careermap.resolve.profile import Background
from careermap.taxonomy.lived import LIVED_WORDS, LivedExperience, LivedKind, asked_for
from careermap.taxonomy.models import Entry

__all__ = ["lived_need", "lived_question"]


def lived_need(entry: Entry, background: Background) -> str | None:
    """Return the lived experience *background* lacks for *entry*, in plain words, or None.

    Examples
    --------
    >>> from careermap import lookup_role
    >>> coach = lookup_role("recovery-coach").entry
    >>> print(lived_need(coach, Background(lived_experience=["substance-use"])))
    None
    >>> print(lived_need(coach, Background(lived_experience=True)))
    None
    >>> print(lived_need(coach, Background(lived_experience=["mental-health"])))
    ... # doctest: +NORMALIZE_WHITESPACE
    lived experience of substance-use recovery, shared at work (yours, as you said, is
    of mental illness or mental-health problems)
    """
    if entry.lived_experience is not LivedExperience.REQUIRED:
        return None
    given = background.lived_experience
    wanted = entry.lived_experience_of
    if given is True:  # a kind not said: counted, as before kinds were recorded
        return None
    if not given:  # nothing said, no, or no kinds
        return f"{asked_for(wanted)}, shared at work"
    if not wanted or set(given) & set(wanted):
        return None
    yours = " and ".join(LIVED_WORDS[k] for k in LivedKind if k in given)
    return f"{asked_for(wanted)}, shared at work (yours, as you said, is {yours})"


def lived_question(entry: Entry, background: Background) -> str | None:
    """Ask which kind a person's lived experience is, when *entry*'s posts ask for some.

    Only for a person who said they have lived experience without saying its kind
    (``True``), for a role that requires kinds of it.

    Examples
    --------
    >>> from careermap import lookup_role
    >>> coach = lookup_role("recovery-coach").entry
    >>> print(lived_question(coach, Background(lived_experience=True)))
    the posts ask for lived experience of substance-use recovery; say which kind yours is
    >>> print(lived_question(coach, Background(lived_experience=["substance-use"])))
    None
    """
    if entry.lived_experience is not LivedExperience.REQUIRED or not entry.lived_experience_of:
        return None
    if background.lived_experience is not True:
        return None
    return f"the posts ask for {asked_for(entry.lived_experience_of)}; say which kind yours is"
