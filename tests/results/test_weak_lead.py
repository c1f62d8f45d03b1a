"""A ranking that opens with a weak match says so before the list (results.bands.weak_lead)."""

from __future__ import annotations

import careermap
from careermap.cli.main import main
from careermap.results.bands import weak_lead

PRESCRIBER = [
    "psychopharmacology:5",
    "diagnosis:5",
    "medication management:5",
    "active listening:3",
]
#: A graduate of two years: the research post is open, the prescribing posts need licences.
GRADUATE = {"education": "bachelor", "years_experience": 2}


def test_a_weak_first_post_before_better_fits_says_why_it_comes_first():
    # In advice order a post the person could take now comes first even when it is a
    # weak fit, if it is within reach of the best (ADVICE_REACH: a third of the best
    # score); the prescribing posts that fit better need a licence and follow. Since the
    # thirty-eighth round (scoring.lead.licensed_later) the posts a thin list fills in,
    # which the graduate could take now, come before those licensed posts too: the better
    # fits follow them, within the first ten.
    ranking = careermap.rank_careers(PRESCRIBER, background=GRADUATE, limit=10)
    assert ranking[0].band == "weak"
    assert any(m.band != "weak" for m in ranking)
    said = weak_lead(ranking.matches)
    assert said.startswith(f"The first role here, {ranking[0].title}, is only a weak match")
    assert said in ranking.explain()
    assert said in ranking._repr_html_()


def test_a_list_of_weak_fits_is_no_recommendation(capsys):
    ranking = careermap.rank_careers(["Excel:1"], limit=3)
    assert {m.band for m in ranking} == {"weak"}
    assert weak_lead(ranking.matches).startswith("No role here fits your skills well")
    assert main(["match", "Excel:1", "--limit", "3"]) == 0
    assert "No role here fits your skills well" in capsys.readouterr().out


def test_a_good_first_match_says_nothing():
    ranking = careermap.rank_careers(["CBT:4", "motivational interviewing:4"], limit=3)
    assert ranking[0].band != "weak"
    assert weak_lead(ranking.matches) == ""
    assert weak_lead([]) == ""


# The Aruba begeleider (review40 P9): at the fortieth round's start one of her six Dutch
# and Papiamento texts was read; her roster and induction lines are read since (lang40),
# so the lines kept here are the one read and three still unread.
ARUBA = [
    "begeleiden van cliënten met een EPA in het dagelijks leven:5",
    "medicatie uitdelen en signaleringsplannen bijhouden:4",
    "yuda clientenan cu nan placa y compras:4",
    "contact cu famia:4",
]
ARUBA_BACKGROUND = {
    "education": "certificate",
    "credentials": ["MBO-4 Sociaal Werk"],
    "country": "AW",
    "years_experience": 14,
    "current_role": "Woonbegeleider, langdurige woonvoorziening GGZ",
}


def test_a_thin_list_that_names_the_texts_to_reword_does_not_say_it_twice():
    ranking = careermap.rank_careers(ARUBA, background=ARUBA_BACKGROUND, limit=10)
    assert {m.band for m in ranking} == {"weak"}
    assert ranking.thin  # it names the texts to write again
    assert weak_lead(ranking.matches).startswith("No role here fits your skills well")
    assert weak_lead(ranking.matches, told=True) == ""
    assert "No role here fits your skills well" not in ranking.explain()
    assert "No role here fits your skills well" not in ranking._repr_html_()
    assert ranking.thin in ranking.explain()
