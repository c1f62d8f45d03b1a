"""Layer 6, the JSON contract: what a back end receives and returns.

Owns :class:`~careermap.MatchRequest` (:mod:`.requests`) and the published JSON
Schemas of the taxonomy format and of every result (:mod:`.schemas`).

May import: every layer below. Sits beside :mod:`careermap.importers`.
"""
