"""Hypothesis strategies for random valid taxonomies and profiles."""

from __future__ import annotations

from hypothesis import strategies as st

from careermap import Requirement, Role, Sector, Skill, SkillRelation, Taxonomy

LEVELS = st.integers(min_value=1, max_value=5)
#: A role's typical level may fall between whole levels (imported O*NET ratings do).
REQUIRED_LEVELS = LEVELS | st.sampled_from([1.5, 2.49, 3.5, 4.86])
WEIGHTS = st.sampled_from([0.1, 0.25, 0.3, 0.5, 0.6, 0.75, 0.8, 0.9, 1.0])


@st.composite
def taxonomies(draw: st.DrawFn, max_skills: int = 12, max_roles: int = 8) -> Taxonomy:
    """A random valid taxonomy: acyclic hierarchy, unique relations, known references."""
    n_skills = draw(st.integers(min_value=2, max_value=max_skills))
    ids = [f"s{i:02d}" for i in range(n_skills)]
    skills = []
    for i, skill_id in enumerate(ids):
        # Broader skills only among earlier ids, so the hierarchy is acyclic.
        broader = draw(st.lists(st.sampled_from(ids[:i]), unique=True, max_size=2)) if i else []
        # Some skills are general competencies, kept out of utilisation.
        general = draw(st.booleans()) if i % 3 == 2 else False
        skills.append(
            Skill(id=skill_id, label=f"Skill {skill_id}", broader=tuple(broader), general=general)
        )
    pairs = draw(
        st.lists(
            st.tuples(st.sampled_from(ids), st.sampled_from(ids)).filter(lambda p: p[0] != p[1]),
            unique=True,
            max_size=2 * n_skills,
        )
    )
    relations = [
        SkillRelation.model_validate(
            {"from": a, "to": b, "weight": draw(WEIGHTS), "reason": f"{a} helps {b}"}
        )
        for a, b in pairs
    ]
    sectors = [Sector(id="s-one", label="One"), Sector(id="s-two", label="Two")]
    n_roles = draw(st.integers(min_value=1, max_value=max_roles))
    roles = []
    for r in range(n_roles):
        required = draw(st.lists(st.sampled_from(ids), unique=True, min_size=1, max_size=6))
        requirements = tuple(
            Requirement(
                skill=skill,
                importance=draw(st.sampled_from(["essential", "optional", "minor"])),
                weight=draw(WEIGHTS),
                level=draw(REQUIRED_LEVELS),
            )
            for skill in required
        )
        roles.append(
            Role(
                id=f"r{r:02d}",
                title=f"Role {r}",
                sector=draw(st.sampled_from(["s-one", "s-two"])),
                requirements=requirements,
            )
        )
    return Taxonomy(
        name="random",
        sectors=tuple(sectors),
        skills=tuple(skills),
        relations=tuple(relations),
        roles=tuple(roles),
    )


@st.composite
def taxonomy_and_profile(draw: st.DrawFn) -> tuple[Taxonomy, dict[str, int]]:
    """A random taxonomy and a non-empty profile of its skill ids with levels."""
    taxonomy = draw(taxonomies())
    ids = [s.id for s in taxonomy.skills]
    chosen = draw(st.lists(st.sampled_from(ids), unique=True, min_size=1, max_size=len(ids)))
    return taxonomy, {skill: draw(LEVELS) for skill in chosen}
