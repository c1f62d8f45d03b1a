"""Readiness: whether a person could be hired into a role now, and what stands between.

A counsellor reads a match in two parts: how well the person's *skills* fit (the
score, unchanged here) and whether they could be *hired*: the degree, licence or
certification the role needs, lived experience of the kind a peer role asks for
(:mod:`careermap.results.lived`), and the level of
the job against the person's experience. :func:`assess` compares a role's
:class:`~careermap.Entry` with a person's :class:`Background` and gives one
verdict, in this order:

``needs``
    a long step: a required degree, licence to practise or lived experience is
    missing, or a required certification that takes supervised practice hours
    (``Credential.supervised_hours``: the CCLS's 600-hour internship), named with
    its hours; every missing item is named, with its note (US/UK differences). The
    licences a role lists as required are alternatives (a payer's care manager
    may be an RN, an LPC or an LCSW): holding one is enough;
``experience``
    the role's postings mostly ask for experience of a kind of work or with a
    population (``Entry.experience``: crisis line work for a crisis line supervisor,
    working with children or young people for a school wellbeing post) that nothing the
    person wrote shows (:class:`careermap.results.experience.Shown`); it is named, as
    the next step. Experience in a language (the Deaf mental health support worker's
    sign language) is a ``needs`` instead: a language is learned over years
    (:mod:`careermap.results.working_language`);
``certify``
    a short step: only a required certification or registration that takes no
    supervised practice is missing (a peer specialist certificate, a forensic
    interview course), named;
``step-up``
    the role sits two or more rungs above the person's experience (entry, mid,
    senior, lead);
``step-down``
    the role asks for no licence in a field where a licence sets the level of the work
    and the person holds one of the field's licences and more education than the role
    asks for (a step down in scope: :mod:`careermap.results.scope`), or it sits three or
    more rungs below, or its preparation (O*NET job zone) is two or more zones below
    what the person's education prepares for;
``ready``
    none of the above.

A role that routinely involves a working condition the person wants to leave behind
(``Background.avoid``, matched against ``Role.conditions``) keeps its verdict, since it
is about hiring, and carries a caution naming each one ("Involves crisis work ...,
which you said you would rather not do"); advice order puts such roles after the others
of their group (docs/scoring.md, readiness).

The subject of a person's degree (``Background.field``) enters the verdict only for a
post that names one (``Entry.degree_in``: a psychology lecturer's): a degree of the
post's level in another subject is a ``needs`` ("a degree in psychology"), while a person
who gave no field is not held back (:mod:`careermap.results.degree_subject`). It
certifies the knowledge skill it names, so that skill is not listed among a match's gaps
(:func:`implied_skills`, :mod:`careermap.results.fields`).

What the person did not say is not held against them: without an education no
degree is checked, without years of experience no step is judged. A role without
an ``entry`` block gets no verdict (``None``).

Credentials are matched by what they are (:mod:`careermap.results.credentials`): an
abbreviation of the credential (LCSW, LPC, RN) or exactly its name, or one of the other
names its role file lists for it (``also``: LMHC for an LPC, LICSW for an LCSW; or a
credential that certifies the same practice, its ``equivalents``: NMC registration for
an RN; or one hiring ``accepts`` in its place: BACP registration for a school
counselling post), once brackets and words such as *certified* are set aside; one
name's words inside another's are not enough ("Licensed psychologist" is no school
psychologist). A US licence and a UK registration are different credentials unless the
role's credential names both, as an equivalent or an accepted credential. An
associate, provisional or trainee licence ("LPC-Associate") does not count as the full
licence; it is named as what is still needed. An abbreviation written alone that two of
the taxonomy's credentials spell out differently ("CPS": peer or prevention specialist)
counts as neither, and the verdict's notes ask the person to write it out.

A degree the role asks for because its licence does (one of its required licences needs
that degree on its own route, ``Credential.education``) is met by holding any of the
role's required licences: the person met the education of the route they qualified by
(:func:`licence_degree`); for a person in a country that does not issue the licence, by
that country's route only (:mod:`careermap.results.licence_routes`). A licence the person wrote
that no credential of the taxonomy names ("Licensed Clinical Counsellor (BC)") is not
held, but for a post whose licences are for the same practice the verdict asks the
person to check whether it is accepted: first, where that licence is all the post needs
("Check whether your ... is accepted in Iceland in place of ...", or "where you want to
work" without a country).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from careermap.resolve.profile import Background
from careermap.results.ambiguous import ambiguous_in
from careermap.results.avoided import caution, with_avoid
from careermap.results.awaiting import CHECK, degree_check
from careermap.results.countries import from_abroad, held_only_abroad, recognition
from careermap.results.credentials import certifies, holds
from careermap.results.current import (
    current_role,
    is_current,
    own_seniority,
)
from careermap.results.current_verdict import current_verdict
from careermap.results.education import DIPLOMA_NOTE, education_held, education_level
from careermap.results.held_part import with_held_parts
from careermap.results.hiring import hiring_verdict, with_usual
from careermap.results.implied import implied_skills
from careermap.results.licences import licence_degree, unknown_licences
from careermap.results.licensed_roles import own_licence
from careermap.results.lived import lived_question
from careermap.results.nations import for_nation, moved_registers
from careermap.results.own_level import own_level_words
from careermap.results.own_licence import as_check, own_licences
from careermap.results.regional import in_region
from careermap.results.rungs import starter_pay
from careermap.results.scope import lay_scope, licensed_above
from careermap.results.verdict import Readiness, Verdict
from careermap.results.working_language import language_gate
from careermap.taxonomy.conditions import ENTAILS, Condition, involved, said_as_listed
from careermap.taxonomy.lived import LivedKind
from careermap.taxonomy.models import (
    Credential,
    CredentialDefinition,
    Education,
    Entry,
    Seniority,
    Taxonomy,
)

if TYPE_CHECKING:  # experience reads current_role and implied_skills from here
    from careermap.results.experience import Shown
    from careermap.taxonomy.models import Role

__all__ = [
    "Readiness",
    "Verdict",
    "assess",
    "caution",
    "current_role",
    "education_level",
    "holds",
    "implied_skills",
    "licence_degree",
    "own_licence",
    "role_readiness",
    "with_avoid",
]


def assess(
    entry: Entry | None,
    background: Background | None,
    conditions: Sequence[Condition] = (),
    *,
    taxonomy: Taxonomy | None = None,
    shown: Shown | None = None,
    sector: str | None = None,
    role: str | None = None,
) -> Readiness | None:
    """Judge whether a person with *background* could be hired under *entry*.

    Parameters
    ----------
    entry : Entry or None
        The role's entry requirements; ``None`` gives no verdict.
    background : Background or None
        What the person said; ``None`` gives no verdict.
    conditions : sequence of Condition, optional
        The role's working conditions (``Role.conditions``): those in
        ``background.avoid`` are named in the verdict's caution.
    taxonomy : Taxonomy, optional
        The role's taxonomy: an abbreviation the person wrote alone that two of its
        credentials spell out differently ("CPS": peer or prevention specialist) then
        holds neither, and the verdict's notes ask the person to write it out.
    shown : Shown, optional
        What the person's words show of their experience
        (:func:`careermap.results.experience.shown_by`):
        a role whose ``entry.experience`` it does not hold gets the ``experience``
        verdict unless a degree, licence or lived experience is missing. Without it
        (``None``) experience is not judged.
    sector : str, optional
        The role's sector (``Role.sector``): with *taxonomy*, a role asking for no
        licence in a sector whose licence sets the level of its work is a step down in
        scope for a person licensed in it (:mod:`careermap.results.scope`). Without it
        scope is not judged.
    role : str, optional
        The role's id: with *taxonomy*, the role the person's job title names
        (``background.current_role``) gets the ``current`` verdict, their current job
        (:func:`careermap.results.current.current_job`), with any caution.

    Returns
    -------
    Readiness or None

    Examples
    --------
    >>> from careermap import lookup_role
    >>> crisis_worker = Background(education="bachelor", years_experience=2)
    >>> print(assess(lookup_role("therapist").entry, crisis_worker))  # doctest: +ELLIPSIS
    Needs a master's degree; Licensed Professional Counselor (LPC/LMHC)...
    >>> print(assess(lookup_role("crisis-counsellor").entry, crisis_worker).verdict)
    ready
    >>> leaving = Background(education="bachelor", years_experience=2, avoid=["crisis-work"])
    >>> crisis = lookup_role("crisis-counsellor")
    >>> found = assess(crisis.entry, leaving, crisis.conditions)
    >>> found.avoided
    (<Condition.CRISIS_WORK: 'crisis-work'>,)
    >>> print(found)  # doctest: +ELLIPSIS
    Ready now. Involves crisis work (people at acute risk, day to day), which you said ...
    """
    if entry is not None and background is not None:  # as the person's country asks it,
        # and "RPN" from Saskatchewan as its RPN (results.regional)
        entry, background = entry.for_country(background.works_in), in_region(background)
    # Only for a person who wrote credentials: the first look reads every role's.
    asked = taxonomy is not None and background is not None and background.credentials
    ambiguous = ambiguous_in(taxonomy) if asked and taxonomy is not None else {}
    unknown = (  # with those of the person's own country careermap cannot name
        own_licences(
            unknown_licences(background.credentials, taxonomy, ambiguous),
            background,
            taxonomy,
            ambiguous,
        )
        if asked and taxonomy is not None and background is not None
        else ()
    )
    above = licensed_above(entry, sector, background, taxonomy, ambiguous, role=role)
    if entry is None or background is None:
        return None
    # A UK nation's own registers (results.nations): another nation's holds none here.
    nation = for_nation(entry, background.region)
    moved = moved_registers(entry, nation, background.credentials, ambiguous)
    entry = nation
    # Until recognised where the person works, another country's registration that holds
    # the post's credentials only by a local register's words holds nothing for the
    # verdict (its note says so); what it certifies still counts. Found once, for both.
    elsewhere = held_only_abroad(background, entry, ambiguous)
    # Another country's registration or licence gets its own note (recognition), not the
    # note of a licence careermap does not know.
    abroad = from_abroad(background, entry, ambiguous, unknown, elsewhere=elsewhere)
    if abroad:
        taken = {text for text, _ in abroad}
        unknown = tuple(text for text in unknown if text not in taken)
    kept = [text for text in background.credentials if text not in elsewhere]
    hiring = background.model_copy(update={"credentials": kept}) if elsewhere else background
    lived = _lived_certified(entry, background, ambiguous, taxonomy)
    held = role is not None and taxonomy is not None and is_current(role, background, taxonomy)
    if held:
        found: Readiness | None = current_verdict(
            entry, background, ambiguous, shown, unknown, above=above
        )
    else:
        found = hiring_verdict(
            entry,
            hiring,
            ambiguous,
            shown,
            unknown,
            above=above,
            lived=lived,
            current=_own_seniority(background, taxonomy),
            moved=moved,
        )
    if found is None:
        return found
    found = found if held else as_check(found, unknown, entry, shown)  # their own licence: a check
    if not held:  # a preferred credential most look for, named without lowering the tier
        found = with_usual(found, entry, background, ambiguous)
        # The post's working language, unshown: a long step, not experience to gain.
        found = language_gate(found, entry.experience, taxonomy)
    # Experience postings prefer is named, never asked (Shown.lacks_preferred).
    preferred = entry.experience
    unshown = shown is not None and shown.lacks_preferred(preferred)
    if not held and preferred is not None and unshown:
        update = {
            # "though": in brackets the clause had read as contradicting "Ready now"
            # (twenty-first round, a counsellor's review).
            "summary": f"{found.summary}, though most postings prefer experience of "
            f"{preferred.of} and nothing you wrote shows it",
            "notes": (
                *found.notes,
                f"Most postings prefer experience of {preferred.of}; say so if you have it.",
            ),
        }
        found = found.model_copy(update=update)
    found = _with_starter(found, entry, background, taxonomy, held=held, role=role)
    found = own_level_words(found, role, background, taxonomy, shown)  # own kind of work
    # Said of the current job too: a US school psychologist now in England checks recognition.
    found = _with_recognition(found, entry, background, ambiguous, abroad)
    # "... (you hold the V300 it names: ...)"; not of the current job, which needs nothing.
    found = found if held else with_held_parts(found, background, taxonomy, ambiguous)
    written, texts = (shown.lived, shown.lived_texts) if shown is not None else ((), ())
    question = (
        None
        if held
        else lived_question(entry, background, certified=lived, written=written, texts=texts)
    )
    if question:
        found = found.model_copy(update={"summary": f"{found.summary} ({question})"})
    diploma = background.education != education_level(background)
    if not held and entry.education is Education.MASTER and diploma:
        found = found.model_copy(update={"notes": (*found.notes, DIPLOMA_NOTE)})
    # Each wish named once: a clinical caseload avoided says what a caseload would.
    involves = involved(conditions)
    wished = [c for c in Condition if c in background.avoid and c in involves]
    avoided = tuple(c for c in wished if not any(ENTAILS.get(o) is c for o in wished))
    if not avoided:
        return found
    said = said_as_listed(avoided, conditions)  # death and dying, not accounts of abuse
    return found.model_copy(update={"avoided": avoided, "caution": caution(said)})


def _with_recognition(
    found: Readiness,
    entry: Entry,
    background: Background,
    ambiguous: Mapping[str, tuple[str, ...]],
    abroad: Sequence[tuple[str, str]],
) -> Readiness:
    """Ask, beside *found*, to check the recognition of what the person holds from abroad.

    Another country's credential (:func:`~careermap.results.countries.recognition`), and a
    degree awaiting recognition where the post asks for a degree
    (:func:`~careermap.results.awaiting.degree_check`).
    """
    recognised = recognition(background, entry, ambiguous, abroad)
    if recognised:
        asks = "; ".join("c" + note.partition(":")[0][1:] for note in recognised)
        update = {"summary": f"{found.summary} ({asks})", "notes": (*found.notes, *recognised)}
        found = found.model_copy(update=update)
    waiting = degree_check(entry, background)
    if waiting:
        update = {"summary": f"{found.summary} ({CHECK})", "notes": (*found.notes, waiting)}
        found = found.model_copy(update=update)
    return found


def role_readiness(
    role: Role, background: Background | None, *, taxonomy: Taxonomy, shown: Shown | None
) -> Readiness | None:
    """Return the verdict on *role* for *background*: :func:`assess` with all the role gives.

    The one verdict a ranking's matches, its lazy explanations and upskilling's targets
    show, so that each says the same of the same role.
    """
    return assess(
        role.entry,
        background,
        role.conditions,
        taxonomy=taxonomy,
        shown=shown,
        sector=role.sector,
        role=role.id,
    )


def _lived_certified(
    entry: Entry,
    background: Background,
    ambiguous: Mapping[str, tuple[str, ...]],
    taxonomy: Taxonomy | None = None,
) -> tuple[LivedKind, ...]:
    """Return the kinds of lived experience the person's credentials show.

    A credential awarded only to people with a kind of lived experience
    (``Credential.lived_experience_of``: a family peer credential) shows that kind when the
    person holds it by a name that certifies it (not one hiring merely accepts): those
    *entry* names, and with *taxonomy* those of its ``credentials`` section, whatever the
    role (a family peer advocate's FPA shows a parent's experience for a recovery coach
    post too, where a yes beside it is read as that kind).
    """
    defined = taxonomy.credentials if taxonomy is not None else ()
    every: tuple[Credential | CredentialDefinition, ...] = (*entry.written, *defined)
    found = {
        kind
        for credential in every
        if credential.lived_experience_of
        and certifies(background.credentials, credential, ambiguous=ambiguous)
        for kind in credential.lived_experience_of
    }
    return tuple(k for k in LivedKind if k in found)


def _with_starter(
    found: Readiness,
    entry: Entry,
    background: Background,
    taxonomy: Taxonomy | None,
    *,
    held: bool,
    role: str | None = None,
) -> Readiness:
    """Name an entry-level post in a ready or certify verdict, its pay in a note (rungs).

    Not of their current job (*held*), nor of the post *role* whose licence they hold, their
    profession whatever their title says (review38 P10); nor at their own level (own_level).
    """
    if held or found.verdict not in ("ready", "certify"):
        return found
    starter = starter_pay(entry, background, _own_seniority(background, taxonomy))
    if starter is None:
        return found
    if (
        role is not None
        and taxonomy is not None
        and own_licence(taxonomy.role_index[role], background, taxonomy) is not None
    ):
        return found
    # An entry-level lay social service post below a licence they hold (review43 P11).
    above = lay_scope(entry, background, taxonomy, role=role)
    # As the step down in scope of a licensed field's post says it (rungs), with the degree.
    held_too = " and ".join([*above, education_held(background) or "more education"])
    scope = f": a step down in scope from licensed practice, while you hold {held_too}"
    summary = f"{found.summary} (an entry-level post{scope if above else ''})"
    return found.model_copy(update={"summary": summary, "notes": (*found.notes, starter)})


def _own_seniority(background: Background, taxonomy: Taxonomy | None) -> Seniority | None:
    """Return the seniority of the person's current job, where their title says it."""
    return None if taxonomy is None else own_seniority(background.current_role, taxonomy)
