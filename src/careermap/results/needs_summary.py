"""The summary of a post's needs, the check first where the person's own licence may do.

:func:`needs_summary` words the ``needs`` verdict of
:func:`careermap.results.hiring.hiring_verdict`.
"""

from __future__ import annotations

from collections.abc import Sequence

from careermap.base.countries import (
    countries_in,
    country_name,
    licensing_countries,
    licensing_country,
)
from careermap.results.countries import is_unknown_name
from careermap.results.credentials import is_lapsed
from careermap.results.issuers import place_countries

__all__ = ["needs_summary"]


def needs_summary(
    needs: Sequence[str], short: Sequence[str], unsure: Sequence[str], country: str | None
) -> str:
    """Say what a post needs, the check first where the person's own licence may do.

    *unsure* are the licences the person wrote that careermap does not know, of the
    practice the post's missing licences are for. Where the licence is all the post
    needs (besides short steps), the check comes first: the person may already hold what
    the post takes, so the next step is to ask, not to qualify again. The verdict stays
    ``needs``: the taxonomy cannot say the licence is accepted. With the person's
    *country* it names it ("accepted in Iceland"): "where you want to work" had read as
    if a social worker licensed at home had moved (twenty-first round). Where every such
    licence names the person's own country or one of its states or provinces ("Licensed
    Addiction Counselor (LAC), Kansas ..." for a person in the United States), it is not
    foreign, so the check does not ask whether it is accepted there: careermap could not
    tell whether it is the licence the post asks for (twenty-sixth round). Where one of
    the needs is what employers in the person's country ask in place of a foreign licence
    (:func:`careermap.results.countries.unknown_name`), the check asks whether the
    person's licence is that: asking whether it "is accepted in" the country sent a
    Congolese graduate to have her own degree accepted in the Democratic Republic of the
    Congo (forty-third round, review43 P12).

    Examples
    --------
    >>> needs = ["Certified Alcohol and Drug Counselor (CADC) or licence"]
    >>> needs_summary(needs, [], ["Addiction Counselor licence (Kansas)"], "US")
    'Check with the employer or the regulator: careermap could not tell whether your \
Addiction Counselor licence (Kansas) counts as Certified Alcohol and Drug Counselor (CADC) \
or licence, which the post asks for'
    >>> asked = "what employers in Japan ask for in place of a licence from the United States"
    >>> needs_summary(["a master's degree", asked], [], ["Rinsho shinrishi"], "JP")[-67:]
    'check whether your Rinsho shinrishi is what employers there ask for'
    >>> needs_summary(needs, [], ["Addiction Counselor licence (Kansas)"], "GB")[:60]
    'Check whether your Addiction Counselor licence (Kansas) is a'
    """
    if not unsure:
        return "Needs " + "; ".join([*needs, *short])
    # A lapsed licence may be accepted once it is current again (is_lapsed).
    mine = " or ".join(f"{text}, once renewed," if is_lapsed(text) else text for text in unsure)
    then = f"; also needs {'; '.join(short)}" if short else ""
    asked = [need for need in needs if is_unknown_name(need)]  # "what employers in ..."
    asked_once = len(needs) == 1 and bool(asked)
    here = licensing_country(country) if country is not None else None
    if here is not None and not asked_once and all(here in _places(t) for t in unsure):
        if len(needs) == 1:
            return (
                f"{_ASK}: careermap could not tell whether your {mine} counts as {needs[0]}, "
                f"which the post asks for{then}"
            )
        own = f"careermap could not tell whether your {mine} counts as the licence asked"
        return "Needs " + "; ".join([*needs, *short]) + f"; {own}: {_ASK.lower()}"
    where = "where you want to work" if country is None else f"in {country_name(country)}"
    check = f"check whether your {mine} is accepted {where}"
    if asked and not asked_once:
        check = f"check whether your {mine} is what employers there ask for"
    if len(needs) == 1:
        if is_unknown_name(needs[0]):  # asked once: "is what employers in ... ask for"
            return f"Check whether your {mine} is {needs[0]}{then}"
        return f"{check[0].upper()}{check[1:]} in place of {needs[0]}{then}"
    return "Needs " + "; ".join([*needs, *short]) + f"; {check}"


_ASK = "Check with the employer or the regulator"


def _places(text: str) -> frozenset[str]:
    """Return the countries *text* names, by their names or by a state's or province's."""
    return licensing_countries(countries_in(text) | place_countries(text))
