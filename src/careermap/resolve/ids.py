"""Resolving many profiles of skill ids, each id looked up once per batch.

A profile from code (a workforce export, a batch job) names its skills by id.
:func:`build_profile` resolves each profile alone: it checks every entry, folds
every text to see whether it is also a name, then looks each id up. Within a
batch the same ids come back profile after profile; :class:`IdProfiles` keeps
the match of each id it has seen (an id's match depends on its text and the
taxonomy only) and builds the profile :func:`build_profile` builds, with the
same checks and the same errors. A profile with any text that is not an id
(a label, an alias, a typo) is left to :func:`build_profile`.
"""

from __future__ import annotations

from collections.abc import Callable

from careermap.resolve.levels import levels_by_skill
from careermap.resolve.names import id_lookup
from careermap.resolve.profile import (
    Profile,
    ProfileInput,
    _check_level,
    _check_text,
    _entry,
    _items,
    build_profile,
)
from careermap.resolve.skill_match import SkillMatch, id_match
from careermap.taxonomy.models import Taxonomy

__all__ = ["IdProfiles"]

#: Builds a profile when first asked for it.
Builder = Callable[[], Profile]


class IdProfiles:
    """Builds profiles against one taxonomy as :func:`build_profile` does, ids looked up once.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> build = IdProfiles(taxonomy)
    >>> given = [("motivational-interviewing", 4), "cognitive-behavioural-therapy"]
    >>> build(given) == build_profile(given, taxonomy=taxonomy)
    True
    """

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.ids = id_lookup(taxonomy)
        self.known: dict[str, SkillMatch] = {}

    def __call__(self, profile: ProfileInput) -> Profile:
        """Return ``build_profile(profile, taxonomy=...)``, raising what it raises."""
        found = self.lazily(profile)
        return found if isinstance(found, Profile) else found[1]()

    def lazily(self, profile: ProfileInput) -> Profile | tuple[dict[str, int], Builder]:
        """Return a profile of ids as ``(skills, build)``; any other profile built.

        *skills* is what ``Profile.skills`` would give, ``build()`` the profile
        itself: a batch scores the skills and builds the profile (its entries and
        their matches, some forty objects) only when a ranking's profile is read.
        Every entry is checked now, and what ``build_profile`` refuses raises now.
        """
        if isinstance(profile, Profile):
            return profile
        checked: list[tuple[str, int | None]] = []
        for text, level in _items(profile):
            valid = _check_text(text)
            checked.append((valid, _check_level(level, valid)))
        matches: list[SkillMatch] = []
        for text, _ in checked:
            match = self._match(text)
            if match is None:  # not an id: the checked entries resolved as usual
                return build_profile(checked, taxonomy=self.taxonomy)
            matches.append(match)
        if not matches:
            return build_profile(checked, taxonomy=self.taxonomy)  # raises: the profile is empty
        named = [
            (text, level, match.skill_id)
            for (text, level), match in zip(checked, matches, strict=True)
        ]

        def build() -> Profile:
            entries = [_entry(t, level, m) for (t, level), m in zip(checked, matches, strict=True)]
            return Profile(entries=tuple(entries), background=None)

        return levels_by_skill((level, skill_id) for _, level, skill_id in named), build

    def _match(self, text: str) -> SkillMatch | None:
        """Return the match of *text* when it is a skill id (``match_text``'s first case)."""
        if type(text) is not str:
            return None
        found = self.known.get(text)
        if found is not None:
            return found
        found = id_match(self.ids, text, text.strip())
        if found is not None:
            self.known[text] = found
        return found
