"""Posts a certification the person holds names, outside their trade: the move they trained for.

A person who took a certificate of another line of work has named their route into it.
The twenty-ninth set's Wagga Wagga veterans' counsellor holds the Certificate IV in Work
Health and Safety, which the psychosocial safety specialist's post names; his list was led
by four trainer posts from his one read line on running workshops, and the post he
retrained for came sixth (review38). The thirtieth set's Bunbury lecturer, a registered
nurse with an MHFA instructor's accreditation asking for workplace training, had the ward
and community nursing posts she is leaving first and the MHFA instructor's post third.

:func:`trained_posts` finds the roles whose entry names a certification or other
credential that is not a licence (``CredentialKind.LICENCE``) which the person holds
(:func:`careermap.results.credentials.holds`), in a sector none of the roles their record
names as their trade is in (:func:`careermap.scoring.one_line.trade_roles`: a
certification of their own trade, a peer specialist's or a substance use counsellor's,
says nothing of a move). Advice order counts their score at :data:`TRAINED_FOR_BOOST`
within their readiness group, for the order only: the score, band and verdict shown are
unchanged, and a post still needing a degree or a licence stays with the long steps
(docs/scoring.md, "A certificate of another trade names the move").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from careermap.scoring.one_line import trade_roles
from careermap.taxonomy.models import Credential, CredentialKind, Role, Taxonomy

if TYPE_CHECKING:
    from collections.abc import Sequence

    from careermap.resolve.profile import Background

__all__ = ["TRAINED_FOR_BOOST", "trained_posts"]

#: How a post named by a certificate the person holds, outside their trade, counts its
#: score in advice order: enough to lead its group from a weak fit (the Wagga Wagga
#: counsellor's psychosocial safety post, 0.29, before trainer posts at 0.33 to 0.42);
#: measured at this value only (docs/scoring.md).
TRAINED_FOR_BOOST = 1.5


def trained_posts(
    background: Background, taxonomy: Taxonomy, *, trade: Sequence[Role] | None = None
) -> frozenset[int]:
    """Return the positions of the roles outside the person's trade a credential of theirs names.

    A role counts when its entry names a credential that is not a licence and that the
    person holds, and its sector is none of the sectors of
    :func:`~careermap.scoring.one_line.trade_roles`. Empty without credentials, or when
    their record names no trade (then nothing says the certificate is of another one).
    *trade* is :func:`~careermap.scoring.one_line.trade_roles` where the caller has it.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> from careermap.resolve.profile import Background
    >>> taxonomy = load_taxonomy()
    >>> counsellor = Background(
    ...     credentials=["PACFA Registered Clinical Counsellor", "Cert IV WHS"], country="AU"
    ... )
    >>> found = {taxonomy.roles[i].id for i in trained_posts(counsellor, taxonomy)}
    >>> "psychosocial-safety-specialist" in found, "mental-health-counsellor" in found
    (True, False)
    >>> trained_posts(Background(credentials=["Cert IV WHS"]), taxonomy)
    frozenset()
    """
    if not background.credentials:
        return frozenset()
    trade = trade_roles(background, taxonomy) if trade is None else trade
    if not trade:
        return frozenset()
    # Imported here: only advice order reads credentials (credential readers).
    from careermap.results.credentials import holds  # noqa: PLC0415

    sectors = {role.sector for role in trade}
    return frozenset(
        i
        for i, role in enumerate(taxonomy.roles)
        if role.entry is not None
        and role.sector not in sectors
        and any(
            c.kind is not CredentialKind.LICENCE and holds(background.credentials, c)
            for c in role.entry.credentials
            if isinstance(c, Credential)  # a loaded taxonomy's references are resolved
        )
    )
