"""A course a person holds that is a skill by its own name: "Mental Health First Aid".

Courses people list as credentials ("Mental Health First Aid", "ASIST", "MHFA") are no
credential of the taxonomy: it records licences, certifications and registrations that
posts ask for. Such a course names a skill by its label or alias, and a person who
holds it has done what the course teaches, so it is no gap on a post that asks it
(thirty-second round, review32 P10: a Mental Health First Aid holder was shown *Mental
health first aid* as a gap on the MHFA instructor's post; that post's instructor
accreditation, seven days more, is still what it needs). A course in progress or lapsed
(:mod:`careermap.results.standing`) names nothing held. The skill is read by name only
(the label or an alias, whole): never in part, near or by meaning, as the credential's
name is not a description of work. A bracket after the name says how long, whose or
which variant the course was ("Mental Health First Aid (2 day)", "Scotland's Mental
Health First Aid (SMHFA)"): the name is read without it too (thirty-fourth round).
"""

from __future__ import annotations

from collections.abc import Sequence

from careermap.base.cache import derived
from careermap.base.text import BRACKETED
from careermap.results.standing import is_lapsed, is_pending
from careermap.taxonomy.models import Taxonomy

__all__ = ["course_skills"]


def course_skills(credentials: Sequence[str], taxonomy: Taxonomy) -> frozenset[str]:
    """Return the skills the *credentials* held name whole, by label or alias (cached).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> sorted(course_skills(["Mental Health First Aid", "BS Equine Science"], taxonomy))
    ['mental-health-first-aid']
    >>> course_skills(["Mental Health First Aid (in progress)"], taxonomy)
    frozenset()
    >>> sorted(course_skills(["Mental Health First Aid (2 day)"], taxonomy))
    ['mental-health-first-aid']
    """
    written = tuple(credentials)

    def build() -> frozenset[str]:
        # The resolver imports the readers of a background: not at this module's import.
        from careermap.resolve.resolver import match_text  # noqa: PLC0415

        found = set()
        for text in written:
            if is_pending(text) or is_lapsed(text):
                continue
            bare = " ".join(BRACKETED.sub(" ", text).split())
            for name in dict.fromkeys((text, bare) if bare else (text,)):
                match = match_text(
                    name, taxonomy, semantic=False, alternatives=False, phrases=False
                )
                if match.skill_id is not None and match.method in {"exact", "alias"}:
                    found.add(match.skill_id)
                    break
        return frozenset(found)

    return derived(taxonomy, "course-skills\x00" + "\x00".join(written), build)
