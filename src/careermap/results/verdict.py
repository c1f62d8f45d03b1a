"""The readiness verdict's record: :class:`Readiness` (see :mod:`careermap.results.readiness`)."""

from __future__ import annotations

from enum import Enum
from typing import Literal

from careermap.base.record import Frozen
from careermap.taxonomy.conditions import Condition
from careermap.taxonomy.models import Education

__all__ = ["Gate", "Readiness", "Verdict", "sentences"]

Verdict = Literal["ready", "certify", "experience", "needs", "step-up", "step-down", "current"]


class Gate(str, Enum):
    """A step a ``needs`` verdict names besides a degree (:attr:`Readiness.gates`)."""

    #: A degree in the subject the post asks (``Entry.degree_in``), the level held
    #: (:mod:`careermap.results.degree_subject`).
    SUBJECT = "degree-subject"
    #: A licence or registration: to obtain, to finish a programme toward, to complete
    #: (pending), or to have reinstated.
    LICENCE = "licence"
    #: Lived experience of the kind a peer role asks for.
    LIVED = "lived-experience"
    #: A certification that takes supervised practice (named with its hours), or a
    #: programme in progress toward a certification.
    CERTIFICATION = "certification"
    #: A short step named beside them: renewing a lapsed licence, applying with a
    #: completed qualification, a certification without supervised practice.
    SHORT = "short-step"
    #: The post's working language, which the person does not show: learned over years,
    #: not in a course (:mod:`careermap.results.working_language`).
    LANGUAGE = "language"


class Readiness(Frozen):
    """Whether a person could be hired into a role now, with what stands between.

    Attributes
    ----------
    verdict : {'ready', 'certify', 'experience', 'needs', 'step-up', 'step-down', 'current'}
        See :mod:`careermap.results.readiness`; ``current`` is the role the person's job
        title names (:func:`careermap.results.current.current_job`).
    summary : str
        The verdict in plain words, for a person.
    needs : tuple of str
        Each missing degree, credential, lived experience or experience of a kind of
        work, named.
    notes : tuple of str
        The jurisdiction notes of the missing credentials (US/UK).
    avoided : tuple of Condition
        The role's working conditions the person said they want to leave behind.
    caution : str
        Those conditions in plain words, and, for a thin profile's post reached by
        general skills alone, that it asks for none of the person's own practice
        (:mod:`careermap.scoring.anchored`); "" when there is neither.
    missing_education : Education or None
        For a ``needs`` verdict, the education level the post asks for that the person's
        is below (the first of ``needs`` names it); ``None`` otherwise, and when a
        programme in progress that gives it is named instead.
    gates : tuple of Gate
        For a ``needs`` verdict, what each of the other ``needs`` is, in their order
        (:func:`careermap.results.gates.missing_gates` counts them); empty otherwise.
    """

    verdict: Verdict
    summary: str
    needs: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    avoided: tuple[Condition, ...] = ()
    caution: str = ""
    missing_education: Education | None = None
    gates: tuple[Gate, ...] = ()

    def __str__(self) -> str:
        return self._with_caution(self.summary)

    def _with_caution(self, summary: str) -> str:
        return sentences(summary, self.caution)

    def cautioned(self, said: str) -> Readiness:
        """Return this verdict with *said* added to its caution, as a sentence of its own.

        Parameters
        ----------
        said : str
            The caution to add after any the verdict has (:func:`sentences`).

        Returns
        -------
        Readiness
            A copy whose caution ends each sentence with a full stop.

        Examples
        --------
        >>> ready = Readiness(verdict="ready", summary="Ready now", caution="Involves travel")
        >>> ready.cautioned("It asks for none of them.").caution
        'Involves travel. It asks for none of them.'
        """
        return self.model_copy(update={"caution": sentences(self.caution, said)})

    def beside(self, band: str, *, score: float | None = None) -> str:
        """Return the verdict as shown beside a score in *band* (explanations, CLI, HTML).

        The verdict speaks of licences, degrees and experience only. Beside a weak or
        stretch score, a client reads "Ready now" as "you could be hired now", so there it
        says which it is (twentieth round, a counsellor's review); the record's ``summary``
        and the JSON contract are unchanged.

        A post listed at a score of 0 (a peer role within reach of the person's lived
        experience, :func:`careermap.scoring.lived_roles.lived_roles`) says that none of
        their skills was read for it, not that a match was found and is weak (review 29b).

        Parameters
        ----------
        band : str
            The band of the match's score (:func:`careermap.results.bands.score_band`).
        score : float, optional
            The match's score; at 0 the verdict says that no skill reaches the post.

        Returns
        -------
        str
            The verdict, with its caution, as a person reads it beside that score.

        Examples
        --------
        >>> Readiness(verdict="ready", summary="Ready now").beside("weak")
        'For licences, degrees and experience, ready now; the skills match is weak (see the gaps)'
        >>> Readiness(verdict="ready", summary="Ready now").beside("good")
        'Ready now'
        >>> print(Readiness(verdict="ready", summary="Ready now").beside("weak", score=0.0))
        ... # doctest: +NORMALIZE_WHITESPACE
        For licences, degrees and experience, ready now; none of the skills you listed
        reaches its requirements yet (see the gaps)
        """
        short = _SKILLS_SHORT.get(band) if self.verdict in ("ready", "certify") else None
        if short is None:
            return str(self)
        said = self.summary[:1].lower() + self.summary[1:]  # "Ready now", "Ready after ..."
        skills = (
            "none of the skills you listed reaches its requirements yet"
            if score is not None and round(score, 12) == 0
            else f"the skills match is {short}"
        )
        summary = f"For licences, degrees and experience, {said}; {skills} (see the gaps)"
        return self._with_caution(summary)


def sentences(*parts: str) -> str:
    """Join *parts* as sentences: each but the last ends with a full stop if it has none.

    Cautions are written without one (:func:`careermap.results.avoided.caution`) or with
    one (:func:`careermap.scoring.anchored.loose_readiness`); joined, each ends its own
    sentence (review35 P11: "... which you said you would rather not do It asks ...").
    Empty parts are left out.

    Examples
    --------
    >>> sentences("Ready now", "Involves shift work, which you said you would rather not do")
    'Ready now. Involves shift work, which you said you would rather not do'
    >>> sentences("Involves travel", "", "It asks for none of them.")
    'Involves travel. It asks for none of them.'
    >>> sentences("Needs a licence (ask the board).", "Involves travel")
    'Needs a licence (ask the board). Involves travel'
    """
    said = [part.strip() for part in parts if part.strip()]
    return " ".join(
        part if part.endswith((".", "!", "?")) or last else f"{part}."
        for last, part in ((i == len(said) - 1, part) for i, part in enumerate(said))
    )


#: Score bands beside which a ready verdict says the skills fall short, as it reads them.
_SKILLS_SHORT = {"weak": "weak", "stretch": "a stretch"}
