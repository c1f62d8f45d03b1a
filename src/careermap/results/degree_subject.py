"""Degree subject: a post that asks for a degree in a subject, and a person's field.

Most posts ask for a level of education, whatever its subject. A few ask for the
subject too (``Entry.degree_in``): an assistant psychologist's post asks for a
psychology degree (the BPS's Graduate Basis for Chartered Membership), a psychology
lecturer's for a doctorate in psychology. :func:`subject_need` names it ("a degree in
psychology") for a person whose degree meets the level but whose subject
(``Background.field``) is another: a psychiatrist's medical doctorate is no doctorate in
psychology (forty-third round, review43 P2: a psychology lecturer's post was "Ready now"
for a psychiatrist who wrote ``--field medicine``).

What the person did not say is not held against them: without a field, or an
education, nothing is checked. A field meets a subject where it holds the subject's
words, each whole, in order, once both are normalised
(:func:`careermap.base.text.normalize`): "Counselling Psychology" and "BSc (Hons)
Psychology" hold "psychology"; "psychiatry", "medicine" and "psychotherapy" do not. A
credential the post lists, held (the GBC itself, which a conversion course gives a
graduate of another subject), meets it too, and so does a degree in the subject the person
lists among their credentials ("MSc Psychology (conversion, BPS-accredited)"), the field
being their first degree's; one in progress too, as the GBC is named beside the verdict
and postings take a final-year student (thirty-first set: an English literature graduate
in the second year of a psychology conversion MSc, whose judge accepts the post). A
degree below the post's level is the degree need's
(:mod:`careermap.results.degree_route`), not this one's.
"""

from __future__ import annotations

from collections.abc import Mapping

from careermap.base.text import normalize
from careermap.resolve.profile import Background
from careermap.results.credentials import holds
from careermap.results.education import education_level
from careermap.results.licences import names_degree
from careermap.taxonomy.models import Education, Entry

__all__ = ["in_subject", "subject_need"]

_LEVELS = list(Education)


def in_subject(field: str, subjects: tuple[str, ...]) -> bool:
    """Return whether *field* holds the words of one of *subjects*, whole and in order.

    Examples
    --------
    >>> in_subject("Counselling Psychology", ("psychology",))
    True
    >>> in_subject("Medicine", ("psychology",)), in_subject("Psychiatry", ("psychology",))
    (False, False)
    >>> in_subject("BSc Psychological Science", ("psychology", "psychological science"))
    True
    """
    words = f" {normalize(field)} "
    return any(f" {normalize(subject)} " in words for subject in subjects)


def subject_need(
    entry: Entry, background: Background, ambiguous: Mapping[str, tuple[str, ...]]
) -> str | None:
    """Return the degree subject *entry* asks that *background*'s degree is not, or ``None``.

    ``None`` where the post names no subject, the person gave no field or no
    education, their education is below the post's (the degree need says that), their
    field or a degree among their credentials holds a subject's words, or they hold a
    credential the post lists.

    Examples
    --------
    >>> from careermap import lookup_role
    >>> lecturer = lookup_role("psychology-lecturer").entry
    >>> doctor = Background(education="doctorate", field="Medicine")
    >>> subject_need(lecturer, doctor, {})
    'a degree in psychology or counselling'
    >>> print(subject_need(lecturer, Background(education="doctorate", field="Psychology"), {}))
    None
    >>> print(subject_need(lecturer, Background(education="doctorate"), {}))
    None
    """
    if not entry.degree_in or background.field is None:
        return None
    level = education_level(background)
    if level is None or _LEVELS.index(level) < _LEVELS.index(entry.education):
        return None
    if in_subject(background.field, entry.degree_in):
        return None
    if any(holds(background.credentials, c, ambiguous=ambiguous) for c in entry.written):
        return None
    subjects = entry.degree_in
    if any(names_degree(text) and in_subject(text, subjects) for text in background.credentials):
        return None
    *others, last = entry.degree_in
    return f"a degree in {' or '.join([', '.join(others), last] if others else [last])}"
