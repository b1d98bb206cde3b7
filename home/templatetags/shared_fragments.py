"""`{% shared_fragment "name" key … %}…{% end_shared_fragment %}`: a part of a page that every reader sees alike
(built only from what the readers' rule lets anyone see, never from the user or the session), rendered once per
content generation (`home.content_generation`) for each site address and key, and served from the cache after.

A preview renders afresh and stores nothing: an editor's unpublished words must never reach the shared cache.
"""

import hashlib

from django import template
from django.utils.safestring import mark_safe

from home.content_generation import fragment

register = template.Library()


class SharedFragmentNode(template.Node):
    def __init__(self, nodelist, name, keys):
        self.nodelist, self.name, self.keys = nodelist, name, keys

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        parts = [request.get_host(), *(str(key.resolve(context)) for key in self.keys)]
        digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
        name = self.name.resolve(context)
        return mark_safe(fragment(f"shared:{name}:{digest}", lambda: str(self.nodelist.render(context))))  # noqa: S308 - rendered by our templates


@register.tag("shared_fragment")
def shared_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("shared_fragment needs a name")
    nodelist = parser.parse(("end_shared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]]
    )
