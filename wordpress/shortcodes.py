"""WordPress shortcodes in a post's HTML: mapped to plain HTML the body converter understands, or removed.

`[caption]` becomes a <figure> with a <figcaption>, `[gallery ids=…]` a <wp-gallery> element and `[embed]URL[/embed]`
a <wp-embed> element; `[audio]`, `[video]`, `[playlist]` and unknown shortcodes are removed (an enclosing one keeps
the text it wraps), each with a note for the import report. Bracketed words without attributes ("[sic]") stay.
"""

import re

from django.utils.html import escape

CAPTION = re.compile(r"\[caption([^\]]*)\](.*?)\[/caption\]", re.DOTALL | re.IGNORECASE)
GALLERY = re.compile(r"\[gallery([^\]]*)\]", re.IGNORECASE)
EMBED = re.compile(r"\[embed[^\]]*\](.*?)\[/embed\]", re.DOTALL | re.IGNORECASE)
MEDIA = re.compile(r"\[(audio|video|playlist)\b[^\]]*\](?:.*?\[/\1\])?", re.DOTALL | re.IGNORECASE)
ENCLOSING = re.compile(r"\[([a-z][\w-]*)(?:\s[^\]]*)?\](.*?)\[/\1\]", re.DOTALL | re.IGNORECASE)
SELF_CLOSING = re.compile(r"\[([a-z][\w-]*)\s+[^\]]*=[^\]]*\]", re.IGNORECASE)
ATTRIBUTE = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""")
IMAGE_OR_LINKED_IMAGE = re.compile(r"^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(.*)$", re.DOTALL | re.IGNORECASE)


def attributes(raw):
    return {name.lower(): next(v for v in values if v is not None) for name, *values in ATTRIBUTE.findall(raw)}


def expand(html, notes):
    """`html` with shortcodes mapped or removed; a line per removal is appended to `notes`."""

    def caption(match):
        attrs = attributes(match.group(1))
        inner = IMAGE_OR_LINKED_IMAGE.match(match.group(2))
        image, text = (inner.group(1), inner.group(2).strip()) if inner else ("", match.group(2).strip())
        text = text or attrs.get("caption", "")
        return f'<figure class="wp-caption">{image}<figcaption>{text}</figcaption></figure>'

    def gallery(match):
        ids = attributes(match.group(1)).get("ids", "")
        return f'\n\n<wp-gallery ids="{escape(ids)}"></wp-gallery>\n\n'

    def embed(match):
        return f'\n\n<wp-embed url="{escape(match.group(1).strip())}"></wp-embed>\n\n'

    def media(match):
        notes.append(f"[{match.group(1).lower()}] shortcode removed: the site has no audio or video file block")
        return ""

    def enclosing(match):
        notes.append(f"[{match.group(1)}] shortcode removed (its text kept)")
        return match.group(2)

    def self_closing(match):
        notes.append(f"[{match.group(1)}] shortcode removed")
        return ""

    html = CAPTION.sub(caption, html)
    html = GALLERY.sub(gallery, html)
    html = EMBED.sub(embed, html)
    html = MEDIA.sub(media, html)
    html = ENCLOSING.sub(enclosing, html)
    return SELF_CLOSING.sub(self_closing, html)
