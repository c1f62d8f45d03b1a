"""A post named in another language, read in English (results.post_names; role36, review35 P8)."""

from __future__ import annotations

import pytest

import careermap
from careermap.results.current import current_role, kind_roles
from careermap.results.post_names import english_post

SOCIAL_WORKERS = {
    "child-protection-social-worker",
    "clinical-social-worker",
    "hospital-social-worker",
    "school-social-worker",
    "social-work-lecturer",
}


@pytest.mark.parametrize(
    ("held", "english"),
    [
        ("Assistante sociale, CEPIAD", "Social worker, CEPIAD"),
        ("Assistant de service social, hôpital", "Social worker, hôpital"),
        ("Trabajadora social", "Social worker"),
        (
            "Socijalni radnik (Centar za socijalni rad), grad",
            "Social worker (Centar za socijalni rad), grad",
        ),
        ("Sozialarbeiterin, Suchtberatung", "Social worker, Suchtberatung"),
        ("Enfermera, urgencias", "Nurse, urgencias"),
        # Thirty-eighth round (role38): France's peer worker in psychiatry, Quebec's peer
        # helper (the twenty-ninth set's Saint-Pierre mediator).
        (
            "Médiatrice de santé pair, secteur de psychiatrie adulte",
            "Peer support worker, secteur de psychiatrie adulte",
        ),
        ("Médiateur de santé-pair", "Peer support worker"),
        ("Pair-aidante, CIUSSS", "Peer support worker, CIUSSS"),
    ],
)
def test_a_professions_name_is_written_in_english(held, english):
    assert english_post(held) == english


@pytest.mark.parametrize(
    "held",
    [
        "Social worker, psychiatric ward",  # English already
        "Técnica en enfermería, hogar protegido",  # a technician, not a nurse
        "Conseillère en dépendances",  # no profession of the list
        "Assistante sociale et médiatrice",  # a post of more words
        "Médiatrice en santé et interprète",  # two posts
        "Kaimahi, mental health service",  # te reo Māori: any worker
    ],
)
def test_other_posts_are_left_as_written(held):
    assert english_post(held) is None


def test_the_setting_then_names_the_specialty_as_for_an_english_title():
    taxonomy = careermap.load_taxonomy()
    english = current_role("Social worker, service de psychiatrie (CHU)", taxonomy)
    french = current_role("Assistante sociale, service de psychiatrie (CHU)", taxonomy)
    assert english is not None
    assert french is not None
    assert french.id == english.id == "clinical-social-worker"
    nurse = current_role("Infirmière, service de psychiatrie", taxonomy)
    assert nurse is not None
    assert nurse.id == "psychiatric-nurse"


def test_a_setting_naming_no_specialty_gives_the_professions_kind():
    taxonomy = careermap.load_taxonomy()
    held = "Socijalna radnica, organ starateljstva (guardianship service for adults)"
    assert current_role(held, taxonomy) is None
    assert kind_roles(held, taxonomy) == SOCIAL_WORKERS


def test_a_psychoneurological_institution_is_a_mental_health_setting():
    taxonomy = careermap.load_taxonomy()
    held = "Social worker, state psychoneurological boarding house (residential institution)"
    found = current_role(held, taxonomy)
    assert found is not None
    assert found.id == "clinical-social-worker"


def test_a_peer_workers_french_name_reads_as_the_peer_support_specialist():
    taxonomy = careermap.load_taxonomy()
    found = current_role("Médiatrice de santé pair, secteur de psychiatrie adulte", taxonomy)
    assert found is not None
    assert found.id == "peer-support-specialist"


def test_a_psychologists_name_in_another_language_reads_as_in_english():
    # Thirty-ninth round (role39; review39 P6): "Psychologue clinicienne" and "Psicóloga
    # clínica" name the clinical psychologist; a psychologist without the specialty is the
    # psychologists' kind, as "Psychologist" is.
    taxonomy = careermap.load_taxonomy()
    for held in (
        "Psychologue clinicienne, centre intermédiaire de soins en addictologie (CISA)",
        "Psicóloga clínica, servicio de psicooncología",
        "Psicologo clinico, servizio di salute mentale",
    ):
        found = current_role(held, taxonomy)
        assert found is not None, held
        assert found.id == "clinical-psychologist", held
    english = kind_roles("Psychologist, centro de inserción social", taxonomy)
    spanish = kind_roles("Psicólogo, centro de inserción social", taxonomy)
    assert spanish == english
    assert "clinical-psychologist" in spanish
    # A post of more words than the profession's name is left as written.
    assert english_post("Psychologue du travail") is None


@pytest.mark.parametrize(
    ("held", "english"),
    [
        # Forty-first round (lang41, review41 P5): the medical secretary's French name
        # (ROME M1609), the Malay counsellor's (Akta Kaunselor 1998), nurse's, social
        # worker's and clinical psychologist's, and the psychiatrist's in French and Spanish.
        ("Secrétaire médical, CMP", "Medical secretary, CMP"),
        ("Kaunselor Berdaftar, sekolah menengah", "Counsellor, sekolah menengah"),
        ("Jururawat, wad psikiatri", "Nurse, wad psikiatri"),
        ("Pekerja sosial, hospital", "Social worker, hospital"),
        ("Ahli psikologi klinikal", "Clinical psychologist"),
        ("Médecin psychiatre, CMP", "Psychiatrist, CMP"),
        ("Psiquiatra", "Psychiatrist"),
    ],
)
def test_the_forty_first_rounds_posts_are_written_in_english(held, english):
    assert english_post(held) == english


def test_an_own_language_title_names_the_catalogue_role_its_english_names():
    # Review41 P5: "Secrétaire médicale, service de psychiatrie" was unread, so the
    # medical secretary was told her office work did not show; "Kaunselor" likewise.
    taxonomy = careermap.load_taxonomy()
    for held, english in (
        ("Secrétaire médicale, service de psychiatrie", "Medical secretary, psychiatry"),
        ("Kaunselor, sekolah", "Counsellor, sekolah"),
    ):
        found = current_role(held, taxonomy)
        expected = current_role(english, taxonomy)
        assert found is not None, held
        assert expected is not None, english
        assert found.id == expected.id, held
    assert english_post("Secrétaire de direction") is None  # an executive secretary
    assert english_post("Kaunselor pelatih") is None  # a counsellor in training


@pytest.mark.parametrize(
    ("held", "english"),
    [
        # Forty-second round (lang42): Welsh titles (Social Care Wales, NHS Wales), the
        # French health mediator (CSP art. L1110-13; HAS 2017), a community health worker
        # and not the peer worker (médiateur de santé pair), and the Spanish nursing
        # assistant.
        ("Gweithiwr cymdeithasol, tîm iechyd meddwl", "Social worker, tîm iechyd meddwl"),
        ("Gweithwraig gymdeithasol", "Social worker"),
        ("Seicolegydd clinigol", "Clinical psychologist"),
        ("Nyrs, uned seiciatrig", "Nurse, uned seiciatrig"),
        (
            "Médiatrice en santé, service de psychiatrie",
            "Community health worker, service de psychiatrie",
        ),
        ("Médiateur de santé", "Community health worker"),
        ("Médiatrice de santé pair", "Peer support worker"),
        (
            "Auxiliar de enfermería, servicio de psiquiatría",
            "Nursing assistant, servicio de psiquiatría",
        ),
    ],
)
def test_the_forty_second_rounds_posts_are_written_in_english(held, english):
    assert english_post(held) == english


def test_a_health_mediators_french_title_reads_as_the_community_health_worker():
    taxonomy = careermap.load_taxonomy()
    found = current_role("Médiatrice en santé, service de psychiatrie", taxonomy)
    assert found is not None
    assert found.id == "community-health-worker"
