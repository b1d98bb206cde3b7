"""Parts of pages every reader sees alike (`{% shared_fragment %}`: the home page's newest posts, episode and
modules) are rendered once per content generation: every change shows on the next request, nothing of one
reader's reaches another, and a preview's unpublished words never reach the cache."""

import datetime

import pytest

from django.test import Client

from learning.models import ModuleProgress
from tests.factories.blog import BlogPostPageFactory, make_blog
from tests.factories.home import make_site_with_home
from tests.factories.learning import make_learning, member_user

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]


@pytest.fixture
def home():
    home_page = make_site_with_home()
    blog = make_blog(home_page)
    BlogPostPageFactory(parent=blog, title="An older post", date=datetime.date(2026, 1, 1))
    _, modules = make_learning(home_page, modules=2, sample_number=1)
    return home_page, blog, modules


def newest(html):
    start = html.index('id="newest-posts-heading"')
    return html[start : html.index("</section>", start)]


def test_a_published_post_shows_at_once_and_an_unpublished_one_goes(home):
    _, blog, _ = home
    assert "An older post" in newest(Client().get("/").content.decode())  # rendered and kept
    post = BlogPostPageFactory(parent=blog, title="A new post", date=datetime.date(2026, 2, 1))
    assert "A new post" in newest(Client().get("/").content.decode())
    post.unpublish()
    assert "A new post" not in Client().get("/").content.decode()


def test_a_changed_heading_shows_at_once(home):
    home_page, _, _ = home
    Client().get("/")
    home_page.featured_heading = "Fresh from the blog"
    home_page.save_revision().publish()
    assert "Fresh from the blog" in Client().get("/").content.decode()


def test_a_member_filling_the_fragment_leaves_nothing_of_theirs_for_others(home):
    _, _, modules = home
    user = member_user()
    member = Client()
    member.force_login(user)
    ModuleProgress.mark_complete(user, modules[0])
    assert 'id="next-step-heading"' in member.get("/").content.decode()  # first render, by a member
    html = Client().get("/").content.decode()
    assert 'id="next-step-heading"' not in html and "modules done" not in html
    assert user.email not in html and user.get_username() not in html


def test_a_preview_shows_its_own_words_and_leaves_the_live_page_alone(home):
    home_page, _, _ = home
    home_page.featured_heading = "Published heading"
    home_page.save_revision().publish()
    draft = home_page.specific_class.objects.get(pk=home_page.pk)
    draft.featured_heading = "Unpublished draft heading"
    preview = draft.make_preview_request()
    assert "Unpublished draft heading" in preview.content.decode()
    live = Client().get("/").content.decode()
    assert "Published heading" in live and "Unpublished draft heading" not in live
