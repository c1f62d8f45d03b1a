from __future__ import annotations

import pytest

from careermap.taxonomy.safe_yaml import MAX_DEPTH, read_yaml


def read(text: str | bytes):
    raw = text.encode() if isinstance(text, str) else text
    return read_yaml(raw, "f.yaml")


def test_scalars_stay_text_so_codes_keep_their_zeros():
    located, problems = read("code: 0110\nflag: NO\non: yes\nweight: 0.5\nempty:\ntilde: ~\n")
    assert problems == []
    assert located.data == {
        "code": "0110",
        "flag": "NO",
        "on": "yes",
        "weight": "0.5",
        "empty": None,
        "tilde": None,
    }


def test_quoted_null_is_text():
    located, _ = read("a: 'null'\nb: \"~\"\n")
    assert located.data == {"a": "null", "b": "~"}


def test_positions_point_at_values():
    located, _ = read("roles:\n  - id: x\n    sector: hr\n")
    assert located.where(("roles", 0, "sector")) == (3, 13)
    assert located.where(("roles", 0, "missing")) == (2, 5)


def test_duplicate_key_names_both_lines():
    _, problems = read("skills:\n  - id: a\n    label: A\n    label: B\n")
    (problem,) = problems
    assert (problem.line, problem.column, problem.field) == (4, 5, "skills[0].label")
    assert "first on line 3" in problem.message


def test_python_tags_are_refused():
    _, problems = read("a: !!python/object/apply:os.system ['echo hi']\n")
    (problem,) = problems
    assert problem.line == 1
    assert "tag" in problem.message
    assert "python/object/apply" in problem.message


def test_tabs_get_a_hint():
    _, problems = read("a:\n\t- b\n")
    (problem,) = problems
    assert problem.line == 2
    assert "tabs" in problem.message


def test_invalid_utf8_names_line_and_byte():
    _, problems = read(b"a: ok\nb: caf\xe9\n")
    (problem,) = problems
    assert (problem.line, problem.column) == (2, 7)
    assert "0xe9" in problem.message


def test_byte_order_mark_is_accepted():
    located, problems = read("\ufeffa: 1\n".encode())
    assert problems == []
    assert located.data == {"a": "1"}


def test_empty_file_is_an_empty_mapping():
    located, problems = read("")
    assert problems == []
    assert located.data == {}


def test_alias_bomb_is_stopped():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    _, problems = read("\n".join(lines) + "\n")
    (problem,) = problems
    assert "alias bomb" in problem.message


def test_deep_nesting_is_refused():
    depth = MAX_DEPTH + 5
    _, problems = read("a: " + "[" * depth + "]" * depth + "\n")
    (problem,) = problems
    assert "nested" in problem.message


def test_merge_keys_are_refused():
    _, problems = read("base: &b {x: 1}\nother:\n  <<: *b\n")
    (problem,) = problems
    assert problem.line == 3
    assert "merge" in problem.message


def test_multiple_documents_are_refused():
    _, problems = read("a: 1\n---\nb: 2\n")
    (problem,) = problems
    assert problem.line == 2
    assert "single document" in problem.message


@pytest.mark.parametrize("text", ["a: [1, 2", "a: 'open", "- a\nb: c\n"])
def test_malformed_yaml_names_a_line(text):
    _, problems = read(text)
    (problem,) = problems
    assert problem.line is not None
    assert problem.message.startswith("invalid YAML")
