"""A streaming reader of WordPress eXtended RSS (WXR 1.1 and 1.2) exports.

The file is fed to expat line by line through defusedxml, which refuses any DOCTYPE, entity declaration or
external reference (WordPress never writes them; a billion-laughs file is refused at its first declaration, before
anything is expanded). Each `<item>` is handed over as a small dataclass and then dropped from the tree, so memory
stays flat however long the export is. Errors carry the line they were found on.
"""

import xml.etree.ElementTree as ET  # noqa: S405 (only its pull parser and Element API; parsing goes through defusedxml)
from dataclasses import dataclass, field

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

WP_NAMESPACES = ("http://wordpress.org/export/1.1/", "http://wordpress.org/export/1.2/")
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
EXCERPT_NAMESPACES = ("http://wordpress.org/export/1.1/excerpt/", "http://wordpress.org/export/1.2/excerpt/")


class WxrError(Exception):
    """The export cannot be read; `str()` is one line naming the line of the file."""

    def __init__(self, line, message):
        self.line = line
        super().__init__(f"line {line}: {message}")


@dataclass
class Author:
    login: str
    email: str
    display_name: str
    first_name: str = ""
    last_name: str = ""


@dataclass
class Term:
    """A category or a tag."""

    kind: str  # "category" or "post_tag"
    slug: str
    name: str
    description: str = ""
    parent: str = ""  # a category's parent's slug


@dataclass
class Item:
    """One `<item>`: a post, a page, an attachment or anything else WordPress exports."""

    line: int
    post_id: int
    post_type: str
    status: str
    title: str
    slug: str
    link: str
    creator: str
    content: str
    excerpt: str
    post_date: str
    post_date_gmt: str
    modified: str
    modified_gmt: str
    password: str
    parent_id: int
    attachment_url: str
    terms: list = field(default_factory=list)  # (domain, slug, name)
    meta: dict = field(default_factory=dict)
    fingerprint: bytes = b""  # the item's XML as exported: what --update compares


def text(element, tag, default=""):
    found = element.find(tag)
    return (found.text or "").strip() if found is not None and found.text else default


def number(element, tag, line):
    raw = text(element, tag, "0")
    try:
        return int(raw)
    except ValueError:
        raise WxrError(line, f"{tag.split('}')[-1]} should be a number, not “{raw[:40]}”") from None


class WxrReader:
    """Iterate over `read()` to get `Author`, `Term` and `Item` objects in file order."""

    def __init__(self, path):
        self.path = path

    def read(self):
        parser = DefusedXMLParser(target=ET.TreeBuilder(), forbid_dtd=True, forbid_entities=True)
        pull = ET.XMLPullParser(events=("start", "end", "start-ns"), _parser=parser)
        reader = _Events(parser)
        try:
            with open(self.path, "rb") as export:
                for line in export:
                    pull.feed(line)
                    yield from reader.consume(pull.read_events())
                pull.close()
                yield from reader.consume(pull.read_events())
        except ET.ParseError as error:
            line, _column = error.position
            message = str(error).split(":")[0]
            if message == "no element found" or "unclosed token" in message:
                message = "the file ends too early (is the export truncated?)"
            raise WxrError(line, message) from None
        except DefusedXmlException as error:
            raise WxrError(
                parser.parser.CurrentLineNumber,
                f"refused: the file declares a DTD or entities ({type(error).__name__}); WordPress exports never do",
            ) from None
        if not reader.seen_root:
            raise WxrError(1, "the file is empty")


class _Events:
    """Turns the parser's events into authors, terms and items, checking the export's shape on the way."""

    def __init__(self, parser):
        self.parser = parser
        self.namespaces = {}
        self.wp = None
        self.excerpt = None
        self.seen_root = False
        self.channel = None
        self.item_line = 0

    def line(self):
        """The line being parsed; events are read after a whole line is fed, so a position at column 0 means the
        event happened on the line before."""
        expat = self.parser.parser
        return expat.CurrentLineNumber - (1 if expat.CurrentColumnNumber == 0 else 0)

    def consume(self, events):
        for event, payload in events:
            if event == "start-ns":
                prefix, uri = payload
                self.namespaces[prefix] = uri
            elif event == "start":
                yield from self.start(payload)
            else:
                yield from self.end(payload)

    def start(self, element):
        if not self.seen_root:
            self.seen_root = True
            self.check_root(element)
        elif element.tag == "channel":
            self.channel = element
        elif element.tag == "item":
            self.item_line = self.line()
        return ()

    def check_root(self, element):
        if element.tag != "rss":
            raise WxrError(self.line(), f"not a WordPress export: the document is <{element.tag}>, not <rss>")
        wp = self.namespaces.get("wp")
        if wp not in WP_NAMESPACES:
            found = f"“{wp}”" if wp else "missing"
            raise WxrError(
                self.line(),
                f"not a WordPress export (WXR 1.1 or 1.2): the wp: namespace is {found}, "
                "expected http://wordpress.org/export/1.2/",
            )
        self.wp = "{" + wp + "}"
        excerpt = self.namespaces.get("excerpt", "")
        self.excerpt = "{" + (excerpt if excerpt in EXCERPT_NAMESPACES else wp + "excerpt/") + "}"

    def end(self, element):
        wp = self.wp
        if wp is None or self.channel is None:
            return
        if element.tag == wp + "author":
            yield self.author(element)
        elif element.tag == wp + "category":
            yield Term(
                "category",
                text(element, wp + "category_nicename"),
                text(element, wp + "cat_name"),
                text(element, wp + "category_description"),
                text(element, wp + "category_parent"),
            )
        elif element.tag == wp + "tag":
            yield Term(
                "post_tag",
                text(element, wp + "tag_slug"),
                text(element, wp + "tag_name"),
                text(element, wp + "tag_description"),
            )
        elif element.tag == "item":
            yield self.item(element)
        else:
            return
        if element in self.channel:
            self.channel.remove(element)  # memory stays flat: nothing read is kept in the tree

    def author(self, element):
        wp = self.wp
        return Author(
            login=text(element, wp + "author_login"),
            email=text(element, wp + "author_email"),
            display_name=text(element, wp + "author_display_name"),
            first_name=text(element, wp + "author_first_name"),
            last_name=text(element, wp + "author_last_name"),
        )

    def item(self, element):
        wp, line = self.wp, self.item_line
        post_id = number(element, wp + "post_id", line)
        if not post_id:
            raise WxrError(line, "an <item> has no wp:post_id")
        meta = {}
        for postmeta in element.findall(wp + "postmeta"):
            meta[text(postmeta, wp + "meta_key")] = text(postmeta, wp + "meta_value")
        terms = [
            (term.get("domain", ""), term.get("nicename", ""), (term.text or "").strip())
            for term in element.findall("category")
        ]
        return Item(
            line=line,
            post_id=post_id,
            post_type=text(element, wp + "post_type"),
            status=text(element, wp + "status"),
            title=text(element, "title"),
            slug=text(element, wp + "post_name"),
            link=text(element, "link"),
            creator=text(element, DC + "creator"),
            content=element.findtext(CONTENT + "encoded") or "",
            excerpt=(element.findtext(self.excerpt + "encoded") or "").strip(),
            post_date=text(element, wp + "post_date"),
            post_date_gmt=text(element, wp + "post_date_gmt"),
            modified=text(element, wp + "post_modified"),
            modified_gmt=text(element, wp + "post_modified_gmt"),
            password=text(element, wp + "post_password"),
            parent_id=number(element, wp + "post_parent", line),
            attachment_url=text(element, wp + "attachment_url"),
            terms=terms,
            meta=meta,
            fingerprint=ET.tostring(element),
        )
