"""Whether the lived experience a person brings is the kind a peer role asks for.

A role that requires lived experience (``Entry.lived_experience``) may name the kinds
that count (``Entry.lived_experience_of``: a recovery coach's posts ask for
substance-use recovery). A person says they have lived experience (``True``) or which
kinds (``Background.lived_experience``), or holds a credential awarded only to people
with a kind of it (``Credential.lived_experience_of``: New York's Family Peer Advocate
credential, for parents and carers). For :func:`careermap.results.readiness.assess`:

- :func:`lived_need`: nothing said, for a role that requires it, or kinds said of
  which none is one the role's posts ask for: the lived experience is missing, named
  in the kinds the posts ask for, with the person's own kinds in plain words (a
  person in recovery from mental illness is told that recovery coach posts ask for
  substance-use recovery);
- ``True`` (a kind not said) is read as what the field said until kinds were recorded,
  "lived experience of mental illness or recovery": the kinds in :data:`TRUE_KINDS`.
  It is met for a role whose posts ask for one of them (or name no kinds), and
  :func:`lived_question` says what the posts ask for in plain words and asks if it is
  the person's ("these posts ask for recovery from addiction in particular, not any lived
  experience: they are open to you only if that is yours");
  for a role that asks only for other kinds (a family peer advocate: a parent's or
  carer's experience) it is not met, and :func:`lived_need` says what the posts ask for
  and asks if the person's is that kind;
- ``True`` beside a credential that shows a kind (*certified*: a family peer
  credential) is read as that kind, not as :data:`TRUE_KINDS`: a family peer advocate
  who answered yes is not taken to be in recovery herself. A role whose posts ask for
  another kind says so, what the yes was read as, and how to give a kind of one's own
  (``--lived-experience-of``).

A role that only values lived experience is not judged: it is not a condition of hire.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from careermap.resolve.profile import Background
from careermap.taxonomy.lived import LIVED_WORDS, LivedExperience, LivedKind, asked_for
from careermap.taxonomy.models import Entry

__all__ = ["SUICIDE_QUESTION", "TRUE_KINDS", "lived_need", "lived_question"]

#: What ``True`` (lived experience of a kind not said) stands for: the field read "lived
#: experience of mental illness or recovery" until kinds were recorded, so a yes is read
#: as that, never as a parent's, carer's or any other kind (docs/scoring.md).
TRUE_KINDS = frozenset({LivedKind.MENTAL_HEALTH, LivedKind.SUBSTANCE_USE})


#: What a person whose lived experience of suicide is not said to be a loss is asked by a
#: post that asks for lived experience of mental illness (review42 P2).
SUICIDE_QUESTION = (
    "these posts ask for lived experience of mental illness or mental-health problems of "
    "your own: your lived experience of suicide is that if it is your own suicidal thoughts "
    "or attempt, not if it is a loss alone; say it is your own with --lived-experience-of "
    "mental-health"
)


def _suicide_asked(
    entry: Entry, background: Background, shown: set[LivedKind], texts: Sequence[str]
) -> bool:
    """Say whether *entry*'s posts ask if the person's lived experience of suicide is theirs.

    Suicidal thoughts or an attempt of one's own are lived experience of a mental-health
    crisis, which a peer post asking for lived experience of mental illness takes (the
    roles' notes give the sources); a loss to suicide is not. A person whose lived
    experience of suicide is not said to be a loss (*texts*:
    :func:`~careermap.resolve.lived_texts.states_loss`), nor already of a kind the posts
    ask, is asked, not refused (forty-second round, review42 P2: a peer worker who uses
    her own attempt at work was told her kind was the wrong one).
    """
    given = background.lived_experience
    said = set(given) if isinstance(given, tuple) else set(shown) if given is True else set()
    wanted = set(entry.lived_experience_of)
    if LivedKind.SUICIDE not in said or LivedKind.SUICIDE in wanted or said & wanted:
        return False
    # Imported here: the texts are read only for a person who said lived experience of
    # suicide, and resolve.lived_texts reads resolve.parts, which `careermap match` does
    # not load otherwise (tests/cli/test_main.py).
    from careermap.resolve.lived_texts import states_loss  # noqa: PLC0415

    return LivedKind.MENTAL_HEALTH in wanted and not states_loss(texts)


def _open_to_true(wanted: Iterable[LivedKind]) -> bool:
    kinds = set(wanted)
    return not kinds or bool(kinds & TRUE_KINDS)


def lived_need(
    entry: Entry,
    background: Background,
    *,
    certified: Iterable[LivedKind] = (),
    written: Iterable[LivedKind] = (),
    texts: Sequence[str] = (),
) -> str | None:
    """Return the lived experience *background* lacks for *entry*, in plain words, or None.

    *certified* are the kinds the person's credentials are awarded only to people with
    (a family peer credential: ``family``); they count as said, and a yes beside them
    (``True``) is read as them. *written* are the kinds the person's own skill *texts*
    state (:func:`careermap.resolve.lived_texts.lived_kinds_in`: "caring for my son
    (schizophrenia)"); a yes that said no kind is read as them too (thirtieth round,
    review 30 P6), and a post that asks for another kind needs it: a long step, not a
    question beside a short one.

    Examples
    --------
    >>> from careermap import lookup_role
    >>> coach = lookup_role("recovery-coach").entry
    >>> print(lived_need(coach, Background(lived_experience=["substance-use"])))
    None
    >>> print(lived_need(coach, Background(lived_experience=True)))
    None
    >>> print(lived_need(coach, Background(lived_experience=["mental-health"])))
    ... # doctest: +NORMALIZE_WHITESPACE
    lived experience of substance-use recovery, shared at work (yours, as you said, is
    of mental illness or mental-health problems)
    >>> family = lookup_role("family-peer-advocate").entry
    >>> print(lived_need(family, Background(lived_experience=True)))
    ... # doctest: +NORMALIZE_WHITESPACE
    lived experience as the parent or carer of someone with mental-health or
    substance-use needs, shared at work (you said you have lived experience but not its
    kind: say if it is this kind)
    >>> parent = Background(lived_experience=True)
    >>> print(lived_need(family, parent, certified=["family"]))
    None
    >>> print(lived_need(coach, parent, certified=["family"]))
    ... # doctest: +NORMALIZE_WHITESPACE
    lived experience of substance-use recovery, shared at work (your yes was read as
    lived experience as the parent or carer of someone with mental-health or
    substance-use needs, which your credentials show; if you have lived experience of
    your own as well, give its kind (--lived-experience-of))
    >>> son = ["caring for my son (schizophrenia)"]
    >>> print(lived_need(coach, parent, written=["family"], texts=son))
    ... # doctest: +NORMALIZE_WHITESPACE
    lived experience of substance-use recovery, shared at work (your yes was read as
    lived experience as the parent or carer of someone with mental-health or
    substance-use needs, as you wrote ('caring for my son (schizophrenia)'); if you have
    lived experience of your own as well, give its kind (--lived-experience-of))
    >>> print(lived_need(family, parent, written=["family"], texts=son))
    None
    """
    wanted = entry.lived_experience_of
    given = background.lived_experience
    shown = set(certified)
    # Kinds the person's own texts state, for a yes that said none (review 30 P6).
    kinds = set(written) if given is True else set()
    if entry.lived_experience is not LivedExperience.REQUIRED or (shown | kinds) & set(wanted):
        return None
    if _suicide_asked(entry, background, shown | kinds, texts):  # asked, not refused
        return None
    if given is True and (shown or kinds):  # a yes beside a credential or a text: their kinds
        source = _source(shown, kinds, texts)
        met, why = not wanted, f"{_read_as(shown | kinds)}, {source}; {_OWN}"
    elif given is True:  # a kind not said: mental illness or recovery, as the field said
        met, why = _open_to_true(wanted), _NOT_SAID
    elif not given:  # nothing said, no, or no kinds
        met, why = False, ""
    else:
        met = not wanted or bool(set(given) & set(wanted))
        yours = " and ".join(LIVED_WORDS[k] for k in LivedKind if k in given)
        why = f"yours, as you said, is {yours}"
    if met:
        return None
    return f"{asked_for(wanted)}, shared at work" + (f" ({why})" if why else "")


def _source(certified: set[LivedKind], written: set[LivedKind], texts: Sequence[str]) -> str:
    """Say what showed the kinds a yes was read as: credentials, texts the person wrote."""
    quoted = f"as you wrote ({texts[0]!r})" if texts else "as you wrote"
    if certified and written - certified:
        return f"which your credentials show and {quoted}"
    if certified:
        return "which your credentials show"
    return quoted


#: What a yes that said no kind is told beside a need (review34 P11: "your yes was read as
#: lived experience of mental illness or recovery; say which kind yours is" was not plain).
_NOT_SAID = "you said you have lived experience but not its kind: say if it is this kind"

#: The kinds in plain words, as a question names them (review34 P11: "these posts ask for
#: recovery from addiction: say if that is yours").
_PLAIN: dict[LivedKind, str] = {
    LivedKind.MENTAL_HEALTH: "lived experience of mental illness",
    LivedKind.SUBSTANCE_USE: "recovery from addiction",
    LivedKind.FAMILY: "a parent's or carer's experience of mental-health or substance-use needs",
    LivedKind.JUSTICE: "experience of the criminal justice system",
    LivedKind.MILITARY: "military service",
    LivedKind.HOMELESSNESS: "experience of homelessness",
    LivedKind.SUICIDE: "lived experience of suicide (suicidal thoughts, an attempt, or a loss)",
}

#: How a person whose yes was read as a credential's kind gives a kind of their own.
_OWN = "if you have lived experience of your own as well, give its kind (--lived-experience-of)"


def _read_as(kinds: Iterable[LivedKind]) -> str:
    """Say what a yes was read as ("your yes was read as lived experience of ...")."""
    read = set(kinds)
    words = "lived experience of mental illness or recovery"
    if read != TRUE_KINDS:
        words = asked_for(read).replace(", or ", " and ")
    return f"your yes was read as {words}"


def lived_question(
    entry: Entry,
    background: Background,
    *,
    certified: Iterable[LivedKind] = (),
    written: Iterable[LivedKind] = (),
    texts: Sequence[str] = (),
) -> str | None:
    """Ask which kind a person's lived experience is, when *entry*'s posts ask for some.

    Only for a person who said they have lived experience without saying its kind
    (``True``), for a role that requires kinds of it of which ``True`` is read as one
    (:data:`TRUE_KINDS`; for a role that asks only for others, :func:`lived_need` asks)
    but not both (a peer post that takes mental-health and substance-use recovery alike
    is met whichever the yes is: twenty-first round, the question had been asked in 56
    verdicts of 23 personas), and whose credentials show no kind (*certified*: then the
    yes is read as theirs, and :func:`lived_need` says so where it does not count), nor
    their own texts (*written*, read the same way: review 30 P6).

    Examples
    --------
    >>> from careermap import lookup_role
    >>> coach = lookup_role("recovery-coach").entry
    >>> print(lived_question(coach, Background(lived_experience=True)))
    ... # doctest: +NORMALIZE_WHITESPACE
    you said you have lived experience; these posts ask for recovery from addiction in
    particular, not any lived experience: they are open to you only if that is yours (say so
    with --lived-experience-of substance-use)
    >>> print(lived_question(coach, Background(lived_experience=["substance-use"])))
    None
    >>> peer = lookup_role("peer-support-specialist").entry
    >>> sorted(kind.value for kind in peer.lived_experience_of)
    ['mental-health', 'substance-use']
    >>> print(lived_question(peer, Background(lived_experience=True)))
    None

    Lived experience of suicide, not said to be a loss, for a post that asks for mental
    illness (review42 P2):

    >>> print(lived_question(peer, Background(lived_experience=["suicide"])))
    ... # doctest: +NORMALIZE_WHITESPACE
    these posts ask for lived experience of mental illness or mental-health problems of
    your own: your lived experience of suicide is that if it is your own suicidal thoughts
    or attempt, not if it is a loss alone; say it is your own with --lived-experience-of
    mental-health
    """
    if entry.lived_experience is not LivedExperience.REQUIRED or not entry.lived_experience_of:
        return None
    if _suicide_asked(entry, background, set(certified) | set(written), texts):
        return SUICIDE_QUESTION
    if background.lived_experience is not True or not _open_to_true(entry.lived_experience_of):
        return None
    if set(certified) or set(written):  # met by their kind, or not and said by lived_need
        return None
    if set(entry.lived_experience_of) >= TRUE_KINDS:  # either kind the yes may be counts
        return None
    asked = [k for k in LivedKind if k in set(entry.lived_experience_of)]
    plain = " or ".join(_PLAIN[k] for k in asked)
    # How to say so (review40 P12: the Maldives counsellor's yes could not say its kind).
    give = " or ".join(f"--lived-experience-of {k.value}" for k in asked)
    # Said as the condition it is (review41 P13: the Benin accompagnateur's lived
    # experience is his own illness, and a recovery coach's post asks for addiction recovery).
    return (
        f"you said you have lived experience; these posts ask for {plain} in particular, "
        f"not any lived experience: they are open to you only if that is yours (say so "
        f"with {give})"
    )
