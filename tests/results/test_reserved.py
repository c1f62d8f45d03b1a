"""A post a country's law reserves to one licence's holders (results.reserved)."""

from __future__ import annotations

from careermap import Background, lookup_role
from careermap.results.readiness import assess
from careermap.results.reserved import counted_licences
from careermap.taxonomy.models import Credential

SOCIAL_WORKER = {"education": "master", "field": "social work", "years_experience": 15}


def test_only_the_reserved_licence_counts_where_it_is_reserved():
    psychiatrist = Credential(
        name="Consultant psychiatrist", kind="licence", countries=["IE"], reserved=True
    )
    other = Credential(name="Consultant psychiatrist (UK)", kind="licence", countries=["IE"])
    licence = Credential(name="Independent clinical licence", kind="licence")
    assert counted_licences([licence, other, psychiatrist], "IE") == [psychiatrist]
    assert counted_licences([licence, psychiatrist], "NZ") == [licence, psychiatrist]
    assert counted_licences([licence, psychiatrist], None) == [licence, psychiatrist]


def test_a_social_worker_in_ireland_is_not_ready_for_the_clinical_director_post(default):
    # Forty-second round (review42 P8): a CORU registered social worker in Ireland was
    # shown the clinical director's post "Ready now"; an approved centre's clinical
    # director there is a consultant psychiatrist (Mental Health Act 2001, s. 71(1)).
    director = lookup_role("clinical-director", taxonomy=default)
    person = Background(
        country="IE", credentials=["CORU registered social worker"], **SOCIAL_WORKER
    )
    found = assess(director.entry, person, taxonomy=default, role=director.id)
    assert found.verdict == "needs"
    assert any("Consultant psychiatrist" in need for need in found.needs)
    assert any("s. 71(1)" in note and "another profession" in note for note in found.notes)


def test_the_same_licence_counts_where_the_post_is_not_reserved(default):
    director = lookup_role("clinical-director", taxonomy=default)
    person = Background(
        country="GB", credentials=["Social Work England registration"], **SOCIAL_WORKER
    )
    found = assess(director.entry, person, taxonomy=default, role=director.id)
    assert found.verdict != "needs"
    assert not any("Consultant psychiatrist" in need for need in found.needs)


def test_a_consultant_psychiatrist_in_ireland_holds_the_reserved_licence(default):
    director = lookup_role("clinical-director", taxonomy=default)
    person = Background(
        country="IE",
        education="doctorate",
        years_experience=10,
        credentials=["Consultant psychiatrist"],
    )
    found = assess(director.entry, person, taxonomy=default, role=director.id)
    assert not any("Consultant psychiatrist" in need for need in found.needs)
