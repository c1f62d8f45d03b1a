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

from careermap.base.text import normalize
from careermap.resolve.names import name_index
from careermap.resolve.profile import (
    Profile,
    ProfileEntry,
    ProfileInput,
    _check_level,
    _check_repeats,
    _check_text,
    _entry,
    _items,
    build_profile,
)
from careermap.resolve.resolver import SkillMatch, _id_match
from careermap.taxonomy.models import Taxonomy

__all__ = ["IdProfiles"]


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
        self.names = name_index(taxonomy)
        self.known: dict[str, SkillMatch] = {}

    def __call__(self, profile: ProfileInput) -> Profile:
        """Return ``build_profile(profile, taxonomy=...)``, raising what it raises."""
        if isinstance(profile, Profile):
            return profile
        checked = []
        for text, level in _items(profile):
            valid = _check_text(text)
            checked.append((valid, _check_level(level, valid)))
        entries: list[ProfileEntry] = []
        for text, level in checked:
            match = self._match(text)
            if match is None:  # not an id: the checked entries resolved as usual
                return build_profile(checked, taxonomy=self.taxonomy)
            entries.append(_entry(text, level, match))
        if not entries:
            return build_profile(checked, taxonomy=self.taxonomy)  # raises: the profile is empty
        _check_repeats(entries)
        return Profile(entries=tuple(entries), background=None)

    def _match(self, text: str) -> SkillMatch | None:
        """Return the match of *text* when it is a skill id (``match_text``'s first case)."""
        if type(text) is not str:
            return None
        found = self.known.get(text)
        if found is not None:
            return found
        stripped = text.strip()
        skill = self.names.skills.get(stripped)
        if skill is None or normalize(stripped) in self.names.exact:
            return None
        found = self.known[text] = _id_match(text, skill.id, skill.label)
        return found
