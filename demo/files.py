"""Reading the data files: YAML, Markdown with YAML front matter, and Markdown bodies split into blocks."""

import re
from pathlib import Path

import markdown
import yaml

DATA = Path(__file__).resolve().parent / "data"

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.S)
FENCE = re.compile(r"^```(\w+)\n(.*?)^```$", re.M | re.S)
HEADING = re.compile(r"^(#{2,4}) (.+)$")


def read_yaml(name):
    """The parsed contents of `demo/data/<name>`."""
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def read_markdown(path):
    """`(front matter, body)` of a Markdown file that starts with a `---` YAML block."""
    match = FRONT_MATTER.match(Path(path).read_text(encoding="utf-8"))
    if match is None:
        raise ValueError(f"{path} does not start with a '---' front matter block")
    return yaml.safe_load(match.group(1)), match.group(2)


def markdown_files(folder):
    """The Markdown files of `demo/data/<folder>`, in name order."""
    return sorted((DATA / folder).glob("*.md"))


def rich_text(text):
    """Markdown as the HTML Wagtail's rich text stores (it writes <b> and <i>, not <strong> and <em>)."""
    html = markdown.markdown(text.strip())
    for markdown_tag, wagtail_tag in (("strong", "b"), ("em", "i")):
        html = html.replace(f"<{markdown_tag}>", f"<{wagtail_tag}>").replace(f"</{markdown_tag}>", f"</{wagtail_tag}>")
    return html.replace(">\n<", "><")


def body_blocks(text):
    """A Markdown body as `(block type, value)` pairs.

    Prose between headings becomes one `paragraph` (Markdown); `## Heading` a `heading`; a line `---` a `divider`;
    a fenced block ```` ```name ```` holding YAML becomes a block of that name with that value.
    """
    position = 0
    for fence in FENCE.finditer(text):
        yield from _prose(text[position : fence.start()])
        yield fence.group(1), yaml.safe_load(fence.group(2))
        position = fence.end()
    yield from _prose(text[position:])


def _prose(text):
    lines = []
    for line in text.splitlines():
        heading = HEADING.match(line)
        if heading is None and line.strip() != "---":
            lines.append(line)
            continue
        if "".join(lines).strip():
            yield "paragraph", "\n".join(lines)
        lines = []
        if heading:
            yield "heading", {"text": heading.group(2), "level": f"h{len(heading.group(1))}"}
        else:
            yield "divider", None
    if "".join(lines).strip():
        yield "paragraph", "\n".join(lines)
