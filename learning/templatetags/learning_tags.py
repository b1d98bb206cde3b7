from django import template

register = template.Library()


@register.filter
def lookup(mapping, key):
    """`{{ answers|lookup:block.id }}`: a dictionary value by key in a template."""
    return mapping.get(key, "") if mapping else ""
