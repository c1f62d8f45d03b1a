"""Layer 4, scoring: the ranking model and the functions that rank.

Owns the reference scoring model (:mod:`.model`), its vectorised engine
(:mod:`.engine`, property-tested equal to the model), ``rank_careers`` and
``similar_roles`` (:mod:`.match`), batches (:mod:`.batch`) and the role-to-role
similarity matrix (:mod:`.similarity`).

May import: every layer below (base, taxonomy, resolve, results).
"""
