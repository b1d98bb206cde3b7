"""The words of a text as search sees them: the one tokeniser, stop-word list and stemmer, used alike for the
index, the query, excerpts and "Did you mean", so SQLite and PostgreSQL stem and drop words the same way.

Stemming is the Snowball English stemmer (the algorithm behind PostgreSQL's `english` configuration), run in
Python, so both databases index and search the same stems ("families" and "family" are both `famili`).
"""

import re
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"\w+")

# Common English words that carry no subject on their own. Words a worried parent uses to name the problem
# ("help", "stop", "use", "drink") are deliberately not here.
STOP_WORDS = frozenset(
    """
    a about above after again against all am an and any are aren as at be because been before being below
    between both but by can could did didn do does doesn doing don down during each few for from further had has
    hasn have haven having he her here hers herself him himself his how i if in into is isn it its itself just
    let me more most my myself no nor not now of off on once only or other ought our ours ourselves out over own
    same she should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was wasn we were weren what when where which while who whom why will with
    won would wouldn couldn shouldn you your yours yourself yourselves s t d ll m re ve im ive dont cant wont
    isnt doesnt didnt anyone someone something anything get got getting go going really still also please ok
    okay
    """.split()  # noqa: SIM905 - a word list reads better as text
)

_stemmer = snowballstemmer.stemmer("english")


def words(text):
    """Lower-case words (letters and digits) of `text`, in order."""
    return WORD.findall(str(text or "").lower())


@lru_cache(maxsize=20_000)
def stem(word):
    return _stemmer.stemWord(word.lower())


def stems(text):
    """The stems of every word of `text`, in order (stop words kept: phrases must still line up)."""
    return [stem(word) for word in words(text)]


def stemmed_text(text):
    """`text` as the index stores it: its stems separated by spaces."""
    return " ".join(stems(text))


def is_stop_word(word):
    return word in STOP_WORDS
