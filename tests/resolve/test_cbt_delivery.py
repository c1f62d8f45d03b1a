"""CBT named by how it is delivered is read as CBT (twentieth round).

The read sets' "group CBT", "CBT basics" and "group CBT for depression" were unread;
the delivery (a group, online, by computer) names no other skill.
"""

from __future__ import annotations

import pytest

import careermap


@pytest.mark.parametrize(
    "text",
    ["group CBT", "online CBT", "iCBT", "cCBT", "CBT-I", "CBT basics", "group CBT for depression"],
)
def test_cbt_by_how_it_is_delivered_is_cbt(text, default):
    found = careermap.resolve_skill(text, taxonomy=default, semantic=False)
    assert found.skill_id == "cognitive-behavioural-therapy", found
