"""The body converter: WordPress HTML, block comments and shortcodes as the site's StreamField blocks."""

from dataclasses import dataclass

import pytest

from wordpress.body import BodyConverter, autop
from wordpress.credits import credit_in


@dataclass
class FakeImage:
    pk: int
    src: str


@dataclass
class FakeAttachment:
    url: str
    alt: str


ATTACHMENTS = {
    7: FakeAttachment("https://old.example/wp-content/uploads/2020/01/seven.jpg", "Seven"),
    8: FakeAttachment("https://old.example/wp-content/uploads/2020/01/eight.jpg", ""),
}


def find_image(src, attachment_id=None):
    if "missing" in src:
        return None
    return FakeImage(pk=len(src), src=src)


def convert(html, terms=()):
    return BodyConverter(find_image, ATTACHMENTS.get).convert(html, list(terms))


def types(result):
    return [block["type"] for block in result.blocks]


def test_classic_editor_text_gets_its_paragraphs_and_line_breaks():
    assert autop("One.\n\nTwo\nlines.") == "<p>One.</p>\n\n<p>Two<br>\nlines.</p>"
    result = convert("One.\n\nTwo\nlines.\n\n<h2>Heading</h2>\n\nThree.")
    assert types(result) == ["paragraph", "heading", "paragraph"]
    assert result.blocks[0]["value"] == "<p>One.</p><p>Two<br/>\nlines.</p>"
    assert result.blocks[1]["value"] == {"text": "Heading", "level": "h2", "anchor": ""}


def test_gutenberg_block_comments_are_dropped_and_their_html_converted():
    html = (
        "<!-- wp:paragraph -->\n<p>Intro</p>\n<!-- /wp:paragraph -->\n\n"
        '<!-- wp:heading {"level":5} -->\n<h5>Small</h5>\n<!-- /wp:heading -->\n\n'
        "<!-- wp:list -->\n<ul><li>One</li></ul>\n<!-- /wp:list -->\n\n"
        '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><p>Said.</p><cite>Ann</cite></blockquote>\n'
        "<!-- /wp:quote -->\n\n<!-- wp:separator -->\n<hr/>\n<!-- /wp:separator -->"
    )
    result = convert(html)
    assert types(result) == ["paragraph", "heading", "paragraph", "quote", "divider"]
    assert "wp:" not in str(result.blocks)
    assert result.blocks[1]["value"]["level"] == "h4"  # the site has h2–h4
    assert result.blocks[2]["value"] == "<ul><li>One</li></ul>"
    assert result.blocks[3]["value"] == {"quote": "Said.", "attribution": "Ann"}


def test_images_keep_alt_text_and_captions_and_resized_copies_are_looked_up():
    result = convert(
        '<figure class="wp-block-image"><img src="https://old.example/wp-content/uploads/2020/01/a-300x200.jpg" '
        'alt="A kitchen" class="wp-image-3"/><figcaption>Our kitchen</figcaption></figure>'
    )
    (image,) = result.blocks
    assert image["type"] == "image"
    assert image["value"]["image"]["alt_text"] == "A kitchen"
    assert image["value"]["caption"] == "Our kitchen"


def test_an_image_that_is_not_in_the_media_folder_is_reported_not_hotlinked():
    result = convert('<p>Text <img src="https://old.example/wp-content/uploads/missing.jpg"></p>')
    assert types(result) == ["paragraph"]
    assert "picture not found in the media folder" in result.notes[0]


def test_caption_gallery_and_embed_shortcodes_are_mapped():
    result = convert(
        '[caption id="attachment_7" width="300"]<a href="x"><img src="https://old.example/wp-content/uploads/'
        'c.jpg" alt="Lake" class="wp-image-7"></a> By the lake[/caption]\n\n[gallery ids="7,8,99"]\n\n'
        "[embed]https://www.youtube.com/watch?v=abc123[/embed]"
    )
    assert types(result) == ["image", "image", "image", "embed"]
    assert result.blocks[0]["value"]["caption"] == "By the lake"
    assert result.blocks[1]["value"]["image"]["alt_text"] == "Seven"
    assert result.blocks[3]["value"]["embed"] == "https://www.youtube.com/watch?v=abc123"
    assert result.notes == ["gallery picture 99 not found in the media folder"]


def test_audio_video_and_unknown_shortcodes_are_removed_with_a_note():
    result = convert(
        'Before [audio mp3="x.mp3"][/audio] [contact-form-7 id="1"] [box color="red"]Kept text[/box] [sic] after.'
    )
    assert result.blocks[0]["value"] == "<p>Before   Kept text [sic] after.</p>"
    assert sorted(result.notes) == [
        "[audio] shortcode removed: the site has no audio or video file block",
        "[box] shortcode removed (its text kept)",
        "[contact-form-7] shortcode removed",
    ]


@pytest.mark.parametrize(
    "html",
    [
        "https://www.youtube.com/watch?v=abc123",
        "<p>https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk</p>",
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://vimeo.com/76979871\n</div>'
        "</figure>",
        '<iframe src="https://www.youtube.com/watch?v=abc123"></iframe>',
    ],
)
def test_oembed_addresses_become_embeds(html):
    result = convert(html)
    assert types(result) == ["embed"]
    assert result.blocks[0]["value"]["title"].startswith("Embedded from ")


def test_an_address_of_a_site_without_oembed_stays_text():
    result = convert("https://example.org/some/page")
    assert types(result) == ["paragraph"]


def test_hostile_html_is_sanitised_by_the_rich_text_whitelist():
    result = convert(
        '<p onclick="steal()">Hi <a href="javascript:alert(1)">bad</a> <a href="https://ok.example/">good</a>'
        '<span style="color:red">red</span></p><script>alert(1)</script><style>p{}</style>'
        '<iframe src="https://evil.example/"></iframe><form><input name="x"></form>'
    )
    (paragraph,) = result.blocks
    html = paragraph["value"]
    assert "onclick" not in html and "javascript:" not in html and "style" not in html and "<script" not in html
    assert '<a href="https://ok.example/">good</a>' in html
    assert "alert(1)" not in str(result.blocks)
    assert "an embedded frame was removed (evil.example)" in result.notes


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("© Alexas_fotos via pixabay", "© Alexas_fotos via pixabay"),
        ("Photo: Jane Doe", "Jane Doe"),
        ("Photo credit: Jane Doe / Unsplash", "Jane Doe / Unsplash"),
        ("Image courtesy of the Smith family", "Image courtesy of the Smith family"),
        ("(c) 2019 Steady Ground", "(c) 2019 Steady Ground"),
        ("Photos help us remember.", None),
        ("We thank everyone. " * 10, None),
    ],
)
def test_credit_lines(line, credit):
    assert credit_in(line) == credit


def test_a_credit_line_goes_to_the_picture_before_it_or_else_the_main_picture():
    after_image = convert(
        '<img src="https://old.example/wp-content/uploads/a.jpg" alt="x">\n\n<p>© Ann via pixabay</p>\n\n<p>Text.</p>'
    )
    assert types(after_image) == ["image", "paragraph"]
    # The credit goes to the picture's credit field (image_credits), not into the block.
    assert after_image.blocks[0]["value"]["credit"] == ""
    assert [credit for _image, credit in after_image.image_credits] == ["© Ann via pixabay"]
    assert after_image.featured_credit == ""

    in_text = convert("Text.\n\n© Alexas_fotos via pixabay")
    assert types(in_text) == ["paragraph"]
    assert in_text.featured_credit == "© Alexas_fotos via pixabay"
    assert "Alexas" not in str(in_text.blocks)


def test_a_trailing_keyword_list_repeating_the_posts_terms_is_removed():
    result = convert("Body text.\n\nCRAFT, boundaries, kitchen table talks", terms=["CRAFT", "boundaries"])
    assert types(result) == ["paragraph"]
    assert "kitchen" not in result.blocks[0]["value"]
    assert result.keywords == ["kitchen table talks"]

    prefixed = convert("Body.\n\nKeywords: hope; recovery", terms=[])
    assert prefixed.keywords == ["hope", "recovery"]
    assert "hope" not in str(prefixed.blocks)


@pytest.mark.parametrize(
    "last",
    [
        "Bread, milk, eggs",  # a list, but no term of the post in it
        "We talked, we cried, we laughed and then we slept for a very long time.",
        "CRAFT works!",
    ],
)
def test_an_ordinary_last_paragraph_is_kept(last):
    result = convert(f"Body.\n\n{last}", terms=["CRAFT"])
    assert last.split(",")[0] in result.blocks[-1]["value"]
    assert result.keywords == []


def test_non_ascii_text_survives():
    result = convert("<p>Quand on s’inquiète… ¿Preocupado? 😊</p>")
    assert result.blocks[0]["value"] == "<p>Quand on s’inquiète… ¿Preocupado? 😊</p>"


def test_a_table_and_preformatted_text_become_plain_text():
    result = convert("<table><tr><th>Day</th><th>Call</th></tr><tr><td>Mon</td><td>988</td></tr></table>")
    assert result.blocks[0]["value"] == "<p>Day · Call</p><p>Mon · 988</p>"
    assert "a table was flattened into text" in result.notes
