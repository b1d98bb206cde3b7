from home.blocks import BaseStreamBlock
from resources.blocks import ResourcesBlock


class PostStreamBlock(BaseStreamBlock):
    """A post's body: the shared blocks, with help resources chosen from the directory (not typed inline)."""

    resources = ResourcesBlock()
