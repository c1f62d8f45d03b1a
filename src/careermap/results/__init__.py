"""Layer 3, results: the explained outcome of a ranking, as immutable records.

Owns :class:`~careermap.Ranking`, :class:`~careermap.RoleMatch`,
:class:`~careermap.RequirementResult` and :class:`~careermap.TransferStep`
(:mod:`.matches`), their text and HTML (:mod:`.display`) and DataFrames
(:mod:`.frames`). Results are data: they never score anything themselves.

May import: :mod:`careermap.base`, :mod:`careermap.taxonomy`, :mod:`careermap.resolve`.
"""
