"""The "Needs" line of a post that takes many registers, and degrees read as licences.

Thirty-fifth round (hire35, review 34 P6): a UK therapist post's "Needs" line named a
dozen registers joined by "or" (the cap of three licences counted licences, not the
registers each names); a BPS-accredited BSc was asked about as if it might be BACP
registration.
"""

from __future__ import annotations

from typing import Any

import careermap
from careermap.results.licences import names_degree, unknown_licences


def _match(skills: list[str], role_id: str, **background: Any) -> careermap.RoleMatch:
    ranking = careermap.rank_careers(skills, background=background, limit=None)
    [found] = [match for match in ranking if match.role_id == role_id]
    return found


_BRIGHTON = {
    "country": "GB",
    "education": "bachelor",
    "field": "psychology",
    "credentials": [
        "BSc (Hons) Psychology, BPS accredited (Graduate Basis for Chartership)",
        "PGCert Low Intensity Psychological Interventions",
    ],
}


def test_uk_needs_line_names_the_nearest_route_then_counts_the_rest() -> None:
    found = _match(["CBT:4", "risk assessment:4"], "therapist", **_BRIGHTON)
    readiness = found.readiness
    assert readiness is not None
    [licence] = [need for need in readiness.needs if "see notes" in need]
    # At most three registers named, then how many others.
    named, _, rest = licence.partition(" or one of ")
    assert named.count(" or ") <= 2
    assert rest.endswith("other registrations (see notes)")
    # Her field's route (psychology: HCPC registration as a clinical psychologist) is said
    # first, as the qualification it asks, and not named again among the registers.
    assert readiness.needs[0].startswith("the qualification for HCPC registration")
    assert "HCPC" not in licence
    assert "Social Work England" not in readiness.summary
    assert licence in found.explain()


def test_a_degree_is_never_asked_about_as_a_registration() -> None:
    for role_id in ("therapist", "mental-health-counsellor"):
        readiness = _match(["CBT:4", "risk assessment:4"], role_id, **_BRIGHTON).readiness
        assert readiness is not None
        assert "BSc" not in readiness.summary
        assert not any(
            "BSc" in note and "licence careermap does not know" in note for note in readiness.notes
        )
    taxonomy = careermap.load_taxonomy()
    degree = "MSc Psychology (PSI accredited conversion)"
    assert names_degree(degree)
    assert unknown_licences([degree, "Licensed Clinical Counsellor (BC)"], taxonomy, {}) == (
        "Licensed Clinical Counsellor (BC)",
    )
