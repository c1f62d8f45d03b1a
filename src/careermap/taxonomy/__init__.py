"""Layer 1, the taxonomy: the data model and everything that reads, checks or writes it.

Owns the pydantic models (:mod:`.models`; one YAML file's in :mod:`.files`), safe
YAML reading with positions (:mod:`.safe_yaml`), cross-file validation
(:mod:`.validate`), loading and layering (:mod:`.load`), the compiled JSON form
(:mod:`.compiled`), YAML dumping (:mod:`.dump`), identity hashes (:mod:`.identity`),
id look-ups (:mod:`.lookup`), the NetworkX graph and its export (:mod:`.graph`,
:mod:`.export`) and how skills and roles show themselves (:mod:`.display`).

May import: :mod:`careermap.base`. Internal: use the names :mod:`careermap` exports.
"""
