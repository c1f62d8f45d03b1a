"""What a person's own words show of their experience, for a role's ``entry.experience``.

A role may name the experience most of its postings ask for before hire
(:class:`careermap.taxonomy.experience.Experience`: crisis line work for a crisis line
supervisor). :func:`shown_by` reads a profile once per ranking: the skills it lists, those
its credentials and degree certify, the essential requirements of the role it holds now,
and its skills, job title and credentials as written. :func:`careermap.results.readiness.assess`
gives the ``experience`` verdict to a role whose experience that does not show.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pydantic import Field

from careermap.base.record import Frozen
from careermap.base.text import normalize
from careermap.resolve.language import other_language
from careermap.resolve.lived_texts import lived_kinds_in, lived_texts
from careermap.resolve.lived_titles import lived_kinds_in_titles, lived_titles
from careermap.resolve.profile import Background, Profile, ProfileEntry
from careermap.taxonomy.experience import Experience
from careermap.taxonomy.lived import LivedKind
from careermap.taxonomy.models import Taxonomy

__all__ = [
    "GUESS_SIMILARITY",
    "ROUTE_LEVEL",
    "PastRole",
    "Shown",
    "experience_shown",
    "guessed_skills",
    "partial_skills",
    "shown_by",
]

#: A text read by meaning below this similarity (0-100) is a guess at its skill: it
#: counts in the score, but is not taken as the person's own practice
#: (:func:`careermap.scoring.anchored.unanchored`; review35 P5).
GUESS_SIMILARITY = 80.0

#: The least level at which a skill the person wrote shows that their current job's years
#: are years of a degree route's work, where their job title does not show it: 4, the
#: level of a practitioner who does the work unsupervised and teaches it (thirtieth round,
#: review 30 P5: a safer custody officer who has trained officers in suicide awareness for
#: seven years, and is a licensed ASIST trainer, had none of those years counted toward
#: "4 years' experience of training or teaching adults").
ROUTE_LEVEL = 4


class PastRole(Frozen):
    """Other work a person did or does (``Background.experience``): a title and its years.

    ``job`` is the title folded, between spaces; ``skills`` the essential requirements
    of the role it names (none when it names none). ``through``: for the current job
    counted only because the person wrote a skill of the work at a practised level
    (:data:`ROUTE_LEVEL`), that skill and its level ("Training delivery at level 4");
    empty when the title itself shows the work. ``helping``: the title names helping work,
    whose core of practice it practises (:func:`careermap.results.practice.title_practice`:
    a helping role, a kind of work all of whose roles are helping work, or a profession
    its words name, "Physician assistant", "Counselling officer"; thirty-fourth round).
    """

    title: str
    job: str
    years: float
    skills: frozenset[str] = frozenset()
    through: str = ""
    helping: bool = False

    def shows(self, experience: Experience) -> bool:
        """Say whether this work is *experience*'s: one of its words, or its skills."""
        if not self.skills.isdisjoint(experience.skills):
            return True
        return any(f" {normalize(word)} " in self.job for word in experience.words)


class Shown(Frozen):
    """What a person's own words show of their experience, for ``Entry.experience``.

    Attributes
    ----------
    skills : frozenset of str
        The skills they listed, those their credentials and degree certify, and the
        essential requirements of the role they hold now.
    text : str
        Their skills, job title and credentials as written, folded
        (:func:`careermap.base.text.normalize`), each between spaces.
    job : str or None
        Their job title alone, folded and between spaces; ``None`` when they gave none.
    title : str or None
        Their job title as written; ``None`` when they gave none.
    job_skills : frozenset of str
        The essential requirements of the role that title names (none when it names none).
    past : tuple of PastRole
        Their other work (``Background.experience``), each title with its years.
    lived : tuple of LivedKind
        The kinds of lived experience their skill texts state as their own
        (:func:`careermap.resolve.lived_texts.lived_kinds_in`) and their peer job titles
        and credentials name (:func:`careermap.resolve.lived_titles.lived_kinds_in_titles`:
        "veterans' peer helper"), for a yes that said no kind.
    lived_texts : tuple of str
        Those texts and titles, as written.
    written : dict of str to str
        The skills they wrote at :data:`ROUTE_LEVEL` or above, each with what to call it
        ("Training delivery at level 4").
    guessed : frozenset of str
        The skills only a reading by meaning below :data:`GUESS_SIMILARITY` found
        (:func:`guessed_skills`).
    partial : frozenset of str
        The skills only found as a name in part of a longer text (:func:`partial_skills`).
    degree : frozenset of str
        The knowledge their degree's subject alone counts as held
        (:func:`careermap.results.degree_held.degree_knowledge`), not their practice.
    """

    skills: frozenset[str] = frozenset()
    text: str = ""
    job: str | None = None
    title: str | None = None
    job_skills: frozenset[str] = frozenset()
    past: tuple[PastRole, ...] = ()
    lived: tuple[LivedKind, ...] = ()
    lived_texts: tuple[str, ...] = ()
    written: dict[str, str] = Field(default_factory=dict)
    guessed: frozenset[str] = frozenset()
    partial: frozenset[str] = frozenset()
    degree: frozenset[str] = frozenset()

    def years_in(self, experience: Experience) -> PastRole | None:
        """Return the past role with the most years of *experience*'s work, or ``None``.

        A past role shows the work as a job title does (:meth:`in_job`): one of its
        words in the title, or one of its skills among the essential requirements of the
        role the title names. Ties go to the title given first.

        Examples
        --------
        >>> from careermap.taxonomy.models import Experience
        >>> lines = Experience(of="crisis line work", skills=["crisis-line-work"],
        ...                    words=["crisis line"], years=2)
        >>> past = (PastRole(title="Lifeguard", job=" lifeguard ", years=9),
        ...         PastRole(title="Crisis line volunteer", job=" crisis line volunteer ",
        ...                  years=3))
        >>> Shown(past=past).years_in(lines).title
        'Crisis line volunteer'
        """
        found = [p for p in self.past if p.shows(experience)]
        return max(found, key=lambda p: p.years, default=None)

    def years_of(self, experience: Experience, total: float | None) -> PastRole | None:
        """Return the work that shows the most years of *experience*'s work, or ``None``.

        The route a post takes in place of its degree (``Entry.experience_for_degree``)
        counts years of its own work: the person's years of experience (*total*) when
        they show the experience (:meth:`holds`) and their job title is that work
        (:meth:`in_job`; with no job title given their years are taken as relevant, as
        ``years_experience`` says), or the years of other work whose title shows it
        (:meth:`years_in`). Where the job title does not show it, the current job's
        years count too when the person wrote one of the work's skills at
        :data:`ROUTE_LEVEL` or above (:attr:`written`): the work is part of their job,
        and the route's work says so (:attr:`PastRole.through`). A skill written at a
        lower level, or without a current job, counts no years.

        Examples
        --------
        >>> from careermap.taxonomy.models import Experience
        >>> training = Experience(of="training staff", skills=["training-delivery"],
        ...                       words=["trainer"], years=4)
        >>> Shown(text=" peer trainer ", job=" peer trainer ", title="Peer trainer"
        ...       ).years_of(training, 5).title
        'Peer trainer'
        >>> print(Shown(text=" nurse trainer ", job=" nurse ").years_of(training, 9))
        None
        >>> officer = Shown(skills=frozenset({"training-delivery"}), job=" prison officer ",
        ...                 title="Prison officer",
        ...                 written={"training-delivery": "Training delivery at level 4"})
        >>> officer.years_of(training, 7).through
        'Training delivery at level 4'
        """
        found = [p for p in self.past if p.shows(experience)]
        if total is not None and self.holds(experience):
            job = self.job or ""
            title = self.title or job.strip()
            if self.in_job(experience):
                found.append(PastRole(title=title, job=job, years=total))
            else:
                through = [self.written[s] for s in sorted(experience.skills) if s in self.written]
                if through:
                    found.append(PastRole(title=title, job=job, years=total, through=through[0]))
        return max(found, key=lambda p: p.years, default=None)

    def holds(self, experience: Experience) -> bool:
        """Say whether this shows *experience*: one of its skills, or one of its words.

        Examples
        --------
        >>> from careermap.taxonomy.models import Experience
        >>> lines = Experience(of="crisis line work", skills=["crisis-line-work"],
        ...                    words=["hotline", "crisis line"])
        >>> Shown(text=" volunteer on a crisis line ").holds(lines)
        True
        >>> Shown(skills=frozenset({"counselling"}), text=" hotlines ").holds(lines)
        False
        """
        if not self.skills.isdisjoint(experience.skills):
            return True
        return any(f" {normalize(word)} " in self.text for word in experience.words)

    def lacks_preferred(self, experience: Experience | None) -> bool:
        """Say whether postings prefer *experience* (``preferred``) and this does not show it.

        Such a role keeps its verdict, which names the preference, and advice order counts
        its score at a share within its readiness group (docs/scoring.md, readiness).

        Examples
        --------
        >>> from careermap.taxonomy.models import Experience
        >>> justice = Experience(of="justice work", skills=["public-safety-and-security"],
        ...                      words=["probation"], preferred=True)
        >>> Shown(text=" case management ").lacks_preferred(justice)
        True
        >>> Shown(text=" probation officer ").lacks_preferred(justice)
        False
        """
        return experience is not None and experience.preferred and not self.holds(experience)

    def in_job(self, experience: Experience) -> bool:
        """Say whether the person's years of experience are years of *experience*'s work.

        They are when their job title shows it (one of its words, or one of its skills
        among the essential requirements of the role the title names), and when they gave
        no job title: their years are then taken as relevant, as ``years_experience``
        says. A volunteer's weekly crisis line shift beside a copywriter's job shows the
        experience (:meth:`holds`), but not years of it.

        Examples
        --------
        >>> from careermap.taxonomy.models import Experience
        >>> lines = Experience(of="crisis line work", skills=["crisis-line-work"],
        ...                    words=["lifeline", "crisis line"], years=2)
        >>> Shown(text=" lifeline volunteer ", job=" senior copywriter ").in_job(lines)
        False
        >>> Shown(job=" crisis line counselor ").in_job(lines)
        True
        >>> Shown(text=" lifeline volunteer ").in_job(lines)
        True
        """
        if self.job is None:
            return True
        if not self.job_skills.isdisjoint(experience.skills):
            return True
        return any(f" {normalize(word)} " in self.job for word in experience.words)


def experience_shown(
    texts: Iterable[str],
    skills: Iterable[str],
    background: Background | None,
    taxonomy: Taxonomy,
    levels: Mapping[str, int] | None = None,
) -> Shown:
    """Return what a person's words show of their experience (:class:`Shown`).

    Parameters
    ----------
    texts : iterable of str
        The person's skills as they wrote them.
    skills : iterable of str
        The skill ids those resolved to.
    background : Background or None
        Its job title (``current_role``) and credentials are read as written; the
        skills its credentials and degree certify count, and so do the essential
        requirements of the role the title names (both through
        :func:`careermap.results.readiness.implied_skills`).
    taxonomy : Taxonomy
        Where the current role is looked up.
    levels : mapping of str to int, optional
        The level each skill was written at: those at :data:`ROUTE_LEVEL` or above
        are :attr:`Shown.written`.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> held = Background(current_role="School counselor (grades 9-12)")
    >>> shown = experience_shown(["career guidance"], ["career-guidance"], held, taxonomy)
    >>> "school-counselling" in shown.skills
    True
    """
    # Imported here: a ranking without a background reads neither (careermap match,
    # a warm load's first ranking), and they import the credential readers.
    from careermap.results.current import practised_skills  # noqa: PLC0415
    from careermap.results.practice import title_practice  # noqa: PLC0415
    from careermap.results.readiness import implied_skills  # noqa: PLC0415

    written = list(texts)
    own = lived_texts(written)
    titled: tuple[str, ...] = ()
    peer: list[str] = []
    certified: tuple[str, ...] = ()
    found = set(skills)
    title = background.current_role if background is not None else None
    job = f" {normalize(title)} " if title and title.strip() else None
    past: tuple[PastRole, ...] = ()
    if background is not None:
        written += [*background.credentials, background.current_role or ""]
        # What credentials, the degree and the role held now certify: the last are the
        # essential requirements of that role (careermap.results.current.practised_skills).
        found |= implied_skills(background, taxonomy, found)
        # Other work, before the current job or beside it, shows experience as a job does.
        past = tuple(
            PastRole(
                title=other,
                job=f" {normalize(other)} ",
                years=years,
                skills=practised_skills(other, taxonomy),
                helping=bool(title_practice(other, taxonomy)),
            )
            for other, years in background.experience.items()
        )
        written += [p.title for p in past]
        found |= {skill for p in past for skill in p.skills}
        # A peer title names whose peer the person is: that kind (review 33 P8).
        peer = [background.current_role or "", *(p.title for p in past)]
        certified = tuple(background.credentials)  # by who may hold them (review36 P9)
        titled = lived_titles(peer, certified)
    text = "".join(f" {normalize(t)} " for t in written if t)
    practised = practised_skills(title, taxonomy) if job is not None else frozenset()
    return Shown(
        skills=frozenset(found),
        text=text,
        job=job,
        title=title.strip() if job is not None and title else None,
        job_skills=practised,
        past=past,
        lived=tuple(
            k
            for k in LivedKind
            if k in {*lived_kinds_in(own), *lived_kinds_in_titles(peer, certified)}
        ),
        lived_texts=own + titled,
        written={
            skill: f"{taxonomy.skill_index[skill].label} at level {level}"
            for skill, level in sorted((levels or {}).items())
            if level >= ROUTE_LEVEL and skill in taxonomy.skill_index
        },
    )


def shown_by(
    profile: Profile, taxonomy: Taxonomy, *, skills: dict[str, int] | None = None
) -> Shown | None:
    """Return what *profile*'s words show of experience, or ``None`` without a background.

    Its skills as written and resolved, and its background (:func:`experience_shown`).
    A text that looks written in another language
    (:func:`careermap.resolve.language.other_language`) and that no English name read
    (unread, or read only through a lexicon of its language) shows nothing by its words: an
    English word in it may be a false friend (thirty-sixth round: the French "groupe de
    parole des femmes", a women's talking group, showed a Dakar social worker's "parole",
    work with people in the justice system, and a US re-entry post came first).
    *skills*, when given, are ``profile.skills`` as the caller read them (a ranking reads
    them once: :func:`careermap.scoring.set_aside.read_profile`).

    Examples
    --------
    >>> from careermap import build_profile, load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> written = build_profile(["groupe de parole des femmes"], background={"country": "SN"})
    >>> " parole " in shown_by(written, taxonomy).text
    False
    """
    if profile.background is None:
        return None
    skills = profile.skills if skills is None else skills
    texts = (e.text for e in profile.entries if not _unread_foreign(e))
    found = experience_shown(texts, skills, profile.background, taxonomy, skills)
    from careermap.results.degree_held import degree_knowledge  # noqa: PLC0415 - with a background

    studied = degree_knowledge(profile.background, taxonomy) - skills.keys()
    return found.model_copy(
        update={
            "guessed": guessed_skills(profile),
            "partial": partial_skills(profile),
            "degree": studied,
        }
    )


def _unread_foreign(entry: ProfileEntry) -> bool:
    """Say whether *entry*'s text looks written in another language and no English name read it.

    A text read only through a lexicon of another language (``SkillMatch.language``:
    "groupe de parole des femmes" as *Support group facilitation*, through French) shows
    its skill, not its words: "parole" is still a false friend. One read by an English
    name, as a gloss in brackets is, shows its words as before.
    """
    parts = entry.match.split or (entry.match,)
    english = any(m.skill_id is not None and m.language is None for m in parts)
    return not english and other_language(entry.text)


def guessed_skills(profile: Profile) -> frozenset[str]:
    """Return the skills of *profile* that only a reading by meaning below the bar found.

    A skill any text names by its name, an alias, a close spelling or a reading by
    meaning at :data:`GUESS_SIMILARITY` or above is not a guess.

    Examples
    --------
    >>> from careermap import build_profile
    >>> guessed_skills(build_profile(["CBT", "counselling"]))
    frozenset()
    """
    sure: set[str] = set()
    guesses: set[str] = set()
    for entry in profile.entries:
        for match in entry.match.split or (entry.match,):
            if match.skill_id is None:
                continue
            guess = match.method == "semantic" and match.similarity < GUESS_SIMILARITY
            (guesses if guess else sure).add(match.skill_id)
    return frozenset(guesses - sure)


def partial_skills(profile: Profile) -> frozenset[str]:
    """Return the skills of *profile* only found as a name in part of a longer text.

    Method ``'part'``: "Supervised genetic counseling students in clinic" as *Clinical
    supervision*, "Kept resident files, rent ledgers and incident reports" as *Quality
    improvement* (review35 P5). A skill any text names whole (by its name, an alias, a close
    spelling, one item of a list, or by meaning) is not partial.

    Examples
    --------
    >>> from careermap import build_profile
    >>> sorted(partial_skills(build_profile(["CBT", "Supervised counseling students in clinic"])))
    ['clinical-supervision']
    >>> partial_skills(build_profile(["CBT", "clinical supervision"]))
    frozenset()
    """
    whole: set[str] = set()
    parts: set[str] = set()
    for entry in profile.entries:
        for match in entry.match.split or (entry.match,):
            if match.skill_id is not None:
                (parts if match.method == "part" else whole).add(match.skill_id)
    return frozenset(parts - whole)
