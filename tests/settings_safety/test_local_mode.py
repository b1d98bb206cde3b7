"""`make run` (settings/local.py): DEBUG off, and the app serves images from MEDIA_ROOT but never documents."""

import importlib

import pytest

from django.http import Http404
from django.test import RequestFactory

from settings.local_media import public_media_urlpatterns, serve_public_media


def test_local_settings_behave_like_production():
    local = importlib.import_module("settings.local")
    assert local.DEBUG is False
    assert local.SERVE_PUBLIC_MEDIA is True
    assert local.EMAIL_BACKEND.endswith("console.EmailBackend")


@pytest.fixture
def media_files(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    for relative in ("images/photo.fill-10x10.jpg", "original_images/photo.jpg", "documents/locked-ebook.pdf"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_bytes(b"file body")
    return tmp_path


def get(path):
    return serve_public_media(RequestFactory().get(f"/media/{path}"), path)


@pytest.mark.parametrize("path", ["images/photo.fill-10x10.jpg", "original_images/photo.jpg"])
def test_images_and_renditions_are_served(media_files, path):
    response = get(path)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"file body"


@pytest.mark.parametrize(
    "path",
    [
        "documents/locked-ebook.pdf",
        "images/../documents/locked-ebook.pdf",
        "./documents/locked-ebook.pdf",
        "/documents/locked-ebook.pdf",
        "../media/documents/locked-ebook.pdf",
        "images/../../etc/passwd",
        "images",
    ],
)
def test_documents_and_anything_outside_the_image_folders_are_not(media_files, path):
    with pytest.raises(Http404):
        get(path)


def test_the_route_covers_media_url(settings):
    settings.MEDIA_URL = "/media/"
    (pattern,) = public_media_urlpatterns()
    assert pattern.resolve("media/documents/x.pdf").kwargs == {"path": "documents/x.pdf"}
