"""What a text in another language writes around a lexicon term (fortieth round, review40 P4).

:func:`careermap.resolve.lexicon.lexicon_match` reads a text that is a term, or that
begins with one and a word opening its complement. Review40 found none of a read set's
Arabic, Russian or Portuguese lines read, though each language has a lexicon: the term
was there, but written in a form or a sentence the rule did not take. This module holds
the forms the rule now takes, each a closed list:

* A CV line's first-person past verb before the term, in Portuguese and Spanish
  ("Realizei avaliações psicológicas de utentes", "Apliqué pruebas psicométricas"), with
  the preposition "participei em" or "participé en" takes (:data:`LEAD_VERBS`).
* A word naming the form the practice was given in, before it: sessions, workshops,
  programmes, follow-up ("sessões de psicoeducação para famílias", "suivi des injections
  retard", "جلسات إرشاد أسري"; :data:`LEAD_NOUNS`). What follows must be a term, or begin
  with one and a word opening its complement, as any text read through a lexicon.
* Arabic's article: a lexicon writes a name alone, with "ال" ("الإرشاد الأسري"); in a
  construct ("sessions of family counselling") the same name has none ("إرشاد أسري").
  An Arabic text is compared without the article too (:func:`arabic_bare`).
* A French adjective after a term's noun that says whose or which kind, never another
  practice ("gestion des médicaments psychotropes", "formation des stagiaires
  infirmiers"; :data:`QUALIFIERS`, forty-third round).
* Arabic's "لل" (the preposition "ل" and the article), written onto the word after a
  term, opens its complement as a preposition written apart does ("دراسة الحالة
  الاجتماعية للمريض", the patient's social case study; :func:`attached_complement`).

Nothing here reads a term in the middle of a sentence; this module imports nothing of
careermap but :mod:`careermap.base.text`.
"""

from __future__ import annotations

from careermap.base.text import BRACKETED, normalize_all

__all__ = [
    "LEAD_NOUNS",
    "LEAD_VERBS",
    "QUALIFIERS",
    "arabic_bare",
    "attached_complement",
    "lead_stripped",
    "qualifier_dropped",
]

#: First-person past verbs a CV line in Portuguese or Spanish opens with, folded as
#: :func:`~careermap.base.text.normalize_all` folds them (accents dropped): "I carried
#: out", "I applied", "I led", "I ran", "I took part". Each is a verb of doing the work,
#: never of holding a post ("fui", "trabalhei" are left out: what follows them is a place).
LEAD_VERBS = frozenset(
    {
        # Portuguese (Portugal, Brazil, Angola, Mozambique; "efectuei" before the 1990 Agreement)
        "realizei", "apliquei", "conduzi", "participei", "coordenei", "dinamizei",
        "facilitei", "elaborei", "desenvolvi", "orientei", "ministrei", "implementei",
        "supervisionei", "acompanhei", "efetuei", "efectuei", "prestei", "promovi",
        "colaborei", "organizei", "fiz",
        # Spanish ("promoví" is the Portuguese word above; not "supervisé", which is
        # English "supervise" unaccented)
        "realice", "aplique", "conduje", "participe", "coordine", "dinamice", "facilite",
        "elabore", "desarrolle", "oriente", "imparti", "implemente", "acompane", "efectue",
        "preste", "colabore", "organice", "hice", "brinde",
    }
)  # fmt: skip
#: The prepositions and articles that may follow a verb of :data:`LEAD_VERBS`, two at most
#: ("participei em", "participé en las").
_AFTER_VERBS = frozenset(
    {"em", "en", "na", "no", "nas", "nos", "la", "las", "el", "los", "a", "as", "o", "os"}
)
#: Words naming the form of the work before its name, each with the word "of" after it
#: (folded): sessions, workshops, programmes, follow-up of ... The Arabic words take no
#: "of": the name follows in a construct, without its article.
LEAD_NOUNS = frozenset(
    {
        # Portuguese
        "sessoes de", "sessao de", "oficinas de", "acoes de", "accoes de",
        "seguimento de", "seguimento do", "seguimento da", "seguimento dos", "seguimento das",
        # Spanish
        "sesiones de", "sesion de", "talleres de", "seguimiento de", "seguimiento del",
        # French
        "seances de", "ateliers de", "suivi de", "suivi des", "suivi du", "suivi de la",
        # Catalan
        "sessions de", "tallers de", "seguiment de", "seguiment del", "seguiment dels",
        # Italian
        "sessioni di", "incontri di",
        # Arabic: sessions, programmes, workshops
        "جلسات", "جلسه", "برامج", "برنامج", "ورش", "ورشه",
        # Forty-first round (review41 P4). French: accompanying towards ("accompagnement
        # vers les appartements thérapeutiques"); Spanish: management of ("manejo de
        # psicofármacos"); Arabic: the management of, the drawing up of ("إدارة", "إعداد",
        # folded); Malay, which writes no "of": a session, a talk, a workshop, a
        # programme ("ceramah pencegahan dadah", "sesi kaunseling").
        "accompagnement vers les", "accompagnement vers le", "accompagnement vers la",
        "manejo de", "manejo del", "اداره", "اعداد",
        "sesi", "ceramah", "bengkel", "program",
        # Forty-second round (lang42). Welsh: sessions, workshops, experience of (a term
        # after "o" is softened, read as resolve.mutations says: "profiad o ddiogelu")
        "sesiynau", "gweithdai", "profiad o",
    }
)  # fmt: skip
#: Forty-third round (lang43, review43 P8): French adjectives written after the noun a
#: term ends with, folded, which say whose or which kind it is (the nurses', the
#: psychotropic drugs', the hospital's) and never name another practice: "gestion des
#: médicaments psychotropes" is "gestion des médicaments", "formation des stagiaires
#: infirmiers" is "formation des stagiaires". One at most, never a term's first word.
QUALIFIERS = frozenset(
    {
        "infirmier", "infirmiers", "infirmiere", "infirmieres",
        "soignant", "soignants", "soignante", "soignantes",
        "psychotrope", "psychotropes", "psychiatrique", "psychiatriques",
        "hospitalier", "hospitaliers", "hospitaliere", "hospitalieres",
    }
)  # fmt: skip
_LONGEST_LEAD = 3
_ARTICLE = "\u0627\u0644"  # "ال"
_LI_AL = "\u0644\u0644"  # "لل"
_SHORTEST = 4


def lead_stripped(text: str) -> str | None:
    """Return *text* without the verb or the word for its form it opens with, else ``None``.

    Bracketed notes are left out with them. ``None`` when the text opens with neither, or
    when nothing would be left.

    Examples
    --------
    >>> lead_stripped("Realizei avaliações psicológicas de utentes")
    'avaliações psicológicas de utentes'
    >>> lead_stripped("Participei em sessões de psicoeducação para famílias")
    'psicoeducação para famílias'
    >>> lead_stripped("suivi des injections retard")
    'injections retard'
    >>> lead_stripped("psychoeducation sessions") is None, lead_stripped("Realizei") is None
    (True, True)
    """
    tokens = BRACKETED.sub(" ", text).split()
    start = 0
    if tokens and normalize_all(tokens[0]) in LEAD_VERBS:
        start = 1
        while start < 3 and len(tokens) > start and normalize_all(tokens[start]) in _AFTER_VERBS:
            start += 1  # "participé en las": a preposition and an article at most
    for size in range(_LONGEST_LEAD, 0, -1):
        if normalize_all(" ".join(tokens[start : start + size])) in LEAD_NOUNS:
            start += size
            break
    if start == 0 or start >= len(tokens):
        return None
    return " ".join(tokens[start:])


def arabic_bare(key: str) -> str:
    """Return a :func:`~careermap.taxonomy.lexicon.term_key` without Arabic's article.

    The article "ال" is dropped from each word of four letters or more that opens with it,
    so a name written alone ("الإرشاد الأسري") and in a construct ("إرشاد أسري") are one.

    Examples
    --------
    >>> arabic_bare("الارشاد الاسري") == arabic_bare("ارشاد اسري") == "ارشاد اسري"
    True
    >>> arabic_bare("family therapy")
    'family therapy'
    """
    return " ".join(
        word[2:] if len(word) >= _SHORTEST and word.startswith(_ARTICLE) else word
        for word in key.split()
    )


def attached_complement(words: list[str]) -> int | None:
    """Return where a complement written onto its word ("للمريض") begins, else ``None``.

    The last such word of *words* (the words of a term key) after the first; the name is
    the words before it.

    Examples
    --------
    >>> attached_complement("دراسه الحاله الاجتماعيه للمريض".split())
    3
    >>> attached_complement(["family", "therapy"]) is None
    True
    """
    for at in range(len(words) - 1, 0, -1):
        word = words[at]
        if len(word) >= _SHORTEST and word.startswith(_LI_AL):
            return at
    return None


def qualifier_dropped(key: str) -> str | None:
    """Return a term key without the last word of :data:`QUALIFIERS` after its second word.

    ``None`` when it holds none there.

    Examples
    --------
    >>> qualifier_dropped("gestion des medicaments psychotropes")
    'gestion des medicaments'
    >>> qualifier_dropped("formation des stagiaires infirmiers du pavillon")
    'formation des stagiaires du pavillon'
    >>> qualifier_dropped("soins infirmiers") is None, qualifier_dropped("gestion de cas") is None
    (True, True)
    """
    words = key.split()
    for at in range(len(words) - 1, 1, -1):
        if words[at] in QUALIFIERS:
            return " ".join(words[:at] + words[at + 1 :])
    return None
