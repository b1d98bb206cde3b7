"""What the site index stores for one object: its public words split into title, summary and body.

The split comes from the model's own `search_fields`, so this module names no field of another app: the
`title` field and fields boosted 3 or more are the title, fields boosted 2 the summary, the rest the body.
Locked module fields are not in a module's `search_fields`, so they never reach the index.
"""

from dataclasses import dataclass

from django.db.models import Manager
from django.utils.html import strip_tags
from django.utils.text import normalize_newlines

from wagtail.search import index

TITLE_BOOST = 3
SUMMARY_BOOST = 2


@dataclass
class Document:
    title: str
    summary: str
    body: str


def document_for(obj):
    parts = {"title": [], "summary": [], "body": []}
    for field, value in _values(obj, obj.get_search_fields()):
        parts[_place(field)].append(_text(value))
    return Document(**{place: "\n".join(text for text in texts if text) for place, texts in parts.items()})


def _place(field):
    boost = field.boost or 1
    if field.field_name == "title" or boost >= TITLE_BOOST:
        return "title"
    return "summary" if boost >= SUMMARY_BOOST else "body"


def _values(obj, fields):
    for field in fields:
        if isinstance(field, index.SearchField):
            yield field, field.get_value(obj)
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            items = related.all() if isinstance(related, Manager) else [related() if callable(related) else related]
            for item in items:
                yield from _values(item, field.fields)


def _text(value):
    """Plain text of an indexed value (StreamField content comes as a list of strings, one per block)."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "\n".join(_text(item) for item in value)
    return normalize_newlines(strip_tags(str(value))).strip()
