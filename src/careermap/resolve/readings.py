"""The readings of a text the names do not match whole: in part, instead, in plain words, last.

:func:`~careermap.resolve.resolver.match_text` tries them in turn for a text that is no
skill's label, alias or id and no close fuzzy match (steps 4 and 6 of
:mod:`careermap.resolve.resolver`): :func:`in_part` reads it without its notes, as a
phrase naming a skill in part, or as what it stands for (a spelled-out name, the name
before a note, a bracket naming a skill); :func:`read_in_plain_words` reads it with its
shorthand spelled out; :func:`last_reading` reads a list from the parts that name
skills, or teaching work. Each reading of other words is read as any text is, by
:func:`~careermap.resolve.resolver.match_text`, and is the text's own match when it names
a skill. The stages they use (:mod:`careermap.resolve.part_match`,
:mod:`careermap.resolve.notes`, :mod:`careermap.resolve.brackets`,
:mod:`careermap.resolve.languages`) are imported when first needed.
"""

from __future__ import annotations

from collections.abc import Callable

from careermap.resolve.names import SkillCandidate, name_index
from careermap.resolve.resolver import match_text
from careermap.resolve.skill_match import SkillMatch, unmatched
from careermap.taxonomy.models import Taxonomy

__all__ = [
    "in_part",
    "last_reading",
    "read_again",
    "read_duties",
    "read_in_plain_words",
    "unsure_duty",
    "with_duty",
]


def in_part(
    text: str,
    part: Callable[[str], SkillMatch],
    candidates: list[SkillCandidate],
    taxonomy: Taxonomy,
    min_similarity: float,
    *,
    limit: int,
    semantic: bool | None,
    last: bool,
) -> SkillMatch | None:
    """Return *text* as misreads say, without notes, in part or instead, or ``None``.

    ``None`` when no reading applies (the semantic layer is next).
    """
    # Its word patterns cost a fresh process ~8 ms; a profile of ids or exact names
    # never gets here (issue 12's warm-load row).
    from careermap.resolve.companions import own_work  # noqa: PLC0415 - see above
    from careermap.resolve.how_often import without_frequency  # noqa: PLC0415 - see above
    from careermap.resolve.lived_past import lived_present  # noqa: PLC0415 - see above
    from careermap.resolve.misreads import misread  # noqa: PLC0415 - see above
    from careermap.resolve.part_match import phrase_match  # noqa: PLC0415
    from careermap.resolve.writer_role import bracket_work  # noqa: PLC0415

    found = misread(text, part, taxonomy, min_similarity, limit=limit, semantic=semantic)
    if found is None:  # "weekly reports to the judge": how often says when, never what
        often = without_frequency(text)
        found = _read_as(text, often, taxonomy, min_similarity, limit=limit, semantic=False)
        # By a name as written only: "DATIM reports" is near "Datix reports" by its letters.
        found = found if found is None or found.similarity >= _NAMED else None
    if found is None:  # "drew on my own recovery ...": as "drawing on my own recovery ..."
        lived = lived_present(text)
        found = _read_as(text, lived, taxonomy, min_similarity, limit=limit, semantic=semantic)
    if found is None:  # "Mental Health Tribunals (interpreting)": the writer's part in it
        work = bracket_work(text)
        found = _read_as(text, work, taxonomy, min_similarity, limit=limit, semantic=semantic)
    if found is None:  # "home visits with the nurse", "audit of ...": the writer's own work
        found = own_work(text, taxonomy, min_similarity, limit=limit, semantic=semantic)
    if found is None:  # "L&D screening in custody", "seclusion & restraint returns"
        found = _without_notes(text, taxonomy, min_similarity, limit=limit, semantic=semantic)
    if found is None:  # "home visits to ...", "follow-up of discharged patients"
        found = _floor_work(text, taxonomy, min_similarity, limit=limit)
    if found is None:
        found = phrase_match(text, part, candidates, limit=limit, index=name_index(taxonomy))
    if found is None:  # "showing new orderlies the ropes", "... under the Mental Health Measure"
        found = _in_other_words(text, taxonomy, min_similarity, limit=limit, semantic=semantic)
    if found is None:  # a spelled-out name, the name before a note or its bracket, read whole
        found = _read_instead(
            text, part, taxonomy, min_similarity, limit=limit, semantic=semantic, last=last
        )
    return found


#: The similarity of a reading by a name as written, whole or in part (not near it).
_NAMED = 100.0


def _floor_work(
    text: str, taxonomy: Taxonomy, min_similarity: float, *, limit: int
) -> SkillMatch | None:
    """Return *text*, work in the words of the floor, read as its plain words, or ``None``.

    Home visits, follow-up after discharge, admissions and discharges, leading a named
    team (:mod:`careermap.resolve.floor_work`), each plain name read by a name as
    written (a team's words near a name, "community mental health" by its letters near
    *Health communication*, name nothing); a home visit alone is a setting, read as
    nothing (by meaning, not *Parent engagement*).
    """
    from careermap.resolve.cv_duties import read_each  # noqa: PLC0415 - as in in_part
    from careermap.resolve.floor_work import floor_work  # noqa: PLC0415

    plain = floor_work(text)
    if plain is None:
        return None
    if not plain:
        return unmatched(text, [], limit)

    def as_written(words: str) -> SkillMatch:
        found = match_text(words, taxonomy, min_similarity=min_similarity, semantic=False)
        return found if found.similarity >= _NAMED else unmatched(words, [], limit)

    return read_each(text, plain, as_written, limit=limit)


def _in_other_words(
    text: str, taxonomy: Taxonomy, min_similarity: float, *, limit: int, semantic: bool | None
) -> SkillMatch | None:
    """Return *text* read as the plain words it stands for, or ``None``.

    New colleagues brought on ("showing new orderlies the ropes":
    :mod:`careermap.resolve.new_staff`), each plain duty read by name; work done under a
    named law ("care coordination under the Mental Health Measure":
    :mod:`careermap.resolve.under_law`), help given with something ("helping with WINZ
    and housing forms": :mod:`careermap.resolve.help_with`) or an assessment with its
    instruments ("autism assessments with ADOS-2": :mod:`careermap.resolve.used_instruments`)
    or assessments completed ("Completed CIWA and COWS withdrawal assessments":
    :mod:`careermap.resolve.completed`), the work read as any text is.
    """
    from careermap.resolve.completed import completed_work  # noqa: PLC0415 - as in in_part
    from careermap.resolve.cv_duties import read_each  # noqa: PLC0415
    from careermap.resolve.help_with import helped_with  # noqa: PLC0415
    from careermap.resolve.new_staff import as_bringing_on  # noqa: PLC0415
    from careermap.resolve.under_law import without_law  # noqa: PLC0415
    from careermap.resolve.used_instruments import with_instruments  # noqa: PLC0415

    plain = as_bringing_on(text)
    if plain is not None:

        def by_name(words: str) -> SkillMatch:
            return match_text(words, taxonomy, min_similarity=min_similarity, semantic=False)

        return read_each(text, plain, by_name, limit=limit)
    work = (
        without_law(text.strip())
        or helped_with(text)
        or with_instruments(text)
        or completed_work(text)
    )
    return _read_as(text, work, taxonomy, min_similarity, limit=limit, semantic=semantic)


def read_duties(
    text: str, taxonomy: Taxonomy, min_similarity: float, *, limit: int, semantic: bool | None
) -> SkillMatch | None:
    """Return the CV line *text* read duty by duty, or ``None``.

    Each duty (:mod:`careermap.resolve.cv_duties`) is read as any text is, by name, in
    part and by meaning.
    """
    from careermap.resolve.cv_duties import duties, read_each  # noqa: PLC0415 - as in in_part

    pieces = duties(text)
    if pieces is None:
        return None

    def whole(words: str) -> SkillMatch:
        return match_text(
            words, taxonomy, min_similarity=min_similarity, limit=limit, semantic=semantic
        )

    return read_each(text, pieces, whole, limit=limit)


def read_again(
    text: str,
    taxonomy: Taxonomy,
    min_similarity: float,
    part: Callable[[str], SkillMatch],
    candidates: tuple[list[SkillCandidate], list[SkillCandidate]],
    *,
    limit: int,
    semantic: bool | None,
    last: bool,
    whole: bool,
) -> tuple[SkillMatch | None, SkillMatch | None]:
    """Return *text* read after the semantic layer, and a CV line's duty only suggested.

    In plain words, else as a practice beside whom or what, else duty by duty
    (:func:`read_duties`), else, when *whole* (no reading in part was held), as teaching
    work or a practice's object. *candidates*: the names near the whole text, and the
    suggestions so far. The second item is the CV line read duty by duty when
    :func:`unsure_duty` says it is only to be suggested (the first is then another
    reading or ``None``).
    """
    near, others = candidates
    again = read_in_plain_words(
        text, taxonomy, min_similarity, limit=limit, semantic=semantic, last=last
    ) or last_reading(text, part, near, limit, work=False, partly=taxonomy, practice=last)
    duty = (
        None
        if again
        else read_duties(text, taxonomy, min_similarity, limit=limit, semantic=semantic)
    )
    # A later duty alone, read by meaning, is only suggested ("... and wrote them up").
    again, duty = (None, duty) if unsure_duty(text, duty) else (again or duty, None)
    if again is None and whole:
        again = last_reading(text, part, others, limit, work=last, objects=taxonomy)
    return again, duty


def with_duty(
    found: SkillMatch | None, others: list[SkillCandidate], duty: SkillMatch | None
) -> tuple[SkillMatch | None, list[SkillCandidate]]:
    """Return *found* and the suggestions *others*, *duty*'s skill among them second.

    *duty*: a CV line read duty by duty that :func:`unsure_duty` only suggests. The whole
    line's nearest skill stays first ("... and wrote the justification": *Utilisation
    review* first, *Writing* second), since on the spent sets it was right more often than
    the later duty's (docs/semantic.md, "Forty-third round"); *found*, when it names no
    skill, gives way to the suggestions that now hold the duty's.
    """
    if duty is None or duty.skill_id is None or (found is not None and found.skill_id):
        return found, others
    rest = [other for other in others if other.skill_id != duty.skill_id]
    named = SkillCandidate(
        skill_id=duty.skill_id,
        label=duty.label or "",
        matched_name=duty.matched_name or duty.label or "",
        similarity=duty.similarity,
    )
    return None, [*rest[:1], named, *rest[1:]]


def unsure_duty(text: str, found: SkillMatch | None) -> bool:
    """Say whether *found*, the CV line *text* read duty by duty, is only to be suggested.

    So it is when the one skill named is a later duty's, read by meaning, the line's first
    duty unread: "took full psychosocial histories ... and wrote them up for the team" is
    not *Writing* (docs/semantic.md, "Forty-third round": on the spent sets such readings
    were right 2 times in 24).
    """
    from careermap.resolve.cv_duties import duties  # noqa: PLC0415 - as in in_part

    pieces = duties(text) if found is not None and found.method == "semantic" else None
    return pieces is not None and found is not None and found.part not in (None, pieces[0])


def _without_notes(
    text: str, taxonomy: Taxonomy, min_similarity: float, *, limit: int, semantic: bool | None
) -> SkillMatch | None:
    """Return *text* read without its notes, or ``None`` when it has none or names nothing then.

    A note (:mod:`careermap.resolve.notes`: with whom, about what, how, how much or how
    well) names no practice, so what is left is read as the text the person wrote, by
    name, in part and by meaning: "counselling students (anxiety, exam stress, family
    issues)" as "counselling students", "988 calls, chats & texts" as "988 calls". A text
    naming languages keeps its levels (:mod:`careermap.resolve.languages`).
    """
    from careermap.resolve.languages import names_languages  # noqa: PLC0415 - as in in_part
    from careermap.resolve.notes import without_notes  # noqa: PLC0415

    bare = None if names_languages(text) else without_notes(text.strip())
    return _read_as(text, bare, taxonomy, min_similarity, limit=limit, semantic=semantic)


def _read_instead(
    text: str,
    part: Callable[[str], SkillMatch],
    taxonomy: Taxonomy,
    min_similarity: float,
    *,
    limit: int,
    semantic: bool | None,
    last: bool,
) -> SkillMatch | None:
    """Return *text* read as its spelled-out side, the name before a note or its bracket.

    The spelled-out side of a name and its initials ("PPOs (personal protection
    orders)": :func:`~careermap.resolve.brackets.spelled_out`) is read as any text is,
    by name, in part and by meaning (*Victim support*, by meaning); the name before a
    note (:func:`~careermap.resolve.part_match.note_head`: "research (MD thesis, 12
    papers)") by name and in part only, since the note may say what the name alone does
    not; the bracket that alone names a skill, by its label or alias
    (:func:`~careermap.resolve.part_match.bracket_named`), by name. Before the name and
    its note, a bracket translating a text in another language
    (:func:`~careermap.resolve.glosses.gloss`: "психодрама групи (psychodrama groups)") is
    read as any text is, a list by name and in part only. The match is *text*'s when it
    names a skill; ``None`` otherwise.
    """
    from careermap.resolve.brackets import spelled_out  # noqa: PLC0415 - as in in_part
    from careermap.resolve.part_match import bracket_named, note_head  # noqa: PLC0415

    instead = spelled_out(text.strip())
    by_meaning = semantic
    if instead is None:  # "психодрама групи (psychodrama groups)": a translation, read whole
        from careermap.resolve.glosses import gloss, listed  # noqa: PLC0415 - as above

        translation = gloss(text, taxonomy, part)
        found = _read_as(
            text,
            translation,
            taxonomy,
            min_similarity,
            limit=limit,
            semantic=False if listed(translation) else semantic,
            last=last,
        )
        if found is not None:
            return found
        instead, by_meaning = note_head(text.strip(), part), False
    if instead is None:  # "secondment to ... (programme evaluation)"
        instead = bracket_named(text.strip(), part)
    return _read_as(
        text, instead, taxonomy, min_similarity, limit=limit, semantic=by_meaning, last=last
    )


def read_in_plain_words(
    text: str,
    taxonomy: Taxonomy,
    min_similarity: float,
    *,
    limit: int,
    semantic: bool | None,
    last: bool,
) -> SkillMatch | None:
    """Return *text*, which reads nothing, read in plain words, or ``None``.

    Shorthand spelled out and a leading tenure or count taken off
    (:func:`~careermap.resolve.notes.in_plain_words`: "30 yrs adult outpatient
    counseling", "CBT for anxiety w/ 16-25 yo") leave the words a person would have
    written in full, read as any text is, by name, in part and by meaning; else talks
    with their topic first are read as "talks on" it
    (:func:`~careermap.resolve.floor_work.topic_talks`: "stress talks for hospital staff").
    """
    from careermap.resolve.floor_work import topic_talks  # noqa: PLC0415 - as in in_part
    from careermap.resolve.notes import in_plain_words  # noqa: PLC0415

    # Talks with their topic first, as "talks on" it: only when nothing read it before.
    plain = in_plain_words(text.strip()) or topic_talks(text)
    return _read_as(
        text, plain, taxonomy, min_similarity, limit=limit, semantic=semantic, last=last
    )


def _read_as(
    text: str,
    instead: str | None,
    taxonomy: Taxonomy,
    min_similarity: float,
    *,
    limit: int,
    semantic: bool | None,
    last: bool = True,
) -> SkillMatch | None:
    """Return *text* read as the words *instead* it stands for, or ``None``.

    The shared last step of :func:`_without_notes`, :func:`_read_instead` and
    :func:`read_in_plain_words`: *instead* (``None`` when no such reading applies) is read as
    any text is, and the match is *text*'s when it names a skill
    (:func:`~careermap.resolve.part_match.as_whole`).
    """
    from careermap.resolve.part_match import as_whole  # noqa: PLC0415 - as in in_part

    if instead is None:
        return None
    found = match_text(
        instead, taxonomy, min_similarity=min_similarity, limit=limit, semantic=semantic, last=last
    )
    return as_whole(text, found)


def last_reading(
    text: str,
    part: Callable[[str], SkillMatch],
    others: list[SkillCandidate],
    limit: int,
    *,
    work: bool,
    partly: Taxonomy | None = None,
    practice: bool = True,
    objects: Taxonomy | None = None,
) -> SkillMatch | None:
    """Return what *text* is read as when nothing else read it, or ``None``.

    With a taxonomy *partly*, a list read from its parts naming a skill, the rest unread
    (:func:`~careermap.resolve.part_match.partly_read`), else a practice named first or
    last beside words saying whom, what or which
    (:func:`~careermap.resolve.practice_words.practice_named`) unless *practice* is
    false (a caller running a semantic search of its own, as *last* says in
    :func:`~careermap.resolve.resolver.match_text`). Teaching work is matched when
    *work* is true ("teaching the Level 4 Diploma": *Instructing*); else the skill one
    part of an unread list names is suggested first ("SPSS and case managers"), or, with
    a taxonomy *objects*, the skill a doing word's object names ("assessed swallowing and
    communication": :mod:`~careermap.resolve.verb_objects`). *others* are the
    suggestions so far, the semantic layer's first.
    """
    from careermap.resolve.part_match import listed_skills, partly_read, work_match  # noqa: PLC0415
    from careermap.resolve.verb_objects import object_skills, verb_objects  # noqa: PLC0415

    if partly is not None:
        found = partly_read(text, part, others, name_index(partly), limit=limit)
        if found is not None and verb_objects(text, found.unread):  # what was assessed
            found = None
        if found is not None or not practice:
            return found
        return _practice_named(text, part, others, partly, limit=limit)
    taught = work_match(text, part, others, limit=limit) if work else None
    if taught is not None:
        return taught
    named = listed_skills(text, part)
    if not named and objects is not None:  # "assessed swallowing and communication"
        read = partly_read(text, part, others, name_index(objects), limit=limit)
        named = object_skills(text, read)
    # A skill the semantic layer already suggests keeps its place and cosine.
    by_meaning = {c.skill_id for c in others[:limit] if c.cosine is not None}
    first = [c for c in named if c.skill_id not in by_meaning]
    if not first:
        return None
    seen = {c.skill_id for c in first}
    return unmatched(text, [*first, *(c for c in others if c.skill_id not in seen)], limit)


def _practice_named(
    text: str,
    part: Callable[[str], SkillMatch],
    others: list[SkillCandidate],
    taxonomy: Taxonomy,
    *,
    limit: int,
) -> SkillMatch | None:
    """Return *text* read as a practice beside whom, what or which, or ``None`` (lexically)."""
    from careermap.resolve.practice_words import practice_named  # noqa: PLC0415 - as in in_part

    def read(words: str) -> SkillMatch:
        return match_text(words, taxonomy, limit=limit, semantic=False, last=False)

    return practice_named(text, part, read, others, limit=limit)
