"""Posts that exist only in some countries (twenty-eighth round, country28).

The twenty-seventh round built a veterans service officer and left it out: it reached
ten top fives, seven of them of people in Canada, the United Kingdom, Spain and
Australia, where the post does not exist. ``Role.countries`` keeps it to the United
States: offered there, left out (and named) elsewhere, and noted for a person who gives
no country (docs/taxonomy-format.md, "Posts found only in some countries").
"""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from careermap import (
    TaxonomyError,
    build_profile,
    career_paths,
    load_taxonomy,
    rank_careers,
    upskilling,
)
from careermap.cli.main import main
from careermap.scoring.engine import scoring_index
from careermap.taxonomy.load import default_taxonomy
from careermap.taxonomy.models import Role

VSO = "veterans-service-officer"
#: A county veterans' claims worker, in words the catalogue reads.
CLAIMS = [
    "VA disability claims:4",
    "benefits advice:4",
    "advocacy:4",
    "systems navigation:3",
    "active listening:4",
]


def ids(ranking) -> list[str]:
    return [m.role_id for m in ranking]


def test_a_role_names_its_countries_by_iso_code():
    role = Role(
        id="vso",
        title="VSO",
        sector="advocacy",
        countries=["US"],
        requirements=[{"skill": "benefits-advice"}],
    )
    assert role.countries == ("US",)
    assert Role(id="x", title="X", sector="s", requirements=[{"skill": "a"}]).countries == ()
    with pytest.raises(ValidationError, match="countries: 'UK' is not an ISO 3166-1 alpha-2"):
        Role(id="x", title="X", sector="s", countries=["UK"], requirements=[{"skill": "a"}])


def test_an_unknown_code_names_the_file_line_and_field(tmp_path):
    extra = tmp_path / "vso.yaml"
    extra.write_text(
        "roles:\n"
        "  - id: vso\n"
        "    title: VSO\n"
        "    sector: advocacy\n"
        "    countries: [US, UK]\n"
        "    requirements:\n"
        "      - skill: benefits-advice\n",
        encoding="utf-8",
    )
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy("data/taxonomy", extend=[extra])
    (problem,) = info.value.problems
    assert (problem.file, problem.line, problem.field) == (
        str(extra),
        5,
        "roles[0].countries (vso)",
    )
    assert "'UK' is not an ISO 3166-1 alpha-2 code" in problem.message


def test_the_veterans_service_officer_is_the_united_states_alone():
    taxonomy = default_taxonomy()
    assert taxonomy.role_index[VSO].countries == ("US",)
    # Thirtieth round (cat30): the psychiatric clinical officer, registered only in
    # Malawi, Zambia, Kenya and Uganda (docs/taxonomy-notes.md); since the thirty-fourth
    # (read34) also Mozambique's psychiatric technicians and Ghana's clinical psychiatric
    # officers, the same mid-level cadre.
    pco = "psychiatric-clinical-officer"
    assert taxonomy.role_index[pco].countries == ("MW", "ZM", "KE", "UG", "MZ", "GH")
    # Thirty-first round (youth31): the licensed psilocybin facilitator, licensed by
    # Oregon and Colorado alone.
    psy = "psychedelic-facilitator"
    assert taxonomy.role_index[psy].countries == ("US",)
    # Thirty-fifth round (cred35): the nursing associate, registered by the NMC in England
    # alone (no register in Ireland or elsewhere; docs/taxonomy-notes.md).
    nai = "nursing-associate"
    assert taxonomy.role_index[nai].countries == ("GB",)
    # Thirty-ninth round (role39): the support, time and recovery worker, in Britain,
    # Australia and New Zealand, and the psychosocial rehabilitation educator, the
    # graduate profession of Italy, France, Belgium, Switzerland, Spain, Portugal, Canada
    # and the US (docs/taxonomy-notes.md).
    stw = "support-time-recovery-worker"
    assert taxonomy.role_index[stw].countries == ("GB", "AU", "NZ")
    edu = "psychosocial-rehabilitation-educator"
    assert {"IT", "FR", "US", "CA"} <= set(taxonomy.role_index[edu].countries)
    assert "GB" not in taxonomy.role_index[edu].countries
    # Fortieth round (role40): the assistant psychologist, the NHS's and the HSE's entry
    # post for psychology graduates.
    apy = "assistant-psychologist"
    assert taxonomy.role_index[apy].countries == ("GB", "IE")
    # Forty-second round (role42): the approved mental health professional, approved by
    # the local authorities of England and Wales alone (the Mental Health Act 1983 s 114),
    # and the Whānau Ora navigator, New Zealand's.
    amhp, wo = "approved-mental-health-professional", "whanau-ora-navigator"
    assert taxonomy.role_index[amhp].countries == ("GB",)
    assert taxonomy.role_index[wo].countries == ("NZ",)
    assert sorted(r.id for r in taxonomy.roles if r.countries) == sorted(
        [nai, psy, pco, VSO, stw, edu, apy, amhp, wo]
    )
    engine = scoring_index(taxonomy)
    pos = engine.role_pos
    assert sorted(engine.elsewhere("US")) == sorted(
        [pos[pco], pos[nai], pos[stw], pos[apy], pos[amhp], pos[wo]]
    )
    assert sorted(engine.elsewhere("MW")) == sorted(
        [pos[VSO], pos[psy], pos[nai], pos[stw], pos[edu], pos[apy], pos[amhp], pos[wo]]
    )
    assert engine.elsewhere("GB") == sorted([pos[VSO], pos[pco], pos[psy], pos[edu], pos[wo]])
    assert sorted(engine.elsewhere("IE")) == sorted(
        [pos[VSO], pos[pco], pos[psy], pos[nai], pos[stw], pos[edu], pos[amhp], pos[wo]]
    )
    assert engine.elsewhere(None) == []
    assert sorted(engine.elsewhere("CA")) == sorted(
        [pos[VSO], pos[pco], pos[psy], pos[nai], pos[stw], pos[apy], pos[amhp], pos[wo]]
    )


def test_offered_at_home():
    ranking = rank_careers(CLAIMS, background={"country": "US"}, semantic=False, limit=5)
    assert ids(ranking)[0] == VSO
    assert ranking.abroad == ""
    assert ranking[0].only_in == ""  # a person in the United States needs no note


@pytest.mark.parametrize("territory", ["Puerto Rico", "GU"])
def test_offered_in_a_territory_that_licenses_as_the_country(territory):
    # A US territory licenses as a US jurisdiction (creds28, base.countries.LICENSED_AS),
    # and its veterans are served as the states' are: the post is not "abroad" there.
    ranking = rank_careers(CLAIMS, background={"country": territory}, semantic=False, limit=5)
    assert ids(ranking)[0] == VSO
    assert ranking.abroad == ""
    # Elsewhere it is still left out.
    assert VSO not in ids(rank_careers(CLAIMS, background={"country": "IE"}, limit=5))


@pytest.mark.parametrize("order", ["advice", "fit"])
def test_not_offered_abroad_and_the_ranking_says_so(order):
    ranking = rank_careers(
        CLAIMS, background={"country": "Canada"}, semantic=False, limit=5, order=order
    )
    assert VSO not in ids(ranking)
    assert len(ranking) == 5  # the next role takes its place
    alone = (
        "Left out: Veterans service officer, a post that exists only in the United States, "
        "not in Canada, the country you gave."
    )
    # In fit order the Whānau Ora navigator (forty-second round), a navigator's post as
    # near, would be listed too: left out as well, with its country.
    both = (
        "Left out as posts that exist only elsewhere, not in Canada, the country you gave: "
        "Veterans service officer (the United States), Whānau Ora navigator (New Zealand)."
    )
    assert ranking.abroad == (both if order == "fit" else alone)
    assert ranking.explain().splitlines()[0] == ranking.abroad
    assert ranking.abroad in ranking._repr_html_()


def test_nothing_is_said_of_a_post_the_list_would_not_have_shown():
    ranking = rank_careers(["CBT:4", "DBT:4"], background={"country": "GB"}, semantic=False)
    assert ranking.abroad == ""


def test_noted_where_no_country_is_given():
    for background in (None, {"education": "secondary"}):
        ranking = rank_careers(CLAIMS, background=background, semantic=False, limit=5)
        match = next(m for m in ranking if m.role_id == VSO)
        assert match.only_in == "This post exists only in the United States."
        assert "   where: This post exists only in the United States." in match.explain()
        assert "This post exists only in the United States." in match._repr_html_()
        assert match.to_dict()["only_in"] == match.only_in
        assert "This post exists only in the United States." in ranking._repr_html_()
        # The Whānau Ora navigator (forty-second round) says New Zealand's, the rest none.
        navigator = [m for m in ranking if m.role_id == "whanau-ora-navigator"]
        assert all(m.only_in == "This post exists only in New Zealand." for m in navigator)
        others = [m for m in ranking if m.role_id not in {VSO, "whanau-ora-navigator"}]
        assert all(m.only_in == "" for m in others)


def test_no_upskilling_towards_a_post_not_found_in_the_country():
    abroad = upskilling(
        build_profile(CLAIMS, background={"country": "AU"}, semantic=False), limit=3
    )
    home = upskilling(build_profile(CLAIMS, background={"country": "US"}, semantic=False), limit=3)
    assert VSO in home.advised
    assert VSO not in abroad.advised
    named = {c.role_id for s in abroad for c in (*s.raises, *s.opens, *s.asked_by)}
    assert VSO not in named


def test_the_cli_and_json_say_it(capsys):
    assert main(["match", *CLAIMS, "--limit", "5", "--no-explain"]) == 0
    out = capsys.readouterr().out
    assert "where:       This post exists only in the United States." in out
    assert main(["match", *CLAIMS, "--limit", "5", "--country", "CA", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["abroad"].startswith("Left out: Veterans service officer")
    assert VSO not in [m["role_id"] for m in data["matches"]]
    assert main(["match", *CLAIMS, "--limit", "5", "--country", "CA"]) == 0
    assert "Left out: Veterans service officer, a post" in capsys.readouterr().out


def test_no_career_path_bridges_through_a_post_not_found_in_the_country():
    def bridges(country: str) -> set[str]:
        found = career_paths(CLAIMS, "policy-advocate", background={"country": country})
        return {role for path in found for role in path.role_ids[:-1]}

    assert VSO in bridges("US")
    assert VSO not in bridges("CA")
