"""What is left of a licence a person says is on its way, said as a task (thirty-fourth round).

Review34 (P6, P11): an El Paso LMSW wrote "LCSW clinical exam booked (supervision hours
complete)" and was told to "complete your 'LCSW clinical exam booked (supervision hours
complete)'": her own words quoted as the task. A credential not held yet
(:func:`careermap.results.standing.is_pending`) is said by what is left of it:

- an exam booked: pass it ("pass the LCSW clinical exam (booked; supervision hours
  complete)"), the exam named by the words before "booked" in its clause, or by the
  credential where they name none ("SHRM-CP (exam booked)": "pass the exam for your
  'SHRM-CP' (booked)");
- a course under way (in progress, a year of it, currently studying, due in a year):
  finish it ("finish your 'CHW training' (in progress)");
- anything else (pending, in assessment, applied for, awaiting approval): the decision on
  it ("the decision on your 'BC College of Social Workers registration' (in assessment)").
"""

from __future__ import annotations

import re

from careermap.results.standing import without_status

__all__ = ["pending_step"]

#: An exam booked, and the words that name it in the same clause ("LCSW clinical exam").
_BOOKED = re.compile(
    r"(?P<exam>[^,;()]*?\b(?:exam|examination|OSCE|test))\s+booked\b", re.IGNORECASE
)
#: An exam named by no more than the word for one.
_BARE = re.compile(r"(?:the\s+)?(?:exam|examination|test)", re.IGNORECASE)
#: A course under way: what is left is to finish it.
_COURSE = re.compile(
    r"\b(?:in\s+progress|under\s+way|underway|year\s+\d\s+of\s+\d|final\s+year|en\s+curso"
    r"|cursando|currently\s+(?:studying|enrolled|completing)|not\s+yet\s+completed?"
    r"|(?:expected|due|completing|to\s+complete|finishing)\s+(?:in\s+)?(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: The standing's own words, for the bracket after the task ("in assessment", "pending").
_STANDING = re.compile(
    r"\b(?:in\s+progress|under\s+way|underway|pending|in\s+assessment"
    r"|under\s+assessment|being\s+assessed|applied\s+for|application\s+(?:in\s+process\w*|\w+)"
    r"|in\s+process\w*"
    r"|awaiting\s+\w+|not\s+yet\s+\w+|year\s+\d\s+of\s+\d|final\s+year|en\s+curso|cursando"
    r"|currently\s+\w+|(?:expected|due|completing|to\s+complete|finishing)\s+(?:in\s+)?\d{4}"
    r"|beantragt|ausst(?:ä|ae)ndig|ausstehend|in\s+Bearbeitung)\b",
    re.IGNORECASE,
)
#: A word left dangling once the standing is read off ("Licensed psychologist, licence").
_DANGLING = re.compile(
    r"\s*,\s*(?:licen[cs]e|registration|application)\s*$|\s*\(\s*application\s*\)",
    re.IGNORECASE,
)


def _clauses(text: str) -> list[str]:
    """Split *text* at its commas, semicolons and brackets, without empty parts."""
    return [part.strip() for part in re.split(r"[,;()]", text) if part.strip()]


def pending_step(text: str) -> str:
    """Say what is left of a credential *text* the person says is not held yet.

    Parameters
    ----------
    text
        The credential as the person wrote it, with its standing ("exam booked",
        "in assessment", "in progress").

    Returns
    -------
    str
        The task, with the person's own words of its standing in brackets.

    Examples
    --------
    >>> pending_step("LCSW clinical exam booked (supervision hours complete)")
    'pass the LCSW clinical exam (booked; supervision hours complete)'
    >>> pending_step("NMC CBT passed, OSCE booked")
    'pass the OSCE (booked; NMC CBT passed)'
    >>> pending_step("SHRM-CP (exam booked)")
    "pass the exam for your 'SHRM-CP' (booked)"
    >>> pending_step("CPC (AAPC), exam booked")
    "pass the exam for your 'CPC (AAPC)' (booked)"
    >>> pending_step("CHW training (in progress)")
    "finish your 'CHW training' (in progress)"
    >>> pending_step("Licensed psychologist, licence pending")
    "the decision on your 'Licensed psychologist' (pending)"
    >>> pending_step("Licensed psychologist (Oregon), application submitted")
    "the decision on your 'Licensed psychologist (Oregon)' (application submitted)"
    """
    booked = _BOOKED.search(text)
    if booked is not None:
        exam = booked.group("exam").strip()
        rest = _clauses(text[: booked.start()] + "," + text[booked.end() :])
        if _BARE.fullmatch(exam):
            named = without_status(text) or text
            return f"pass the exam for your {named!r} (booked)"
        exam = exam[4:] if exam.lower().startswith("the ") else exam
        return f"pass the {exam} (" + "; ".join(["booked", *rest]) + ")"
    name = _DANGLING.sub("", without_status(text)).strip(" ,;:") or text
    standing = "; ".join(m.group(0).strip() for m in _STANDING.finditer(text)) or "not yet held"
    if _COURSE.search(text):
        return f"finish your {name!r} ({standing})"
    return f"the decision on your {name!r} ({standing})"
