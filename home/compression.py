"""Gzip for the site's own pages and feeds, where no proxy in front compresses them.

Django's `GZipMiddleware` (with its BREACH mitigation: random padding in each response) for complete HTML and
XML answers only: files (documents, recordings, pictures) are streamed, answered in byte ranges a player asks for,
and are compressed already, so they pass untouched. It runs inside the page cache (`home/page_cache.py`), which
keys stored pages by the encodings a reader accepts: a cached page is compressed once, not on every hit.
"""

from django.middleware.gzip import GZipMiddleware

COMPRESSED_TYPES = ("text/html", "application/rss+xml", "application/atom+xml", "application/xml", "text/xml")


class PageGZipMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        content_type = response.get("Content-Type", "").split(";")[0].strip()
        if response.streaming or response.status_code != 200 or content_type not in COMPRESSED_TYPES:
            return response
        return super().process_response(request, response)
