"""Write a WordPress export (WXR 1.2) of N generated posts, for the import benchmark.

Usage: python bench/wordpress_export.py OUT.xml [--posts 5000]
Posts mix the classic editor and Gutenberg blocks, captions, galleries, embeds, credits and keyword lists like the
fixture in tests/fixtures/wordpress/, by 20 authors in 6 categories and 40 tags; featured pictures come from the
fixture's media folder (its 4 pictures), so `--media-dir tests/fixtures/wordpress/uploads` resolves them all.
The file is written as it is generated: memory does not grow with N.
"""

import argparse
import random
from pathlib import Path
from xml.sax.saxutils import escape

WORDS = """
    family hope relapse recovery sober talking boundaries treatment support parent partner son daughter evening
    weekend reward listen calm plan safety worry trust change habit craving counselor kindness patience honest
    routine dinner walk music garden morning letter promise courage rest sleep friend home night help together
""".split()  # noqa: SIM905 - a word list reads better as text
PICTURES = ["2017/12/kitchen-table.jpg", "2018/03/walk-in-the-park.jpg", "2018/03/family-picnic.jpg",
            "2018/03/lake-at-dusk.jpg"]  # fmt: skip
SITE = "https://old.example.org"
HEAD = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Generated</title><link>{site}</link><wp:wxr_version>1.2</wp:wxr_version>
"""


def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def sentence(rng, words=12):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def body(rng, number, tags):
    if number % 2:
        parts = [f"<!-- wp:paragraph -->\n<p>{sentence(rng, 30)}</p>\n<!-- /wp:paragraph -->" for _ in range(4)]
        parts.insert(2, f"<!-- wp:heading -->\n<h2>{sentence(rng, 5)}</h2>\n<!-- /wp:heading -->")
        parts.append(
            '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=abc123"} -->\n<figure class="wp-block-embed">'
            '<div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=abc123\n</div></figure>\n'
            "<!-- /wp:embed -->"
        )
        return "\n\n".join(parts)
    picture = PICTURES[number % len(PICTURES)]
    return "\n\n".join(
        [sentence(rng, 40), sentence(rng, 25) + "\n" + sentence(rng, 10)]
        + [f'[caption id="attachment_{number}" width="300"]<img src="{SITE}/wp-content/uploads/{picture}" alt="A '
           f'picture"> {sentence(rng, 4)}[/caption]', "<ul><li>One thing</li><li>Another</li></ul>",
           sentence(rng, 30), "© Someone via pixabay", ", ".join(tags)]
    )  # fmt: skip


def write(path, posts, seed=12):
    rng = random.Random(seed)
    categories = ["craft", "family-stories", "podcast", "research", "self-care", "news"]
    tags = [f"{rng.choice(WORDS)}-{n}" for n in range(40)]
    with Path(path).open("w", encoding="utf-8") as out:
        out.write(HEAD.format(site=SITE))
        for n in range(20):
            out.write(f"<wp:author><wp:author_login>{cdata(f'writer{n}')}</wp:author_login><wp:author_email>"
                      f"{cdata(f'writer{n}@example.org')}</wp:author_email><wp:author_display_name>"
                      f"{cdata(f'Writer Number {n}')}</wp:author_display_name></wp:author>\n")  # fmt: skip
        for slug in categories:
            out.write(f"<wp:category><wp:category_nicename>{slug}</wp:category_nicename><wp:cat_name>"
                      f"{cdata(slug.replace('-', ' ').title())}</wp:cat_name></wp:category>\n")  # fmt: skip
        for number, picture in enumerate(PICTURES, start=1):
            out.write(f"<item><title>Picture {number}</title><wp:post_id>{number}</wp:post_id><wp:post_type>"
                      f"attachment</wp:post_type><wp:status>inherit</wp:status><wp:attachment_url>{SITE}/wp-content/"
                      f"uploads/{picture}</wp:attachment_url></item>\n")  # fmt: skip
        for number in range(posts):
            post_id = 1000 + number
            post_tags = rng.sample(tags, 3)
            day = f"20{10 + number % 15:02d}-{1 + number % 12:02d}-{1 + number % 28:02d}"
            slug = f"post-{post_id}"
            terms = "".join(
                f'<category domain="post_tag" nicename="{tag}">{cdata(tag)}</category>' for tag in post_tags
            )
            terms += f'<category domain="category" nicename="{categories[number % 6]}">{cdata("x")}</category>'
            out.write(
                f"<item><title>{escape(sentence(rng, 6))}</title><link>{SITE}/{day[:4]}/{day[5:7]}/{slug}/</link>"
                f"<dc:creator>{cdata(f'writer{number % 20}')}</dc:creator>"
                f"<content:encoded>{cdata(body(rng, number, post_tags))}</content:encoded>"
                f"<excerpt:encoded>{cdata(sentence(rng, 20) if number % 3 else '')}</excerpt:encoded>"
                f"<wp:post_id>{post_id}</wp:post_id><wp:post_date>{day} 09:00:00</wp:post_date>"
                f"<wp:post_date_gmt>{day} 16:00:00</wp:post_date_gmt><wp:post_name>{slug}</wp:post_name>"
                f"<wp:status>{'draft' if number % 10 == 9 else 'publish'}</wp:status><wp:post_parent>0</wp:post_parent>"
                f"<wp:post_type>post</wp:post_type>{terms}<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key>"
                f"<wp:meta_value>{1 + number % len(PICTURES)}</wp:meta_value></wp:postmeta></item>\n"
            )
        out.write("</channel>\n</rss>\n")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--posts", type=int, default=5000)
    arguments = parser.parse_args()
    write(arguments.out, arguments.posts)
