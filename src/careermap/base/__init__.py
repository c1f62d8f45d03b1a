"""Layer 0, the base: errors, small shared helpers and presentation primitives.

Owns the exception family (:mod:`.errors`), option checks (:mod:`.options`),
text normalisation (:mod:`.text`), per-object caches (:mod:`.cache`), read-only
mappings (:mod:`.frozen`), "did you mean" hints (:mod:`.suggest`), the result
record base (:mod:`.record`), HTML primitives (:mod:`.html`) and optional
dependencies with progress reporting (:mod:`.optional`).

May import: the standard library, pydantic and numpy only; never another
careermap layer. Internal: the supported names are re-exported by :mod:`careermap`.
"""
