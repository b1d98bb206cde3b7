"""Small helpers the apps' demo builders share."""

from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed


def publish_child(parent, page):
    """Add `page` under `parent` and publish it, as an editor would."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def store_placeholder_embed(url, title, provider):
    """Store the embed for a demo video so pages render it without asking the video site (demo videos are
    fictional; editors paste real addresses)."""
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
