"""Resolving many texts in one fuzzy pass gives what resolving each alone gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from careermap import build_profile, resolve_skill
from careermap.base.text import normalize
from careermap.resolve.resolver import match_text, match_texts, name_index

WORDS = st.text(alphabet="abcde xyz", min_size=0, max_size=30)


@settings(max_examples=300, deadline=None)
@given(WORDS, WORDS)
def test_ratio_of_sorted_words_is_token_sort_ratio(a, b):
    def key(text):
        return " ".join(sorted(text.split()))

    assert fuzz.ratio(key(a), key(b)) == fuzz.token_sort_ratio(a, b)


TEXTS = [
    "CBT",
    "listening activly",
    "motivatonal interviewing",
    "active-listening",
    "crisis",
    "case managment",
    "forklift operation",
    "Empathy",
    "  self-care ",
    "x" * 400,
    "the of",
    "counselling skills for groups",
]


def test_many_texts_resolve_as_each_alone(default):
    for limit in (1, 5, 30):
        for cutoff in (0.0, 60.0, 82.0, 95.0):
            alone = [
                match_text(t, default, min_similarity=cutoff, limit=limit, semantic=False)
                for t in TEXTS
            ]
            together = match_texts(
                TEXTS, default, min_similarity=cutoff, limit=limit, semantic=False
            )
            assert together == alone


def test_without_alternatives_only_names_skip_the_fuzzy_search(default):
    for limit in (1, 5):
        alone = [
            match_text(t, default, limit=limit, semantic=False, alternatives=False) for t in TEXTS
        ]
        together = match_texts(TEXTS, default, limit=limit, semantic=False, alternatives=False)
        assert together == alone
        full = match_texts(TEXTS, default, limit=limit, semantic=False)
        for text, bare, rich in zip(TEXTS, together, full, strict=True):
            # The same skill, method and similarity whatever is asked ...
            assert bare.model_dump(exclude={"alternatives"}) == rich.model_dump(
                exclude={"alternatives"}
            ), text
            if bare.method in {"exact", "alias"}:
                # ... and for a name, only the other skills of that same name.
                assert all(c.similarity == 100.0 for c in bare.alternatives), text
            else:
                assert bare.alternatives == rich.alternatives, text


def test_a_profile_of_names_never_stems_the_names(mini):
    mini = mini.model_copy()  # a taxonomy no other test has searched
    labels = [skill.label for skill in mini.skills[:3]]
    profile = build_profile(labels, taxonomy=mini, semantic=False)
    assert [e.match.method for e in profile.entries] == ["exact"] * len(labels)
    assert name_index(mini)._choices is None  # no fuzzy search was needed
    # Asked for one by one, a name still gets its near names searched for.
    resolve_skill(labels[0], taxonomy=mini, semantic=False)
    assert name_index(mini)._choices is not None


def test_fuzzy_from_precomputed_ratios_equals_process_extract(default):
    index = name_index(default)
    for text in ("counsel", "crisis interven", "group work", "managment of cases"):
        scores = index.fuzzy_scores([text], 0.0)[0]
        assert scores is not None
        for limit in (1, 3, 10):
            assert index.fuzzy(text, limit=limit, cutoff=50.0, scores=scores) == index.fuzzy(
                text, limit=limit, cutoff=50.0
            )


def test_a_profile_of_ids_never_stems_the_names(mini):
    mini = mini.model_copy()  # a taxonomy no other test has searched
    ids = [skill.id for skill in mini.skills[:3]]
    index = name_index(mini)
    plain = [i for i in ids if normalize(i) not in index.exact]
    assert plain, "the test needs ids that are not also names"
    matches = match_texts(plain, mini, semantic=False)
    assert [m.method for m in matches] == ["id"] * len(plain)
    assert index._choices is None
    match_texts(["some typed text"], mini, semantic=False)
    assert index._choices is not None
