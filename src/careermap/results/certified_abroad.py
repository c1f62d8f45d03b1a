"""A certification of one country's, asked of a person who works in another.

Review33 P5 (thirty-third round): a music therapist in the Faroe Islands read
"Needs what employers in Faroe Islands ask for in place of a certification from the
United States" for recreational therapist posts, a long step beside the peer
certifications abroad, read as short steps. A certification (not a licence or a
registration: no law asks for it) that is issued only in other countries, where careermap
knows nothing asked in its place in the country of work (``in_place``, ``not_asked_in``),
is one body's certification of those countries (the NCTRC's CTRS, a US state board's
CADC): its supervised hours are that body's route, which employers elsewhere may not ask
at all. So it is no long step there: it is a short step that says what it is and asks what
employers accept (:func:`certified_abroad`), where a licence of another country still
gates, since a licence is the law's. Where careermap knows what the country asks in its
place (FDAP accreditation in the United Kingdom for the CADC), that is asked, as before.
"""

from __future__ import annotations

from careermap.results.countries import elsewhere
from careermap.taxonomy.models import Credential, CredentialKind

__all__ = ["certified_abroad"]


def certified_abroad(credential: Credential, country: str | None) -> bool:
    """Say whether *credential* is a certification of other countries, unknown in *country*.

    Examples
    --------
    >>> ctrs = Credential(name="CTRS", kind="certification", countries=("US",),
    ...                   supervised_hours=560)
    >>> certified_abroad(ctrs, "FO"), certified_abroad(ctrs, "US"), certified_abroad(ctrs, None)
    (True, False, False)
    >>> known = ctrs.model_copy(update={"in_place": {"GB": ("HCPC registered",)}})
    >>> certified_abroad(known, "GB"), certified_abroad(known, "FO")
    (False, True)
    >>> lpc = Credential(name="LPC", kind="licence", countries=("US",))
    >>> certified_abroad(lpc, "FO")
    False
    """
    return (
        country is not None
        and credential.kind is CredentialKind.CERTIFICATION
        and elsewhere(credential, country)
        and country not in credential.in_place
        and country not in credential.not_asked_in
    )
