"""The site's URLs plus the ceiling: a trivial view returning a fixed 20 KB page through the same middleware."""

from django.http import HttpResponse
from django.urls import path

from settings.urls import urlpatterns as site_urlpatterns

CEILING_BODY = ("<!doctype html><title>ceiling</title><p>" + "x" * 20_000 + "</p>").encode()


def ceiling(request):
    return HttpResponse(CEILING_BODY, content_type="text/html; charset=utf-8")


urlpatterns = [path("bench-ceiling/", ceiling), *site_urlpatterns]
