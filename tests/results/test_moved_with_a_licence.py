"""A person who moved country with a licence for their own job (fifteenth round).

Found by reading the seventh set's detail: the US school psychologist who moved to Leeds
was told "Ready now" for school psychologist posts in England, and her own job was "the
same work with another employer", although "educational psychologist" is a title the
HCPC protects there. The school psychologist credential is now issued in the US, with the
HCPC registration in its place in the UK, and the current-job verdict carries the same
check a ranking gives every other post.
"""

from __future__ import annotations

import pytest

from careermap import Background, load_taxonomy, lookup_role
from careermap.results.readiness import assess

NCSP = "NCSP (Nationally Certified School Psychologist)"


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


def verdict(taxonomy, **given):
    background = Background(**{"education": "master", "years_experience": 8, **given})
    entry = lookup_role("school-psychologist").entry
    return assess(entry, background, taxonomy=taxonomy, role="school-psychologist")


def test_a_us_credential_in_england_is_to_be_recognised(taxonomy):
    found = verdict(taxonomy, credentials=[NCSP], country="GB")
    assert "recognised in the United Kingdom" in found.summary
    # The HCPC's own registration needs no check, and at home the NCSP needs none.
    hcpc = verdict(taxonomy, credentials=["HCPC registered educational psychologist"], country="GB")
    assert "recognised" not in hcpc.summary
    home = verdict(taxonomy, credentials=[NCSP], country="US")
    assert "recognised" not in home.summary


def test_without_a_credential_england_asks_for_the_hcpc_registration(taxonomy):
    found = verdict(taxonomy, credentials=["EdS School Psychology"], country="GB")
    assert found.verdict == "needs"
    assert found.summary.startswith("Needs HCPC registered educational psychologist")


def test_the_current_job_after_a_move_says_to_check_recognition(taxonomy):
    given = {"credentials": [NCSP], "current_role": "School psychologist"}
    moved = verdict(taxonomy, country="GB", **given)
    assert moved.verdict == "current"
    assert "recognised in the United Kingdom" in moved.summary
    assert any(note.startswith("Check whether your NCSP") for note in moved.notes)
    at_home = verdict(taxonomy, country="US", **given)
    assert at_home.verdict == "current"
    assert "recognised" not in at_home.summary


def test_the_current_job_with_an_unknown_licence_abroad_asks_whether_it_is_accepted(taxonomy):
    # The seventh set's German psychotherapist in Dublin: her Approbation is a licence
    # careermap does not know; every other therapy post asked her to check it, her own job
    # said nothing.
    held = ["Approbation als Psychologische Psychotherapeutin (Verhaltenstherapie)"]
    background = Background(
        education="master", years_experience=9, credentials=held, current_role="Therapist"
    )
    entry = lookup_role("therapist").entry

    def current(country):
        given = background.model_copy(update={"country": country})
        return assess(entry, given, taxonomy=taxonomy, role="therapist")

    dublin = current("IE")
    assert dublin.verdict == "current"
    assert "check whether your Approbation" in dublin.summary
    assert "is accepted in Ireland in place of IACP" in dublin.summary
    # Without a country careermap cannot tell she moved: her job is her job.
    assert "check" not in current(None).summary
