from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect

from wagtail import hooks

from .redirects import redirect_for_query


@hooks.register("before_serve_page")
def follow_wordpress_query_redirects(page, request, serve_args, serve_kwargs):
    """Send `/?p=ID` (and `?page_id=`, `?attachment_id=`) to the imported post instead of serving the page."""
    if not request.GET:
        return None
    redirect = redirect_for_query(request)
    if redirect is None:
        return None
    response_class = HttpResponsePermanentRedirect if redirect.is_permanent else HttpResponseRedirect
    return response_class(redirect.link)
