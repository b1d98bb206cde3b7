"""`{% page_query number %}`: the address of page `number` of the listing being shown, keeping its other query
parameters (a search's ?q=…); page 1 has no ?page= at all, so every listing has one address for its first page."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def page_query(context, number):
    params = context["request"].GET.copy()
    params.pop("page", None)
    if number > 1:
        params["page"] = number
    query = params.urlencode()
    return f"?{query}" if query else "./"
