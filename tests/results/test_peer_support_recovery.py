"""Peer support credits recovery-oriented practice (twenty-fifth round, after the re-read).

A peer worker whose own recovery story reads as *Peer support* was shown
*Recovery-oriented practice* as a gap on peer posts: the relation held one way only.
SAMHSA's core competencies for peer workers rest first on recovery orientation
(docs/taxonomy-notes.md, "Peer support credits recovery-oriented practice").
"""

from __future__ import annotations

import careermap


def test_peer_support_transfers_to_recovery_oriented_practice_on_a_peer_post():
    taxonomy = careermap.load_taxonomy()
    ranking = careermap.rank_careers(
        [("peer support", 4)], taxonomy=taxonomy, limit=len(taxonomy.roles), min_score=0.0
    )
    peer = next(m for m in ranking if m.role_id == "peer-support-specialist")
    credited = {(r.source_id, r.skill_id) for r in peer.transferred}
    assert ("peer-support", "recovery-oriented-practice") in credited
    assert "recovery-oriented-practice" not in {g.skill_id for g in peer.gaps}
