"""Roles and skills show labels where people look; ids stay on hover."""

from __future__ import annotations


def test_role_shows_requirements_and_sector_by_label(default):
    role = default.role_index["clinical-social-worker"]
    page = role._repr_html_()
    for requirement in role.requirements:
        label = default.skill_index[requirement.skill].label
        assert f'<span title="{requirement.skill}">{label}</span>' in page
    sector = default.sector_index[role.sector].label
    assert f'<span title="{role.sector}">{sector}</span>' in page
    assert "Entry requirements" in page  # the role has entry requirements
    assert repr(role).startswith(f"<Role {role.title} ({role.id}) [{sector}]")


def test_skill_shows_broader_skills_by_label(default):
    skill = next(s for s in default.skills if s.broader)
    page = skill._repr_html_()
    for broader in skill.broader:
        assert f'<span title="{broader}">{default.skill_index[broader].label}</span>' in page
    assert repr(skill) == f"<Skill {skill.label} ({skill.id})>"


def test_an_id_no_taxonomy_named_shows_as_the_id(mini):
    role = mini.roles[0]
    unknown = role.model_copy(
        update={"requirements": (role.requirements[0].model_copy(update={"skill": "zz-none"}),)}
    )
    assert "<code>zz-none</code>" in unknown._repr_html_()


def test_a_peer_role_shows_the_lived_experience_its_posts_ask_for(default):
    page = default.role_index["recovery-coach"]._repr_html_()
    assert "required: lived experience of substance-use recovery" in page
    # A role that asks for no lived experience says so, with no kinds.
    assert "lived experience of" not in default.role_index["therapist"]._repr_html_()


def test_labels_noted_from_the_cache_are_read_in_the_order_noted():
    # A taxonomy read from the cache notes its labels when a view first needs them;
    # a later taxonomy's label for the same id still wins, as when they were noted at once.
    from careermap.taxonomy import display  # noqa: PLC0415

    display.remember_labels([("zz-noted", "First")], [])
    display.remember_labels([("zz-noted", "Second")], [])
    assert display._named(display._labels(), "zz-noted") == '<span title="zz-noted">Second</span>'
