"""A job title whose post is a profession's name in another language, read in English.

People who work in another language write their post in it and the setting after a comma
("Assistante sociale, service de psychiatrie (CHU)", "Socijalna radnica, organ
starateljstva (...)", "Trabajadora social, residencia de mayores"). A post glossed in
English in brackets is read in its gloss already
(:func:`careermap.results.title_words.in_gloss`,
:func:`careermap.results.glossed.glossed_title`); an unglossed one named no role and no
kind of work, though its setting often names the specialty a catalogue role is
("Psychiatric Social Worker"; review35 P8, thirty-sixth round). :func:`english_post`
writes such a post in English and keeps the rest of the title, so the reading of an
English title (the post with the specialty its setting names,
:func:`careermap.results.title_words.specialty_titles`; its kind of work,
:func:`careermap.results.work_kind.kind_roles`) applies to it.

Only whole posts, each the name of a profession in its own country's law or
classification, are read: a post with more words ("Infirmière en psychiatrie", "Técnica en
enfermería") is left as written. The names, by profession:

- *social worker*: French *assistant(e) social(e)* and *assistant(e) de service social*
  (the state diploma's title, Code de l'action sociale et des familles, art. L411-1;
  Senegal's state diploma keeps it: credentials.yaml) and *travailleur/travailleuse
  social(e)* (Quebec's reserved title); Spanish *trabajador(a) social*; Portuguese and
  Italian *assistente social(e)*; German *Sozialarbeiter(in)*; Bosnian, Croatian and
  Serbian *socijalni radnik* / *socijalna radnica* (the centres for social work's
  professional post); Dutch *maatschappelijk werker*. The words
  :mod:`careermap.results.title_kinds` reads as the social worker's profession are among
  them;
- *nurse*: French *infirmier/infirmière*, Spanish *enfermero/enfermera*, Portuguese
  *enfermeiro/enfermeira*, Italian *infermiere/infermiera*, German *Krankenpfleger(in)*
  and *Pflegefachfrau/Pflegefachmann* (the Pflegeberufegesetz's title since 2020);
- *peer support worker*: French *médiateur/médiatrice de santé pair* (France's peer
  worker in psychiatry since 2012, with its own Licence Sciences sanitaires et sociales,
  parcours médiateurs de santé-pairs, at Université Sorbonne Paris Nord) and
  *pair-aidant(e)* (Quebec's and France's peer helper), thirty-eighth round (role38);
- *clinical psychologist*: French *psychologue clinicien(ne)*, Spanish and Portuguese
  *psicólogo/psicóloga clínico/clínica*, Italian *psicologo/psicologa clinico/clinica*,
  German *klinische(r) Psychologe/Psychologin* (Austria's Psychologengesetz 2013 title);
  *psychologist*: the same without the specialty, French *psychologue* (a title protected
  by Loi n° 85-772 du 25 juillet 1985, art. 44), Spanish and Portuguese *psicólogo/a*,
  Italian *psicologo/a* (Legge 18 febbraio 1989, n. 56), German *Psychologe/Psychologin*,
  read as the English "Psychologist" is (a kind of work, not a post), thirty-ninth round
  (role39).

Forty-first round (lang41, review41 P5): Malay *jururawat* (nurse; Malaysia's Akta
Jururawat 1950), *pekerja sosial* (social worker), *ahli psikologi (klinikal)*
(Malaysia's Akta Profesion Kesihatan Bersekutu 2016 lists clinical psychology) and
*kaunselor (berdaftar)* (counsellor; Akta Kaunselor 1998, Akta 580); French *secrétaire
médical(e)* (France Travail's ROME M1609, Secrétariat et assistanat médical ou
médico-social) and Spanish *secretario/a médico/a*, the *medical secretary*; French
*(médecin) psychiatre* and Spanish *(médico) psiquiatra*, the *psychiatrist*. The same
round role41 added the catalogue's psychiatrist, with Italian *(medico) psichiatra* and
German *Psychiater(in)* (the specialty's name: Spain's Real Decreto 183/2008, annex I,
"Psiquiatría"; France's diplôme d'études spécialisées de psychiatrie) and Indonesian
*konselor*.
French *moniteur-éducateur* and *éducateur spécialisé* are left as written: no catalogue
role is theirs.

Forty-second round (lang42): Welsh *gweithiwr cymdeithasol* / *gweithwraig gymdeithasol*
(social worker: Social Care Wales's register, Gofal Cymdeithasol Cymru, in Welsh), *nyrs*
(nurse), *seicolegydd (clinigol)* (clinical psychologist, psychologist) and *seiciatrydd*
(psychiatrist), NHS Wales's Welsh titles; French *médiateur/médiatrice en santé* (or *de
santé*), the *community health worker*: France's health mediator (Code de la santé
publique art. L1110-13, loi n° 2016-41 art. 90; Haute Autorité de santé, « La médiation en
santé pour les personnes éloignées des systèmes de prévention et de soins », référentiel,
2017), who links people to care and rights as the community health worker does; not the
*médiateur de santé pair*, above, the peer worker; Spanish *auxiliar de enfermería* (the
*nursing assistant*: Spain's Técnico en Cuidados Auxiliares de Enfermería, Real Decreto
546/1995, and Latin America's auxiliary nursing courses). Te reo Māori *kaimahi* is left
as written: it is any worker or staff member, and no catalogue role is the post.
"""

from __future__ import annotations

import re

from careermap.base.text import BRACKETED

__all__ = ["OFFICER_AS", "POST_NAMES", "english_post", "officer_posts"]

#: A profession's names in other languages, each with its English name.
POST_NAMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"assistant(?:e)?\s+(?:de\s+service\s+)?social(?:e)?"
            r"|travailleu(?:r|se)\s+social(?:e)?|trabajador(?:a)?\s+social"
            r"|assistente\s+social(?:e)?|sozialarbeiter(?:in)?"
            r"|socijaln(?:i\s+radnik|a\s+radnica)|maatschappelijk\s+werk(?:er|ster)"
            r"|pekerja\s+sosial|gweith(?:iwr|wraig)\s+(?:c|g)ymdeithasol",
            re.IGNORECASE,
        ),
        "Social worker",
    ),
    (
        re.compile(
            r"infirmi(?:er|[eè]re)|enfermer[oa]|enfermeir[oa]|infermier[ea]"
            r"|krankenpfleger(?:in)?|pflegefach(?:frau|mann)|jururawat|nyrs",
            re.IGNORECASE,
        ),
        "Nurse",
    ),
    (
        re.compile(
            r"m[ée]diat(?:eur|rice)\s+de\s+sant[ée][\s-]+pairs?|pair[\s-]+aidante?",
            re.IGNORECASE,
        ),
        "Peer support worker",
    ),
    (
        re.compile(
            r"psychologue\s+clinicien(?:ne)?|psic[óo]log[oa]\s+cl[íi]nic[oa]"
            r"|psicolog[oa]\s+clinic[oa]|klinische[r]?\s+psycholog(?:e|in)"
            r"|ahli\s+psikologi\s+klinikal|seicolegydd\s+clinigol",
            re.IGNORECASE,
        ),
        "Clinical psychologist",
    ),
    (
        re.compile(
            r"psychologue|psic[óo]log[oa]|psycholog(?:e|in)|ahli\s+psikologi|seicolegydd",
            re.IGNORECASE,
        ),
        "Psychologist",
    ),
    (
        re.compile(r"kaunselor(?:\s+berdaftar)?|konselor", re.IGNORECASE),
        "Counsellor",
    ),
    (
        re.compile(r"secr[ée]taire\s+m[ée]dical(?:e)?|secretari[oa]\s+m[ée]dic[oa]", re.IGNORECASE),
        "Medical secretary",
    ),
    (
        re.compile(
            r"(?:m[ée]dic[oa]\s+)?psiquiatra|(?:m[ée]decin\s+)?psychiatre"
            r"|(?:medic[oa]\s+)?psichiatra|psychiater(?:in)?|seiciatrydd",
            re.IGNORECASE,
        ),
        "Psychiatrist",
    ),
    (
        re.compile(r"m[ée]diat(?:eur|rice)\s+(?:en|de)\s+sant[ée]", re.IGNORECASE),
        "Community health worker",
    ),
    (
        re.compile(r"auxiliar\s+de\s+enfermer[íi]a", re.IGNORECASE),
        "Nursing assistant",
    ),
)


def english_post(held: str) -> str | None:
    """Return a title whose post is a profession's name in another language, in English.

    Parameters
    ----------
    held : str
        A job title as the person wrote it.

    Returns
    -------
    str or None
        The title with its post (what comes before the first comma, or the whole title)
        in English and the rest as written; ``None`` when the post is not one of
        :data:`POST_NAMES` whole.

    Examples
    --------
    >>> english_post("Assistante sociale, service de psychiatrie (CHU)")
    'Social worker, service de psychiatrie (CHU)'
    >>> english_post("Socijalna radnica")
    'Social worker'
    >>> english_post("Infirmière, unité de soins psychiatriques")
    'Nurse, unité de soins psychiatriques'
    >>> english_post("Médiatrice de santé pair, secteur de psychiatrie adulte")
    'Peer support worker, secteur de psychiatrie adulte'
    >>> english_post("Psychologue clinicienne, centre de soins en addictologie")
    'Clinical psychologist, centre de soins en addictologie'
    >>> english_post("Psicólogo, centro de inserción social")
    'Psychologist, centro de inserción social'
    >>> english_post("Secrétaire médicale, service de psychiatrie")
    'Medical secretary, service de psychiatrie'
    >>> english_post("Kaunselor, pusat pemulihan dadah")
    'Counsellor, pusat pemulihan dadah'
    >>> english_post("Médico psiquiatra, hospital departamental")
    'Psychiatrist, hospital departamental'
    >>> english_post("Infirmière en psychiatrie") is None
    True
    >>> english_post("Social worker, hospital") is None
    True
    """
    post, comma, rest = held.partition(",")
    bare = " ".join(BRACKETED.sub(" ", post).split())
    for pattern, english in POST_NAMES:
        if pattern.fullmatch(bare):
            brackets = " ".join(BRACKETED.findall(post))
            return f"{english}{' ' + brackets if brackets else ''}{comma}{rest}"
    return None


#: The post words an officer's title has in the catalogue's names, in order: an *officer*
#: in Commonwealth, Irish and European public services and NGOs holds the post a US title
#: calls a *coordinator* or a *specialist* (ESCO v1.2.0 lists them as alternative labels
#: of one occupation: policy officer, "policy coordinator"; education policy officer,
#: "education policy specialist"; cultural policy officer, "cultural policy coordinator";
#: O*NET 29.3 reports "Employee Wellness Coordinator" where a South African mine's post
#: is an "Employee Wellness Officer").
OFFICER_AS = ("coordinator", "specialist")
_OFFICER = re.compile(r"\bofficer\b", re.IGNORECASE)


def officer_posts(held: str) -> tuple[str, ...]:
    """Return an officer's title with its post written as each of :data:`OFFICER_AS`.

    Only a title whose post (before the first comma, brackets aside) ends in *officer*
    after two words or more ("Employee Wellness Officer", "Mental Health Information
    Officer"): an officer of one field ("Research Officer", "Project Officer") holds a
    post in any of many fields, which a coordinator's or a specialist's name of one
    field does not say. The rest of the title is kept as written (thirty-seventh round,
    role37; review36 P8).

    Parameters
    ----------
    held : str
        A job title as the person wrote it.

    Returns
    -------
    tuple of str
        The title with *coordinator*, then *specialist*, in place of *officer*; empty
        when its post is not an officer's.

    Examples
    --------
    >>> officer_posts("Employee Wellness Officer (mine)")
    ('Employee Wellness coordinator (mine)', 'Employee Wellness specialist (mine)')
    >>> officer_posts("Officer, police service")
    ()
    >>> officer_posts("Officer in charge, day centre"), officer_posts("Research Officer")
    ((), ())
    """
    post, comma, rest = held.partition(",")
    words = BRACKETED.sub(" ", post).split()
    if len(words) < 3 or words[-1].lower() != "officer":
        return ()
    return tuple(f"{_OFFICER.sub(word, post)}{comma}{rest}" for word in OFFICER_AS)
