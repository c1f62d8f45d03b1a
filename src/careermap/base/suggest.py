"""Close matches for an unknown id, for "did you mean ...?" hints."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["close_matches"]


def close_matches(value: str, choices: Iterable[str], *, limit: int = 3) -> list[str]:
    """Return up to *limit* choices at least 60% similar to *value* (Indel), best first.

    Ties are ordered by the choice itself, so suggestions never depend on file order.

    Examples
    --------
    >>> close_matches("comunication", ["communication", "coaching", "commuting"])
    ['communication', 'commuting']
    >>> close_matches("hr", ["human-resources", "mental-health"])
    []
    """
    # Imported here: only an error message asks, and a load never should.
    from rapidfuzz import process  # noqa: PLC0415 - see above
    from rapidfuzz.distance import Indel  # noqa: PLC0415 - see above

    found = process.extract(
        value, list(choices), scorer=Indel.normalized_similarity, limit=None, score_cutoff=0.6
    )
    ranked = sorted(found, key=lambda hit: (-hit[1], str(hit[0])))
    return [str(choice) for choice, _, _ in ranked[:limit]]
