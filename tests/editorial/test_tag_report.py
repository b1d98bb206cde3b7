"""Reports > Tags used once: likely typos, with the post that uses each and look-alike tags."""

import pytest

from tests.editorial.helpers import client_for
from tests.factories.blog import BlogPostPageFactory

URL = "/admin/reports/tags-used-once/"


@pytest.fixture
def tagged_posts(blog):
    BlogPostPageFactory(parent=blog, title="Saying no kindly", tags=["boundaries", "self care"])
    BlogPostPageFactory(parent=blog, title="Holding the line", tags=["boundaries", "self care"])
    BlogPostPageFactory(parent=blog, title="A typo post", tags=["boundries"])


@pytest.mark.django_db
def test_lists_tags_used_once_with_their_post_and_look_alikes(tagged_posts, editor):
    html = client_for(editor).get(URL).content.decode()

    assert "boundries" in html
    assert "A typo post" in html
    assert "boundaries" in html  # suggested as the tag it was meant to be
    assert "self care" not in html  # used twice


@pytest.mark.django_db
def test_in_the_reports_menu_for_editors_only(tagged_posts, editor, contributor):
    assert client_for(editor).get(URL).status_code == 200
    assert URL in client_for(editor).get("/admin/").content.decode()
    response = client_for(contributor).get(URL)
    assert response.status_code in (302, 403)
    assert URL not in client_for(contributor).get("/admin/").content.decode()


@pytest.mark.django_db
def test_export_as_spreadsheet(tagged_posts, editor):
    response = client_for(editor).get(URL + "?export=csv")
    assert response.status_code == 200
    csv = b"".join(response.streaming_content).decode()
    assert "boundries" in csv
    assert "A typo post" in csv
