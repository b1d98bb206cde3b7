from django import template

from home.cards import render_card

register = template.Library()


@register.simple_tag(takes_context=True)
def page_card(context, page):
    """`{% page_card page %}`: the card a chosen page's own type draws (home/cards.py)."""
    return render_card(page, context.get("request"))
