"""Turning whatever a reader typed into a safe search string."""

import re
import unicodedata

MAX_QUERY_LENGTH = 200
SEARCH_TYPES = {"all": "Everything", "blog": "Blog posts", "learning": "Learning modules", "authors": "Authors"}


def clean_query(raw):
    """Trim, drop control characters (NUL included), collapse spaces and cap the length. Never raises."""
    text = "".join(char for char in str(raw or "") if unicodedata.category(char)[0] != "C" or char in " \t")
    text = re.sub(r"\s+", " ", text).strip()
    return text[:MAX_QUERY_LENGTH].strip()


def search_terms(query):
    """Words worth highlighting: letters and digits only, at least two characters."""
    return [word for word in re.findall(r"\w+", query.lower()) if len(word) > 1]


def backend_query(query):
    """Plain lower-case words for the search backend: no quotes, operators or syntax that FTS5 would parse."""
    return " ".join(re.findall(r"\w+", query.lower()))


def normalise_for_log(query):
    return " ".join(search_terms(query))[:MAX_QUERY_LENGTH]


def clean_type(raw):
    return raw if raw in SEARCH_TYPES else "all"
