"""A credential still needed that names, in its own words, one the person holds.

Some posts ask in one country for a credential made of two: in the United Kingdom the
psychiatric nurse practitioner's post asks for an "Advanced clinical practitioner with
V300 non-medical prescribing" (the nurse's independent prescribing annotation on the
NMC register, beside advanced practice). A mental health nurse who holds the V300 was
told she needs it, as if she had nothing of it (review 29, P13 ii). A need that names a
credential of the taxonomy's ``credentials`` section that the person holds, by one of
its names written out in the need as whole words after "with", "and" or "plus" (a part
joined to the rest, not an alternative), now says so: "Advanced clinical
practitioner with V300 non-medical prescribing (you hold the V300 non-medical
prescribing it names: V300 Independent and Supplementary Prescriber, NMC)". The need
stays a need (the verdict and its tier do not change): the other part is still to get.
A request careermap cannot name (what a country asks in place of a licence it does not
know) is never read so: the licence it names is the one not recognised there.
"""

from __future__ import annotations

from collections.abc import Mapping

from careermap.base.cache import derived
from careermap.base.text import normalize
from careermap.resolve.background import Background
from careermap.results.countries import is_unknown_name
from careermap.results.credentials import holds
from careermap.results.verdict import Readiness
from careermap.taxonomy.models import Taxonomy

__all__ = ["held_part", "with_held_parts"]

#: The words that join a part to the rest of a credential made of two ("Advanced clinical
#: practitioner with V300 ..."): a name after "or", or alone, is an alternative or the
#: need itself, which holding it would have met ("CPRS or recovery coach certificate").
_JOINED = ("with", "and", "plus")


def held_part(
    need: str,
    background: Background,
    taxonomy: Taxonomy,
    ambiguous: Mapping[str, tuple[str, ...]] | None = None,
) -> tuple[str, str] | None:
    """Return the name *need* gives a credential the person holds, and their text for it.

    The longest of the credential's names (its ``name`` and ``also``) found in *need* as
    whole words; ``None`` when *need* names none the person holds.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> nurse = Background(credentials=["RMN, NMC", "V300 Independent and Supplementary "
    ...                                 "Prescriber, NMC"], country="GB")
    >>> held_part("Advanced clinical practitioner with V300 non-medical prescribing",
    ...           nurse, taxonomy)
    ('V300 non-medical prescribing', 'V300 Independent and Supplementary Prescriber, NMC')
    >>> held_part("a master's degree", nurse, taxonomy) is None
    True
    """
    if is_unknown_name(need) or not background.credentials:
        return None
    words = normalize(need).split()
    wanted = f" {' '.join(words)} "
    names = _by_first_word(taxonomy)
    found: dict[str, list[str]] = {}
    for word in dict.fromkeys(words):
        for key, written, index in names.get(word, ()):
            if any(f" {joined} {key} " in wanted for joined in _JOINED):
                found.setdefault(index, []).append(written)
    for index, named in sorted(found.items()):
        definition = taxonomy.credential_index[index]
        texts = [t for t in background.credentials if holds([t], definition, ambiguous=ambiguous)]
        if texts:
            return max(named, key=len), texts[0]
    return None


def _by_first_word(taxonomy: Taxonomy) -> Mapping[str, tuple[tuple[str, str, str], ...]]:
    """Each credential name of *taxonomy*'s section by its first normalised word.

    Each as (the normalised name, the name as written, the credential's id).
    """

    def build() -> Mapping[str, tuple[tuple[str, str, str], ...]]:
        index: dict[str, list[tuple[str, str, str]]] = {}
        for definition in taxonomy.credentials:
            for name in (definition.name, *definition.also):
                key = normalize(name)
                if key:
                    index.setdefault(key.split()[0], []).append((key, name, definition.id))
        return {word: tuple(found) for word, found in index.items()}

    built: Mapping[str, tuple[tuple[str, str, str], ...]] = derived(
        taxonomy, "credential-names-by-first-word", build
    )
    return built


def with_held_parts(
    found: Readiness,
    background: Background,
    taxonomy: Taxonomy | None,
    ambiguous: Mapping[str, tuple[str, ...]] | None = None,
) -> Readiness:
    """Return *found* with each need that names a credential held saying so (see module).

    Without a *taxonomy* (whose ``credentials`` section names them), *found* as it is.
    """
    if taxonomy is None or not found.needs:
        return found
    needs, summary = list(found.needs), found.summary
    for i, need in enumerate(found.needs):
        part = held_part(need, background, taxonomy, ambiguous)
        if part is None:
            continue
        said = f"{need} (you hold the {part[0]} it names: {part[1]})"
        needs[i] = said
        summary = summary.replace(need, said, 1)
    if needs == list(found.needs):
        return found
    return found.model_copy(update={"needs": tuple(needs), "summary": summary})
