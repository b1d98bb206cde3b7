"""Every block of the shared BaseStreamBlock renders, and the rules editors rely on hold."""

import json

import pytest

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from home.blocks import PARAGRAPH_FEATURES, BaseStreamBlock, CallToActionBlock, HeadingBlock
from tests.factories.authors import ImageFactory

VIDEO_URL = "https://www.youtube.com/watch?v=steadydemo1"


@pytest.fixture
def offline_embed(db, monkeypatch):
    """The embed is answered from the database; asking a provider over the network fails the test."""

    def no_network(*args, **kwargs):
        raise AssertionError("an embed was fetched from the network")

    monkeypatch.setattr("wagtail.embeds.embeds.get_finder_for_embed", no_network)
    return Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        type="video",
        html='<iframe src="https://www.youtube-nocookie.com/embed/steadydemo1" title="Demo video"></iframe>',
        title="Demo video",
        provider_name="YouTube",
        width=640,
        height=360,
    )


@pytest.fixture
def raw_blocks(home_page, offline_embed):
    """One raw (as stored) example of every block type, keyed by the block's name."""
    image = ImageFactory(title="A calm kitchen")
    return {
        "paragraph": "<p>Families can <b>learn</b> new ways to talk.</p>",
        "heading": {"text": "What to say when they come home", "level": "h3", "anchor": ""},
        "image": {
            "image": {"image": image.pk, "decorative": False, "alt_text": "A kettle on a kitchen table"},
            "caption": "Morning, before the talk.",
            "credit": "© Demo Studio",
        },
        "quote": {"quote": "The day I stopped arguing was the day we started talking.", "attribution": "A father"},
        "embed": {"embed": VIDEO_URL, "title": "Episode 1", "text_alternative": "<p>A full transcript.</p>"},
        "call_to_action": {"heading": "Try a module", "text": "Free.", "button_text": "Start", "page": home_page.pk},
        "callout": {"kind": "safety", "heading": "Overdose signs", "text": "<p>Call 911.</p>"},
        "resources": {
            "heading": "Where to find help",
            "resources": [{"name": "SAMHSA Helpline", "phone": "1-800-662-4357", "url": "", "description": "24/7"}],
        },
        "divider": None,
    }


EXPECTED_HTML = {
    "paragraph": ['<div class="block-paragraph prose"><p>Families can <b>learn</b> new ways to talk.</p></div>'],
    "heading": ['<h3 id="what-to-say-when-they-come-home" class="block-heading">What to say when they come home</h3>'],
    "image": [
        '<figure class="block-image">',
        'alt="A kettle on a kitchen table"',
        "Morning, before the talk.",
        "© Demo",
    ],
    "quote": ["<blockquote><p>The day I stopped arguing", "<figcaption>A father</figcaption>"],
    "embed": ['title="Demo video"', "<strong>Episode 1</strong>", "<p>A full transcript.</p>", f'href="{VIDEO_URL}"'],
    "call_to_action": ['<h2 class="block-cta__heading">Try a module</h2>', 'href="/"', ">Start</a>"],
    "callout": ['class="block-callout block-callout--safety"', "<strong>Overdose signs</strong>", "Call 911."],
    "resources": ["SAMHSA Helpline", 'href="tel:18006624357"', "24/7"],
    "divider": ['<hr class="block-divider">'],
}


def test_every_block_type_has_a_rendering_test():
    assert set(EXPECTED_HTML) == set(BaseStreamBlock.base_blocks)


@pytest.mark.django_db
@pytest.mark.parametrize("block_type", sorted(EXPECTED_HTML))
def test_block_renders_with_its_template(raw_blocks, block_type):
    block = BaseStreamBlock().child_blocks[block_type]
    html = block.render(block.to_python(raw_blocks[block_type]))
    for fragment in EXPECTED_HTML[block_type]:
        assert fragment in html


@pytest.mark.django_db
def test_a_whole_body_renders_in_order(raw_blocks):
    stream = BaseStreamBlock()
    value = stream.to_python([{"type": name, "value": raw} for name, raw in raw_blocks.items()])
    html = stream.render(value)
    positions = [html.index(EXPECTED_HTML[name][0]) for name in raw_blocks]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    ("text", "anchor", "expected_id"),
    [
        ("Why shouting backfires", "", "why-shouting-backfires"),
        ("Why shouting backfires", "shouting", "shouting"),
        ("Ask, don't tell!", "Ask Don't Tell", "ask-dont-tell"),
    ],
)
def test_heading_anchor_comes_from_the_anchor_or_the_text(text, anchor, expected_id):
    block = HeadingBlock()
    html = block.render(block.to_python({"text": text, "level": "h2", "anchor": anchor}))
    assert f'<h2 id="{expected_id}" class="block-heading">' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("use_page", "url", "valid"),
    [
        (True, "", True),
        (False, "https://example.org/join/", True),
        (True, "https://example.org/", False),
        (False, "", False),
    ],
)
def test_call_to_action_needs_a_page_or_a_url_but_not_both(home_page, use_page, url, valid):
    block = CallToActionBlock()
    raw = {"heading": "Join", "text": "", "button_text": "Go", "page": home_page.pk if use_page else None, "url": url}
    if valid:
        block.clean(block.to_python(raw))
    else:
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(block.to_python(raw))
        assert "either a page or a web address" in str(error.value.block_errors["page"])


def draftail_link(url):
    """What the editor (Draftail) submits for the word 'click' linked to `url`."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "type": "unstyled",
                    "depth": 0,
                    "text": "click",
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 5, "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}},
        }
    )


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " java\tscript:alert(1)"])
def test_editor_drops_javascript_links_when_saving_a_paragraph(url):
    stored = ContentstateConverter(features=PARAGRAPH_FEATURES).to_database_format(draftail_link(url))
    assert stored == '<p data-block-key="a1b2c"><a>click</a></p>'

    # The same through the paragraph block's own editor widget, as the page form saves it.
    block = BaseStreamBlock().child_blocks["paragraph"]
    value = block.value_from_datadict({"body": draftail_link(url)}, {}, "body")
    assert "script" not in block.get_prep_value(value).lower()
    assert "script" not in block.render(value).lower()


def test_editor_keeps_ordinary_links():
    stored = ContentstateConverter(features=PARAGRAPH_FEATURES).to_database_format(
        draftail_link("https://988lifeline.org/")
    )
    assert '<a href="https://988lifeline.org/">click</a>' in stored


@pytest.mark.parametrize("path", [["paragraph"], ["callout", "text"], ["embed", "text_alternative"]])
def test_rich_text_drops_javascript_links_stored_without_the_editor(path):
    """Code, imports or the API can store rich text without the editor: rendering and saving still drop the link."""
    block = BaseStreamBlock()
    for name in path:
        block = block.child_blocks[name]
    value = block.to_python('<p><a href="javascript:alert(1)">click</a> <a href="https://988lifeline.org/">988</a></p>')

    html = block.render(value)
    assert "javascript:" not in html
    assert "<a>click</a>" in html and 'href="https://988lifeline.org/"' in html
    assert "javascript:" not in block.get_prep_value(value)
