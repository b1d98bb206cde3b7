"""Files the site serves answer byte ranges (phones play and seek audio and video): 206 with the part asked for,
416 for a range past the end, the whole file when the Range header cannot be used; locked files ask the access
rule first and keep `Cache-Control: private, no-store` on every part."""

import io

import pytest

from django.core.files.base import ContentFile
from django.http import FileResponse, HttpResponse
from django.test import Client, RequestFactory

from wagtail.documents import get_document_model

from home.byte_ranges import UNSATISFIABLE, answer_range, parse_range
from tests.factories.learning import UserFactory, member_user, video_document

CONTENT = bytes(range(256)) * 40  # 10,240 bytes, each position recognisable
SIZE = len(CONTENT)


@pytest.mark.parametrize(
    "header, expected",
    [
        ("bytes=0-99", (0, 99)),
        ("bytes=100-", (100, SIZE - 1)),
        ("bytes=-500", (SIZE - 500, SIZE - 1)),
        ("bytes=-99999", (0, SIZE - 1)),
        ("bytes=10000-99999", (10000, SIZE - 1)),
        ("BYTES= 5 - 9", (5, 9)),
        (f"bytes={SIZE}-", UNSATISFIABLE),
        ("bytes=99999-100000", UNSATISFIABLE),
        ("bytes=-0", UNSATISFIABLE),
        ("bytes=9-5", None),
        ("bytes=-", None),
        ("bytes=0-1,5-6", None),
        ("items=0-5", None),
        ("bytes=abc", None),
        ("bytes=" + "9" * 5000 + "-", None),
        ("", None),
    ],
)
def test_parse_range(header, expected):
    assert parse_range(header, SIZE) == expected


def test_an_empty_file_has_no_satisfiable_range():
    assert parse_range("bytes=0-", 0) == UNSATISFIABLE
    assert parse_range("bytes=-5", 0) == UNSATISFIABLE


def whole_file(**headers):
    response = FileResponse(io.BytesIO(CONTENT), content_type="audio/mpeg")
    response["ETag"] = '"abc123"'
    response["Last-Modified"] = "Wed, 02 Dec 2026 10:00:00 GMT"
    response["Cache-Control"] = "private, no-store"
    for name, value in headers.items():
        response[name] = value
    return response


def ask(method="get", **headers):
    return getattr(RequestFactory(), method)("/documents/1/episode.mp3", headers=headers)


def body(response):
    return b"".join(response.streaming_content)


def test_a_range_is_answered_206_with_that_part_and_the_files_headers():
    response = answer_range(ask(Range="bytes=1000-1999"), whole_file())
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes 1000-1999/{SIZE}"
    assert response["Content-Length"] == "1000"
    assert body(response) == CONTENT[1000:2000]
    assert response["Content-Type"] == "audio/mpeg"
    assert response["Cache-Control"] == "private, no-store"
    assert response["ETag"] == '"abc123"'
    assert response["Accept-Ranges"] == "bytes"


def test_the_last_bytes_and_an_open_end():
    assert body(answer_range(ask(Range="bytes=-10"), whole_file())) == CONTENT[-10:]
    assert body(answer_range(ask(Range="bytes=10200-"), whole_file())) == CONTENT[10200:]


def test_a_range_past_the_end_is_416_with_the_size():
    response = answer_range(ask(Range=f"bytes={SIZE}-"), whole_file())
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{SIZE}"
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize("header", ["bytes=0-1,5-6", "bytes=9-5", "lines=1-2", "bytes=x-"])
def test_an_unusable_range_gets_the_whole_file(header):
    response = answer_range(ask(Range=header), whole_file())
    assert response.status_code == 200
    assert body(response) == CONTENT
    assert response["Accept-Ranges"] == "bytes"


def test_without_range_the_whole_file_says_it_accepts_ranges():
    response = answer_range(ask(), whole_file())
    assert response.status_code == 200
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Length"] == str(SIZE)


@pytest.mark.parametrize(
    "validator, partial",
    [
        ('"abc123"', True),
        ("Wed, 02 Dec 2026 10:00:00 GMT", True),
        ('"an-older-version"', False),
        ('W/"abc123"', False),
        ("Tue, 01 Dec 2026 10:00:00 GMT", False),
    ],
)
def test_if_range_sends_the_part_only_for_the_same_version(validator, partial):
    response = answer_range(ask(Range="bytes=0-9", **{"If-Range": validator}), whole_file())
    assert response.status_code == (206 if partial else 200)
    assert body(response) == (CONTENT[:10] if partial else CONTENT)


def test_only_get_and_head_and_only_whole_files():
    assert answer_range(ask("post", Range="bytes=0-9"), whole_file()).status_code == 200
    assert answer_range(ask("head", Range="bytes=0-9"), whole_file()).status_code == 206
    page = HttpResponse("not a file")
    assert answer_range(ask(Range="bytes=0-1"), page) is page


@pytest.mark.django_db  # closing a response ends the request, which closes database connections
def test_closing_a_part_closes_the_file():
    original = whole_file()
    file = original.file_to_stream
    response = answer_range(ask(Range="bytes=0-9"), original)
    response.close()
    assert file.closed


@pytest.fixture
def episode_audio(db):
    document = get_document_model()(title="Episode 1")
    document.file.save("episode.mp3", ContentFile(CONTENT), save=False)
    document.save()
    return document


@pytest.mark.django_db
class TestServedDocuments:
    def test_a_public_recording_is_served_in_parts(self, episode_audio):
        client = Client()
        response = client.get(episode_audio.url, headers={"Range": "bytes=100-199"})
        assert response.status_code == 206
        assert body(response) == CONTENT[100:200]
        assert response["Content-Range"] == f"bytes 100-199/{SIZE}"
        assert client.get(episode_audio.url, headers={"Range": "bytes=999999-"}).status_code == 416
        whole = client.get(episode_audio.url)
        assert whole.status_code == 200 and whole["Accept-Ranges"] == "bytes"

    def test_a_locked_video_asks_the_access_rule_before_any_part(self):
        video = video_document()
        size = video.file.size
        anonymous = Client().get(video.url, headers={"Range": "bytes=0-3"})
        assert anonymous.status_code == 302
        stranger = Client()
        stranger.force_login(UserFactory())
        assert stranger.get(video.url, headers={"Range": "bytes=0-3"}).status_code == 403
        member = Client()
        member.force_login(member_user())
        response = member.get(video.url, headers={"Range": "bytes=4-"})
        assert response.status_code == 206
        assert body(response) == b"ftypmp42"
        assert response["Content-Range"] == f"bytes 4-{size - 1}/{size}"
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
