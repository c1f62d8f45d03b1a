"""Layer 2, resolution: what a person types, turned into skills and profiles.

Owns the resolver (:mod:`.resolver`: exact, alias, id, then fuzzy text
similarity on a 0-100 scale, then the readings of a text not matched whole,
:mod:`.readings`), the profile grammar and profiles (:mod:`.profile`)
and how they show themselves (:mod:`.display`).

May import: :mod:`careermap.base`, :mod:`careermap.taxonomy`.
"""
