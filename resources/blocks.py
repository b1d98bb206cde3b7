"""The "Help resources" StreamField block: a heading and resources chosen from the directory.

Blog posts and learning modules include it in their bodies (blog → resources and learning → resources are
downward imports). Ground-floor pages (help, about) keep home's simple inline phone list, because home may not
depend on this app, and the help page must not go blank if directory entries are edited or removed.
"""

from urllib.parse import urlencode

from django.urls import reverse

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from home.blocks import PLACEHOLDER_PREVIEW

from .card import MAX_ENTRIES
from .models import Resource


class ResourcesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=80, default="Where to find help", help_text="Heading above the list.")
    resources = blocks.ListBlock(
        SnippetChooserBlock(Resource, help_text="Choose a service from the help resources directory."),
        min_num=1,
        max_num=12,
        help_text="The services to list, in order. Add new ones under Help resources in the menu.",
    )
    card_link = blocks.BooleanBlock(
        default=True,
        required=False,
        help_text='Tick to show an "Add these to my card" link under the list (it uses the first six).',
        search_index=False,
    )

    class Meta:
        icon = "help"
        group = "Calls to action"
        label = "Help resources"
        template = "resources/blocks/resources.html"
        preview_template = PLACEHOLDER_PREVIEW
        description = "Help lines and services from the directory, with call and text links."

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # A chosen resource may have been deleted since: skip it rather than fail.
        chosen = [resource for resource in value["resources"] if resource is not None]
        context["chosen"] = chosen
        if value.get("card_link") and chosen:
            query = urlencode([("resource", resource.pk) for resource in chosen[:MAX_ENTRIES]])
            context["card_url"] = f"{reverse('resources:card')}?{query}"
        return context
