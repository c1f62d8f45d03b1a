"""The roles a person's own licence opens, found once per background (results.licensed_roles).

The index must say, of every role, what reading that role alone says (the reference
below is ``own_licence`` as it was before the index: role by role), in taxonomy order,
the same on every thread, and the same once a background has been forgotten.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from careermap import Background
from careermap.results import licensed_roles as module
from careermap.results.ambiguous import ambiguous_in
from careermap.results.credentials import holds
from careermap.results.licensed_roles import licensed_roles, own_licence
from careermap.taxonomy.models import CredentialKind

BACKGROUNDS = [
    Background(credentials=["RN (US)"]),
    Background(credentials=["NMC registration (RN)"], country="GB"),
    Background(credentials=["LCSW"], country="US"),
    Background(credentials=["LPC-Associate (US, supervised licence)"]),
    Background(credentials=["HCPC registered clinical psychologist"], country="GB"),
    Background(credentials=["Licensed psychologist (US)", "RN (US)"], work_country="US"),
    Background(credentials=["CPS"]),  # two credentials' abbreviation: holds neither
    Background(credentials=["Licensed Clinical Counsellor (BC)"], country="CA"),
    Background(credentials=["CPR", "Mental Health First Aid"]),
    Background(),
]


def reference(role, background, taxonomy):
    """``own_licence`` read role by role, as before the index."""
    if role.entry is None:
        return None
    ambiguous = ambiguous_in(taxonomy)
    for credential in role.entry.for_country(background.works_in).written:
        own = credential.kind in {CredentialKind.LICENCE, CredentialKind.REGISTRATION}
        if (
            own
            and credential.required
            and holds(background.credentials, credential, ambiguous=ambiguous)
        ):
            return credential
    return None


def expected(background, taxonomy):
    found = ((role.id, reference(role, background, taxonomy)) for role in taxonomy.roles)
    return [(role, credential) for role, credential in found if credential is not None]


@pytest.mark.parametrize("background", BACKGROUNDS, ids=lambda b: ", ".join(b.credentials))
def test_the_index_says_what_each_role_read_alone_says(background, taxonomy):
    opened = licensed_roles(background, taxonomy)
    assert list(opened.items()) == expected(background, taxonomy)  # taxonomy order too
    for role in taxonomy.roles:
        assert own_licence(role, background, taxonomy) == opened.get(role.id)


def test_a_nurse_s_rn_opens_the_nursing_roles_not_the_psychologist_s(taxonomy):
    opened = licensed_roles(Background(credentials=["RN (US)"]), taxonomy)
    assert {"psychiatric-nurse", "nurse-case-manager", "community-mental-health-nurse"} <= set(
        opened
    )
    assert opened["psychiatric-nurse"].name == "Registered Nurse (RN)"
    assert "clinical-psychologist" not in opened
    assert "therapist" not in opened


def test_a_credential_the_catalogue_does_not_know_opens_none(taxonomy):
    unknown = Background(credentials=["Licensed Clinical Counsellor (BC)"], country="CA")
    assert dict(licensed_roles(unknown, taxonomy)) == {}
    assert dict(licensed_roles(Background(), taxonomy)) == {}


def test_the_index_is_read_only_and_remembered(taxonomy):
    nurse = Background(credentials=["RN (US)"])
    opened = licensed_roles(nurse, taxonomy)
    assert licensed_roles(Background(credentials=["RN (US)"]), taxonomy) is opened
    with pytest.raises(TypeError, match="read-only"):
        opened["clinical-psychologist"] = opened["psychiatric-nurse"]  # type: ignore[index]


def test_same_answer_from_every_thread(taxonomy):
    wanted = {(*b.credentials, str(b.works_in)): expected(b, taxonomy) for b in BACKGROUNDS}

    def read(background):
        key = (*background.credentials, str(background.works_in))
        return key, list(licensed_roles(background, taxonomy).items())

    with ThreadPoolExecutor(max_workers=4) as pool:
        found = list(pool.map(read, BACKGROUNDS * 8))
    assert all(wanted[key] == items for key, items in found)


def test_a_forgotten_background_is_read_again_the_same(taxonomy, monkeypatch):
    monkeypatch.setattr(module, "BACKGROUNDS_REMEMBERED", 2)
    for background in [*BACKGROUNDS, *BACKGROUNDS]:
        assert list(licensed_roles(background, taxonomy).items()) == expected(background, taxonomy)


def test_a_role_from_elsewhere_is_read_on_its_own(taxonomy):
    nurse = taxonomy.role_index["psychiatric-nurse"]
    copy = nurse.model_copy()  # not the taxonomy's own object: not looked up in the index
    held = Background(credentials=["RN (US)"])
    assert own_licence(copy, held, taxonomy) == own_licence(nurse, held, taxonomy)
    assert own_licence(copy, held, taxonomy).name == "Registered Nurse (RN)"
