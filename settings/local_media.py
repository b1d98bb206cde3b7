"""Serve public media (images and renditions) from MEDIA_ROOT when no web server is in front (`make run`).

Only the folders listed in PUBLIC_MEDIA_FOLDERS are served; anything else under /media/, documents above all,
answers 404: documents are reached only through Wagtail's document view, which asks the access rule. In
production the web server or object storage serves these folders and this route is not mounted.
"""

import posixpath

from django.conf import settings
from django.http import Http404
from django.urls import re_path
from django.views.static import serve

from home.byte_ranges import answer_range

# Wagtail writes uploaded images to original_images/ and their renditions to images/.
PUBLIC_MEDIA_FOLDERS = ("images", "original_images")


def serve_public_media(request, path):
    normalised = posixpath.normpath(path).lstrip("/")
    if normalised.startswith("..") or normalised.split("/", 1)[0] not in PUBLIC_MEDIA_FOLDERS:
        raise Http404("Not a public media file.")
    return answer_range(request, serve(request, normalised, document_root=settings.MEDIA_ROOT))


def public_media_urlpatterns():
    prefix = settings.MEDIA_URL.lstrip("/")
    return [re_path(rf"^{prefix}(?P<path>.+)$", serve_public_media, name="public_media")]
