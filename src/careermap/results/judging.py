"""Professions that decide for patients: judgement practised, though not helping work.

A pharmacist of ten years on a psychiatric hospital's wards, a psychiatry resident and a
narcologist of twenty years were each told they lack *Judgement and decision making*
(thirty-sixth round, review35 P7: judgement was the gap most often shown in the
benchmark's top tens, 140 times over the read sets). Their titles name no helping
role (:mod:`careermap.results.practice` reads the counsellors, social workers, nurses,
psychologists and therapists), yet O*NET 29.3 (USDOL/ETA, CC BY 4.0) rates the skill's
importance for their occupations above the floor the helping codes are held to
(:data:`careermap.results.practice.SKILL_FLOOR`, 3.5 of 5): *Pharmacists* (29-1051.00)
3.75, *Psychiatrists* (29-1223.00) 4.12, as it rates *Family Medicine Physicians*
(29-1215.00) and *General Internal Medicine Physicians* (29-1216.00) 4.00. A title
naming one of them (:data:`JUDGING`), or the title of other work the person did,
practises judgement; an assistant's, trainee's or student's does not
(:data:`careermap.results.title_kinds.ASSISTING`: a pharmacy assistant). Like the rest of
the practice, it leaves a match's gaps and upskilling's suggestions; no score or verdict
changes. Not read: *Genetic Counselors* (29-9092.00), whom O*NET rates 3.25, and
paramedics, whom it does not rate.
"""

from __future__ import annotations

import re

from careermap.resolve.background import Background
from careermap.results.title_kinds import ASSISTING

__all__ = ["JUDGEMENT", "JUDGING", "judging_practice", "title_judges"]

#: The skill these professions practise.
JUDGEMENT = "judgment-and-decision-making"
#: Words of a title naming a profession that decides for patients, each with its O*NET-SOC
#: code and that code's importance rating for Judgment and Decision Making (Skills.txt).
JUDGING: tuple[tuple[re.Pattern[str], str, float], ...] = (
    (
        re.compile(
            r"\bpharmacist\b|\bpharmacien(?:ne)?\b|\bfarmac[eé]utic[oa]\b|\bapotheker(?:in)?\b"
            r"|\bфармацевт|\bпровизор",  # noqa: RUF001 - Russian words, Cyrillic on purpose
            re.IGNORECASE,
        ),
        "29-1051.00",
        3.75,
    ),
    (
        re.compile(
            r"\bpsychiatrist\b|\bpsychiatre\b|\bpsiquiatra\b|\bpsichiatra\b"
            r"|\bpsychiater(?:in)?\b|\bпсихиатр\b|\bnarcologist\b|\bнарколог\b|\bврач\b"  # noqa: RUF001
            r"|\bpsychiatry\s+resident\b|\bresident\s+(?:in\s+)?psychiatry\b",
            re.IGNORECASE,
        ),
        "29-1223.00",
        4.12,
    ),
)


def title_judges(held: str | None) -> bool:
    """Say whether a job title names a profession of :data:`JUDGING`, not its assistant.

    Examples
    --------
    >>> title_judges("Pharmacist, Federal Neuropsychiatric Hospital")
    True
    >>> title_judges("Врач психиатр-нарколог (narcologist), Republican Centre of Narcology")
    True
    >>> title_judges("Pharmacist assistant"), title_judges("Psychiatric technician")
    (False, False)
    >>> title_judges(None)
    False
    """
    if not held or ASSISTING.search(held):
        return False
    return any(words.search(held) for words, _, _ in JUDGING)


def judging_practice(background: Background | None) -> frozenset[str]:
    """Return judgement for a person whose title, or other work's, names a profession of it.

    Examples
    --------
    >>> judging_practice(Background(current_role="Consultant Psychiatrist"))
    frozenset({'judgment-and-decision-making'})
    >>> judging_practice(Background(current_role="Clinical research coordinator, psychiatry"))
    frozenset()
    >>> judging_practice(Background(experience={"Hospital pharmacist": 6}))
    frozenset({'judgment-and-decision-making'})
    >>> judging_practice(None)
    frozenset()
    """
    if background is None:
        return frozenset()
    titles = (background.current_role, *background.experience)
    return frozenset({JUDGEMENT}) if any(title_judges(t) for t in titles) else frozenset()
