"""The "resources" block of posts and modules: chosen snippets, the "Add these to my card" link, and the data
migration that turned yesterday's inline entries into snippets."""

import json

import pytest

from django.apps import apps
from django.db import connection

from blog.models import BlogPostPage
from resources.blocks import ResourcesBlock
from resources.models import Resource
from resources.stream_migration import inline_entries_to_snippets
from tests.factories.blog import BlogPostPageFactory, make_blog
from tests.factories.resources import ResourceFactory

pytestmark = pytest.mark.django_db


def test_block_lists_chosen_resources_with_a_card_link():
    first, second = ResourceFactory(name="Harbor Detox", phone="216-555-0100"), ResourceFactory(name="Lakeside")
    block = ResourcesBlock()
    html = block.render(block.to_python({"heading": "Who to call", "resources": [second.pk, first.pk]}))
    assert "Who to call" in html
    assert html.index("Lakeside") < html.index("Harbor Detox")
    assert 'href="tel:2165550100"' in html
    assert f'href="/resources/card/?resource={second.pk}&amp;resource={first.pk}"' in html
    assert "Add these to my card" in html


def test_card_link_can_be_switched_off_and_deleted_resources_are_skipped():
    kept, gone = ResourceFactory(name="Kept"), ResourceFactory(name="Gone")
    block = ResourcesBlock()
    raw = {"heading": "Help", "resources": [kept.pk, gone.pk], "card_link": False}
    gone.delete()
    value = block.to_python(raw)
    html = block.render(value)
    assert "Kept" in html and "Gone" not in html
    assert "Add these to my card" not in html


def test_post_with_the_block_renders(client, home_page):
    resource = ResourceFactory(name="Harbor Detox")
    post = BlogPostPageFactory(
        parent=make_blog(home_page), body=[("resources", {"heading": "Where to find help", "resources": [resource]})]
    )
    html = client.get(post.url).content.decode()
    assert "Harbor Detox" in html
    assert f"/resources/card/?resource={resource.pk}" in html


def store_raw_body(page, stream):
    """Write a body as an older version of the site stored it, bypassing today's block definitions."""
    with connection.cursor() as cursor:
        cursor.execute("UPDATE blog_blogpostpage SET body = %s WHERE page_ptr_id = %s", [json.dumps(stream), page.pk])


SAMHSA = {"name": "SAMHSA", "phone": "1-800-662-4357", "url": "", "description": "24/7"}
LIFELINE = {"name": "988 Lifeline", "phone": "988", "url": "https://988lifeline.org/", "description": ""}
INLINE = {
    "type": "resources",
    "id": "abc",
    "value": {
        "heading": "Who to call",
        "resources": [{"type": "item", "id": "1", "value": SAMHSA}, {"type": "item", "id": "2", "value": LIFELINE}],
    },
}


def test_migration_turns_inline_entries_into_snippets_in_bodies_and_revisions(home_page):
    post = BlogPostPageFactory(parent=make_blog(home_page))
    revision = post.save_revision()
    content = revision.content
    content["body"] = json.dumps([INLINE, {"type": "paragraph", "value": "<p>Hi</p>", "id": "p"}])
    revision.content = content
    revision.save(update_fields=["content"])
    old_style_list = {
        **INLINE,
        "value": {**INLINE["value"], "resources": [e["value"] for e in INLINE["value"]["resources"]]},
    }
    store_raw_body(post, [old_style_list])

    inline_entries_to_snippets(apps, "blog", "BlogPostPage")
    inline_entries_to_snippets(apps, "blog", "BlogPostPage")  # running twice changes nothing more

    assert sorted(Resource.objects.values_list("name", flat=True)) == ["988 Lifeline", "SAMHSA"]
    samhsa = Resource.objects.get(name="SAMHSA")
    assert samhsa.phone == "1-800-662-4357" and samhsa.description == "24/7"
    assert samhsa.last_verified is None  # readers see "not recently verified" until an editor checks it
    body = BlogPostPage.objects.get(pk=post.pk).body
    assert [resource.name for resource in body[0].value["resources"]] == ["SAMHSA", "988 Lifeline"]
    revision.refresh_from_db()
    restored = revision.as_object().body
    assert [resource.name for resource in restored[0].value["resources"]] == ["SAMHSA", "988 Lifeline"]
    assert restored[1].block_type == "paragraph"
