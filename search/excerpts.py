"""Excerpts of public text with the searched words highlighted, escaped for HTML."""

import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

EXCERPT_WORDS = 36


def highlight_excerpt(text, terms):
    """Up to EXCERPT_WORDS words of `text` around the first searched word, matches wrapped in <mark>."""
    words = strip_tags(text or "").split()
    if not words:
        return ""
    lowered = [word.lower() for word in words]
    first = next((i for i, word in enumerate(lowered) if any(term in word for term in terms)), 0)
    start = max(0, first - EXCERPT_WORDS // 3)
    chunk = words[start : start + EXCERPT_WORDS]
    html = escape(" ".join(chunk))
    if terms:
        pattern = re.compile(
            "(" + "|".join(re.escape(escape(term)) for term in sorted(terms, key=len, reverse=True)) + ")", re.I
        )
        html = pattern.sub(r"<mark>\1</mark>", html)
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + EXCERPT_WORDS < len(words) else ""
    return mark_safe(prefix + html + suffix)  # noqa: S308 - built from escaped text only
