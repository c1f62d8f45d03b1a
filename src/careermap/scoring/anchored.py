"""A thin profile's roles reached by general skills alone come later in advice order.

When only a few of a person's texts are read, general office posts (intake, HR
coordinator, recruiter, disability services) filled their first five: a role reached
through listening, speaking and coordination, or through transfers alone, scores as well
as the posts that use the person's own practice (review33 P1: 20 of 80 top-five places on
the twenty-fourth set, none accepted). Counting those general skills at half in
utilisation lowered the posts people accept as much as the desks they reject (thirty-third
round), so the score is unchanged here; only advice order reads what a match rests on.

A role is *anchored* when one of its requirements is a skill the person gave that is a
skill of their own practice: not a general competency (``Skill.general``) and not one of
the basic or cross-functional skills or knowledge areas every O*NET occupation rates
(Content Model 2.A, 2.B and 2.C: speaking, active listening, coordination, customer
service, psychology...; the skill's ``codes.onet``). Across the read persona sets, a role
in a thin profile's top five anchored by none was accepted a tenth of the time, an
anchored one over a third (docs/scoring.md, "General skills alone", thirty-fourth round).
For a profile of at most :data:`ANCHOR_THIN` skills, a role anchored by none is ordered
within its advice group at :data:`~careermap.scoring.advice.PREFERRED_UNSHOWN_WEIGHT`
(:func:`loosen`), and its verdict's caution says why (:func:`loose_readiness`). With no
skill of their own practice read, nothing changes.

What counts as their own practice (thirty-fifth round, review35 P5): not a skill only a
reading by meaning below :data:`~careermap.results.experience.GUESS_SIMILARITY` found (a
guess: "individual care plans for residents" as *Treatment planning* at 0.77), and not
one of the :data:`MEDIUM_SKILLS` every desk post is done in (presentation skills, report
writing, office software: "talks at recurrent training" made a pilot peer-support
psychologist's presentation skills her practice, and her wished wellbeing lead came
sixth).

Nor is a role loose that the person's own record names as their work (thirty-sixth round,
review35 P1): the role their job title names (their current job,
:func:`careermap.results.current.is_current`), and, when the title names no role, a role
requiring a licence or registration they hold
(:func:`careermap.results.licensed_roles.own_licence`). A title and a licence say what their
practice is when their texts are read thinly: the Dakar
addiction-centre social worker, whose one read text was "case management", had the
hospital social worker post her state diploma qualifies her for ordered after a US
re-entry post, and the Sudbury youth navigator her own navigator post after a
technician's, each "asking for none of the skills of your own practice".

When it is solid enough to order by (thirty-sixth round, review35 P5): only when one of
its skills was read from a whole text, not only found as a name in part of a longer one
(:func:`careermap.results.experience.partial_skills`: "Supervised genetic counseling
students in clinic" as *Clinical supervision*, "Kept resident files, rent ledgers and
incident reports" as *Quality improvement*). And the caution is said once, at the head of the
list (:func:`head_note`), when most of the posts listed carry it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from typing import TYPE_CHECKING

from careermap.results.verdict import Readiness
from careermap.taxonomy.models import Role, Taxonomy
from careermap.taxonomy.practice import MEDIUM_SKILLS, basic_skill, of_practice

if TYPE_CHECKING:
    from careermap.resolve.profile import Background
    from careermap.results.experience import Shown

__all__ = [
    "ANCHOR_THIN",
    "HEAD_LINES",
    "MEDIUM_SKILLS",
    "basic_skill",
    "head_note",
    "loose_readiness",
    "loosen",
    "named_by_record",
    "practice",
    "unanchored",
]

#: The most skills a profile may have for :func:`unanchored` to read it: the thin
#: profiles of review33 P1 (two to five texts read).
ANCHOR_THIN = 5

#: The fewest lines of a list carrying the caution from which it is said once, at the
#: list's head, and on no line (:func:`head_note`; review35 P5: 91 of 160 top-ten lines
#: carried it, the same sentence on five to ten lines of a list).
HEAD_LINES = 3


def practice(
    skills: Iterable[str], taxonomy: Taxonomy, *, shown: Shown | None = None
) -> frozenset[str]:
    """Return the skills of the person's own practice among *skills*.

    Not a general skill (:func:`basic_skill`), not one of :data:`MEDIUM_SKILLS`, not
    a guess (``shown.guessed``, :func:`careermap.results.experience.guessed_skills`), and
    not knowledge their degree alone counts (``shown.degree``: a degree in public health
    is not a practice of health promotion; thirty-sixth round).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> sorted(practice(["counselling", "speaking", "presentation-skills"], load_taxonomy()))
    ['counselling']
    """
    index = taxonomy.skill_index
    guessed = shown.guessed | shown.degree if shown is not None else frozenset()
    return frozenset(s for s in skills if s in index and of_practice(index[s]) and s not in guessed)


def unanchored(
    skills: Iterable[str],
    taxonomy: Taxonomy,
    *,
    shown: Shown | None = None,
    background: Background | None = None,
) -> frozenset[int]:
    """Return the positions of the roles no skill of the person's own practice reaches.

    Empty for a profile of more than :data:`ANCHOR_THIN` skills, or one with no skill
    of its own practice (:func:`practice`: every skill general, a medium or a guess,
    nothing to tell the roles apart by), or one whose practice was only found as names
    in part of longer texts (``shown.partial``): too stray a reading to order by.
    *shown* gives the guesses and those partial readings. With a *background*, the roles
    its record names as the person's work are never among them (:func:`named_by_record`:
    the job their title names; where it names none, a role asking a licence or
    registration they hold).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> loose = {taxonomy.roles[i].id for i in unanchored(["counselling", "speaking"], taxonomy)}
    >>> "hr-coordinator" in loose, "therapist" in loose
    (True, False)
    >>> unanchored(["speaking", "active-listening"], taxonomy)
    frozenset()
    >>> from careermap.resolve.profile import Background
    >>> licensed = Background(credentials=["LCSW"], country="US")
    >>> social = taxonomy.role_index["hospital-social-worker"]
    >>> loose = unanchored(["case-management"], taxonomy)
    >>> taxonomy.roles.index(social) in loose
    True
    >>> loose = unanchored(["case-management"], taxonomy, background=licensed)
    >>> taxonomy.roles.index(social) in loose
    False
    """
    given = set(skills)
    if len(given) > ANCHOR_THIN:
        return frozenset()
    own = practice(given, taxonomy, shown=shown)
    if not own or (shown is not None and own <= shown.partial):
        return frozenset()
    loose = [
        (i, role)
        for i, role in enumerate(taxonomy.roles)
        if not any(r.skill in own for r in role.requirements)
    ]
    if background is None:
        return frozenset(i for i, _ in loose)
    named = _named(background, taxonomy)
    return frozenset(i for i, role in loose if not named(role))


def named_by_record(role: Role, background: Background, taxonomy: Taxonomy) -> bool:
    """Say whether the person's record names *role* as their work: title or licence.

    Their job title names it (:func:`careermap.results.current.is_current`: their
    current job); or their title names no role of the taxonomy and *role* requires a
    licence or registration they hold (:func:`careermap.results.licensed_roles.own_licence`).
    A title that names a role says what their practice is, and a licence does not
    overrule it: an eating disorder therapist licensed as a clinical social worker
    practises therapy, not hospital social work.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> from careermap.resolve.profile import Background
    >>> taxonomy = load_taxonomy()
    >>> nurse = taxonomy.role_index["psychiatric-nurse"]
    >>> named_by_record(nurse, Background(credentials=["RN (US)"]), taxonomy)
    True
    >>> named_by_record(nurse, Background(current_role="Recovery worker"), taxonomy)
    False
    >>> held = Background(credentials=["RN (US)"], current_role="Nurse educator")
    >>> named_by_record(nurse, held, taxonomy)
    False
    """
    return _named(background, taxonomy)(role)


def _named(background: Background, taxonomy: Taxonomy) -> Callable[[Role], bool]:
    """Return :func:`named_by_record` for *background*, its title read once."""
    # Imported here: only a thin profile with a background reads them (credential readers).
    from careermap.results.current import current_role  # noqa: PLC0415
    from careermap.results.licensed_roles import own_licence  # noqa: PLC0415

    title = (background.current_role or "").strip()
    held = current_role(title, taxonomy) if title else None
    # Their current job as a ranking labels it (results.current.is_current).
    whole = None if held is None else current_role(title, taxonomy, whole=True)
    job = held if background.same_work else whole

    def named(role: Role) -> bool:
        if job is not None and role.id == job.id:
            return True
        return held is None and own_licence(role, background, taxonomy) is not None

    return named


def loosen(key: tuple[int, bool, bool], *, loose: bool) -> tuple[int, bool, bool]:
    """Return an advice key (:func:`~careermap.scoring.advice.advice_key`) for a *loose* role.

    A role no skill of the person's own practice reaches is ordered within its group as
    a post whose postings prefer experience the person does not show: its score counts
    at :data:`~careermap.scoring.advice.PREFERRED_UNSHOWN_WEIGHT`, for the order only
    (:func:`~careermap.scoring.advice.advice_sort_key`; the two do not compound).

    Examples
    --------
    >>> loosen((0, False, False), loose=True), loosen((1, True, False), loose=False)
    ((0, False, True), (1, True, False))
    """
    tier, avoided, unshown = key
    return tier, avoided, unshown or loose


def loose_readiness(
    readiness: Readiness,
    skills: Iterable[str],
    taxonomy: Taxonomy,
    *,
    shown: Shown | None = None,
    leaving: Collection[str] = (),
) -> Readiness:
    """Return *readiness* with a caution that the match rests on general skills alone.

    The caution names the skills of the person's own practice (those
    :func:`unanchored` reads, :func:`practice`) that the role does not ask for, and
    says why the role comes later in advice order than its score would place it: after
    posts that use the person's practice and are as open to them (a post they can take
    comes before one needing a licence they lack, whatever its skills: thirty-eighth
    round, :func:`careermap.scoring.lead.licensed_later`).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> from careermap.results.verdict import Readiness
    >>> ready = Readiness(verdict="ready", summary="Ready now")
    >>> print(loose_readiness(ready, ["counselling", "speaking"], load_taxonomy()))
    ... # doctest: +NORMALIZE_WHITESPACE
    Ready now. It asks for none of the skills of your own practice that were read
    (Counselling): the match rests on general skills, so it comes after posts that use
    your practice, fit nearly as well and are as open to you.
    """
    said = (
        f"It asks for none of the {_own_words(skills, taxonomy, shown, leaving)}: the match "
        "rests on general skills, so it comes after posts that use your practice, fit nearly "
        "as well and are as open to you."
    )
    return readiness.cautioned(said)


def head_note(
    loose: frozenset[int],
    listed: Sequence[int],
    skills: Iterable[str],
    taxonomy: Taxonomy,
    *,
    shown: Shown | None = None,
    leaving: Collection[str] = (),
) -> tuple[str, frozenset[int]]:
    """Return the note for the head of a list, and the roles whose line says the caution.

    Where :data:`HEAD_LINES` or more of the roles *listed* (positions, in order) are
    *loose* (:func:`unanchored`), the caution would be the same sentence on line after
    line: it is said once, at the head of the list, with how many of the posts listed it
    concerns, and on no line (review35 P5). Otherwise no note, and each loose role's line
    says it (:func:`loose_readiness`).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> loose = unanchored(["counselling", "speaking"], taxonomy)
    >>> anchored = [i for i in range(len(taxonomy.roles)) if i not in loose]
    >>> listed = [*anchored[:2], *sorted(loose)[:3]]
    >>> note, lines = head_note(loose, listed, ["counselling", "speaking"], taxonomy)
    >>> print(note)  # doctest: +NORMALIZE_WHITESPACE
    3 of the 5 posts listed ask for none of the skills of your own practice that were read
    (Counselling): their match rests on general skills, so each comes after posts that use
    your practice, fit nearly as well and are as open to you.
    >>> lines
    frozenset()
    >>> head_note(loose, listed[:4], ["counselling", "speaking"], taxonomy)[0]
    ''
    """
    said = sum(i in loose for i in listed)
    if said < HEAD_LINES:
        return "", loose
    posts = f"All {said}" if said == len(listed) else f"{said} of the {len(listed)}"
    note = (
        f"{posts} posts listed ask for none of the "
        f"{_own_words(skills, taxonomy, shown, leaving)}: their match rests on general "
        "skills, so each comes after posts that use your practice, fit nearly as well and are "
        "as open to you."
    )
    return note, frozenset()


def _own_words(
    skills: Iterable[str], taxonomy: Taxonomy, shown: Shown | None, leaving: Collection[str]
) -> str:
    """Name the skills of the person's own practice that were read, for the caution.

    Those of the practice they are *leaving* (skill ids:
    :func:`careermap.scoring.left_practice.left_practice`) are not named as their own
    (review39 P7: *Mental health nursing* for a nurse who excluded both its sectors); when
    every one is, the words say so.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> print(_own_words(["counselling", "first-aid"], taxonomy, None, ()))
    skills of your own practice that were read (Counselling, First aid)
    >>> print(_own_words(["counselling", "first-aid"], taxonomy, None, ["counselling"]))
    skills of your own practice that were read (First aid)
    >>> print(_own_words(["counselling"], taxonomy, None, ["counselling"]))
    ... # doctest: +NORMALIZE_WHITESPACE
    skills that were read, other than general ones and those of the work you are leaving
    (Counselling)
    """
    index = taxonomy.skill_index
    found = practice(set(skills), taxonomy, shown=shown)
    own = sorted(index[s].label for s in found if s not in leaving)
    if own:
        return f"skills of your own practice that were read ({', '.join(own)})"
    left = sorted(index[s].label for s in found)
    return (
        "skills that were read, other than general ones and those of the work you are "
        f"leaving ({', '.join(left)})"
    )
