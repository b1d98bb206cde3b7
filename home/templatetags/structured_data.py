"""Structured data (schema.org JSON-LD) the site shares: the organization and the site search on the home page,
and a BreadcrumbList on every page below it."""

import json

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.models import Site

register = template.Library()

# Inside <script>, "</script>" or "<!--" in any field would end or break the element; JSON's \u escapes are inert.
SCRIPT_SAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
LOGO = "icons/icon-512.png"


def json_ld_script(data):
    """A <script type="application/ld+json"> whose text no field's content can break out of."""
    # Safe: json.dumps output with <, > and & escaped cannot close the script element or open markup.
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(json.dumps(data, ensure_ascii=False).translate(SCRIPT_SAFE)),  # noqa: S308
    )


def absolute(root, url):
    """A static file's address with the site's own root, unless static files live on another host."""
    return url if url.startswith(("http://", "https://", "//")) else root + url


def organization(request):
    root = Site.find_for_request(request).root_url
    return {
        "@type": "Organization",
        "@id": f"{root}/#organization",
        "name": settings.SITE_NAME,
        "url": f"{root}/",
        "logo": {"@type": "ImageObject", "url": absolute(root, static(LOGO)), "width": 512, "height": 512},
    }


@register.simple_tag(takes_context=True)
def site_json_ld(context):
    """Organization (with its logo) and WebSite (with a SearchAction for the site search), for the home page."""
    request = context["request"]
    root = Site.find_for_request(request).root_url
    website = {
        "@type": "WebSite",
        "@id": f"{root}/#website",
        "name": settings.SITE_NAME,
        "url": f"{root}/",
        "publisher": {"@id": f"{root}/#organization"},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{root}/search/?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        },
    }
    return json_ld_script({"@context": "https://schema.org", "@graph": [organization(request), website]})


@register.simple_tag(takes_context=True)
def breadcrumbs_json_ld(context):
    """The way down from the home page to this page (and to the archive shown, on a listing's sub-address)."""
    request, page = context.get("request"), context.get("page")
    if request is None or page is None or not getattr(page, "pk", None) or page.depth <= 2:
        return ""
    trail = [(ancestor.title, ancestor.get_full_url(request)) for ancestor in page.get_ancestors().filter(depth__gte=2)]
    trail.append((page.title, page.get_full_url(request)))
    archive = context.get("archive")
    if archive is not None:
        trail.append((archive.heading, page.get_full_url(request) + archive.path))
    return json_ld_script(
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": position, "name": name, "item": url}
                for position, (name, url) in enumerate(trail, start=1)
            ],
        }
    )
