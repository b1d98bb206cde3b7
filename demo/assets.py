"""Committed files made into Wagtail images and documents, and the stored HTML of the demo's videos.

Each is found by its title on a second run, so loading twice stores nothing twice.
"""

from functools import cache

from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.models import Collection

from .files import DATA, read_yaml


@cache
def _catalogue():
    return read_yaml("images.yaml")["images"]


def collection(name):
    """The top-level collection called `name`, made the first time."""
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=name).first() or root.add_child(name=name)


def image_details(path):
    """What images.yaml says about `path` (title, alt, collection, credit)."""
    try:
        return _catalogue()[path]
    except KeyError:
        raise KeyError(f"{path} is not listed in demo/data/images.yaml") from None


def image(path):
    """The Wagtail image for `demo/data/images/<path>`, stored once with the title and credit in images.yaml."""
    details = image_details(path)
    Image = get_image_model()
    existing = Image.objects.filter(title=details["title"]).first()
    if existing:
        return existing
    stored = Image(
        title=details["title"],
        description=details["alt"],
        credit=details.get("credit", ""),
        collection=collection(details["collection"]),
    )
    with (DATA / "images" / path).open("rb") as handle:
        stored.file = ImageFile(handle, name=path.rsplit("/", 1)[-1])
        stored.save()
    return stored


def document(path, title, collection_name):
    """The Wagtail document for `demo/data/documents/<path>`, stored once under `title`."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    stored = Document(title=title, collection=collection(collection_name))
    with (DATA / "documents" / path).open("rb") as handle:
        stored.file = File(handle, name=path.rsplit("/", 1)[-1])
        stored.save()
    return stored


# One MPEG-2.5 Layer III frame of silence (8 kbit/s, 8 kHz, mono, 72 bytes): a header, then side information and
# main data left at zero, which decoders play as silence. A frame lasts 72 ms, so a minute is about 58 kB.
SILENT_MP3_FRAME = bytes([0xFF, 0xE3, 0x18, 0xC0]) + bytes(68)
SILENT_FRAME_MILLISECONDS = 72


def placeholder_recording(name, title, minutes):
    """A podcast episode's recording for the demo: `minutes` of silence in a real MP3 file, stored once under
    `title` in a public collection. The demo's episodes are fictional (editors upload real ones), but the length
    an episode states is measured from this file, as for any upload (`blog.recordings`)."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    frames = minutes * 60_000 // SILENT_FRAME_MILLISECONDS
    stored = Document(title=title, collection=collection("Podcast"))
    stored.file.save(name, ContentFile(SILENT_MP3_FRAME * frames), save=False)
    stored.save()
    return stored


def placeholder_embed(url, title, provider):
    """Store the embed for a demo video, so pages render it without asking the video site.

    The demo's videos are fictional; editors paste real addresses.
    """
    Embed.objects.get_or_create(
        hash=get_embed_hash(url),
        defaults={
            "url": url,
            "type": "video",
            "title": title,
            "provider_name": provider,
            "html": (
                f'<div class="demo-video" role="img" aria-label="Placeholder for {title}">'
                f"<p><strong>{title}</strong></p>"
                "<p>In the demo site this video is a placeholder; editors paste a real video address.</p></div>"
            ),
        },
    )
    return url
