"""Layer 5, exploration: moves a person could make, built on the scoring layer.

Owns career pathways through bridge roles (:mod:`.paths`), upskilling
suggestions (:mod:`.upskilling`), side-by-side role comparison (:mod:`.compare`),
their text and HTML (:mod:`.display`) and DataFrames (:mod:`.frames`).

May import: every layer below.
"""
