"""StreamField blocks shared by blog posts and learning modules.

Each block has a tiny template in templates/components/streamfield/blocks/, an icon, a description and a
preview value for the admin's block picker, and a group that sorts it in that picker.
"""

from bs4 import BeautifulSoup

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.html import strip_tags
from django.utils.text import slugify

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.rich_text import RichText
from wagtail.whitelist import check_url

# Enough for a blog post, nothing that breaks the design. Links are checked by Wagtail: `javascript:` is dropped.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "ul", "ol", "h2", "h3", "h4"]
TEMPLATE_DIR = "components/streamfield/blocks"

PLACEHOLDER_PREVIEW = "components/streamfield/previews/placeholder.html"  # for blocks that need a picture or video

TEXT = "Text"
MEDIA = "Media"
CALLS = "Calls to action"


def strip_unsafe_links(html):
    """Remove `javascript:` and other unsafe link targets, whatever way the rich text was stored."""
    if "href" not in html.lower():
        return html
    soup = BeautifulSoup(html, "html.parser")
    unsafe = [link for link in soup.find_all("a", href=True) if not check_url(link["href"])]
    for link in unsafe:
        del link["href"]
    return str(soup) if unsafe else html


class SafeRichTextBlock(blocks.RichTextBlock):
    """Rich text whose links are checked when saved and again when read: the editor is not the only way in."""

    def to_python(self, value):
        return RichText(strip_unsafe_links(value or ""))

    def get_prep_value(self, value):
        return strip_unsafe_links(super().get_prep_value(value))


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text="The heading as readers will see it.")
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading"), ("h3", "Sub-heading"), ("h4", "Minor heading")],
        default="h2",
        help_text="Use section headings for main parts, sub-headings inside them.",
        search_index=False,
    )
    anchor = blocks.CharBlock(
        max_length=60,
        required=False,
        help_text="Optional short name for linking straight to this heading (e.g. 'what-to-say'). "
        "Left empty, one is made from the heading.",
        search_index=False,
    )

    class Meta:
        icon = "title"
        group = TEXT
        template = f"{TEMPLATE_DIR}/heading.html"
        description = "A heading that splits a long text into parts readers can skim."
        preview_value = {"text": "What to say when they come home late", "level": "h2", "anchor": ""}
        form_classname = "struct-block heading-block"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = slugify(value["anchor"] or value["text"])
        return context


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(
        help_text="Choose a picture. Its alt text starts as the one saved with the picture; change it if the "
        "picture means something else here, or tick 'decorative' if it adds nothing for a reader who cannot see it."
    )
    caption = blocks.CharBlock(max_length=250, required=False, help_text="Optional text shown under the picture.")
    credit = blocks.CharBlock(
        max_length=120,
        required=False,
        help_text="Leave empty to show the photo credit saved with the picture in the image library. Fill in "
        "only if this use needs a different credit.",
    )

    class Meta:
        icon = "image"
        group = MEDIA
        template = f"{TEMPLATE_DIR}/captioned_image.html"
        preview_template = PLACEHOLDER_PREVIEW
        description = "A picture from the image library, with an optional caption. Its photo credit is shown."


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=600, help_text="The words being quoted, without quotation marks.")
    attribution = blocks.CharBlock(
        max_length=120, required=False, help_text="Who said it, e.g. 'A mother in Ohio'. Optional."
    )

    class Meta:
        icon = "openquote"
        group = TEXT
        template = f"{TEMPLATE_DIR}/quote.html"
        description = "A pull quote that stands out from the text."
        preview_value = {
            "quote": "The day I stopped arguing was the day we started talking.",
            "attribution": "A father of two",
        }


class EmbedMediaBlock(blocks.StructBlock):
    embed = EmbedBlock(
        help_text="Paste the address of a video or podcast episode (YouTube, Vimeo, SoundCloud and similar).",
        search_index=False,
    )
    title = blocks.CharBlock(max_length=120, help_text="Short title of the video or episode.")
    text_alternative = SafeRichTextBlock(
        features=["bold", "italic", "link", "ul"],
        required=False,
        help_text="A transcript or summary for readers who cannot watch or listen.",
    )

    class Meta:
        icon = "media"
        group = MEDIA
        template = f"{TEMPLATE_DIR}/embed.html"
        preview_template = PLACEHOLDER_PREVIEW
        description = "A video or podcast episode from another site, with a text alternative."


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=80, help_text="A short invitation, e.g. 'Try a module free'.")
    text = blocks.TextBlock(max_length=300, required=False, help_text="One or two sentences of encouragement.")
    button_text = blocks.CharBlock(max_length=40, help_text="Words on the button, e.g. 'Get the free module'.")
    page = blocks.PageChooserBlock(
        required=False, help_text="The page the button opens. Choose a page or a web address."
    )
    url = blocks.URLBlock(
        required=False, help_text="A web address, if the button leads outside this site.", search_index=False
    )

    class Meta:
        icon = "pick"
        group = CALLS
        template = f"{TEMPLATE_DIR}/call_to_action.html"
        description = "A box with a button that invites readers to take the next step."
        preview_value = {
            "heading": "Learn CRAFT at your own pace",
            "text": "Short videos and exercises for families.",
            "button_text": "Become a member",
            "url": "https://example.org/accounts/join/",
        }

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = "Choose either a page or a web address for the button (one of the two)."
            raise StructBlockValidationError(block_errors={"page": ErrorList([ValidationError(message)])})
        return value


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("note", "Note"), ("tip", "Tip"), ("safety", "Safety")],
        default="note",
        help_text="Safety boxes are for anything about immediate danger, such as overdose signs.",
        search_index=False,
    )
    heading = blocks.CharBlock(max_length=80, required=False, help_text="Optional heading for the box.")
    text = SafeRichTextBlock(features=["bold", "italic", "link", "ul"], help_text="What the box says.")

    class Meta:
        icon = "info-circle"
        group = TEXT
        template = f"{TEMPLATE_DIR}/callout.html"
        description = "A highlighted box for a tip, a note or safety information."
        preview_value = {
            "kind": "tip",
            "heading": "A small step",
            "text": "<p>Notice one thing that went well today.</p>",
        }


class ResourceEntryBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120, help_text="Name of the service or organisation.")
    phone = blocks.CharBlock(max_length=30, required=False, help_text="Phone number as readers should dial it.")
    text_number = blocks.CharBlock(
        max_length=30,
        required=False,
        help_text="The number people can text, if they can (often the same as the phone number). Leave empty if not.",
    )
    url = blocks.URLBlock(required=False, help_text="Web address of the service.", search_index=False)
    description = blocks.CharBlock(max_length=200, required=False, help_text="One line on what it offers and when.")

    class Meta:
        icon = "link"


class ResourcesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=80, default="Where to find help", help_text="Heading above the list.")
    resources = blocks.ListBlock(ResourceEntryBlock(), min_num=1, help_text="The services to list, in order.")

    class Meta:
        icon = "list-ul"
        group = CALLS
        template = f"{TEMPLATE_DIR}/resources.html"
        description = "A list of help lines and services with phone numbers and links."
        preview_value = {
            "heading": "Where to find help",
            "resources": [{"name": "988 Suicide & Crisis Lifeline", "phone": "988", "url": "", "description": ""}],
        }


class DividerBlock(blocks.StaticBlock):
    class Meta:
        icon = "horizontalrule"
        group = TEXT
        template = f"{TEMPLATE_DIR}/divider.html"
        admin_text = "A dividing line between two parts of the text."
        description = "A dividing line between two parts of the text."
        preview_value = None


class BaseStreamBlock(blocks.StreamBlock):
    paragraph = SafeRichTextBlock(
        features=PARAGRAPH_FEATURES,
        icon="pilcrow",
        group=TEXT,
        template=f"{TEMPLATE_DIR}/paragraph.html",
        description="Ordinary text: paragraphs, lists and links.",
        preview_value="<p>Families often feel they have tried everything. CRAFT offers another way.</p>",
    )
    heading = HeadingBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    embed = EmbedMediaBlock()
    call_to_action = CallToActionBlock()
    callout = CalloutBlock()
    resources = ResourcesBlock()
    divider = DividerBlock()

    def clean(self, value):
        """Leave out empty paragraphs, such as the one a new page starts with, instead of calling them missing:
        a body with nothing else in it is then simply empty (an error only where a body is required)."""
        kept = [
            (child.block_type, child.value, child.id)
            for child in value
            if not (child.block_type == "paragraph" and not strip_tags(child.value.source).strip())
        ]
        if len(kept) != len(value):
            value = blocks.StreamValue(self, kept)
        return super().clean(value)
