from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "wordpress"
EXPORT = FIXTURES / "export.xml"
UPLOADS = FIXTURES / "uploads"

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
    ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
    ' xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/">\n<channel>\n'
)
TAIL = "</channel>\n</rss>\n"


def item(post_id, title="A post", status="publish", content="<p>Hello.</p>", slug=None, extra=""):
    """One post <item> of a WXR file, for exports written inside a test."""
    return f"""<item>
<title>{title}</title>
<link>https://old.example/{slug or "post-" + str(post_id)}/</link>
<dc:creator><![CDATA[writer]]></dc:creator>
<content:encoded><![CDATA[{content}]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>{post_id}</wp:post_id>
<wp:post_date>2020-05-01 10:00:00</wp:post_date>
<wp:post_date_gmt>2020-05-01 17:00:00</wp:post_date_gmt>
<wp:post_name>{slug or "post-" + str(post_id)}</wp:post_name>
<wp:status>{status}</wp:status>
<wp:post_parent>0</wp:post_parent>
<wp:post_type>post</wp:post_type>
{extra}
</item>
"""


def write_export(tmp_path, body, name="export.xml"):
    path = tmp_path / name
    path.write_text(HEAD + body + TAIL, encoding="utf-8")
    return path
