"""The abbreviations a taxonomy's credentials spell out differently, found once per taxonomy.

"CPS" is a Certified Peer Specialist and a Certified Prevention Specialist: written alone
it holds neither (:func:`careermap.results.credentials.ambiguous_abbreviations`). Every
reader of a person's credentials against a taxonomy (a verdict, the skills a credential
certifies, the roles a licence opens) asks for the same map, so it is built once per
taxonomy (:func:`careermap.base.cache.derived`).
"""

from __future__ import annotations

from collections.abc import Mapping

from careermap.base.cache import derived
from careermap.results.credentials import ambiguous_abbreviations
from careermap.taxonomy.models import Taxonomy

__all__ = ["ambiguous_in"]


def ambiguous_in(taxonomy: Taxonomy) -> Mapping[str, tuple[str, ...]]:
    """Return the abbreviations two of *taxonomy*'s credentials spell out differently (cached).

    Those of its ``credentials`` section and those written out in its roles' entries,
    each with the names it abbreviates, in alphabetical order.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> ambiguous_in(taxonomy)["CPS"]  # doctest: +ELLIPSIS
    ('Certified Peer Specialist (CPS...)', 'Certified Prevention Specialist (CPS)')
    >>> ambiguous_in(taxonomy) is ambiguous_in(taxonomy)
    True
    """

    def build() -> Mapping[str, tuple[str, ...]]:
        written = (c for role in taxonomy.roles if role.entry for c in role.entry.written)
        return ambiguous_abbreviations([*taxonomy.credentials, *written])

    return derived(taxonomy, "ambiguous-abbreviations", build)
