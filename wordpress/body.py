"""A WordPress post body (classic-editor HTML or Gutenberg block markup) as the site's StreamField blocks.

Paragraphs and lists become `paragraph` blocks (sanitised by Wagtail's rich-text whitelist for the paragraph
block's features), headings `heading`, pictures `image` (from the media folder, with their captions), quotes
`quote`, oEmbed URLs (YouTube, Spotify, …) `embed`, and horizontal rules `divider`. Block comments
(`<!-- wp:… -->`) carry no content of their own and are dropped; the HTML they wrap is converted. A typed photo
credit line is moved into the credit field of the picture it belongs to (so every page showing that picture
shows the credit, and the image block's own credit stays empty), and a trailing keyword list that repeats the
post's tags and categories is removed.
"""

import functools
import re
import warnings
from dataclasses import dataclass, field
from urllib.parse import urlparse

from bs4 import BeautifulSoup, Comment, MarkupResemblesLocatorWarning, NavigableString

from django.utils.html import escape
from django.utils.text import slugify

from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.embeds.finders import get_finders
from wagtail.embeds.finders.oembed import OEmbedFinder

from home.blocks import PARAGRAPH_FEATURES

from . import shortcodes
from .credits import credit_in

BLOCK_START = re.compile(
    r"^\s*(?:<!--|<(?:p|h[1-6]|ul|ol|li|blockquote|figure|div|table|pre|hr|img|iframe|section|wp-gallery|wp-embed"
    r"|script|style|form)\b)",
    re.IGNORECASE,
)
INLINE = {"a", "strong", "b", "em", "i", "span", "br", "code", "sup", "sub", "u", "s", "small", "abbr", "mark", "cite"}
CONTAINERS = {"div", "section", "article", "main", "header", "footer", "aside", "center"}
DROPPED = {"script", "style", "form", "input", "button", "noscript", "object", "select", "textarea"}
HEADING_LEVELS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}
KEYWORD_PREFIX = re.compile(r"^\s*(?:keywords?|tags?|topics?)\s*:\s*", re.IGNORECASE)
URL_LINE = re.compile(r"^\s*(https?://\S+)\s*$")
QUOTE_MAX, CAPTION_MAX, HEADING_MAX, TITLE_MAX = 600, 250, 120, 120

_whitelister = EditorHTMLConverter(features=PARAGRAPH_FEATURES)


def sanitise(html):
    """Rich text as Wagtail stores it, with only what the paragraph block allows (unsafe links dropped)."""
    return _whitelister.to_database_format(html)


def accepts_embed(url):
    """Whether `url` is an oEmbed address (YouTube, Vimeo, Spotify, …) the site's embed finders know; a site that
    configures none (the tests: no network) still gets Wagtail's default provider list."""
    finders = get_finders() or [_default_finder()]
    return bool(url) and any(finder.accept(url) for finder in finders)


@functools.cache
def _default_finder():
    return OEmbedFinder()


def autop(html):
    """WordPress's classic editor stores paragraphs as blank-line separated text: give them their <p> back."""
    chunks = re.split(r"\n\s*\n", html.replace("\r\n", "\n"))
    wrapped = []
    for chunk in chunks:
        if not chunk.strip():
            continue
        if BLOCK_START.match(chunk) or URL_LINE.match(chunk):
            wrapped.append(chunk)
        else:
            wrapped.append("<p>" + chunk.strip().replace("\n", "<br>\n") + "</p>")
    return "\n\n".join(wrapped)


@dataclass
class Converted:
    blocks: list = field(default_factory=list)  # StreamField raw data: [{"type": …, "value": …}, …]
    notes: list = field(default_factory=list)  # report lines: what was removed or could not be mapped
    featured_credit: str = ""  # a credit line that belongs to no picture in the body: the post's main picture
    keywords: list = field(default_factory=list)  # trailing keywords that are not already tags or categories
    image_credits: list = field(default_factory=list)  # (image, credit) pairs: stored in each image's credit field


class BodyConverter:
    """Convert one post body.

    `find_image(src, attachment_id=None)` returns an image or None; `attachment(id)` the export's attachment
    record (with `url` and `alt`) or None.
    """

    def __init__(self, find_image, attachment):
        self.find_image = find_image
        self.attachment = attachment

    def convert(self, html, known_terms):
        self.result = Converted()
        self.rich = []  # (html, plain text) of paragraphs and lists waiting to become one paragraph block
        self.inline = []
        html = shortcodes.expand(html or "", self.result.notes)
        with warnings.catch_warnings():  # a body that is only an address is a real post (an embed), not a mistake
            warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
            soup = BeautifulSoup(autop(html), "html.parser")
        self.walk(soup.contents)
        self.flush_inline()
        self.strip_keyword_list(known_terms)
        self.flush_rich()
        return self.result

    # Walking the tree

    def walk(self, nodes):
        for node in list(nodes):
            if isinstance(node, Comment):
                continue
            if isinstance(node, NavigableString):
                text = str(node)
                if URL_LINE.match(text) and accepts_embed(text.strip()):
                    self.flush_inline()
                    self.embed(text.strip())
                elif text.strip():
                    self.inline.append(escape(text))
                continue
            name = node.name.lower()
            if name in INLINE:
                self.inline.append(str(node))
                continue
            self.flush_inline()
            handler = getattr(self, f"tag_{name.replace('-', '_')}", None)
            if handler:
                handler(node)
            elif name in HEADING_LEVELS:
                self.heading(node, HEADING_LEVELS[name])
            elif name in CONTAINERS:
                self.walk(node.contents)
            elif name in DROPPED:
                self.result.notes.append(f"<{name}> removed")
            else:
                self.walk(node.contents)

    def flush_inline(self):
        if self.inline:
            html = "".join(self.inline).strip()
            self.inline = []
            if html:
                self.paragraph_html(f"<p>{html}</p>")

    def paragraph_html(self, html):
        text = BeautifulSoup(html, "html.parser").get_text(" ", strip=True)
        if not text:
            return
        credit = credit_in(text)
        if credit:
            self.credit(credit)
            return
        if URL_LINE.match(text) and accepts_embed(text):
            self.embed(text)
            return
        self.rich.append((html, text))

    def flush_rich(self):
        if self.rich:
            html = sanitise("".join(html for html, _text in self.rich))
            self.rich = []
            if BeautifulSoup(html, "html.parser").get_text(strip=True):
                self.add("paragraph", html)

    def add(self, block_type, value):
        if block_type != "paragraph":
            self.flush_rich()
        self.result.blocks.append({"type": block_type, "value": value})

    # Tags

    def tag_p(self, node):
        images = node.find_all("img")
        for image in images:
            (image.parent if image.parent.name == "a" and image.parent is not node else image).extract()
        self.paragraph_html(str(node))
        for image in images:
            self.image(image)

    def tag_ul(self, node):
        for image in node.find_all("img"):
            image.extract()
        self.rich.append((str(node), node.get_text(" ", strip=True)))

    tag_ol = tag_ul

    def tag_img(self, node):
        self.image(node)

    def tag_hr(self, node):
        self.add("divider", None)

    def tag_pre(self, node):
        lines = [escape(line) for line in node.get_text().splitlines()]
        self.paragraph_html("<p>" + "<br>".join(lines) + "</p>")

    def tag_table(self, node):
        for row in node.find_all("tr"):
            cells = [cell.get_text(" ", strip=True) for cell in row.find_all(["td", "th"])]
            self.paragraph_html("<p>" + escape(" · ".join(cell for cell in cells if cell)) + "</p>")
        self.result.notes.append("a table was flattened into text")

    def tag_iframe(self, node):
        src = node.get("src", "")
        if accepts_embed(src):
            self.embed(src)
        else:
            self.result.notes.append(f"an embedded frame was removed ({urlparse(src).netloc or 'no address'})")

    def tag_blockquote(self, node):
        attribution = ""
        for cite in node.find_all(["cite", "footer"]):
            attribution = attribution or cite.get_text(" ", strip=True)
            cite.extract()
        text = "\n\n".join(p.get_text(" ", strip=True) for p in node.find_all("p")) or node.get_text(" ", strip=True)
        if not text:
            return
        if len(text) > QUOTE_MAX:
            self.result.notes.append("a quote longer than a pull quote was kept as ordinary text")
            self.paragraph_html(f"<p><i>{escape(text)}</i></p>")
            return
        self.add("quote", {"quote": text, "attribution": attribution[:TITLE_MAX]})

    def tag_figure(self, node):
        classes = " ".join(node.get("class", []))
        if "wp-block-embed" in classes or node.find("iframe"):
            frame = node.find("iframe")
            url = frame.get("src", "") if frame else node.get_text(" ", strip=True).split(" ")[0]
            if accepts_embed(url):
                self.embed(url)
            else:
                self.result.notes.append(f"an embed from an unsupported site was removed ({url[:80]})")
            return
        if node.find("blockquote"):
            self.tag_blockquote(node.find("blockquote"))
            return
        inner = node.find_all("figure")
        if inner:  # a Gutenberg gallery: a figure of figures
            for figure in inner:
                self.tag_figure(figure)
            return
        caption = node.find("figcaption")
        caption_text = caption.get_text(" ", strip=True) if caption else ""
        images = node.find_all("img")
        for number, image in enumerate(images):
            self.image(image, caption_text if number == len(images) - 1 else "")

    def tag_wp_gallery(self, node):
        ids = [part.strip() for part in node.get("ids", "").split(",") if part.strip().isdigit()]
        if not ids:
            self.result.notes.append("[gallery] without ids removed")
        for attachment_id in map(int, ids):
            attachment = self.attachment(attachment_id)
            image = self.find_image(attachment.url, attachment_id) if attachment else None
            if image is None:
                self.result.notes.append(f"gallery picture {attachment_id} not found in the media folder")
                continue
            self.add_image(image, attachment.alt, "")

    def tag_wp_embed(self, node):
        url = node.get("url", "")
        if accepts_embed(url):
            self.embed(url)
        else:
            self.result.notes.append(f"[embed] of an unsupported address removed ({url[:80]})")

    # Blocks

    def heading(self, node, level):
        text = node.get_text(" ", strip=True)
        if text:
            self.add("heading", {"text": text[:HEADING_MAX], "level": level, "anchor": ""})

    def image(self, node, caption=""):
        src = node.get("src", "")
        match = re.search(r"\bwp-image-(\d+)\b", " ".join(node.get("class", [])))
        image = self.find_image(src, int(match.group(1)) if match else None)
        if image is None:
            self.result.notes.append(f"picture not found in the media folder: {src[:120]}")
            return
        self.add_image(image, node.get("alt", ""), caption)

    def add_image(self, image, alt, caption):
        value = {
            "image": {"image": image.pk, "alt_text": alt.strip(), "decorative": False},
            "caption": caption[:CAPTION_MAX],
            "credit": "",  # the picture's own credit field holds it (see `credit`)
        }
        self.add("image", value)
        self.last_image = image
        self.last_image_credited = False

    def embed(self, url):
        host = urlparse(url).netloc.removeprefix("www.") or "another site"
        self.add("embed", {"embed": url, "title": f"Embedded from {host}"[:TITLE_MAX], "text_alternative": ""})

    def credit(self, credit):
        """A credit line belongs to the picture just before it, or else to the post's main picture."""
        last = self.result.blocks[-1] if self.result.blocks and not self.rich else None
        if last and last["type"] == "image" and not self.last_image_credited:
            self.last_image_credited = True
            self.result.image_credits.append((self.last_image, credit))
        else:
            self.result.featured_credit = self.result.featured_credit or credit

    def strip_keyword_list(self, known_terms):
        """Drop a last paragraph that lists keywords repeating the post's tags or categories."""
        if not self.rich:
            return
        html, text = self.rich[-1]
        if not html.lstrip().lower().startswith("<p"):
            return
        had_prefix = bool(KEYWORD_PREFIX.match(text))
        items = [item.strip(" .") for item in re.split(r"[,;|]", KEYWORD_PREFIX.sub("", text)) if item.strip(" .")]
        if len(items) < 2 or any(len(item.split()) > 4 or re.search(r"[!?]", item) for item in items):
            return
        known = {term.lower() for term in known_terms} | {slugify(term) for term in known_terms}
        repeats = [item for item in items if item.lower() in known or slugify(item) in known]
        if not repeats and not had_prefix:
            return
        self.rich.pop()
        self.result.keywords = [item for item in items if item not in repeats]
