"""Entry requirements on roles: the YAML shape, its errors and the public models."""

from __future__ import annotations

from pathlib import Path

import pytest

import careermap
from careermap import Credential, Entry, TaxonomyError

from ..entries import load


def problems(tmp_path: Path, entry: str) -> list[careermap.Problem]:
    with pytest.raises(TaxonomyError) as info:
        load(tmp_path, entry)
    return list(info.value.problems)


def test_a_full_entry_block_loads(tmp_path):
    taxonomy = load(
        tmp_path,
        """\
        education: master
        job_zone: 5
        seniority: mid
        lived_experience: none
        supervised_hours: 3000
        credentials:
          - name: LPC
            kind: licence
            required: true
            note: "US: state licence. UK: BACP registration."
        """,
    )
    entry = taxonomy.role_index["r"].entry
    assert entry is not None
    assert (entry.education.value, entry.job_zone, entry.supervised_hours) == ("master", 5, 3000)
    assert entry.credentials[0].kind.value == "licence"
    assert entry.credentials[0].required is True


def test_defaults_and_a_role_without_entry(tmp_path):
    entry = Entry(education="none", job_zone=1)
    assert (entry.seniority.value, entry.lived_experience.value) == ("mid", "none")
    assert entry.credentials == ()
    role = careermap.Role(id="r", title="R", sector="s", requirements=[{"skill": "a"}])
    assert role.entry is None


def test_an_unknown_education_is_reported_with_its_line(tmp_path):
    (problem,) = problems(tmp_path, "education: phd\njob_zone: 5\n")
    assert problem.field.startswith("roles[0].entry.education")
    assert problem.line == 11
    assert "'doctorate'" in problem.message


def test_job_zone_out_of_range(tmp_path):
    (problem,) = problems(tmp_path, "education: master\njob_zone: 6\n")
    assert problem.field.startswith("roles[0].entry.job_zone")
    assert "less than or equal to 5" in problem.message


def test_a_typo_in_a_credential_is_an_error(tmp_path):
    found = problems(
        tmp_path,
        "education: master\njob_zone: 5\ncredentials:\n"
        "  - {name: LPC, kind: licence, reqired: true}\n",
    )
    assert any("reqired" in p.field or "reqired" in p.message for p in found)


def test_supervised_hours_need_a_credential(tmp_path):
    (problem,) = problems(tmp_path, "education: master\njob_zone: 5\nsupervised_hours: 3000\n")
    assert "supervised_hours (3000) is given but no credential" in problem.message


def test_experience_names_known_skills_and_lowercase_words(tmp_path):
    taxonomy = load(
        tmp_path,
        "education: bachelor\njob_zone: 4\n"
        "experience: {of: work with a, skills: [a], words: [young people]}\n",
    )
    shown = taxonomy.role_index["r"].entry.experience
    assert (shown.of, shown.skills, shown.words) == ("work with a", ("a",), ("young people",))
    (problem,) = problems(
        tmp_path, "education: bachelor\njob_zone: 4\nexperience: {of: work, skills: [b]}\n"
    )
    assert problem.field == "roles[0].entry.experience.skills[0]"
    assert "unknown skill 'b'" in problem.message
    (problem,) = problems(
        tmp_path,
        "education: bachelor\njob_zone: 4\nexperience: {of: work, skills: [a], words: [CAMHS]}\n",
    )
    assert "must be lowercase" in problem.message


def test_credential_names_are_unique():
    with pytest.raises(ValueError, match="credential 'lpc' is listed twice"):
        Entry(
            education="master",
            job_zone=5,
            credentials=[
                Credential(name="LPC", kind="licence"),
                {"name": "lpc", "kind": "licence"},
            ],
        )


def test_a_credentials_other_names_are_other_names(tmp_path):
    lpc = Credential(name="Licensed Professional Counselor (LPC)", kind="licence", also=["LMHC"])
    assert lpc.also == ("LMHC",)
    with pytest.raises(ValueError, match="credential name 'lmhc' is listed twice"):
        Credential(name="LPC", kind="licence", also=["LMHC", "lmhc"])
    with pytest.raises(ValueError, match="credential name 'lpc' is listed twice"):
        Credential(name="LPC", kind="licence", also=["lpc"])
    (problem,) = problems(
        tmp_path,
        "education: master\njob_zone: 5\ncredentials:\n"
        "  - {name: LPC, kind: licence, also: ['']}\n",
    )
    assert problem.field.startswith("roles[0].entry.credentials[0].also[0]")


def test_entry_round_trips_through_to_dict():
    role = careermap.get_role("psychiatric-nurse-practitioner")
    assert role.entry is not None
    again = careermap.Role.model_validate(role.to_dict())
    assert again == role
