"""JSON-LD for search engines: an author as a schema.org `Person`, with their books as `Book`."""

import json

from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from wagtail.rich_text import get_text_for_indexing

from home.renditions import spec

# Characters that could end the <script> element early or start an HTML entity.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def plain_bio(author, max_chars=None):
    text = get_text_for_indexing(author.bio)
    return Truncator(text).chars(max_chars) if max_chars else text


def person_json_ld(request, author, photo_size, cover_size):
    """A `<script type="application/ld+json">` body: the Person and each of their books, linked by @id.

    `photo_size` and `cover_size` are size names of `home.renditions`: those the author page shows.
    """
    url = request.build_absolute_uri(author.get_absolute_url())
    person = {"@type": "Person", "@id": f"{url}#person", "name": author.name, "url": url}
    person["jobTitle"] = author.get_role_display()
    if author.bio:
        person["description"] = plain_bio(author)
    if author.photo:
        person["image"] = request.build_absolute_uri(author.photo.get_rendition(spec(photo_size)).url)
    if author.location:
        person["homeLocation"] = {"@type": "Place", "name": author.location}
    if author.website:
        person["sameAs"] = [author.website]
    graph = [person]
    for book in author.books.all():
        item = {"@type": "Book", "name": book.title, "author": {"@id": person["@id"]}}
        if book.subtitle:
            item["alternativeHeadline"] = book.subtitle
        if book.year:
            item["datePublished"] = str(book.year)
        if book.link:
            item["url"] = book.link
        if book.cover:
            item["image"] = request.build_absolute_uri(book.cover.get_rendition(spec(cover_size)).url)
        graph.append(item)
    data = {"@context": "https://schema.org", "@graph": graph}
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(SCRIPT_ESCAPES))  # noqa: S308 (escaped above)
