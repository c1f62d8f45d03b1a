"""Teaching done inside care work, and the training posts it reaches (thirty-seventh round).

The twenty-eighth set's read (and review36 P2, P6): a nurse's "teaching care home staff",
read as *Instructing*, made a corporate trainer's post her first, while the nurse educator
post she asked for was 26th. Two corrections, each with its source (docs/taxonomy-notes.md,
"Teaching inside care work"):

* the nurse educator's *Instructing* is essential, as O*NET 29.3 rates it for 25-1072.00
  (Nursing Instructors and Teachers, Postsecondary: importance 4.25);
* corporate trainer postings prefer experience of training itself (O*NET 29.3 13-1151.00,
  Related Work Experience: 87% over a year): teaching colleagues as part of care work does
  not show it, a trainer's or teacher's title or credential does.
"""

from __future__ import annotations

import careermap
from careermap import Background, lookup_role, rank_careers
from careermap.results.experience import experience_shown
from careermap.results.readiness import role_readiness
from careermap.scoring.match import PREFERRED_UNSHOWN_WEIGHT

NURSE = Background(
    education="bachelor",
    field="mental health nursing",
    credentials=["Registered Mental Health Nurse (NMC)"],
    years_experience=8,
    current_role="Community mental health nurse",
    country="GB",
)
TEXTS = ["dementia care:5", "teaching care home staff:4", "needs assessment:4"]


def test_the_nurse_educator_asks_for_instructing_as_essential():
    found = {r.skill: r for r in lookup_role("nurse-educator").requirements}
    assert found["instructing"].essential
    assert found["instructing"].level >= 3
    # As high as the corporate trainer's: teaching is the work of both.
    trainer = {r.skill: r for r in lookup_role("corporate-trainer").requirements}
    assert found["instructing"].weight >= trainer["instructing"].weight


def test_corporate_trainer_postings_prefer_experience_of_training():
    experience = lookup_role("corporate-trainer").entry.experience
    assert experience is not None
    assert experience.preferred
    assert "instructing" not in experience.skills  # teaching in care work does not show it
    assert "training-delivery" in experience.skills


def _verdict(texts, background):
    taxonomy = careermap.load_taxonomy()
    profile = careermap.build_profile(texts, taxonomy=taxonomy, semantic=False)
    skills = [entry.match.skill_id for entry in profile.resolved]
    shown = experience_shown(texts, skills, background, taxonomy)
    role = lookup_role("corporate-trainer")
    return role_readiness(role, background, taxonomy=taxonomy, shown=shown)


def test_teaching_staff_in_care_work_keeps_ready_and_names_the_preference():
    found = _verdict(TEXTS, NURSE)
    assert found.verdict == "ready", found
    assert "most postings prefer experience of training or teaching adults" in found.summary


def test_a_trainer_credential_shows_it():
    trainer = NURSE.model_copy(update={"credentials": [*NURSE.credentials, "ASIST trainer"]})
    found = _verdict(TEXTS, trainer)
    assert found.verdict == "ready"
    assert "prefer" not in found.summary


def test_advice_order_puts_the_nurse_educator_before_the_corporate_trainer():
    ranking = list(rank_careers(TEXTS, background=NURSE, semantic=False, limit=None))
    place = {m.role_id: m for m in ranking}
    educator, trainer = place["nurse-educator"], place["corporate-trainer"]
    assert educator.readiness.verdict == trainer.readiness.verdict == "ready"
    assert educator.rank < trainer.rank
    # The order only: the trainer's score is unchanged, counted at a share for the order.
    fit = {
        m.role_id: m.score
        for m in rank_careers(TEXTS, background=NURSE, order="fit", semantic=False, limit=None)
    }
    assert fit["corporate-trainer"] == trainer.score
    assert educator.score >= trainer.score * PREFERRED_UNSHOWN_WEIGHT
