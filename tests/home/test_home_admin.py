"""Everything the home page shows for its three readers is edited in the admin, on the home page itself."""

import pytest

from wagtail.test.utils.form_data import inline_formset

from home.models import HomePage
from tests.editorial.admin_forms import page_form_data
from tests.factories.accounts import UserFactory
from tests.factories.blog import BlogPostPageFactory, make_blog
from tests.factories.learning import make_learning

pytestmark = pytest.mark.django_db


def test_an_editor_sets_help_now_start_here_and_the_free_module(client, home_page):
    post = BlogPostPageFactory(parent=make_blog(home_page), title="Why confrontation backfires")
    _, modules = make_learning(home_page, modules=2, sample_number=2)
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    url = f"/admin/pages/{home_page.pk}/edit/"
    data = page_form_data(
        client,
        url,
        help_now_heading="Is someone in danger tonight?",
        start_heading="First time here?",
        free_module=modules[1].pk,
        start_here_links=inline_formset([{"page": post.pk}]),
    )
    data["action-publish"] = "Publish"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]

    home = HomePage.objects.get(pk=home_page.pk)
    assert (home.help_now_heading, home.start_heading, home.free_module_id) == (
        "Is someone in danger tonight?",
        "First time here?",
        modules[1].pk,
    )
    assert [link.page_id for link in home.start_here_links.all()] == [post.pk]
    html = client.get("/").content.decode()
    assert "Is someone in danger tonight?" in html and "Why confrontation backfires" in html


def test_the_edit_form_names_every_section_for_editors(client, home_page):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    html = client.get(f"/admin/pages/{home_page.pk}/edit/").content.decode()
    for heading in ("Help now (for someone in crisis)", "Start here (for a newcomer)", "For returning readers"):
        assert heading in html
