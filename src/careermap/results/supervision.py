"""Practice under supervision: a post open to a person completing its credential.

US associate licences (LPC-Associate, Associate MFT) and trainee registrations (a
Substance Abuse Counselor-in-Training) exist so that people practise under supervision
while completing the licence or certification: :func:`practise_under_supervision` and
:func:`in_training` say which of a post's credentials the person is completing that way,
for :func:`careermap.results.hiring.hiring_verdict` (a frontline post only, entry or mid
level).
"""

from __future__ import annotations

from collections.abc import Sequence

from careermap.results.credentials import abbreviations, holds_associate, is_provisional
from careermap.taxonomy.models import Credential, Entry, Seniority

__all__ = ["in_training", "practise_under_supervision"]

_SENIORITY = list(Seniority)


def practise_under_supervision(
    entry: Entry, licences: Sequence[Credential], person: Sequence[str]
) -> list[Credential]:
    """Say whether an associate licence lets the person do this job while completing it.

    US associate licences (LPC-Associate, Associate MFT: a held credential written as
    associate, provisional or trainee, naming the licence's abbreviation, or one of the
    names the licence lists as its ``associate``, such as LMHCA) exist so that people
    practise under supervision: a frontline clinical post (entry or mid level) whose
    licence is not asked for as *independent* is open to them; supervising, directing or
    an independent-licence post is not. Returns the licences the person is completing
    (those their associate licence leads to), none when the post is not open to them.
    """
    if _SENIORITY.index(entry.seniority) > _SENIORITY.index(Seniority.MID):
        return []
    provisional = [held for held in person if is_provisional(held)]
    started = {a for held in provisional for a in abbreviations(held)}
    return [
        c
        for c in licences
        if "independent" not in c.name.casefold()
        and (
            any(
                abbreviations(name) & started
                for name in (c.name, *c.also, *c.equivalents, *c.accepts)
            )
            or holds_associate(person, c)
        )
    ]


def in_training(
    entry: Entry, missing: Sequence[Credential], person: Sequence[str]
) -> list[Credential]:
    """Return the *missing* certifications the person is completing as a registered trainee.

    A certification earned by supervised practice (``supervised_hours``) may list the
    trainee registration its hours are earned under as its ``associate`` (Wisconsin's
    Substance Abuse Counselor-in-Training for the CADC: SPS 161.01). Like an associate
    licence (:func:`practise_under_supervision`), it opens a frontline post (entry or mid
    level) to practice under supervision, never a supervising or directing one.
    """
    if _SENIORITY.index(entry.seniority) > _SENIORITY.index(Seniority.MID):
        return []
    return [c for c in missing if c.supervised_hours and holds_associate(person, c)]
