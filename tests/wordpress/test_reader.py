"""The streaming WXR reader: what it reads from the fixture, and how it refuses broken or hostile files."""

import time

import pytest

from wordpress.wxr import Author, Item, Term, WxrError, WxrReader

from .conftest import EXPORT, HEAD, TAIL, item, write_export


def read_all(path):
    return list(WxrReader(path).read())


def test_reads_authors_terms_and_items_of_the_fixture():
    entries = read_all(EXPORT)
    authors = [entry for entry in entries if isinstance(entry, Author)]
    terms = [entry for entry in entries if isinstance(entry, Term)]
    items = [entry for entry in entries if isinstance(entry, Item)]

    assert [author.login for author in authors] == ["mlopez", "dana", "jose.nunez"]
    assert authors[2].display_name == "José Núñez"
    assert {(term.kind, term.slug) for term in terms} >= {("category", "craft"), ("post_tag", "relapse")}
    assert [term.parent for term in terms if term.slug == "podcast"] == ["family-stories"]
    posts = [entry for entry in items if entry.post_type == "post"]
    assert len(posts) >= 8
    first = next(entry for entry in posts if entry.post_id == 101)
    assert first.meta["_thumbnail_id"] == "201"
    assert ("category", "family-stories", "Family Stories") in first.terms
    assert first.excerpt.startswith("How to start the conversation")
    assert first.line > 1


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (HEAD + item(1) + "<item><title>Broken</titl></item>" + TAIL, 19, "mismatched tag"),
        (HEAD + item(1)[:200], 9, "the file ends too early"),
        ("", 1, "the file ends too early"),
        (HEAD.replace("export/1.2/", "export/9.9/") + TAIL, 2, "not a WordPress export (WXR 1.1 or 1.2)"),
        (HEAD.replace('xmlns:wp="http://wordpress.org/export/1.2/" ', "") + TAIL, 2, "the wp: namespace is missing"),
        ('<?xml version="1.0"?>\n<feed></feed>\n', 2, "the document is <feed>, not <rss>"),
        (HEAD + item(0) + TAIL, 4, "an <item> has no wp:post_id"),
        (HEAD + item(1, title="Fish &amp; chips &nbsp;") + TAIL, 5, "undefined entity"),
    ],
)
def test_malformed_files_fail_with_the_line(tmp_path, text, line, message):
    path = tmp_path / "broken.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(WxrError) as error:
        read_all(path)
    assert error.value.line == line
    assert message in str(error.value)
    assert str(error.value).startswith(f"line {line}: ")
    assert "\n" not in str(error.value)


def test_an_entity_expansion_attack_is_refused_at_once(tmp_path):
    lol = "".join(f'<!ENTITY lol{n} "{"&lol" + str(n - 1) + ";" * 1 * 10}">\n' for n in range(1, 10))
    bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 "lol">\n'
        + lol
        + "]>\n"
        + HEAD.split("\n", 1)[1]
        + item(1, title="&lol9;")
        + TAIL
    )
    path = tmp_path / "bomb.xml"
    path.write_text(bomb, encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(WxrError) as error:
        read_all(path)
    assert time.monotonic() - started < 2
    assert error.value.line == 2
    assert "refused: the file declares a DTD or entities" in str(error.value)


def test_external_entities_are_refused(tmp_path):
    path = tmp_path / "xxe.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
        + HEAD.split("\n", 1)[1]
        + item(1, title="&secret;")
        + TAIL,
        encoding="utf-8",
    )
    with pytest.raises(WxrError, match="refused"):
        read_all(path)


def test_memory_stays_flat_items_are_dropped_once_read(tmp_path):
    path = write_export(tmp_path, "".join(item(n) for n in range(1, 201)))
    reader = WxrReader(path).read()
    seen = 0
    for _entry in reader:
        seen += 1
        if seen == 150:
            frame = reader.gi_frame
            channel = frame.f_locals["reader"].channel
            assert len([child for child in channel if child.tag == "item"]) <= 1
    assert seen == 200
