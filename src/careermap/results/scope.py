"""Scope: a post below the licensed practice a person already holds, in the same field.

In a field where a licence to practise sets the level of the work
(``Sector.licensed_scope``: mental health care, where employers grade their clinician
series by it and regulators set a tier below it), the posts that ask for no licence
(intake, crisis lines, case management, technician and peer work) are the tier below
the licensed clinicians. For a person who holds one of the licences the field's own
posts ask for, and more education than the post asks for, such a post is a step down
in scope, whatever the years: a licensed counsellor with a master's moving to intake
coordination. :func:`licensed_above` finds the person's words that hold such a licence;
:mod:`careermap.results.readiness` turns them into a ``step-down`` verdict.

A post in another field (human resources, education, training) is a change of field,
not judged here; a licence the field's posts do not ask for (a teacher's, a school
counsellor's certification) sets no level in it; an associate licence is no licence
(:func:`careermap.results.credentials.holds`); a person whose education is no higher
than the post's (a registered nurse with a bachelor's, for a bachelor's-level intake
post) is not stepping down by it, nor is a person moving to a senior or lead post
that supervises the tier (a licensed social worker supervising substance use
counsellors). The score never changes.
"""

from __future__ import annotations

from collections.abc import Mapping

from careermap.base.cache import derived
from careermap.resolve.profile import Background
from careermap.results.countries import issued_in
from careermap.results.credentials import holds
from careermap.results.education import education_level
from careermap.taxonomy.models import (
    Credential,
    CredentialKind,
    Education,
    Entry,
    Seniority,
    Taxonomy,
)

__all__ = [
    "HEALTH_WORKER_SOC",
    "LAY_SERVICE_SOC",
    "field_licences",
    "health_worker",
    "lay_scope",
    "lay_service",
    "licensed_above",
]

_EDUCATION = list(Education)
#: Posts graded senior or lead (a substance use clinical supervisor, a crisis line
#: supervisor) lead the unlicensed tier rather than sit in it: for a licensed clinician
#: they are not a step down in scope, whatever licence they ask for.
_SUPERVISING = frozenset({Seniority.SENIOR, Seniority.LEAD})


#: O*NET-SOC codes of the unlicensed health-worker posts a health licence sets the scope of,
#: whatever sector careermap files them in: Community Health Workers (21-1094; WHO's
#: definition of a community health worker is a lay member of the community trained for
#: the post, not a licensed professional: WHO guideline on health policy and system
#: support to optimize community health worker programmes, 2018), Patient Representatives,
#: the lay navigator posts (29-2099.08), and the Healthcare Support Occupations (31-0000:
#: aides and assistants working under licensed staff). Twenty-eighth round, review P8.
HEALTH_WORKER_SOC = ("21-1094", "29-2099.08", "31-")


def health_worker(role: str | None, taxonomy: Taxonomy) -> bool:
    """Say whether *role* (an id) is an unlicensed health-worker post (:data:`HEALTH_WORKER_SOC`).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> health_worker("community-health-worker", taxonomy), health_worker("hr-generalist", taxonomy)
    (True, False)
    """
    found = None if role is None else taxonomy.role_index.get(role)
    return found is not None and (found.onet_soc or "").startswith(HEALTH_WORKER_SOC)


#: O*NET-SOC codes of the community and social service posts whose entry level is the lay
#: tier of the helping professions, in whatever sector careermap files them: Child,
#: Family and School Social Workers (21-1021; the youth advocate and early intervention
#: posts filed under it ask no licence), Healthcare Social Workers (21-1022; the disability
#: advocate), Probation Officers (21-1092; the re-entry specialist), Social and Human
#: Service Assistants (21-1093; "assist other social and human service providers",
#: O*NET's description). An entry-level post of these codes that asks no licence is, for
#: a person who holds a licence that sets the level of mental health work, a step down in
#: scope, as the intake coordinator's is, and its line says so (:func:`lay_scope`;
#: forty-third round, review43 P11: a registered clinical psychologist in Blenheim was
#: offered youth advocacy, early intervention and victim advocacy as "ready now (an
#: entry-level post)", where the intake post said it was a step down). Community and
#: Social Service Specialists, All Other (21-1099: community organising), educational and
#: career advisors (21-1012) and rehabilitation counsellors (21-1015) are left out: other
#: work, as teaching is.
LAY_SERVICE_SOC = ("21-1021", "21-1022", "21-1092", "21-1093")


def lay_service(role: str | None, taxonomy: Taxonomy) -> bool:
    """Say whether *role* (an id) is an entry-level post of :data:`LAY_SERVICE_SOC`.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> lay_service("victim-advocate", taxonomy), lay_service("academic-advisor", taxonomy)
    (True, False)
    >>> lay_service("child-protection-social-worker", taxonomy)  # not an entry-level post
    False
    """
    found = None if role is None else taxonomy.role_index.get(role)
    if found is None or found.entry is None or found.entry.seniority is not Seniority.ENTRY:
        return False
    return (found.onet_soc or "").startswith(LAY_SERVICE_SOC)


def health_licences(taxonomy: Taxonomy) -> tuple[Credential, ...]:
    """Return every licence a sector whose licence sets the level asks for, once by name."""

    def build() -> tuple[Credential, ...]:
        names = {c.name: c for found in field_licences(taxonomy).values() for c in found}
        return tuple(names[name] for name in sorted(names))

    return derived(taxonomy, "health-licences", build)


def field_licences(taxonomy: Taxonomy) -> Mapping[str, tuple[Credential, ...]]:
    """Return, for each sector whose licence sets the level, the licences its posts require.

    Once each by name, sorted by name; cached on the taxonomy. Sectors without
    ``licensed_scope`` are left out.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> licences = field_licences(load_taxonomy())
    >>> sorted(licences)
    ['mental-health']
    >>> "Licensed Professional Counselor (LPC/LMHC)" in [c.name for c in licences["mental-health"]]
    True
    """

    def build() -> Mapping[str, tuple[Credential, ...]]:
        scoped = {sector.id for sector in taxonomy.sectors if sector.licensed_scope}
        found: dict[str, dict[str, Credential]] = {sector: {} for sector in sorted(scoped)}
        for role in taxonomy.roles:
            if role.sector not in scoped or role.entry is None:
                continue
            for credential in role.entry.written:
                if credential.required and credential.kind is CredentialKind.LICENCE:
                    found[role.sector].setdefault(credential.name, credential)
        return {
            sector: tuple(names[name] for name in sorted(names)) for sector, names in found.items()
        }

    return derived(taxonomy, "field-licences", build)


def licensed_above(
    entry: Entry | None,
    sector: str | None,
    background: Background | None,
    taxonomy: Taxonomy | None,
    ambiguous: Mapping[str, tuple[str, ...]] | None = None,
    *,
    role: str | None = None,
) -> tuple[str, ...]:
    """Return the person's credentials that put them above an unlicensed post of *sector*.

    Empty unless *sector*'s licence sets the level of its work, the post (*entry*)
    requires no licence, the person's education is above the post's, and the person
    holds one of the licences the sector's posts require: then the credentials they
    wrote that hold one, in their order. A lay health-worker post (*role*, an id:
    :func:`health_worker`) in a sector whose licence sets no level is judged against every
    such sector's licences (a registered nurse and a community health worker post filed
    under advocacy), though not by a licence that names only another country than the
    person's (twenty-eighth round, review 28 P8).

    Examples
    --------
    >>> from careermap import load_taxonomy, lookup_role
    >>> taxonomy = load_taxonomy()
    >>> intake = lookup_role("intake-coordinator").entry
    >>> counsellor = Background(education="master", credentials=["LPC (Texas)", "NCC"])
    >>> licensed_above(intake, "mental-health", counsellor, taxonomy)
    ('LPC (Texas)',)
    >>> nurse = Background(education="bachelor", credentials=["RN (US, BSN)"])
    >>> licensed_above(intake, "mental-health", nurse, taxonomy)
    ()
    """
    if entry is None or background is None or taxonomy is None or sector is None:
        return ()
    if entry.seniority in _SUPERVISING:  # supervising the tier below is not a step down
        return ()
    licences = field_licences(taxonomy).get(sector, ())
    lay = not licences and health_worker(role, taxonomy)
    if lay:  # a health licence sets the scope of lay health work in any sector
        licences = health_licences(taxonomy)
    return _held_above(entry, background, licences, lay=lay, ambiguous=ambiguous)


def lay_scope(
    entry: Entry | None,
    background: Background | None,
    taxonomy: Taxonomy | None,
    ambiguous: Mapping[str, tuple[str, ...]] | None = None,
    *,
    role: str | None = None,
) -> tuple[str, ...]:
    """Return the person's licences that an entry-level lay social service post is below.

    For a post of :func:`lay_service` (*role*, an id), as :func:`licensed_above` judges a
    lay health-worker post: the credentials the person wrote that hold a licence setting
    the level of mental health work, where the post asks no licence and less education
    than theirs. The verdict does not change: a person may leave clinical work for such a
    post (the first set's child and family therapist, who asks for youth advocacy and early
    intervention); the verdict's line says it is a step down in scope, as the intake
    coordinator's does (forty-third round, review43 P11).

    Examples
    --------
    >>> from careermap import load_taxonomy, lookup_role
    >>> taxonomy = load_taxonomy()
    >>> youth = lookup_role("youth-advocate").entry
    >>> psychologist = Background(education="master", credentials=["LPC (Texas)"])
    >>> lay_scope(youth, psychologist, taxonomy, role="youth-advocate")
    ('LPC (Texas)',)
    >>> lay_scope(youth, psychologist, taxonomy, role="academic-advisor")
    ()
    """
    if entry is None or background is None or taxonomy is None:
        return ()
    if entry.seniority in _SUPERVISING or not lay_service(role, taxonomy):
        return ()
    return _held_above(entry, background, health_licences(taxonomy), lay=True, ambiguous=ambiguous)


def _held_above(
    entry: Entry,
    background: Background,
    licences: tuple[Credential, ...],
    *,
    lay: bool,
    ambiguous: Mapping[str, tuple[str, ...]] | None,
) -> tuple[str, ...]:
    """Return the person's texts holding one of *licences*, where *entry* is below them."""
    if not background.credentials:
        return ()
    if not licences or any(c.required and c.kind is CredentialKind.LICENCE for c in entry.written):
        return ()
    person = education_level(background)
    if person is None or _EDUCATION.index(person) <= _EDUCATION.index(entry.education):
        return ()
    return tuple(
        text
        for text in background.credentials
        if any(holds([text], licence, ambiguous=ambiguous) for licence in licences)
        and not (lay and _abroad(text, background.works_in, background.moved_from))
    )


def _abroad(text: str, country: str | None, home: str | None = None) -> bool:
    """Say whether *text* names only countries other than *country* (a licence from abroad).

    Such a licence does not let the person practise where they live until it is
    recognised there, so it sets no scope for lay health work (the seventeenth set's
    Philippine nurse working as a care aide in Canada, her registration pending). A text
    naming no country is *home*'s, for a person who will work in another country
    (``Background.moved_from``).
    """
    named = issued_in(text, home)
    return country is not None and bool(named) and country not in named
