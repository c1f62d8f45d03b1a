"""Reading a skill written in another language through the taxonomy's lexicons.

A text whose whole normalised form is a term of a lexicon
(:class:`careermap.taxonomy.lexicon.Lexicon`: "intervention de crise", "Krisenintervention",
"психообразование") is read as the skill the term names, as an English alias is (method
``'alias'``, similarity 100), before any reading by spelling or by meaning; the match names
the language in :attr:`~careermap.resolve.SkillMatch.language`, so an explanation says the
text was read through it ("Crisis intervention (read through German:
'Krisenintervention')"). A list of terms is split as an English list is, each part read
on its own. A phrase that begins with a term (or a skill's English name) followed by a
word of :data:`COMPLEMENT_WORDS` is read as that skill, as a part ("désescalade avec les
patients"); a term elsewhere in a text is not read, but for the words around it
:mod:`careermap.resolve.lexicon_leads` lists (fortieth round: a CV line's past verb in
Portuguese or Spanish, a word for the work's form, Arabic without its article).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from careermap.base.cache import derived
from careermap.base.frozen import FrozenDict
from careermap.base.text import normalize
from careermap.resolve.lexicon_leads import (
    arabic_bare,
    attached_complement,
    lead_stripped,
    qualifier_dropped,
)
from careermap.resolve.mutations import MUTATING_LANGUAGES, mutated_keys
from careermap.taxonomy.lexicon import term_key

if TYPE_CHECKING:
    from careermap.resolve.skill_match import SkillMatch
    from careermap.taxonomy.models import Taxonomy

__all__ = ["COMPLEMENT_WORDS", "Term", "bare_index", "lexicon_index", "lexicon_match"]

_SHORT = 3
#: Words that open what a practice is done with, for or about, in the lexicons' languages
#: (none of Dutch, Turkish, Azerbaijani, Japanese or Korean: Dutch's are English words,
#: the others' follow the words they govern, and Japanese is written without spaces),
#: as :func:`~careermap.base.text.normalize` and :func:`term_key` write them: a term then
#: one of them heads a phrase that names the term's practice ("désescalade avec les
#: patients", "Psychoedukation für Angehörige", "психообразование для родственников").
#: Conjunctions ("y", "et", "und", "и") are not among them: a list names several skills.
COMPLEMENT_WORDS = frozenset(
    {
        # Spanish
        "de", "del", "con", "para", "en", "al", "por", "sobre", "entre", "desde", "ante",
        # French
        "du", "des", "d", "aupres", "avec", "pour", "chez", "aux", "au", "dans", "sur",
        # Portuguese
        "do", "da", "dos", "das", "com", "em", "no", "na", "nos", "nas", "ao", "junto",
        # German
        "fur", "mit", "bei", "von", "im", "zur", "zum", "nach", "uber",
        # Russian
        "с", "со", "для", "в", "во", "на", "у", "при", "по", "среди",  # noqa: RUF001 - Cyrillic
        # Ukrainian
        "з", "із", "зі", "серед", "щодо",
        # Italian (thirty-seventh round; "di" and "con" above)
        "della", "dello", "dei", "degli", "delle", "per", "nel", "nella", "nei", "nelle",
        "presso", "tra", "fra", "sul", "sulla", "sui", "alle", "agli",
        # Greek
        "με", "για", "σε", "στο", "στη", "στην", "στον", "στα", "στους", "στις",  # noqa: RUF001
        # Bosnian-Croatian-Montenegrin-Serbian in both alphabets, Macedonian, Bulgarian
        # ("na", "u", "s", "o" are English words or initials; the Russian words above
        # serve too)
        "sa", "za", "kod", "prema", "са", "за", "код", "према", "кај", "със", "във",  # noqa: RUF001
        # Arabic, the prepositions written apart ("ل" and "ب" are written onto the word)
        "في", "مع", "لدى", "عند", "حول",
        # Persian (thirty-eighth round), the prepositions written apart, folded as
        # term_key folds them (the Persian yeh as the Arabic: "برای" is "براي")
        "براي", "با", "در", "به", "بين", "نزد",
        # Thirty-ninth round: Haitian Creole ("ak" is "and" as much as "with": a list),
        # and Sorani Kurdish's prepositions written apart, folded as term_key folds them
        # ("لەگەڵ" is "لهگهڵ"; "بە" is the Persian "به" above)
        "pou", "avek", "nan", "sou", "بۆ", "لهگهڵ", "له",
        # Fortieth round: Catalan ("de", "del", "per", "en", "sobre", "entre" above),
        # Papiamento ("cu" in Aruba, "ku" in Curaçao: with; "pa": for; "di": of), Russian
        # "к" (towards) and Arabic "من", "على", "عن", "إلى" (from, on, about, to)
        "amb", "dels", "als", "pels", "cu", "ku", "pa", "di",
        "к", "من", "علي", "عن", "الي",
        # Forty-first round: Malay ("di" above): for, with, to, towards, in, together with
        "untuk", "bagi", "dengan", "kepada", "terhadap", "dalam", "bersama",
        # Forty-second round: Welsh "gyda", "efo" (with), "mewn" (in), "ar" (on; "ar
        # gyfer", for), "fel" (as; "asesiadau ... fel AMHP"), and te reo Māori "ki" (to,
        # with); not Welsh "i" (to), which joins a list in the Balkan languages and Catalan
        "gyda", "efo", "mewn", "ar", "fel", "ki",
        # Forty-third round (lang43): Swedish "hos" (at someone's), "inom" (within), "kring"
        # (around), "mot" (towards; "på", on, is "pa" above), and Swahili
        # "kwa" (for, with, to), "katika", "kwenye" (in, at; "na", with, is above)
        "hos", "inom", "kring", "mot", "kwa", "katika", "kwenye",
    }
)  # fmt: skip


#: Words that open a complement after a lexicon term only, never after an English name:
#: "in" (Italian, German, Dutch), an English word ("training in CBT" is CBT training, not
#: training), so only a term of another language before it makes a phrase of that language
#: (thirty-ninth round: "inserimenti lavorativi in aziende del territorio", job placements
#: in local firms). Fortieth round: Dutch "van", "voor", "met" and "bij" (of, for, with,
#: at), English words or near them, likewise ("rooster maken voor het team"). Forty-first
#: round: "a" (to, at: Spanish, Portuguese, Catalan, Italian, and French "à" folded), the
#: English article, so after a term only ("evaluaciones psicológicas a niños", review41
#: P4; "docencia a estudiantes"). Forty-third round (lang43): Swedish "med", "för"
#: (folded "for"), "till", "om", "vid", "av" and "bland" (with, for, to, about, at, of,
#: among: "stödsamtal med elever", "handledning av personal"), and Swahili's genitive
#: "wa" and "ya" (of), English words or near them.
_AFTER_TERMS = frozenset(
    {
        "in", "van", "voor", "met", "bij", "a",
        "med", "for", "till", "om", "vid", "av", "bland", "wa", "ya",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Term:
    """A lexicon term as the resolver finds it: its skill, as written, in which languages."""

    skill_id: str
    term: str
    languages: tuple[str, ...]

    @property
    def language(self) -> str:
        """The languages' English names, joined ("Spanish", "Spanish or Portuguese")."""
        return " or ".join(self.languages)


def lexicon_index(taxonomy: Taxonomy) -> Mapping[str, Term]:
    """Return the taxonomy's lexicon terms by their key (:func:`term_key`), built once.

    A term written alike in two languages for the same skill ("psicoterapia" in Spanish
    and Portuguese) names both; the loader refuses one naming two skills. A Welsh term is
    found in the mutated forms of its first word too (:mod:`careermap.resolve.mutations`;
    forty-second round), unless the form is another term or an English name.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> term = lexicon_index(load_taxonomy())["krisenintervention"]
    >>> term.skill_id, term.language
    ('crisis-intervention', 'German')
    >>> lexicon_index(load_taxonomy())["desescalada"].language
    'Spanish or Portuguese'
    """

    def build() -> Mapping[str, Term]:
        found: dict[str, Term] = {}
        for lexicon in taxonomy.lexicons:
            for entry in lexicon.skills:
                for term in entry.terms:
                    key = term_key(term)
                    known = found.get(key)
                    if known is None:
                        found[key] = Term(entry.skill, term, (lexicon.name,))
                    elif known.skill_id == entry.skill and lexicon.name not in known.languages:
                        languages = (*known.languages, lexicon.name)
                        found[key] = Term(known.skill_id, known.term, languages)
        _add_mutated(found, taxonomy)
        return FrozenDict(found)

    if not taxonomy.lexicons:
        return FrozenDict()
    return derived(taxonomy, "lexicon_index", build)


def _add_mutated(found: dict[str, Term], taxonomy: Taxonomy) -> None:
    """Add the Welsh terms' mutated forms (:func:`.mutations.mutated_keys`) to *found*.

    A form that is already a term's key or an English name of a skill is left to it.
    """
    from careermap.resolve.names import name_index  # noqa: PLC0415 - Welsh terms only

    names = name_index(taxonomy).exact
    for lexicon in taxonomy.lexicons:
        if lexicon.language not in MUTATING_LANGUAGES:
            continue
        for entry in lexicon.skills:
            for term in entry.terms:
                for form in mutated_keys(term_key(term)):
                    if form not in names:
                        found.setdefault(form, Term(entry.skill, term, (lexicon.name,)))


def bare_index(taxonomy: Taxonomy) -> Mapping[str, Term]:
    """Return the Arabic terms by their key without the article (:func:`arabic_bare`).

    Only the keys the article changes; a bare key two skills' terms share is left out.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> bare_index(load_taxonomy())["ارشاد اسري"].skill_id
    'couples-and-family-therapy'
    """

    def build() -> Mapping[str, Term]:
        found: dict[str, Term] = {}
        shared: set[str] = set()
        for key, term in lexicon_index(taxonomy).items():
            bare = arabic_bare(key)
            if bare == key or "Arabic" not in term.languages:
                continue
            if bare in found and found[bare].skill_id != term.skill_id:
                shared.add(bare)
            found.setdefault(bare, term)
        return FrozenDict({k: v for k, v in found.items() if k not in shared})

    return derived(taxonomy, "lexicon_bare_index", build)


def lexicon_match(
    text: str, stripped: str, taxonomy: Taxonomy, *, head: bool = False
) -> SkillMatch | None:
    """Return the match of *text* when it is a lexicon term, else ``None``.

    *stripped* is *text* without surrounding whitespace. With *head*, a text that begins
    with a term followed by a word of :data:`COMPLEMENT_WORDS` is read as the term's skill
    too (method ``'part'``, the term in ``matched_name``): the longest such term, of at most
    all but the last two words, in a text holding no negation.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> match = lexicon_match("Intervention de crise", "Intervention de crise", load_taxonomy())
    >>> match.label, match.method, match.language
    ('Crisis intervention', 'alias', 'French')
    >>> lexicon_match("crisis intervention", "crisis intervention", load_taxonomy()) is None
    True
    >>> text = "désescalade avec les patients agités"
    >>> match = lexicon_match(text, text, load_taxonomy(), head=True)
    >>> match.label, match.method, match.matched_name, match.language
    ('Conflict de-escalation', 'part', 'désescalade', 'French')
    """
    index = lexicon_index(taxonomy)
    if not index:
        return None
    key = term_key(stripped)
    method = "alias"
    found = index.get(key)
    if found is None and not key.isascii():  # Arabic written without its article
        found = bare_index(taxonomy).get(arabic_bare(key))
    if found is None and head:
        method, found = "part", _head(key, index, stripped, taxonomy)
    if found is None and head:
        found = _around(key, index, stripped, taxonomy)
    if found is None and head:
        found = _qualified(key, index, stripped, taxonomy)
    if found is None or found.skill_id not in taxonomy.skill_index:
        return None
    from careermap.resolve.skill_match import SkillMatch  # noqa: PLC0415 - a match only

    return SkillMatch(
        query=text,
        skill_id=found.skill_id,
        label=taxonomy.skill_index[found.skill_id].label,
        method=method,
        similarity=100.0,
        matched_name=found.term,
        language=found.language or None,
    )


def _head(key: str, index: Mapping[str, Term], text: str, taxonomy: Taxonomy) -> Term | None:
    """Return the longest name that begins *key* followed by a complement word, or ``None``.

    A lexicon term, or a skill's label or alias (some are written in another language:
    "prevención de recaídas en adolescentes"; such a name names no language). At least
    two words follow the name ("maraudes de nuit"), so a name and one more word
    ("prevención de recaídas" is no "prevención" and a word) is never read so. The word
    must be written on its own ("de" of "de-escalation" is not). A label or
    alias of three letters or fewer ("DA", "ACT") is initials, which "da" or "act" beside
    a word of another language need not be, and is left out.
    """
    from careermap.resolve.names import name_index  # noqa: PLC0415 - a phrase only
    from careermap.resolve.negation import negated  # noqa: PLC0415

    names = name_index(taxonomy).exact
    words, whole = _words(text)
    if " ".join(words) != key:  # pragma: no cover - term_key folds token by token alike
        return None
    for size in range(len(words) - 2, 0, -1):
        word = words[size]
        if (word not in COMPLEMENT_WORDS and word not in _AFTER_TERMS) or not whole[size]:
            continue
        start = " ".join(words[:size])
        found = index.get(start)
        english = word not in _AFTER_TERMS and word != "en"  # Dutch "en": a list
        if found is None and english and len(start) > _SHORT and start in names:
            _, skill_id, name = names[start]
            found = Term(skill_id, name, ())
        if found is not None:
            return None if negated(text) else found
    return None


def _around(key: str, index: Mapping[str, Term], text: str, taxonomy: Taxonomy) -> Term | None:
    """Return the term a text names with the words around it of :mod:`.lexicon_leads`.

    After a verb or a word for the work's form ("Realizei", "sessões de", "جلسات"), a
    term or a phrase a term heads; an Arabic term followed by a word with "لل" written
    onto it. ``None`` with a negation.
    """
    from careermap.resolve.negation import negated  # noqa: PLC0415 - a phrase only

    found: Term | None = None
    rest = lead_stripped(text)
    if rest is not None:
        rest_key = term_key(rest)
        bare = bare_index(taxonomy)
        found = index.get(rest_key) or bare.get(arabic_bare(rest_key))
        if found is None:
            found = _head(rest_key, index, rest, taxonomy) or _attached(rest_key, index, bare)
    elif not key.isascii():
        found = _attached(key, index, bare_index(taxonomy))
    return None if found is None or negated(text) else found


def _qualified(key: str, index: Mapping[str, Term], text: str, taxonomy: Taxonomy) -> Term | None:
    """Return the French term *key* names with a qualifier after its noun, else ``None``.

    The text without the word (:func:`.lexicon_leads.qualifier_dropped`) is a French term,
    or begins with one and a word opening its complement ("gestion des médicaments
    psychotropes", "formation des stagiaires infirmiers du pavillon"; forty-third round).
    ``None`` with a negation.
    """
    from careermap.resolve.negation import negated  # noqa: PLC0415 - a phrase only

    dropped = qualifier_dropped(key)
    if dropped is None or negated(text):
        return None
    found = index.get(dropped) or _head(dropped, index, dropped, taxonomy)
    return found if found is not None and "French" in found.languages else None


def _attached(key: str, index: Mapping[str, Term], bare: Mapping[str, Term]) -> Term | None:
    """Return the Arabic term before a word with "لل" written onto it, else ``None``."""
    words = key.split()
    at = attached_complement(words)
    if at is None:
        return None
    start = " ".join(words[:at])
    return index.get(start) or bare.get(arabic_bare(start))


def _words(text: str) -> tuple[list[str], list[bool]]:
    """Return the words of ``term_key(text)``, and whether each begins a token without a hyphen.

    Examples
    --------
    >>> _words("teaching de-escalation d'adultes")
    (['teaching', 'de', 'escalation', 'd', 'adultes'], [True, False, False, True, False])
    """
    words: list[str] = []
    whole: list[bool] = []
    latin = term_key(text) == normalize(text)
    for token in text.split():
        folded = (normalize(token) if latin else term_key(token)).split()
        words += folded
        whole += [i == 0 and "-" not in token for i in range(len(folded))]
    return words, whole
