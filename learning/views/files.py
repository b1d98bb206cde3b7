"""Serving locked files: documents through Wagtail's document view, locked pictures from the private location.

Both ask `learning.access` first and answer `Cache-Control: private, no-store` for anything locked, so no shared
cache keeps a member's file. Both answer byte ranges (`home.byte_ranges`), so phones play and seek audio and video.
"""

import mimetypes

from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.http import urlencode

from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve_document
from wagtail.images import get_image_model

from home.byte_ranges import answer_range
from home.storage import PRIVATE_FOLDERS, is_private_name
from learning import access


def _never_cache_privately(response):
    add_never_cache_headers(response)
    patch_cache_control(response, private=True, no_store=True)
    return response


def _refuse(request):
    if not request.user.is_authenticated:
        login_url = reverse("accounts:login")
        return redirect(f"{login_url}?{urlencode({'next': request.get_full_path()})}")
    raise PermissionDenied("This file is for members.")


def serve_document(request, document_id, document_filename):
    """Wagtail's document view (filename check, collection privacy, sendfile), behind the access rule."""
    document = get_object_or_404(get_document_model(), id=document_id)
    locked = access.is_locked_document(document)
    if locked and not access.can_download_document(request, document):
        return _refuse(request)
    response = wagtail_serve_document(request, document_id, document_filename)
    return answer_range(request, _never_cache_privately(response) if locked else response)


def _image_stored_as(name):
    image_model = get_image_model()
    image = image_model.objects.filter(file=name).first()
    if image is None:
        rendition = image_model.get_rendition_model().objects.filter(file=name).select_related("image").first()
        image = rendition.image if rendition else None
    return image


def serve_private_image(request, name):
    """A locked picture's original or rendition, from the private location, for those who may see it."""
    if not is_private_name(name) or name.split("/", 1)[0] in PRIVATE_FOLDERS:
        raise Http404("Not a private picture.")  # documents are served by their own view only
    image = _image_stored_as(name)
    if image is None or not default_storage.exists(name):
        raise Http404("No such picture.")
    if not access.can_view_image(request, image):
        raise PermissionDenied("This picture is for members.")
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(default_storage.open(name), content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    return answer_range(request, _never_cache_privately(response))
