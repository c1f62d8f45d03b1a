"""The roles a person's own licence or registration opens, found once per background.

"Which of the catalogue's roles does this person's licence open?" is asked of every
role by several readers of one ranking: the sectors a person leaves
(:func:`careermap.scoring.leaving.left_sectors`) and the posts that are their practice
under another sector's name (:func:`careermap.scoring.leaving.leaving_posts`), the
roles their record names as their trade (:func:`careermap.scoring.one_line.trade_roles`),
the roles their record names (:mod:`careermap.scoring.anchored`), the line that says
why such posts come later (:mod:`careermap.results.leaving_words`), the person's own job
ranked for their licence (:mod:`careermap.scoring.own_job`) and the verdict's entry-level
note (:mod:`careermap.results.readiness`). :func:`licensed_roles` answers it once per
(background, taxonomy): each role whose required licences and registrations, as the
person's country asks them, include one the person holds, with the first such
credential. A person's credentials and country of work are all it reads, so the answer
is remembered for the newest of them, on each taxonomy (:func:`careermap.base.cache.derived`),
as :func:`careermap.results.current.current_role` remembers titles: every thread gets
the same answer.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence

from careermap.base.cache import derived
from careermap.base.frozen import FrozenDict
from careermap.resolve.background import Background
from careermap.results.ambiguous import ambiguous_in
from careermap.results.credentials import holds
from careermap.taxonomy.models import Credential, CredentialKind, Role, Taxonomy

__all__ = ["BACKGROUNDS_REMEMBERED", "licensed_roles", "own_licence"]

#: How many backgrounds (credentials and country of work) each taxonomy remembers.
BACKGROUNDS_REMEMBERED = 256

_OWN = frozenset({CredentialKind.LICENCE, CredentialKind.REGISTRATION})
_NONE: Mapping[str, Credential] = FrozenDict()
_memo_lock = threading.Lock()


def licensed_roles(background: Background, taxonomy: Taxonomy) -> Mapping[str, Credential]:
    """Return the roles of *taxonomy* a licence or registration the person holds opens.

    Each role (by id, in taxonomy order) one of whose required licences and
    registrations, as the person's country of work asks them
    (:meth:`careermap.Entry.for_country`), their credentials hold
    (:func:`careermap.results.credentials.holds`), with the first such credential: a
    psychiatric nurse's RN opens the nursing roles, not the psychologist's. A
    credential the taxonomy does not name opens none.

    Parameters
    ----------
    background : Background
        What the person said: only ``credentials`` and the country of work are read.
    taxonomy : Taxonomy
        The roles and credentials to read them against.

    Returns
    -------
    Mapping of str to Credential
        Read-only, shared by every caller and thread asking for the same background.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> opened = licensed_roles(Background(credentials=["RN (US)"]), taxonomy)
    >>> opened["psychiatric-nurse"].name
    'Registered Nurse (RN)'
    >>> "clinical-psychologist" in opened
    False
    >>> dict(licensed_roles(Background(credentials=["CPR"]), taxonomy))
    {}
    """
    written = background.credentials
    if not written:
        return _NONE
    key = (background.works_in, written)
    memo: dict[tuple[str | None, tuple[str, ...]], Mapping[str, Credential]]
    memo = derived(taxonomy, "licensed-roles", dict)
    try:
        return memo[key]
    except KeyError:
        ambiguous = ambiguous_in(taxonomy)
        found: Mapping[str, Credential] = FrozenDict(
            (role.id, credential)
            for role in taxonomy.roles
            if (credential := _opening(role, background.works_in, written, ambiguous)) is not None
        )
    with _memo_lock:
        memo[key] = found
        while len(memo) > BACKGROUNDS_REMEMBERED:
            memo.pop(next(iter(memo)))
    return found


def own_licence(role: Role, background: Background, taxonomy: Taxonomy) -> Credential | None:
    """Return the licence or registration *role* requires that the person holds, if any.

    The first of the role's required licences and registrations (as the person's
    country asks them) that their credentials hold: a psychiatric nurse's RN, a
    therapist's LPC. ``None`` when they hold none. A role of *taxonomy* is looked up in
    :func:`licensed_roles`; another is read on its own.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> nurse = taxonomy.role_index["psychiatric-nurse"]
    >>> own_licence(nurse, Background(credentials=["RN (US)"]), taxonomy).name
    'Registered Nurse (RN)'
    >>> print(own_licence(nurse, Background(credentials=["CPR"]), taxonomy))
    None
    """
    if taxonomy.role_index.get(role.id) is role:
        return licensed_roles(background, taxonomy).get(role.id)
    return _opening(role, background.works_in, background.credentials, ambiguous_in(taxonomy))


def _opening(
    role: Role,
    country: str | None,
    written: Sequence[str],
    ambiguous: Mapping[str, tuple[str, ...]],
) -> Credential | None:
    """Return the first licence or registration *role* requires in *country* held by *written*."""
    if role.entry is None:
        return None
    for credential in role.entry.for_country(country).written:
        if (
            credential.kind in _OWN
            and credential.required
            and holds(written, credential, ambiguous=ambiguous)
        ):
            return credential
    return None
