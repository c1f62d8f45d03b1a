"""Profiles of ids built with each id looked up once equal build_profile's, errors included."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careermap import Profile, ProfileError, build_profile
from careermap.base.text import normalize
from careermap.resolve.ids import IdProfiles
from careermap.resolve.names import name_index


def outcome(build, given):
    """The profile built, or the error's type and message."""
    try:
        return build(given)
    except ProfileError as exc:
        return type(exc), str(exc)


def test_the_same_id_twice_is_one_match(default):
    names = name_index(default)
    skill = next(s.id for s in default.skills if normalize(s.id) not in names.exact)
    build = IdProfiles(default)
    first = build([(skill, 3)])
    second = build([f"{skill}:2"])
    assert first.entries[0].match is second.entries[0].match  # looked up once
    assert first.entries[0].match.method == "id"
    assert second == build_profile([f"{skill}:2"], taxonomy=default)
    mixed = [f"{skill}:2", "empathy"]  # a label among the ids: build_profile's own path
    assert build(mixed) == build_profile(mixed, taxonomy=default)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_every_profile_equals_build_profile(default, data):
    ids = [s.id for s in default.skills]
    texts = st.one_of(
        st.sampled_from(ids),
        st.sampled_from(ids).map(lambda s: f"  {s} "),  # padded: still an id
        st.sampled_from([s.label for s in default.skills]),  # a label: resolved as usual
        st.sampled_from(["", "   ", "forklift", "CBT", "empathy", "a\x07b"]),
    )
    levels = st.one_of(st.none(), st.integers(0, 6), st.sampled_from(["3", "x", 2.0]))
    item = st.one_of(
        texts,
        st.tuples(texts, levels),
        st.builds(lambda t, lv: f"{t}:{lv}", st.sampled_from(ids), st.integers(0, 6)),
    )
    build = IdProfiles(default)
    for _ in range(3):  # the ids seen before are reused
        items = data.draw(st.lists(item, max_size=6))
        shape = data.draw(st.sampled_from(["list", "iterator"]))
        given_twice = (items, list(items)) if shape == "list" else (iter(items), iter(items))
        got = outcome(build, given_twice[0])
        want = outcome(lambda p: build_profile(p, taxonomy=default), given_twice[1])
        assert got == want


def test_a_profile_is_returned_as_it_is(default):
    profile = build_profile(["CBT"], taxonomy=default, background={"education": "bachelor"})
    assert IdProfiles(default)(profile) is profile


def test_an_empty_profile_raises_as_build_profile_does(default):
    with pytest.raises(ProfileError, match="the profile is empty"):
        IdProfiles(default)([])


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_lazily_gives_the_skills_now_and_the_profile_when_asked(default, data):
    # Few ids, levels or none: repeats with other levels must raise at once, as
    # build_profile does, though no entry is built.
    ids = [s.id for s in default.skills][:6]
    item = st.tuples(st.sampled_from(ids), st.one_of(st.none(), st.integers(1, 5)))
    items = data.draw(st.lists(item, min_size=1, max_size=8))
    want = outcome(lambda p: build_profile(p, taxonomy=default), list(items))
    if not isinstance(want, Profile):  # refused: at once, with build_profile's message
        with pytest.raises(ProfileError) as raised:
            IdProfiles(default).lazily(list(items))
        assert (raised.type, str(raised.value)) == want
        return
    found = IdProfiles(default).lazily(list(items))
    if isinstance(found, Profile):  # an id that is also a name: build_profile's own path
        assert found == want
        return
    skills, build = found
    assert skills == want.skills
    assert build() == want
