"""The sitemap: an index (/sitemap.xml) of sections (/sitemap-<section>.xml, paginated with ?p=N), each listing
public addresses that answer 200, with the date their content last changed and their pictures.

Pages come from Wagtail's tree through the readers' rule (`visible_to_readers`); a page type says what it adds by
overriding `get_sitemap_urls` (the blog index lists its archives) and which pictures it shows by `sitemap_image_ids`.
Apps with addresses outside the page tree register a section from their AppConfig.ready() (`register_section`),
so home imports none of them. Responses are cached for the present content generation
(`home/content_generation.py`), which changes whenever anything listed may have changed.
"""

import datetime

from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.contrib.sitemaps import views as sitemap_views
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.contrib.sitemaps.views import prepare_sitemaps

from home import content_generation
from home.renditions import images_with_renditions, spec
from home.visibility import visible_to_readers

URLS_PER_SITEMAP = 500
CACHE_SECONDS = 24 * 60 * 60
IMAGE_SIZE = "hero"


def as_datetime(value):
    """Sitemap dates are dates (a post's) or times (a page's publication): compare them as aware times."""
    if value is None or isinstance(value, datetime.datetime):
        return value
    return timezone.make_aware(datetime.datetime.combine(value, datetime.time()))


class PageSitemap(WagtailSitemap):
    """Every page readers may open, with its pictures (fetched for all pages at once, renditions prefetched)."""

    limit = URLS_PER_SITEMAP

    def get_latest_lastmod(self):
        return None  # the index gives no date for this section rather than load every page to find one

    def items(self):
        pages = self.get_wagtail_site().root_page.get_descendants(inclusive=True)
        return visible_to_readers(pages).order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        entries = [
            entry for item in self.paginator.page(page).object_list for entry in item.get_sitemap_urls(self.request)
        ]
        wanted = {pk for entry in entries for pk in entry.get("image_ids", []) if pk}
        images = {image.pk: image for image in images_with_renditions(IMAGE_SIZE).filter(pk__in=wanted)}
        root = self.get_wagtail_site().root_url
        for entry in entries:
            entry["lastmod"] = as_datetime(entry.get("lastmod"))
            entry["images"] = [
                {"loc": root + images[pk].get_rendition(spec(IMAGE_SIZE)).url, "title": images[pk].title}
                for pk in dict.fromkeys(entry.pop("image_ids", []))
                if pk in images
            ]
        dates = [entry["lastmod"] for entry in entries]
        if dates and None not in dates:
            self.latest_lastmod = max(dates)
        return entries


class EntriesSitemap(DjangoSitemap):
    """A section of addresses outside the page tree. `items()` returns dicts: "path", "lastmod" (a date, a time or
    None) and optionally "image_urls" (site paths of public pictures)."""

    limit = URLS_PER_SITEMAP

    def _urls(self, page, protocol, domain):
        base = f"{protocol}://{domain}"
        entries = [
            {
                "location": base + item["path"],
                "lastmod": as_datetime(item.get("lastmod")),
                "images": [{"loc": base + url} for url in item.get("image_urls", [])],
            }
            for item in self.paginator.page(page).object_list
        ]
        dates = [entry["lastmod"] for entry in entries]
        if dates and None not in dates:
            self.latest_lastmod = max(dates)
        return entries


class FixedSitemap(EntriesSitemap):
    """Public addresses outside the page tree that have no date of their own (forms, directories): url names."""

    url_names = ()

    def items(self):
        return [{"path": reverse(name)} for name in self.url_names]


_sections = {"pages": PageSitemap}


def register_section(name, sitemap_class):
    """Add a section of addresses outside the page tree (a django.contrib.sitemaps Sitemap subclass)."""
    _sections[name] = sitemap_class


def sections():
    return dict(_sections)


def sitemap_paths():
    """The sitemap's own addresses (index and each section's first page), for a page cache to purge."""
    return [reverse("sitemap")] + [reverse("sitemap_section", kwargs={"section": name}) for name in _sections]


def _cached(request, build):
    generation = content_generation.current()  # a new one on any change readers may see
    try:
        page = int(request.GET.get("p", 1))
    except ValueError:
        return build()  # a bad page number: the view answers 404, nothing is cached
    # Keyed by what changes the answer, so odd query strings cannot fill the cache with copies.
    key = f"sitemap:{generation}:{request.get_host()}:{request.path}:{page}"
    cached = cache.get(key)
    if cached is not None:
        return cached
    response = build()
    if response.status_code == 200:
        response.render()
        cache.set(key, response, CACHE_SECONDS)
    return response


def index(request):
    return _cached(
        request,
        lambda: sitemap_views.index(request, prepare_sitemaps(request, sections()), sitemap_url_name="sitemap_section"),
    )


def section(request, section):
    return _cached(
        request,
        lambda: sitemap_views.sitemap(
            request, prepare_sitemaps(request, sections()), section=section, template_name="sitemaps/sitemap.xml"
        ),
    )
