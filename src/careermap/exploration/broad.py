"""Broad descriptors: O*NET's basic skills and knowledge domains, advised after the rest.

O*NET rates every occupation on its basic skills (content model 2.A: reading, speaking,
learning strategies, monitoring...) and its knowledge domains (2.C: administration and
management, education and training, customer and personal service...), so a role's
requirements in a taxonomy built on it name them beside the specific skills. Told to
learn "education and training" or "learning strategies", a person is told the field, not
what to learn: a counsellor names the course (instructional design, adult learning). In
the twenty-fifth set's reading (thirty-fourth round), such descriptors filled a fifth of
the first five skills advised across the judged sets and were almost never what the
counsellors advised (education and training, administrative, administration and
management: 93 places, none advised). :func:`careermap.upskilling` counts what the advised
roles ask of them at :data:`BROAD_WEIGHT`; O*NET's cross-functional skills (2.B:
negotiation, management of financial resources) are work a course teaches and count whole,
and so does what the roles a person chose (``targets=``) ask: there the quarter raised the
skills counsellors would not advise (nineteen judged sets, summed 1.98 -> 2.22).

Source: the O*NET Content Model, worker requirements (https://www.onetcenter.org/content.html):
2.A basic skills, "developed capacities that facilitate learning or the more rapid
acquisition of knowledge"; 2.C knowledge, "organized sets of principles and facts applying
in general domains".
"""

from __future__ import annotations

from careermap.base.cache import derived
from careermap.taxonomy.models import Taxonomy

__all__ = ["BROAD_WEIGHT", "broad_skills"]

#: What the advised roles' asking counts for a broad descriptor, against a specific skill.
BROAD_WEIGHT = 0.25

#: O*NET content model elements whose descriptors are broad: basic skills and knowledge.
_BROAD = ("2.A.", "2.C.")


def broad_skills(taxonomy: Taxonomy) -> frozenset[str]:
    """Return the skills coded as an O*NET basic skill (2.A) or knowledge domain (2.C).

    Read from each skill's ``codes["onet"]``, once per taxonomy; a taxonomy whose skills
    carry no O*NET code has none.

    Parameters
    ----------
    taxonomy : Taxonomy
        The taxonomy whose skills are read.

    Returns
    -------
    frozenset of str
        Skill ids, counted at :data:`BROAD_WEIGHT` in :func:`careermap.upskilling`'s demand.

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> broad = broad_skills(default_taxonomy())
    >>> "education-and-training" in broad, "learning-strategies" in broad
    (True, True)
    >>> "negotiation" in broad, "instructional-design" in broad
    (False, False)
    """

    def build() -> frozenset[str]:
        return frozenset(
            skill.id
            for skill in taxonomy.skills
            if str(skill.codes.get("onet", "")).startswith(_BROAD)
        )

    return derived(taxonomy, "upskilling-broad", build)
