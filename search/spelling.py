""" "Did you mean": each word the index has never seen is replaced by the closest word it has.

One pipeline for both databases: candidates come from the vocabulary (`SearchWord`, public words only) by
first letter and length, in one query, and the closest by edit distance wins.
"""

from django.db.models import Q

from search.language import is_stop_word, stem, words
from search.models import SearchWord

MIN_LENGTH = 3


def did_you_mean(plan):
    """The query with misspelt words corrected, or '' when every word is known (or nothing is close)."""
    typed = [
        word
        for concept in plan.concepts
        if not concept.exact and len(concept.alternatives) == 1  # phrases and synonyms are meant as typed
        for word in words(concept.typed)
    ]
    unknown = [word for word in dict.fromkeys(typed) if len(word) >= MIN_LENGTH and not is_stop_word(word)]
    if not unknown:
        return ""
    known_stems = set(
        SearchWord.objects.filter(stem__in=[stem(word) for word in unknown]).values_list("stem", flat=True)
    )
    unknown = [word for word in unknown if stem(word) not in known_stems]
    if not unknown:
        return ""
    corrections = _closest(unknown)
    if not corrections:
        return ""
    return " ".join(corrections.get(word, word) for word in words(plan.text))


def _closest(unknown):
    wanted = Q()
    for word in unknown:
        wanted |= Q(word__startswith=word[0], length__range=(len(word) - _allowed(word), len(word) + _allowed(word)))
    candidates = list(SearchWord.objects.filter(wanted).values_list("word", flat=True)[:5000])
    corrections = {}
    for word in unknown:
        scored = [
            (distance, candidate)
            for candidate in candidates
            if candidate[0] == word[0] and (distance := edit_distance(word, candidate)) <= _allowed(word)
        ]
        if scored:
            corrections[word] = min(scored)[1]
    return corrections


def _allowed(word):
    """Typos forgiven: one in a short word, two in a longer one."""
    return 1 if len(word) <= 5 else 2


def edit_distance(a, b):
    """Levenshtein distance with adjacent swaps counted as one edit ("teh" → "the")."""
    previous_previous, previous = None, list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                value = min(value, previous_previous[j - 2] + 1)
            current.append(value)
        previous_previous, previous = previous, current
    return previous[-1]
