"""Layer 3, results: the explained outcome of a ranking, as immutable records.

Owns :class:`~careermap.Ranking`, :class:`~careermap.RoleMatch`,
:class:`~careermap.RequirementResult` and :class:`~careermap.TransferStep`
(all importable from :mod:`.matches`; a match in :mod:`.role_match`, its requirements
and context in :mod:`.explanation`), their text and HTML (:mod:`.display`) and
DataFrames (:mod:`.frames`). Results are data: they never score anything themselves.

May import: :mod:`careermap.base`, :mod:`careermap.taxonomy`, :mod:`careermap.resolve`.
"""
