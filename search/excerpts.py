"""Excerpts a parent can read: the sentence of a result that best matches the search, matched words marked.

Works on the public text stored in the site index, so a module's excerpt never shows its locked part.
Words are compared by their stems, so "relapsing" marks "relapse" and "relapses".
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.language import WORD, stem

EXCERPT_WORDS = 36
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def best_excerpt(stems, *texts):
    """The best-matching sentence of the first of `texts` that matches at all, else the start of the first."""
    for text in texts:
        sentence = best_sentence(text, stems)
        if sentence:
            return highlight(sentence, stems)
    first = next((text for text in texts if text and text.strip()), "")
    return highlight(_clip(first.split(), 0), stems)


def best_sentence(text, stems):
    """The sentence of `text` matching most of the searched stems (earliest wins a tie), or ''."""
    best, best_score = "", 0
    for sentence in SENTENCE_END.split(text or ""):
        found = {stem(word) for word in WORD.findall(sentence.lower())} & stems
        if len(found) > best_score:
            best, best_score = sentence.strip(), len(found)
    if not best:
        return ""
    words = best.split()
    first = next((i for i, word in enumerate(words) if _matches(word, stems)), 0)
    return _clip(words, max(0, first - EXCERPT_WORDS // 3))


def highlight(text, stems):
    """HTML-escaped `text` with each word whose stem was searched wrapped in <mark>."""
    pieces, last = [], 0
    for match in WORD.finditer(text):
        if stem(match.group().lower()) in stems:
            pieces += [escape(text[last : match.start()]), "<mark>", escape(match.group()), "</mark>"]
            last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text is escaped


def _matches(word, stems):
    return any(stem(part) in stems for part in WORD.findall(word.lower()))


def _clip(words, start):
    chunk = " ".join(words[start : start + EXCERPT_WORDS])
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + EXCERPT_WORDS < len(words) else ""
    return prefix + chunk + suffix
