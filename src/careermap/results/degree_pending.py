"""A degree the person is studying for: not held, but the route to a post that asks for it.

A person writes the degree they are part-way through among their credentials: "MSc
Advanced Practice (Mental Health), in progress", "MSW (expected 2027)", "DClinPsy, year
2", "currently studying for an MA in Counselling". The degree is not held: a post that
asks for it still needs it, as a course in progress holds no post and meets no degree
(:func:`careermap.results.standing.is_pending`; :func:`careermap.results.education.
education_level` reads none in progress). But it is the route the person has named, and
the need says so instead of naming the degree as if they had not started
(thirty-ninth round, review38: the Dundalk suicide crisis nurse, in year two of an MSc in
advanced practice, was told her nurse specialist post "Needs a master's degree").
Employers read it so: Ireland's Department of Health funds candidate advanced nurse
practitioner posts held while the nurse completes the master's ("120 new ANPs", press
release, 21 November 2017; *A Policy on the Development of Graduate to Advanced Nursing
and Midwifery Practice*, 2019, the education pathway), and postings ask for a degree
"or working towards" it.

:func:`studying_for` finds the text, :func:`degree_on_the_way` says the need. A
qualification that leads to a registration is read by its credential's ``programmes``
(:mod:`careermap.results.programmes`) first; this reads the degree's level by its name
only, as the person's own education is read by level and not by subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careermap.results.education import DEGREE_NAMES
from careermap.results.standing import is_lapsed, is_pending
from careermap.taxonomy.models import Education

__all__ = ["degree_on_the_way", "studying_for"]

_LEVELS = list(Education)

#: A subject after a two-letter degree ("MA Counselling", "MS in Counseling").
_SUBJECT = r"(?=\s+(?:in\s+|of\s+)?[A-Z])"

#: Degrees by level, as people write them: the abbreviations of UK, Irish, US, Canadian
#: and Australian degrees and the words for them. The two-letter ones ("MA", "MS", "BA",
#: "BN") only before the subject ("MA Counselling", "MS in Counseling"), since alone they
#: are states' abbreviations ("LMHC (MA)": Massachusetts) and other things' names; "master"
#: only as a degree's ("master's", "Master of", "masters in"), not a "Master Practitioner".
_DEGREES: tuple[tuple[Education, re.Pattern[str]], ...] = (
    (
        Education.DOCTORATE,
        re.compile(
            r"\b(?:Ph\.?\s?D|D\.?Phil|Psy\.?\s?D|DClinPsy|DCounsPsych|Ed\.?\s?D|DNP|DSW"
            r"|doctorate|doctoral)\b",
            re.IGNORECASE,
        ),
    ),
    (
        Education.MASTER,
        re.compile(
            r"\b(?:(?:M\.?Sc|MSW|MSN|M\.?Ed|MPH|MPhil|MRes|MBA|MClinSci)\b"
            rf"|(?:MA|M\.A\.?|MS|M\.S\.?){_SUBJECT}|master(?:'?s\b|s\b|\s+(?:of|in)\b))",
            re.IGNORECASE,
        ),
    ),
    (
        Education.BACHELOR,
        # France's diplôme d'État d'éducateur spécialisé: six semesters, 180 ECTS credits
        # beyond the baccalauréat (Code de l'action sociale et des familles, art. D451-41;
        # forty-first round, review41 P14), a bachelor's level.
        re.compile(
            r"\b(?:(?:B\.?Sc|BSN|BSW|B\.?Ed|bachelor(?:'?s)?|DEES"
            r"|dipl[oô]me\s+d['\u2019](?:É|E)tat\s+d['\u2019](?:é|e)ducat(?:eur|rice)\s+"
            r"sp(?:é|e)cialis(?:é|e)e?)\b"
            # "BS Psychology", the US Bachelor of Science (forty-second round, review42:
            # "60 credits toward BS Psychology (in progress)" named no degree).
            rf"|(?:BA|B\.A\.?|BS|B\.S\.?|BN){_SUBJECT})",
            re.IGNORECASE,
        ),
    ),
    (
        Education.ASSOCIATE,
        # Not a UK foundation degree ("FdSc Nursing Associate"): it is read as the route
        # to its registration, in its regulator's country (careermap.results.programmes).
        re.compile(r"\b(?:associate\s+degree|AAS|ADN)\b", re.IGNORECASE),
    ),
)

#: A year of the course, written without its length ("DClinPsy, year 2", "second year of
#: an MSc"): in progress, as "year 2 of 3" is.
_YEAR = re.compile(
    r"\b(?:year\s+\d|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+year"
    # French: "2e année", "deuxième année" (review41 P14).
    r"|\d(?:e|ème|eme|re|ère)\s+année|(?:première|deuxième|troisième)\s+année"
    # Credits earned toward it ("60 of 120 credits", "60 credits toward a BS"; review42).
    r"|\d+\s+(?:of\s+\d+\s+)?credits\s+(?:toward|towards|of|into)|\d+\s+of\s+\d+\s+credits)\b",
    re.IGNORECASE,
)
#: A course the person did not finish ("withdrawn in year 2", "deferred"), or has only
#: applied to ("Master of Public Health (application pending)"): no route begun.
_UNFINISHED = re.compile(
    r"\b(?:withdr[ae]wn?|discontinued|dropped\s+out|deferred|incomplete|unfinished"
    r"|did\s+not\s+(?:complete|finish)|interrupted|appli(?:cation|ed)|offer(?:ed)?)\b",
    re.IGNORECASE,
)
#: The two- and three-letter abbreviations are matched in capitals only ("MA", "BA",
#: "AAS"), so that "ma" or "ba" in other words' places names nothing.
_CAPITALS = re.compile(r"^(?:MA|M\.A\.?|MS|M\.S\.?|BA|B\.A\.?|BS|B\.S\.?|BN|AAS|ADN|DEES)$")


def _level(text: str) -> Education | None:
    """Return the level of the degree *text* names, the highest where it names two."""
    for level, pattern in _DEGREES:
        for found in pattern.finditer(text):
            word = found.group(0)
            if _CAPITALS.match(word.upper()) and word != word.upper():
                continue  # "ma", "Ba": not the abbreviation
            return level
    return None


def studying_for(credentials: Sequence[str], asked: Education) -> tuple[str, Education] | None:
    """Return the credential text of a degree in progress at *asked*'s level or above.

    The first, in the person's order, that names a degree (by its abbreviation or the
    word for it) and says it is not held yet: in progress, a year of it, currently
    studying, expected in a year (:func:`careermap.results.standing.is_pending`, or a year
    of the course). Not one withdrawn, deferred, lapsed or only applied for, and not one
    below *asked*.

    Examples
    --------
    >>> studying_for(["Registered Psychiatric Nurse (NMBI)",
    ...               "MSc Advanced Practice (Mental Health), in progress"], Education.MASTER)
    ('MSc Advanced Practice (Mental Health), in progress', <Education.MASTER: 'master'>)
    >>> studying_for(["MSW (expected 2027)"], Education.MASTER)[1]
    <Education.MASTER: 'master'>
    >>> studying_for(["DClinPsy, year 2"], Education.MASTER)[1]
    <Education.DOCTORATE: 'doctorate'>
    >>> studying_for(["DEES (diplôme d'État d'éducateur spécialisé), en cours, 2e année"],
    ...              Education.BACHELOR)[1]
    <Education.BACHELOR: 'bachelor'>
    >>> studying_for(["Diplôme d'État d'éducateur spécialisé, deuxième année"],
    ...              Education.BACHELOR)[1]
    <Education.BACHELOR: 'bachelor'>
    >>> studying_for(["60 of 120 credits, BS Psychology"], Education.BACHELOR)[1]
    <Education.BACHELOR: 'bachelor'>

    A degree held, below the post's, or given up is no route:

    >>> print(studying_for(["MSc Advanced Practice (2021)"], Education.MASTER))
    None
    >>> print(studying_for(["BSc Psychology (final year)"], Education.MASTER))
    None
    >>> print(studying_for(["MSc Psychology (withdrawn in year 2)"], Education.MASTER))
    None
    >>> print(studying_for(["CBT training (in progress)"], Education.MASTER))
    None
    >>> print(studying_for(["Master of Public Health (application pending)"], Education.MASTER))
    None
    """
    for text in credentials:
        if is_lapsed(text) or _UNFINISHED.search(text):
            continue
        if not (is_pending(text) or _YEAR.search(text)):
            continue
        level = _level(text)
        if level is not None and _LEVELS.index(level) >= _LEVELS.index(asked):
            return text, level
    return None


def degree_on_the_way(credentials: Sequence[str], asked: Education) -> str | None:
    """Say the post's degree as the degree in progress the person wrote, if they did.

    Examples
    --------
    >>> print(degree_on_the_way(["MSc Advanced Practice (Mental Health), in progress"],
    ...                         Education.MASTER))
    your 'MSc Advanced Practice (Mental Health), in progress' finished (on the way: it gives \
a master's degree)
    >>> print(degree_on_the_way(["Registered Psychiatric Nurse (NMBI)"], Education.MASTER))
    None
    """
    found = studying_for(credentials, asked)
    if found is None:
        return None
    text, level = found
    return f"your {text!r} finished (on the way: it gives {DEGREE_NAMES[level]})"
