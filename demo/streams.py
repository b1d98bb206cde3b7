"""Block values from the data files turned into the stored (raw) form of a StreamField.

The block definitions say how each value is read: rich text is Markdown, an image is a path listed in
images.yaml, a page is a site path, a snippet its name, an embed is a URL. Anything else is stored as written.
"""

import json

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .assets import image, image_details
from .files import body_blocks, rich_text
from .pages import page_at


def stream_from_markdown(model, field_name, body):
    """The stored value of `model.<field_name>` (a StreamField) for a Markdown body (see files.body_blocks)."""
    stream_block = model._meta.get_field(field_name).stream_block
    return json.dumps(raw_stream(stream_block, body_blocks(body)))


def raw_stream(stream_block, pairs):
    """The raw StreamField data for `(block type, value)` pairs, checked against `stream_block`."""
    raw = []
    for block_type, value in pairs:
        if block_type not in stream_block.child_blocks:
            raise ValueError(f"'{block_type}' is not a block here; known: {', '.join(stream_block.child_blocks)}")
        raw.append({"type": block_type, "value": raw_value(stream_block.child_blocks[block_type], value)})
    return raw


def raw_value(block, value):
    if isinstance(block, ImageBlock):  # before StructBlock: ImageBlock is one
        return {"image": image(value).pk, "decorative": False, "alt_text": image_details(value)["alt"]}
    if isinstance(block, blocks.StructBlock):
        unknown = set(value) - set(block.child_blocks)
        if unknown:
            raise ValueError(f"unknown fields {sorted(unknown)} for a {block.name or 'struct'} block")
        return {name: raw_value(child, value[name]) for name, child in block.child_blocks.items() if name in value}
    if isinstance(block, blocks.ListBlock):
        return [raw_value(block.child_block, item) for item in value]
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(value)
    if isinstance(block, ImageChooserBlock):
        return image(value).pk
    if isinstance(block, blocks.PageChooserBlock):
        return page_at(value).pk if value else None
    if isinstance(block, SnippetChooserBlock):  # a snippet by its name, e.g. a help resource
        return block.target_model.objects.get(name=value).pk
    if isinstance(block, EmbedBlock):
        return value
    if isinstance(block, blocks.StaticBlock):
        return None
    return value
