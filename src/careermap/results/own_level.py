"""A post of the person's own kind of work, at its level, is not called a step down.

A post asking less education than the person holds is a step down "Below your bachelor's
degree" (:func:`careermap.results.rungs.level`), and one for a person of many years is
marked "(an entry-level post)", with what it may pay
(:func:`careermap.results.rungs.starter_pay`). Both inform where the post is below the
work the person has done; both only discourage where it is their own kind of work at its
own level. The Nouméa éducatrice spécialisée of eleven years, asking for her same work by
day, read "Below your bachelor's degree: an entry-level role asking for a secondary school
diploma" on the floating support post that is that work, and "Ready now (an entry-level
post)" on her case manager post; the Saint John court liaison, twelve years a community
case manager before, read "Below your bachelor's degree" on the housing support post she
asked for (thirty-ninth round, review39 P13).

From what the person gave (:func:`own_level`):

- their job title, or the title of work they list in ``Background.experience``, names a
  role of the post's seniority, asking no licence, that shares a skill of its practice
  with the post (an essential requirement of both, not a general or basic skill as
  :func:`careermap.taxonomy.practice.basic_skill` reads it): years as a community case
  manager are years at a housing support post's rung, in its kind of work, whatever the
  degree (an occupational therapist's, a licensed profession, are not at a job coach's,
  though the catalogue files both as entry-level). The verdict then says what the post
  asks, that it is less than their degree, and that it is at the level of their work as
  that title; no "(an entry-level post)".
- or their job title names a role whose entry asks more education than they hold (a
  bachelor's social worker in Oman, titled as the catalogue's clinical social worker, who
  asks a master's and a licence): the title names their trade, not their rung. A post
  asking the education they hold that shares a skill of that role's practice is their
  kind of work at their level: no "(an entry-level post)" on the Muscat hospital social
  worker's case manager post after eight years (fortieth round, review40 P12).
- or they ask for the work of a job title that names no role (``same_work``): careermap
  cannot tell which post that work is. A step down by education says what the post asks,
  that it is less than their degree, and that if it is the work they do now it is no step
  down; "(an entry-level post)" is left off a post asking the education they hold and a
  skill of their own practice that was read (as :func:`careermap.scoring.anchored.practice`
  reads it): a case manager's post for an éducatrice with a bachelor's, not a youth
  advocate's for a psychologist with a master's.

Words only: the verdict (``step-down``, ``ready``), and so the order, are unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from careermap.resolve.background import Background
from careermap.results.education import education_level
from careermap.results.verdict import Readiness
from careermap.results.work_kind import essential_skills
from careermap.taxonomy.fields import Education
from careermap.taxonomy.models import CredentialKind, Role, Taxonomy
from careermap.taxonomy.practice import of_practice

if TYPE_CHECKING:
    from careermap.results.experience import Shown

__all__ = ["own_level", "own_level_words"]

_BELOW = "Below your "
_ENTRY_TAG = " (an entry-level post)"
_PAY = "An entry-level post may pay"
_ORDER = list(Education)


def own_level(role: Role, background: Background, taxonomy: Taxonomy) -> str | None:
    """Return how the person's record puts *role* in their own kind of work, or ``None``.

    The title of theirs that names a role of *role*'s seniority sharing a skill of its
    practice with it (their job title first, then their other work), or their job title
    when the role it names asks more education than they hold and *role* asks what they
    hold, sharing a skill of that role's practice; ``""`` when they ask
    for the work of a job title naming no role (``same_work``): which post that is, is not
    known (:func:`own_level_words` says what each case allows); ``None`` otherwise.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> housing = taxonomy.role_index["housing-support-worker"]
    >>> past = Background(current_role="Court liaison", experience={"Case manager": 12})
    >>> own_level(housing, past, taxonomy)
    'Case manager'
    >>> aide = taxonomy.role_index["teaching-assistant"]
    >>> print(own_level(aide, past, taxonomy))
    None
    >>> own_level(housing, Background(current_role="Éducatrice", same_work=True), taxonomy)
    ''
    >>> print(own_level(housing, Background(current_role="Court liaison"), taxonomy))
    None
    >>> social = Background(current_role="Social worker, hospital", education="bachelor")
    >>> case = taxonomy.role_index["mental-health-case-manager"]
    >>> own_level(case, social, taxonomy)
    'Social worker, hospital'
    """
    from careermap.results.current import current_role  # noqa: PLC0415 - a record read

    if role.entry is None:
        return None
    title = (background.current_role or "").strip()
    held = current_role(title, taxonomy) if title else None
    titles = ([title] if held is not None else []) + list(background.experience)
    for written in titles:
        job = held if written == title else current_role(written, taxonomy)
        if job is not None and _same_kind(job, role, taxonomy) and not _licensed(job, background):
            return written
    if held is not None and _rung_of_degree(held, role, background, taxonomy):
        return title
    if background.same_work and title and held is None:
        return ""
    return None


def _same_kind(job: Role, role: Role, taxonomy: Taxonomy) -> bool:
    """Say whether *job* is at *role*'s seniority and shares a skill of its practice."""
    if job.entry is None or role.entry is None or job.entry.seniority is not role.entry.seniority:
        return False
    shared = essential_skills(job) & essential_skills(role)
    return any(_of_practice(s, taxonomy) for s in shared)


def _rung_of_degree(job: Role, role: Role, background: Background, taxonomy: Taxonomy) -> bool:
    """Say whether *role* is the rung of *job*'s trade that the person's degree gives.

    Their title names *job*, whose entry asks more education than they hold: the title
    names their trade, not their rung (a social worker with a bachelor's in Oman, titled
    as the catalogue's clinical social worker, who asks a master's and a licence). A post
    asking the education they hold and sharing an essential skill of *job*'s practice is
    their kind of work at their level (review40 P12: the Muscat hospital social worker's
    case manager post, "(an entry-level post)" after eight years).
    """
    held = education_level(background)
    if job.entry is None or held is None or not _own_degree(role, background):
        return False
    if _ORDER.index(held) >= _ORDER.index(job.entry.asked_elsewhere):
        return False
    shared = essential_skills(job) & essential_skills(role)
    return any(_of_practice(s, taxonomy) for s in shared)


def _licensed(job: Role, background: Background) -> bool:
    """Say whether *job* asks a licence or registration where the person works.

    A licensed profession's years are not at the level of an unlicensed post of the same
    seniority (an occupational therapist's and a job coach's post are both entry-level).
    """
    if job.entry is None:
        return False
    written = job.entry.for_country(background.works_in).written
    return any(c.kind in {CredentialKind.LICENCE, CredentialKind.REGISTRATION} for c in written)


def _of_practice(skill: str, taxonomy: Taxonomy) -> bool:
    """Say whether the skill with id *skill* is of a practice (:func:`of_practice`)."""
    found = taxonomy.skill_index.get(skill)
    return found is not None and of_practice(found)


def own_level_words(
    found: Readiness,
    role: str | None,
    background: Background,
    taxonomy: Taxonomy | None,
    shown: Shown | None = None,
) -> Readiness:
    """Return *found* said without calling a post of the person's own kind of work below them.

    *role* is the post's id. A step down by education ("Below your bachelor's degree: an
    entry-level role asking for a secondary school diploma") becomes what the post asks
    and that it is less than their degree; "(an entry-level post)" and its note on pay
    are left off. Unchanged where :func:`own_level` finds nothing, or without a *role*
    and *taxonomy*.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> below = Readiness(verdict="step-down", summary="Below your bachelor's degree: an "
    ...                   "entry-level role asking for a secondary school diploma")
    >>> past = Background(current_role="Court liaison", experience={"Case manager": 12})
    >>> print(own_level_words(below, "housing-support-worker", past, taxonomy).summary)
    ... # doctest: +NORMALIZE_WHITESPACE
    Open to you: an entry-level role asking for a secondary school diploma, less than your
    bachelor's degree, at the level of your work as Case manager
    >>> print(own_level_words(below, "teaching-assistant", past, taxonomy).summary[:16])
    Below your bache
    """
    below = found.verdict == "step-down" and found.summary.startswith(_BELOW)
    tagged = found.summary.endswith(_ENTRY_TAG)
    if taxonomy is None or role is None or role not in taxonomy.role_index:
        return found
    if not (below or tagged):
        return found
    post = taxonomy.role_index[role]
    title = own_level(post, background, taxonomy)
    if title is None:
        return found
    if tagged:
        if not title and not (
            _uses_practice(post, taxonomy, shown) and _own_degree(post, background)
        ):
            return found
        notes = tuple(n for n in found.notes if not n.startswith(_PAY))
        summary = found.summary.removesuffix(_ENTRY_TAG)
        return found.model_copy(update={"summary": summary, "notes": notes})
    held, _, asks = found.summary.removeprefix(_BELOW).partition(": ")
    where = (
        f", at the level of your work as {title}"
        if title
        else "; if it is the work you do now, it is no step down"
    )
    summary = f"Open to you: {asks}, less than your {held}{where}"
    return found.model_copy(update={"summary": summary})


def _own_degree(role: Role, background: Background) -> bool:
    """Say whether *role* asks (where no country lowers it) the education the person holds.

    A psychologist's master's over a youth advocate's bachelor's keeps the post entry-level
    for her; an éducatrice's bachelor's for a case manager's bachelor's is her own rung.
    """
    return role.entry is not None and role.entry.asked_elsewhere is education_level(background)


def _uses_practice(role: Role, taxonomy: Taxonomy, shown: Shown | None) -> bool:
    """Say whether *role* asks, as essential, a skill of the person's own practice read.

    Not a guess by meaning, nor knowledge their degree alone counts (``shown.guessed``,
    ``shown.degree``), as :func:`careermap.scoring.anchored.practice` reads it.
    """
    if shown is None:
        return False
    own = shown.skills - shown.guessed - shown.degree
    return any(_of_practice(s, taxonomy) for s in essential_skills(role) & own)
