"""Licences a verdict names: alternatives, the degree they bring, unknown licences."""

from __future__ import annotations

import careermap
from careermap import Credential
from careermap.results.licences import alternatives, same_practice, unknown_licences


def _licence(name: str) -> Credential:
    return Credential(name=name, kind="licence")


def test_up_to_three_licences_are_named_and_the_rest_counted():
    three = [_licence(n) for n in ("LPC", "LCSW", "LMFT")]
    assert alternatives(three) == "LPC or LCSW or LMFT"
    five = [*three, _licence("CRPO RP"), _licence("CCC")]
    assert alternatives(five) == "LPC, LCSW, LMFT or one of 2 other licences (see notes)"


def test_an_unknown_licence_is_one_no_credential_of_the_taxonomy_names():
    taxonomy = careermap.load_taxonomy()
    written = [
        "Licensed Clinical Counsellor (BC)",  # unknown, a licence by its words
        "LPC (Texas)",  # known
        "Registered Psychotherapist (Qualifying)",  # provisional: never a licence held
        "Mental Health First Aider",  # no licence word
    ]
    assert unknown_licences(written, taxonomy, {}) == ("Licensed Clinical Counsellor (BC)",)


def test_only_an_unknown_licence_of_the_posts_practice_is_asked_about():
    counsellor = [_licence("Licensed Professional Counselor (LPC)")]
    nurse = [_licence("Registered Nurse (RN)")]
    unknown = ["Licensed Clinical Counsellor (BC)", "Registered practical nurse (Ontario)"]
    assert same_practice(unknown, counsellor) == ["Licensed Clinical Counsellor (BC)"]
    assert same_practice(unknown, nurse) == ["Registered practical nurse (Ontario)"]


def test_a_regulators_own_word_in_another_language_is_a_registration():
    # Twenty-seventh round (review27 P7): "Albo degli Psicologi" was not even seen as a
    # registration, since only English words (and "Approbation") were read.
    taxonomy = careermap.load_taxonomy()
    written = [
        "Albo degli Psicologi, Ordine dell'Emilia-Romagna (annotazione psicoterapeuta)",
        "Colegiada, Colegio Oficial de Trabajo Social de Madrid",
        "Tarjeta profesional de psicólogo (COLPSIC)",
        "Laurea in Psicologia, Università di Bologna",  # a degree: no register word
        "Anerkennung nach dem Musiktherapiegesetz (Österreich), beantragt",  # applied for
    ]
    assert unknown_licences(written, taxonomy, {}) == tuple(written[:3])
    psychologist = [_licence("Licensed psychologist")]
    assert same_practice([written[0], written[1]], psychologist) == [written[0]]
