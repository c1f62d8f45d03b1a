"""Auditing the records of care: "Audit social work case files against the ... Framework".

Auditing case files, records or charts against a standard is a chart audit, *Regulatory
compliance*'s alias ("chart audits", "case file audits"): a principal social worker's
audit of the team's files against the Mental Health Commission's Judgement Support
Framework, a nurse's audit of care records against CQC standards. Whose files they are
("social work case files", "the team's records") and what they were audited against name
no skill of their own; read by its words, the framework's name had been suggested as
*Judgement and decision making* (fortieth round, review40 P5). Not the records of money
("auditing financial records", "audited the payroll files"), which are an accountant's.
"""

from __future__ import annotations

import re

__all__ = ["file_audit"]

_FILE_AUDIT = re.compile(
    r"^(?:co-?)?audit(?:s|ed|ing)?\s+"
    r"(?!.*\b(?:financial|finance|tax|payroll|accounts?|accounting|expenses?|invoices?)\b)"
    r"(?:(?:the|a|our|my|all|[^\W\d_]+'s?|[^\W\d_]+)\s+){0,4}?"
    r"(?:case\s+files|case\s+records|case\s+notes|files|records|charts)"
    r"(?:\s+(?:against|for|in|across|on|within|using)\s+\S.*)?$",
    re.IGNORECASE,
)
_CHART_AUDITS = "chart audits"


def file_audit(text: str) -> tuple[str, ...]:
    """Return the name auditing the records of care reads as, or none.

    Examples
    --------
    >>> file_audit("Audit social work case files against the Judgement Support Framework")
    ('chart audits',)
    >>> file_audit("audited care records across three wards")
    ('chart audits',)
    >>> file_audit("auditing financial records"), file_audit("audit of the payroll files")
    ((), ())
    >>> file_audit("filing records")
    ()
    """
    return (_CHART_AUDITS,) if _FILE_AUDIT.match(text.strip()) else ()
