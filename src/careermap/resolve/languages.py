"""Languages a person speaks, in their own words: "Kiswahili and English", "Spanish (native)".

Intake forms list languages as skills, named rather than described: "Cantonese
(native), Mandarin (fluent)", "bilingual English/Spanish", "Tagalog". None of these
is a skill's name, so without this reading they matched nothing and the bundled
taxonomy's *Second language* ("working fluently in a language besides the main one of
the service") went unclaimed. :func:`speaks_languages` says whether a text is such a
list and names a working language beside the main one:

* every word is a language's name, a word for how well it is spoken ("native",
  "fluent", "conversational", "B2"), or a filler ("in", "speaker", "spoken and
  written"); in brackets, a course or exam may be named too ("Welsh (learner,
  Sylfaen)", "French (DELF B2)");
* a language counts when nothing says it is spoken below fluency ("conversational",
  "basic", "learner", "intermediate", CEFR A1 to B2, "working knowledge"): the skill is
  working in the language, which a learner cannot yet do;
* a list counts when it names two languages that count ("Kiswahili and English") or
  one besides English ("Spanish", "Tagalog (native)"). English alone says nothing: it
  is the main language of most services careermap's users work in. Nor does one
  language beside another still being learned ("German (native), English (B1)",
  "Korean (native), English (upper-intermediate)"): the first is the main language of
  the person's own work, not a second one. The text is read without the person's
  country, so "Spanish (native)" alone counts, as it would for a Spanish speaker in the
  United States, and is wrong for someone working in Spain.

The names are written here, not taken from a library: ISO 639's 7,900 names (as
``pycountry`` ships them) include "Even", "Mono" and "Are", which would read ordinary
words as languages, and a language list needs only the few hundred names people write
on a CV, with their own spellings ("Kiswahili", "te reo Maori", "isiZulu") and the sign
languages.
"""

from __future__ import annotations

import functools
import re

from careermap.base.text import normalize

__all__ = ["MAIN_LANGUAGES", "main_languages", "names_languages", "speaks_languages"]

#: Spoken and signed languages by the names people write, normalised (lower case, no
#: accents or punctuation: "Māori" is "maori", "Mi'kmaq" "mi kmaq"). The last two lines
#: (twenty-seventh round): Nepal's most spoken languages after Nepali (2021 census), and
#: Australian Kriol with Aboriginal languages of the Kimberley, Central Australia and
#: Arnhem Land that services work in.
_LANGUAGES = """
afrikaans akan albanian amharic arabic armenian assamese azerbaijani azeri balochi bambara
bangla basque belarusian bemba bengali bislama bosnian bulgarian burmese cantonese catalan
cebuano chichewa chinese chuukese cree creole croatian cymraeg czech danish dari dinka dutch
english estonian ewe farsi fijian filipino finnish flemish french fula fulani gaeilge gaelic
galician georgian german greek gujarati hakka hausa hawaiian hebrew hindi hmong hokkien
hungarian icelandic igbo ilocano ilokano indonesian innu inuktitut irish isindebele isixhosa
isizulu italian japanese javanese kannada karen kazakh khmer kikuyu kinyarwanda kirundi
kiswahili konkani korean krio kurdish kurmanji kyrgyz lao latvian lingala lithuanian luganda
luo luxembourgish macedonian malagasy malay malayalam maltese mandarin maori marathi
marshallese mongolian navajo ndebele nepali norwegian nuer odia ojibwe ojibwa oriya oromo
papiamento pashto patois persian polish portuguese punjabi panjabi quechua romani romanian
russian samoan sepedi serbian sesotho setswana shona sindhi sinhala sinhalese siswati slovak
slovenian somali sorani spanish swahili swati swedish tagalog taiwanese tajik tamil tatar
telugu teochew thai tibetan tigrinya tongan tshivenda tsonga turkish turkmen twi ukrainian
urdu uyghur uzbek venda vietnamese visayan welsh wolof xhosa xitsonga yiddish yoruba zulu
asl auslan bsl isl lsf lsq nzsl
bhojpuri magar maithili newari tamang tharu
arrernte kriol pitjantjatjara warlpiri yawuru yolngu
chamorro chamoru nyanja chinyanja lozi kaonde luvale lunda
greenlandic kiche kaqchikel
"""
#: Languages by their own names (endonyms) and other common spellings, each read as the
#: English name it stands for (twenty-ninth round: ISO 639-3's reference names, and the
#: name each language has for itself, as the code tables of SIL's ISO 639-3 registration
#: authority and the languages' own standards bodies write them: "Cymraeg" (Welsh,
#: cym), "lietuvių" (Lithuanian, lit), "Gagana Samoa" and "fa'asamoa" (Samoan, smo; the
#: Samoan way, and the Samoan tongue a person speaks), "CHamoru" (Chamorro, cha: the
#: spelling of Guam's Kumisión i Fino' CHamoru), "Chichewa"/"Chinyanja" (Nyanja, nya),
#: "Icibemba" (Bemba, bem)). Read as the same language, "Cymraeg (first language
#: Welsh)" names one language, and "Norsk" is a Norwegian's main one.
_ENDONYMS: dict[str, str] = {
    "cymraeg": "welsh",
    "gaeilge": "irish",
    "kiswahili": "swahili",
    "farsi": "persian",
    "bangla": "bengali",
    "panjabi": "punjabi",
    "chamoru": "chamorro",
    "chichewa": "nyanja",
    "chinyanja": "nyanja",
    "icibemba": "bemba",
    "lietuviu": "lithuanian",
    "lietuviu kalba": "lithuanian",
    "latviesu": "latvian",
    "eesti": "estonian",
    "polski": "polish",
    "cestina": "czech",
    "slovencina": "slovak",
    "magyar": "hungarian",
    "espanol": "spanish",
    "castellano": "spanish",
    "francais": "french",
    "deutsch": "german",
    "italiano": "italian",
    "portugues": "portuguese",
    "nederlands": "dutch",
    "svenska": "swedish",
    "norsk": "norwegian",
    "dansk": "danish",
    "suomi": "finnish",
    "hrvatski": "croatian",
    "srpski": "serbian",
    "shqip": "albanian",
    "turkce": "turkish",
    "tieng viet": "vietnamese",
    "gagana samoa": "samoan",
    "fa asamoa": "samoan",
    "lea faka tonga": "tongan",
    "vosa vakaviti": "fijian",
    "kreyol": "haitian creole",
    "kreyol ayisyen": "haitian creole",
    "russkiy": "russian",
    "isizulu": "zulu",
    "isixhosa": "xhosa",
    # Thirty-second round (read32, review32 P8): the names of English in the languages of
    # the people who wrote them (Unicode CLDR 46 language display names, "en" in da, nb,
    # sv, sr-Latn, hr, bs, ro, es, pt, fr, it, de, nl, mt, pl), and endonyms from ISO 639-3:
    # Maltese "Malti" (mlt), Romanian "română" (ron), Greenlandic "kalaallisut" (kal), Oromo
    # "Afaan Oromoo" (orm), K'iche' (quc) and Kaqchikel (cak).
    "engelsk": "english",
    "engelska": "english",
    "engleski": "english",
    "engleza": "english",
    "ingles": "english",
    "anglais": "english",
    "inglese": "english",
    "englisch": "english",
    "engels": "english",
    "ingliz": "english",
    "angielski": "english",
    "malti": "maltese",
    "romana": "romanian",
    "limba romana": "romanian",
    "kalaallisut": "greenlandic",
    "afaan oromo": "oromo",
    "afaan oromoo": "oromo",
    "k iche": "kiche",
}
#: Languages by their own names in their own scripts, which :func:`normalize` (Latin
#: letters only) would drop: "русский" is Russian, "العربية" Arabic.
_SCRIPT_NAMES: dict[str, str] = {
    "русский": "russian",
    "русском": "russian",
    "українська": "ukrainian",
    "беларуская": "belarusian",
    "български": "bulgarian",
    "српски": "serbian",
    "македонски": "macedonian",
    "ελληνικά": "greek",
    "עברית": "hebrew",
    "ייִדיש": "yiddish",
    "العربية": "arabic",
    "عربي": "arabic",
    "فارسی": "persian",
    # Thirty-ninth round: the Arabic yeh and kaf an Arabic keyboard types for the
    # Persian ones ("فارسي" was no language), and Kurdish in Sorani's own script.
    "فارسي": "persian",
    "عربی": "arabic",
    "کوردی": "kurdish",
    "كوردي": "kurdish",
    "كوردی": "kurdish",
    "سۆرانی": "sorani",
    "سۆراني": "sorani",
    "اردو": "urdu",
    "پښتو": "pashto",
    "हिन्दी": "hindi",
    "हिंदी": "hindi",
    "नेपाली": "nepali",
    "मराठी": "marathi",
    "বাংলা": "bengali",
    "ਪੰਜਾਬੀ": "punjabi",
    "ગુજરાતી": "gujarati",
    "தமிழ்": "tamil",
    "తెలుగు": "telugu",
    "മലയാളം": "malayalam",
    "සිංහල": "sinhala",
    "中文": "chinese",
    "普通话": "mandarin",
    "普通話": "mandarin",
    "汉语": "chinese",
    "粵語": "cantonese",
    "粤语": "cantonese",
    "廣東話": "cantonese",
    "日本語": "japanese",
    "한국어": "korean",
    "ไทย": "thai",
    "ქართული": "georgian",
    "հայերեն": "armenian",
    "አማርኛ": "amharic",
    "ትግርኛ": "tigrinya",
    "ខ្មែរ": "khmer",
    "မြန်မာ": "burmese",
}
_SCRIPT_WORD = re.compile(r"[^\s,;/&+()\-:.]+")
_LANGUAGE_PHRASES = (
    "te reo",
    "te reo maori",
    "mi kmaq",
    "scottish gaelic",
    "scots gaelic",
    "irish gaelic",
    "haitian creole",
    "cape verdean creole",
    "jamaican patois",
    "tok pisin",
    "bahasa indonesia",
    "bahasa malaysia",
    "bahasa melayu",
    "brazilian portuguese",
    "european portuguese",
    "latin american spanish",
    "egyptian arabic",
    "levantine arabic",
    "sign language",
    "british sign language",
    "american sign language",
    "irish sign language",
    "new zealand sign language",
    "australian sign language",
    "langue des signes quebecoise",
    # Fiji's three languages (Constitution of the Republic of Fiji 2013, s 31(3): the
    # iTaukei and Fiji Hindi languages are taught in every primary school, beside
    # English); twenty-eighth round, the nineteenth set's Lautoka counsellor.
    "fiji hindi",
    "fiji baat",
    "itaukei",
)
#: The sign languages of the list above, by their names there: a list of them alone is
#: the skill *Sign language* (ESCO v1.2.0 "sign language"), narrower than a second one.
_SIGN_LANGUAGES = frozenset(
    {name for name in _LANGUAGE_PHRASES if {"sign", "signes"} & set(name.split())}
    | {"asl", "auslan", "bsl", "isl", "lsf", "lsq", "nzsl"}
)
#: Words saying a language is spoken well enough to work in.
_FLUENT = (
    "native",
    "native speaker",
    "near native",
    "mother tongue",
    "first language",
    "fluent",
    "fluently",
    "fluency",
    "bilingual",
    # Thirty-fifth round (read35, review35 P2): "bilingual" in French, Spanish, Italian and
    # Portuguese ("bilingue français-anglais"; Larousse, RAE, Treccani and Priberam all
    # give "bilingue": speaking two languages).
    "bilingue",
    "trilingual",
    "multilingual",
    "proficient",
    "proficiency",
    "advanced",
    "full professional",
    "professional working",
    "c1",
    "c2",
    # In the language itself (twenty-sixth round): Welsh, Irish, Norwegian, French and
    # German for "fluent" ("Cymraeg - rhugl", "Gaeilge (líofa)", "engelsk - flytende").
    "rhugl",
    "liofa",
    "flytende",
    "courant",
    "fliessend",
    # Twenty-ninth round: first language and mother tongue in Welsh, Lithuanian, Spanish,
    # French, German and Dutch, as a Welsh speaker wrote Cymraeg - iaith gyntaf.
    "iaith gyntaf",
    "mamiaith",
    "gimtoji",
    "gimtoji kalba",
    "lengua materna",
    "langue maternelle",
    "muttersprache",
    "moedertaal",
)
#: Words saying it is spoken below that: the CEFR levels below C1, LinkedIn's lower
#: levels, a learner's own words, and reading alone ("English (reading)").
_BELOW = (
    "conversational",
    "basic",
    "beginner",
    "beginners",
    "elementary",
    "intermediate",
    "upper intermediate",
    "learner",
    "learning",
    "studying",
    "some",
    "limited",
    "limited working",
    "working knowledge",
    "rusty",
    "reading",
    "read",
    "school",
    "gcse",
    "a1",
    "a2",
    "b1",
    "b2",
)
_FILLER = (
    "in",
    "and",
    "both",
    "also",
    "the",
    "speaker",
    "speakers",
    "speaking",
    "speak",
    "spoken",
    "written",
    "writing",
    "write",
    "oral",
    "verbal",
    "level",
    "heritage",
    "language",
    "languages",
    # The scale a level is named on: "English (CEFR C1)", "Spanish, CEFR B2" (the Council
    # of Europe's Common European Framework of Reference; its levels are above).
    "cefr",
)
#: The main language of each country's services, by the names people write for it
#: (twenty-sixth round): with the person's country known, any other language spoken
#: fluently is a second language at work ("English" for a Norwegian). Countries with two
#: or more main languages of equal standing (Belgium, Switzerland) are left out, as are
#: those no persona set has met: their people are read as before, English the main one.
MAIN_LANGUAGES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("US", "GB", "IE", "CA", "AU", "NZ"), ("english",)),
    "NO": ("norwegian",),
    "SE": ("swedish",),
    "DK": ("danish",),
    "FI": ("finnish",),
    "IS": ("icelandic",),
    "DE": ("german",),
    "AT": ("german",),
    "NL": ("dutch",),
    "FR": ("french",),
    "IT": ("italian",),
    "ES": ("spanish",),
    "PT": ("portuguese",),
    "BR": ("portuguese", "brazilian portuguese"),
    "MX": ("spanish",),
    "GR": ("greek",),
    "PL": ("polish",),
    "JP": ("japanese",),
    "KR": ("korean",),
    "TW": ("mandarin", "chinese", "taiwanese"),
    "NP": ("nepali",),
}
_LANGUAGE, _GOOD, _WEAK, _NONE = "language", "fluent", "below", "filler"
_LONGEST = 4
#: Top-level separators of a list: commas, semicolons, slashes, "&", "+" and "and"
#: (matched only outside brackets, see :func:`_segments`).
_SEPARATOR = re.compile(r"\s*[,;/&+]\s*|\s+and\s+", re.IGNORECASE)
_BRACKET = re.compile(r"\(([^()]*)\)")
_NAMED = re.compile(r"^[A-Z0-9]")


@functools.cache
def _vocabulary() -> dict[tuple[str, ...], str]:
    """Return each known word sequence and its kind, built on first use."""
    kinds: dict[tuple[str, ...], str] = {}
    for kind, phrases in (
        (_NONE, _FILLER),
        (_WEAK, _BELOW),
        (_GOOD, _FLUENT),
        (_LANGUAGE, (*_LANGUAGES.split(), *_LANGUAGE_PHRASES, *_ENDONYMS)),
    ):
        for phrase in phrases:
            kinds[tuple(phrase.split())] = kind
    return kinds


def _kinds(text: str) -> list[tuple[str, str]] | None:
    """Return (kind, phrase) for each run of *text*'s words, or ``None`` if one is unknown."""
    words = normalize(_in_latin(text)).split()
    vocabulary = _vocabulary()
    found: list[tuple[str, str]] = []
    start = 0
    while start < len(words):
        for size in range(min(_LONGEST, len(words) - start), 0, -1):
            phrase = tuple(words[start : start + size])
            kind = vocabulary.get(phrase)
            if kind is not None:
                name = " ".join(phrase)
                found.append((kind, _ENDONYMS.get(name, name) if kind == _LANGUAGE else name))
                start += size
                break
        else:
            return None
    return found


def _in_latin(text: str) -> str:
    """Return *text* with the language names written in other scripts given in English.

    Examples
    --------
    >>> _in_latin("English, lietuvių, русский")
    'English, lietuvių, russian'
    """
    return _SCRIPT_WORD.sub(lambda hit: _SCRIPT_NAMES.get(hit.group().lower(), hit.group()), text)


def _segments(text: str) -> list[str]:
    """Split *text* at its list separators outside brackets."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and char in ",;/&+":
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [
        piece.strip()
        for part in parts
        for piece in re.split(r"\s+and\s+(?![^()]*\))", part, flags=re.IGNORECASE)
        if piece.strip()
    ]


def _segment(segment: str) -> tuple[list[str], bool] | None:
    """Return a list segment's languages and whether any is said to be below fluency.

    ``None`` when a word outside brackets is not a language, a level or a filler, or a
    bracketed part is none of these and names no course or exam.
    """
    rest = _BRACKET.sub(" ", segment)
    outside = None if "(" in rest or ")" in rest else _kinds(rest)
    if outside is None:
        return None
    kinds = list(outside)
    for bracket in _BRACKET.findall(segment):
        for part in filter(None, (piece.strip() for piece in _SEPARATOR.split(bracket))):
            read = _kinds(part)
            if read is not None:
                kinds += read
            elif not _NAMED.match(part):
                return None
            else:  # a course or exam, perhaps with its level: "DELF B2", "JLPT N1"
                kinds += [(_WEAK, word) for word in normalize(part).split() if word in _BELOW]
    languages = [phrase for kind, phrase in kinds if kind == _LANGUAGE]
    return languages, any(kind == _WEAK for kind, _ in kinds)


def main_languages(country: str | None) -> tuple[str, ...] | None:
    """Return the main language of *country*'s services (:data:`MAIN_LANGUAGES`), if known.

    Examples
    --------
    >>> main_languages("NO"), main_languages("GB"), main_languages(None)
    (('norwegian',), ('english',), None)
    """
    return None if country is None else MAIN_LANGUAGES.get(country)


@functools.lru_cache(maxsize=4096)
def speaks_languages(text: str, main: tuple[str, ...] | None = None) -> bool:
    """Say whether *text* lists languages, one of them a working language besides English.

    Parameters
    ----------
    text : str
        One skill text as the person wrote it.
    main : tuple of str, optional
        The main language of the person's country (:func:`main_languages`). Given, a
        language counts when it is spoken fluently and is not that one ("English" for a
        Norwegian; not "Norwegian (native)"). Not given, the rule below.

    Returns
    -------
    bool
        ``True`` when every word names a language, how well it is spoken, or a course
        or exam in brackets, and the languages spoken fluently (those no word puts below
        fluency) are two, or one that is not English with no other still being learned.

    Examples
    --------
    >>> speaks_languages("Kiswahili and English")
    True
    >>> speaks_languages("Cantonese (native), Mandarin (fluent)")
    True
    >>> speaks_languages("German (native), English (B1)")
    False
    >>> speaks_languages("Welsh (learner, Sylfaen)")
    False
    >>> speaks_languages("English")
    False
    >>> speaks_languages("English teaching")
    False
    >>> speaks_languages("English", ("norwegian",)), speaks_languages("Norwegian", ("norwegian",))
    (True, False)
    >>> speaks_languages("Cymraeg - rhugl")
    True
    """
    fluent: list[str] = []
    learning = False
    for segment in _segments(text):
        read = _segment(segment)
        if read is None:
            return False
        languages, below = read
        if not languages and not below:
            continue  # "both fluent", "spoken and written"
        if not languages:
            return False
        if below:
            learning = True
        else:
            fluent += languages
    if main is not None:
        return any(language not in main for language in fluent)
    if len(set(fluent)) >= 2:
        return True
    # One language: a working language besides English, unless the person is still
    # learning another ("German (native), English (B1)": German is their main language).
    return set(fluent) != {"english"} and len(set(fluent)) == 1 and not learning


def signs(text: str) -> bool:
    """Say whether the languages *text* lists besides English are sign languages.

    Thirty-first round: a Deaf person's or a signer's working language is then a sign
    language, not any second language.

    Examples
    --------
    >>> signs("British Sign Language (first language)"), signs("ISL and English")
    (True, True)
    >>> signs("Spanish (native)"), signs("BSL, Polish"), signs("English")
    (False, False, False)
    """
    named = [read[0] for segment in _segments(text) if (read := _segment(segment)) is not None]
    languages = {language for found in named for language in found} - {"english"}
    return bool(languages) and languages <= _SIGN_LANGUAGES


def names_languages(text: str) -> bool:
    """Say whether *text* lists languages, at any level: "Spanish (conversational)".

    A text read as languages is read by :func:`speaks_languages` alone: below fluency
    it names no skill, and no other reading (its name before the bracket) may read it.

    Examples
    --------
    >>> names_languages("Welsh (learner)"), names_languages("Spanish (native)")
    (True, True)
    >>> names_languages("counselling (Welsh speakers)")
    False
    """
    found = [_segment(segment) for segment in _segments(text)]
    return (
        bool(found)
        and all(read is not None for read in found)
        and any(read[0] for read in found if read is not None)
    )
