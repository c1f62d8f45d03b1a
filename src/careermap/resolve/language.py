"""Texts written in another language than English, which careermap's names are in.

The bundled taxonomy and the semantic model read English (docs/taxonomy-notes.md says
so); a person who writes their skills in Dutch or Spanish sees most of them unread. A
text is taken to be in another language when it holds one of the short function words
of the European languages people in the persona sets wrote in ("intake en diagnostiek",
"evaluación y seguimiento", "Beratung und Begleitung") that English skill texts do not
use, or a word in lower case holding a letter English does not write ("acompañamiento",
"inclusión", "ação"), or a word in another script ("психоедукація"; twenty-eighth round:
a Uruguayan student's "acompañamiento terapéutico" and "registro de conductas" went
uncounted, so the caution said 4 of her 8 unread texts looked written in another
language; 6 now, "informes al psiquiatra tratante" and "grupos operativos" holding
neither). It is a hint for what to tell the person, never used to resolve anything.
Since the thirty-sixth round a text that is a term of the taxonomy's lexicons of skill
names in other languages is read (:mod:`careermap.resolve.lexicon`: "Krisenintervention",
"психообразование"), so the caution counts only the texts still unread. Since the
thirty-seventh round a word of another script counts in any case: Arabic, Hebrew and
Japanese have no case, and a profile written in them was never counted.
"""

from __future__ import annotations

import re

from careermap.base.text import latin_letter

__all__ = ["OTHER_LANGUAGE_WORDS", "other_language"]

#: Function words of Dutch, German, Spanish, Portuguese, French and Italian that are not
#: words an English skill text would hold: "van", "met", "do", "per", "die", "no", "on",
#: "over" are English words, "NOS" a diagnosis qualifier, "et" ends "et al.", "com" a
#: web address; all left out.
OTHER_LANGUAGE_WORDS = frozenset(
    {
        # Dutch
        "en", "het", "een", "voor", "bij", "naar", "uit", "ook",
        # German
        "und", "mit", "für", "der", "das", "bei", "von", "zur", "zum", "oder",
        # Spanish ("de" too: "registro de conductas"; not "al", which ends "et al.")
        "y", "con", "para", "del", "los", "las", "el", "una", "por", "entre", "de",
        # Portuguese
        "e", "da", "dos", "em", "na", "ao",
        # French
        "avec", "pour", "des", "du", "le", "la", "aux", "sur",
        # Italian
        "di", "il", "della", "delle",
        # Thirty-second round (read32, review32 P10): Danish and Norwegian, Swedish,
        # Romanian and Serbian or Croatian (not "i", "o", "u", "med": English writes them).
        "og", "af", "til", "fra", "ved", "eller", "och", "av", "cu", "pentru", "din",
        "sa", "za",
        # Thirty-sixth round (review36 P4): Albanian ("raporte për Ministrinë e
        # Shëndetësisë"; "me" is English) and Tetum ("iha"; not "ho", "no", "ba").
        "dhe", "për", "në", "të", "nga", "iha",
        # Thirty-eighth round (review38 P4): German "nach" ("Medikamentenabgabe nach
        # Liste"), Réunion and Mauritian Creole "ek" (with) and "bann" (the plural), Cabo
        # Verdean Kriolu "ku" (with) and "nha" (my).
        "nach", "ek", "bann", "ku", "nha",
        # Thirty-ninth round: Haitian Creole "pou" (for), "nan" (in), "ak" (and, with) and
        # "yo" (the plural: "fanmi yo"), and Seychellois Creole "avek" (with).
        "pou", "nan", "ak", "yo", "avek",
        # Fortieth round: Catalan "amb" (with), "els", "dels", "als", "pels" (the plural
        # article, alone and joined to "de", "a", "per"). Papiamento's "cu", "ku" (with),
        # "y" (and) and "nan" (they, the plural) are above; not "pa" (for), which English
        # writes lower case too ("pa system").
        "amb", "els", "dels", "als", "pels",
        # Forty-first round (review41 P4): Malay "dan", "serta" (and), "untuk", "bagi"
        # (for), "dengan" (with), "kepada" (to), "dalam" (in); not "yang", which English
        # writes lower case ("yin and yang").
        "dan", "serta", "untuk", "bagi", "dengan", "kepada", "dalam",
        # Forty-second round (lang42): Welsh "gyda", "efo" (with), "mewn", "yn", "ym",
        # "yng" (in), "gyfer" (of "ar gyfer", for), "fel" (as); not "a" (and), "i" (to),
        # "o" (of), "ac", "am", English words or initials. Te reo Māori "ki" (to, with)
        # and "ngā" (the plural article); not "te", "me", "i", "o".
        "gyda", "efo", "mewn", "yn", "ym", "yng", "gyfer", "fel", "ki", "ngā",
        # Forty-third round (lang43): Swedish "hos", "inom", "kring", "samt" ("och" and
        # "av" are above; not "med", "om", "till", "vid", "bland", English words); Swahili
        # "kwa", "katika", "kwenye", "zao", "yao", "wao", "pamoja" ("na" is above; not
        # "ya", "wa").
        "hos", "inom", "kring", "samt",
        "kwa", "katika", "kwenye", "zao", "yao", "wao", "pamoja",
    }
)  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
#: Letters of Spanish, Portuguese, French, German, the Nordic and Slavic languages written
#: in Latin script that English words do not hold, with Romanian's, Serbian's and Maltese's
#: (thirty-second round), and Albanian's and Dutch's "ë" (thirty-sixth round, review36
#: P4: "shtëpitë", "patiënten"; English writes it only in names, "Zoë", "Brontë", which
#: are not lower case), and Azerbaijani's "ə" (thirty-eighth round: "narkoloji
#: qeydiyyat" holds none, "psixoloji məsləhət" does), and Welsh "ŵ" and "ŷ" (forty-second
#: round). Not "é" or "ï", which English writes in borrowed words ("résumé", "café",
#: "naïve"); not te reo Māori's long vowels, which New Zealand English writes in the Māori
#: words it has taken ("whānau", "tāngata whaiora"), so an English line holding them is no
#: other language.
_NOT_ENGLISH_LETTERS = frozenset("ñáíóúãõâêôûçàèìòùäöüßœæøåłąęśćźżčřšžěůőűğışțșăîđġħċëəŵŷ")


def _foreign_word(word: str) -> bool:
    """Say whether *word* holds a letter of another script, or in lower case one English lacks.

    A letter of another script counts in any case, and in a script with no case at all
    (Arabic, Hebrew, Japanese, Chinese: ``str.islower`` is false for their words; before
    the thirty-seventh round they were never counted, so a profile in Arabic got no
    caution); initials in Latin capitals ("DA") are no other language.
    """
    if any(char.isalpha() and not latin_letter(char) for char in word):
        return True
    return word.islower() and any(char in _NOT_ENGLISH_LETTERS for char in word)


def other_language(text: str) -> bool:
    """Say whether *text* holds a function word or a letter of another language than English.

    Words joined by a hyphen stay one word, so "e-learning" and "de-escalation" are
    English; only words in lower case count, as function words are written, so the
    initials "DA" or "S.A.V.E." are no Portuguese.

    Examples
    --------
    >>> other_language("intake en diagnostiek (DSM-5)"), other_language("evaluación y seguimiento")
    (True, True)
    >>> other_language("de-escalation and e-learning"), other_language("CBT for depression")
    (False, False)
    >>> other_language("diagnostic assessments (DA)"), other_language("résumé writing")
    (False, False)
    >>> other_language("acompañamiento terapéutico"), other_language("психоосвіта")
    (True, True)
    >>> other_language("الإرشاد الأسري"), other_language("家族教室の運営"), other_language("КПТ")
    (True, True, True)
    >>> other_language("vizit lakay fanmi yo"), other_language("home visits to families")
    (True, False)
    """
    words = _WORD.findall(text)
    return any(word in OTHER_LANGUAGE_WORDS or _foreign_word(word) for word in words)
