"""Help for editors in the admin: phone and desktop previews, the accessibility checker, and the time zone of
the go-live and expiry dates."""

import pytest

from wagtail.users.models import UserProfile

from home.models.base_page import PREVIEW_SIZES
from tests.editorial.helpers import client_for
from tests.factories.blog import BlogPostPageFactory


@pytest.fixture
def post(blog):
    return BlogPostPageFactory(parent=blog, title="A post to check", slug="a-post-to-check")


@pytest.mark.django_db
def test_previews_as_on_a_phone_first_then_a_computer(post):
    assert [size["name"] for size in post.preview_sizes] == ["phone", "desktop"]
    assert post.default_preview_size == "phone"
    assert post.preview_sizes is PREVIEW_SIZES


@pytest.mark.django_db
def test_the_preview_panel_offers_both_sizes(post, editor):
    html = client_for(editor).get(f"/admin/pages/{post.pk}/edit/").content.decode()
    assert "Preview as on a phone" in html
    assert "Preview as on a computer" in html


@pytest.mark.django_db
def test_the_accessibility_checker_runs_on_live_pages_for_editors(client, post, editor):
    client.force_login(editor)
    html = client.get("/blog/a-post-to-check/").content.decode()
    assert 'id="checker-axe-configuration"' in html


@pytest.mark.django_db
def test_readers_get_no_checker(client, post):
    assert "checker-axe-configuration" not in client.get("/blog/a-post-to-check/").content.decode()


@pytest.mark.django_db
def test_schedule_fields_name_the_time_zone(post, learning, editor, settings):
    _, module = learning
    for page in (post, module):
        html = client_for(editor).get(f"/admin/pages/{page.pk}/edit/").content.decode()
        assert f"Times are in the site&#x27;s time zone, {settings.TIME_ZONE}." in html
        assert "goes live by itself" in html


@pytest.mark.django_db
def test_an_editor_in_another_time_zone_is_told_both(post, editor, settings):
    UserProfile.objects.update_or_create(user=editor, defaults={"current_time_zone": "Europe/London"})
    html = client_for(editor).get(f"/admin/pages/{post.pk}/edit/").content.decode()
    assert "Times are in your own time zone, Europe/London" in html
    assert f"The site&#x27;s time zone is {settings.TIME_ZONE}." in html
