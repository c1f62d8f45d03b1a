"""Top roles for the eight client profiles of the December 2026 taxonomy review.

    .venv/bin/python scripts/review_profiles.py          # top 8 of each
    .venv/bin/python scripts/review_profiles.py 15       # top 15

Skills that do not resolve are listed and left out, so the script runs on any
version of the taxonomy (docs/taxonomy-notes.md).
"""

from __future__ import annotations

import sys

import careermap

PROFILES = {
    "burned-out inpatient psychiatric nurse": [
        "psychiatric nursing:4", "medication administration:4", "de-escalation:4",
        "risk assessment:4", "care planning:4", "mental status exam:3", "MDT working:4",
        "documentation:4", "restraint:3", "burnout",
    ],
    "school counsellor": [
        "school counseling:4", "SEL:4", "IEP:3", "working with parents:4", "career guidance:3",
        "suicide risk screening:3", "group counselling:3", "classroom presentations:3",
        "mandated reporting:4", "consultation:3",
    ],
    "2-year crisis-line worker": [
        "crisis line:4", "crisis intervention:4", "suicide risk assessment:4",
        "safety planning:4", "active listening:4", "de-escalation:4", "making referrals:3",
        "documentation:3", "self-care:3",
    ],
    "LCSW with 10 years and supervision": [
        "clinical social work:5", "counselling:5", "clinical assessment:5",
        "treatment planning:5", "CBT:4", "trauma-informed care:5",
        "providing clinical supervision:4", "case management:4", "team leadership:3",
        "program development:3", "diagnosis:4",
    ],
    "peer-support specialist": [
        "lived experience:5", "peer support:4", "recovery-oriented practice:4", "WRAP:4",
        "support groups:3", "advocacy:4", "harm reduction:3", "boundaries:3",
        "making referrals:3",
    ],
    "addiction counsellor": [
        "substance abuse counseling:4", "MI:4", "relapse prevention:4", "group therapy:4",
        "MAT:3", "harm reduction:4", "case management:3", "treatment planning:3",
        "documentation:3",
    ],
    "child therapist leaving clinical work": [
        "play therapy:4", "child development:5", "family therapy:3", "TF-CBT:4",
        "working with parents:4", "ADHD:3", "autism:3", "safeguarding:4", "psychoeducation:4",
    ],
    "psychologist moving to corporate work": [
        "psychology:5", "psychometric testing:5", "research methods:4", "statistics:4",
        "CBT:4", "assessment reports:4", "training delivery:3", "consultation:4",
        "organisational psychology:3",
    ],
}  # fmt: skip


def main(limit: int = 8) -> None:
    """Print the top *limit* roles of each profile, with the first three gaps."""
    for name, skills in PROFILES.items():
        print(f"## {name}")
        kept, unresolved = [], []
        for item in skills:
            try:
                careermap.resolve_skill(item.split(":")[0])
                kept.append(item)
            except careermap.SkillNotFoundError:
                unresolved.append(item)
        if unresolved:
            print("   unresolved:", ", ".join(unresolved))
        for match in careermap.rank_careers(careermap.build_profile(kept), limit=limit):
            gaps = ", ".join(gap.skill_id for gap in match.gaps[:3])
            where = f"{match.role_id} ({match.sector})"
            print(f"   {match.rank}. {match.score:.2f} {where}  gaps: {gaps}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 8)
