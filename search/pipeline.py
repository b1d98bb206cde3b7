"""Query understanding: what a reader typed, turned into what to look for. The same for every engine.

1. Tidy the text (control characters out, length capped) and take out "quoted phrases".
2. Split the rest into words; where words spell a synonym an editor entered ("rehab", "treatment centre"),
   they become one concept matched by any of its synonyms.
3. Drop stop words ("how", "do", "my"), unless the query is nothing but stop words: then it is searched as typed.
4. Stem each word so "relapsing" finds "relapse" and "families" finds "family".

The result is a `SearchPlan`: a list of concepts, each a set of alternatives, each alternative a tuple of stems
(one stem, or several for a phrase). Engines match "all concepts" first and, when that finds nothing, "any
concept", ranking by how many concepts a page covers and where (title, then summary, then body).
"""

import re
from dataclasses import dataclass, field

from search.language import is_stop_word, stem, words
from search.query import clean_query

MAX_CONCEPTS = 12
PHRASE = re.compile(r'"([^"]*)"')


@dataclass(frozen=True)
class Concept:
    """One thing the reader asks about: matched when any alternative (a stem or a phrase of stems) is found."""

    alternatives: tuple  # tuples of stems
    terms: tuple  # the same alternatives as plain words, for engines that stem themselves
    typed: str  # the words as the reader typed them, for "Did you mean"
    exact: bool = False  # a quoted phrase: never replaced by a spelling suggestion


@dataclass
class SearchPlan:
    text: str
    concepts: list = field(default_factory=list)

    @property
    def is_empty(self):
        return not self.concepts

    @property
    def highlight_stems(self):
        """Every stem worth marking in an excerpt."""
        return {token for concept in self.concepts for alternative in concept.alternatives for token in alternative}


def understand(raw, synonym_groups=()):
    """The `SearchPlan` for what the reader typed. `synonym_groups`: lists of equivalent terms. Never raises."""
    text = clean_query(raw)
    phrases = [phrase for phrase in PHRASE.findall(text) if words(phrase)]
    loose = words(PHRASE.sub(" ", text))
    concepts = [
        Concept(
            alternatives=(tuple(stem(word) for word in words(phrase)),),
            terms=(" ".join(words(phrase)),),
            typed=phrase,
            exact=True,
        )
        for phrase in phrases
    ]
    concepts += _word_concepts(loose, _synonym_index(synonym_groups))
    return SearchPlan(text=text, concepts=_unique(concepts)[:MAX_CONCEPTS])


def _synonym_index(groups):
    """{stems of a term: (every term of its group as stems, the same as words)}, to match the query's words."""
    index = {}
    for group in groups:
        terms = {tuple(stem(word) for word in words(term)): " ".join(words(term)) for term in group}
        terms.pop((), None)
        for alternative in terms:
            index.setdefault(alternative, (tuple(terms), tuple(terms.values())))
    return index


def _word_concepts(typed_words, synonyms):
    longest = max((len(term) for term in synonyms), default=1)
    stemmed = [stem(word) for word in typed_words]
    concepts, position = [], 0
    while position < len(typed_words):
        for size in range(min(longest, len(typed_words) - position), 0, -1):
            term = tuple(stemmed[position : position + size])
            if term in synonyms:
                typed = " ".join(typed_words[position : position + size])
                alternatives, terms = synonyms[term]
                concepts.append(Concept(alternatives=alternatives, terms=terms, typed=typed))
                position += size
                break
        else:
            word = typed_words[position]
            concepts.append(Concept(alternatives=((stemmed[position],),), terms=(word,), typed=word))
            position += 1
    meaningful = [concept for concept in concepts if not _only_stop_words(concept)]
    return meaningful or concepts  # a query of nothing but stop words is searched as typed


def _only_stop_words(concept):
    return all(is_stop_word(word) for word in words(concept.typed))


def _unique(concepts):
    seen, unique = set(), []
    for concept in concepts:
        if concept.alternatives not in seen:
            seen.add(concept.alternatives)
            unique.append(concept)
    return unique
