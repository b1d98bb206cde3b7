"""Query understanding, the same for every database: stop words, stems, phrases, synonyms, odd input."""

import pytest

from search.language import stem, stems
from search.pipeline import MAX_CONCEPTS, understand
from search.spelling import edit_distance

SYNONYMS = [["rehab", "treatment centre", "residential treatment"], ["Al-Anon", "Alanon"], ["OD", "overdose"]]


def alternatives(q, groups=SYNONYMS):
    return [concept.alternatives for concept in understand(q, groups).concepts]


def test_stop_words_are_dropped():
    assert alternatives("how do I help my son") == [(("help",),), (("son",),)]


def test_a_query_of_only_stop_words_is_searched_as_typed():
    assert alternatives("the and of") == [(("the",),), (("and",),), (("of",),)]


@pytest.mark.parametrize(("one", "other"), [("family", "families"), ("drink", "drinking"), ("relapse", "relapsing")])
def test_inflections_share_a_stem(one, other):
    assert stem(one) == stem(other)


def test_quoted_text_is_one_phrase():
    assert alternatives('"residential treatment" costs') == [(("residenti", "treatment"),), (("cost",),)]


def test_synonyms_become_one_concept_matched_by_any_term():
    assert alternatives("rehab for my son") == [
        (("rehab",), ("treatment", "centr"), ("residenti", "treatment")),
        (("son",),),
    ]
    assert alternatives("treatment centres") == alternatives("rehab")
    assert alternatives("alanon")[0] == (("al", "anon"), ("alanon",))


def test_synonyms_are_matched_on_whole_words_only():
    assert alternatives("odd") == [((stem("odd"),),)]


@pytest.mark.parametrize(
    "q", ['"unbalanced', '""', "x\x00y", "😀 help", "AND OR NOT", "NEAR(a b)", "*", "a:b", "^x", "-", "'", "a" * 10_000]
)
def test_odd_input_never_raises(q):
    plan = understand(q, SYNONYMS)
    for concept in plan.concepts:
        assert all(token.isalnum() or "_" in token for alternative in concept.alternatives for token in alternative)


def test_punctuation_only_is_an_empty_plan():
    assert understand("?!*", SYNONYMS).is_empty


def test_a_long_question_is_capped():
    assert len(understand(" ".join(f"word{n}" for n in range(100))).concepts) == MAX_CONCEPTS


def test_index_and_query_stem_alike():
    assert stems("Families Drinking") == [stem("family"), stem("drink")]


def test_edit_distance_counts_a_swap_as_one():
    assert edit_distance("boundries", "boundaries") == 1
    assert edit_distance("teh", "the") == 1
    assert edit_distance("son", "son") == 0
