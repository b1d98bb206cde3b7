from django import template

from resources.phone import dial_string

register = template.Library()


@register.filter
def dial(number):
    """The part after `tel:` or `sms:` for a number written the human way."""
    return dial_string(number)
