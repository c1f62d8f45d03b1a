"""How a profile shows itself: what resolved, how, at what level, and what did not."""

from __future__ import annotations

import careermap


def test_profile_repr_names_skills_by_label_and_what_did_not_resolve(default):
    profile = careermap.build_profile(["CBT:4", "listening actively", "forklift operation"])
    text = repr(profile)
    assert text.startswith("<Profile: 2 skills (")
    assert "Cognitive behavioural therapy 4" in text
    assert "Active listening 3" in text
    assert "not recognised: 'forklift operation'" in text
    assert "ProfileEntry" not in text  # not the nested pydantic form


def test_profile_html_shows_each_entry_how_and_level(default):
    profile = careermap.build_profile(
        ["CBT:4", "listening actively", "motivatonal interviewing", "forklift operation", "<b>"]
    )
    page = profile._repr_html_()
    for entry in profile.resolved:
        assert f'<span title="{entry.match.skill_id}">{entry.match.label}</span>' in page
    assert "alias via &#x27;CBT&#x27;" in page  # how CBT resolved
    assert "fuzzy via" in page  # the typo
    assert ">4</td>" in page
    assert "3 (default)" in page  # no level given
    assert "Not recognised: &#x27;forklift operation&#x27;" in page
    assert "<b>" not in page  # every text escaped
