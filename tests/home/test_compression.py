"""Pages and feeds are sent gzipped to readers who accept it; files and partial answers never are."""

import gzip

import pytest

from django.http import HttpResponse, StreamingHttpResponse
from django.test import Client, RequestFactory

from home.compression import PageGZipMiddleware
from tests.factories.blog import BlogPostPageFactory, make_blog

pytestmark = pytest.mark.django_db


@pytest.fixture
def blog(home_page, settings):
    settings.PAGE_CACHE_SECONDS = 300
    blog = make_blog(home_page)
    BlogPostPageFactory(parent=blog, title="Talking when it is hard")
    return blog


def test_a_page_is_gzipped_for_readers_who_accept_it_and_cached_once_per_encoding(blog):
    zipped = Client().get("/blog/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert zipped["Content-Encoding"] == "gzip" and "Accept-Encoding" in zipped["Vary"]
    assert "Talking when it is hard" in gzip.decompress(zipped.content).decode()
    plain = Client().get("/blog/")  # no Accept-Encoding: another stored answer, never the gzipped one
    assert not plain.has_header("Content-Encoding") and plain["X-Page-Cache"] == "miss"
    assert "Talking when it is hard" in plain.content.decode()
    again = Client().get("/blog/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert again["X-Page-Cache"] == "hit" and again["Content-Encoding"] == "gzip"
    assert gzip.decompress(again.content) == gzip.decompress(zipped.content)


def test_the_feed_is_gzipped(blog):
    feed = Client().get("/blog/feed/", HTTP_ACCEPT_ENCODING="gzip")
    assert feed["Content-Encoding"] == "gzip"
    assert b"Talking when it is hard" in gzip.decompress(feed.content)


@pytest.mark.parametrize(
    "response",
    [
        StreamingHttpResponse([b"%PDF-1.7 " * 100], content_type="application/pdf"),  # a streamed file
        HttpResponse(b"<p>part</p>" * 100, status=206, content_type="text/html"),  # a byte range
        HttpResponse(b"\x00" * 2000, content_type="audio/mpeg"),  # a recording
    ],
    ids=["streamed file", "partial answer", "audio"],
)
def test_files_and_partial_answers_pass_untouched(response):
    request = RequestFactory().get("/", HTTP_ACCEPT_ENCODING="gzip")
    answered = PageGZipMiddleware(lambda request: response)(request)
    assert not answered.has_header("Content-Encoding")
