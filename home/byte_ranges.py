"""HTTP byte ranges (RFC 9110, section 14) for the files the site serves itself: documents (podcast episodes,
module videos, eBooks), locked pictures and, under `make run`, public pictures.

A phone's audio or video player asks for part of a file (`Range: bytes=…`) to start playing before the whole
file has arrived and to seek; Safari on iOS does not play media from a server that answers such a request with
the whole file. Django's `FileResponse` always sends the whole file, so `answer_range` turns the view's 200
answer into the part asked for:

- 206 Partial Content with that part and `Content-Range: bytes first-last/size` for one satisfiable range
  (an end past the file is cut at its last byte; `bytes=-N` is the last N bytes);
- 416 Range Not Satisfiable with `Content-Range: bytes */size` when the range starts at or after the end;
- the whole file, unchanged, when the Range header cannot be used: another unit, bad syntax, several ranges
  (allowed by the RFC, and players ask for one), or an `If-Range` that no longer matches the file's ETag or
  Last-Modified date (the file changed since the player's first part).

Every answer for a whole file says `Accept-Ranges: bytes`. The other headers (content type and disposition,
`Cache-Control: private, no-store` of a locked file, ETag, CSP) are kept on every part. The access rule is asked
before: a view calls `answer_range` only on the response it would send anyway.
"""

import re

from django.http import FileResponse, HttpResponse, StreamingHttpResponse

ONE_RANGE = re.compile(r"bytes=[ \t]*(\d{0,20})[ \t]*-[ \t]*(\d{0,20})[ \t]*", re.IGNORECASE)
UNSATISFIABLE = "unsatisfiable"
CHUNK_SIZE = 64 * 1024
NOT_COPIED = {"content-length", "content-range", "accept-ranges"}


def parse_range(header, size):
    """The (first, last) byte positions asked for by a Range header on a file of `size` bytes, UNSATISFIABLE, or
    None if the header is to be ignored."""
    match = ONE_RANGE.fullmatch(header.strip())
    if not match or match.groups() == ("", ""):
        return None
    first, last = match.groups()
    if first:
        first = int(first)
        if last and int(last) < first:
            return None  # an invalid range: the RFC says to ignore the header
        if first >= size:
            return UNSATISFIABLE
        return first, min(int(last), size - 1) if last else size - 1
    suffix = int(last)
    if suffix == 0 or size == 0:
        return UNSATISFIABLE
    return max(0, size - suffix), size - 1


def _if_range_matches(request, response):
    """False when an If-Range names another version of the file than `response` (then the whole file is sent)."""
    validator = request.headers.get("If-Range")
    if validator is None:
        return True
    validator = validator.strip()
    if validator.startswith(("W/", '"')):
        etag = response.get("ETag", "")
        return not validator.startswith("W/") and etag == validator  # only a strong validator matches
    return validator == response.get("Last-Modified")


class _FilePart:
    """Iterates over `length` bytes of `file` from `first`; closing it closes the file (Django closes a
    streaming response's content when the response is done, even if the client went away)."""

    def __init__(self, file, first, length):
        self.file, self.left = file, length
        file.seek(first)

    def __iter__(self):
        return self

    def __next__(self):
        if self.left <= 0:
            raise StopIteration
        chunk = self.file.read(min(CHUNK_SIZE, self.left))
        if not chunk:
            raise StopIteration
        self.left -= len(chunk)
        return chunk

    def close(self):
        self.file.close()


def _with_headers_of(response, answer):
    for name, value in response.headers.items():
        if name.lower() not in NOT_COPIED and name.lower() not in answer.headers:
            answer[name] = value
    answer.cookies = response.cookies
    return answer


def answer_range(request, response):
    """`response` (the view's answer with a whole file), answered as the Range the request asks for."""
    if not isinstance(response, FileResponse) or response.status_code != 200 or response.file_to_stream is None:
        return response
    if not response.has_header("Content-Length"):
        return response  # a size we do not know: no ranges
    size = int(response["Content-Length"])
    response["Accept-Ranges"] = "bytes"
    header = request.headers.get("Range")
    if request.method not in ("GET", "HEAD") or not header or not _if_range_matches(request, response):
        return response
    span = parse_range(header, size)
    if span is None:
        return response
    file = response.file_to_stream
    if span == UNSATISFIABLE:
        file.close()
        refused = HttpResponse(status=416, content_type="text/plain; charset=utf-8")
        refused["Content-Range"] = f"bytes */{size}"
        refused["Accept-Ranges"] = "bytes"
        return _with_headers_of(response, refused)
    first, last = span
    part = StreamingHttpResponse(
        _FilePart(file, first, last - first + 1), status=206, content_type=response["Content-Type"]
    )
    part["Content-Range"] = f"bytes {first}-{last}/{size}"
    part["Content-Length"] = str(last - first + 1)
    part["Accept-Ranges"] = "bytes"
    return _with_headers_of(response, part)
