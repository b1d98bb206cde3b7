"""The access rule and every channel that asks it. The negatives matter most: locked words never leak."""

import datetime

import pytest

from django.test import Client
from django.utils import timezone

from learning import access
from learning.models import Membership
from tests.factories.learning import LOCKED_WORDS, UserFactory, member_user

pytestmark = pytest.mark.search_index  # searches, or renders what search finds


def assert_no_locked_words(html):
    for where, word in LOCKED_WORDS.items():
        assert word not in html, f"locked {where} text leaked"


learning_sample = 2  # the free sample module (tests/learning/conftest.py builds them)


def client_for(user=None):
    client = Client()
    if user:
        client.force_login(user)
    return client


@pytest.mark.django_db
class TestModulePage:
    def test_anonymous_sees_teaser_and_ways_in_but_no_locked_text(self, learning):
        _, modules = learning
        response = client_for().get(modules[0].url)
        html = response.content.decode()
        assert response.status_code == 200
        assert modules[0].summary in html
        assert "A public teaser." in html
        assert "Become a member" in html and "Log in" in html
        assert "Get it free" not in html  # only on the sample module
        assert_no_locked_words(html)

    def test_sample_module_offers_the_free_sample(self, learning):
        _, modules = learning
        assert "Get it free" in client_for().get(modules[1].url).content.decode()

    @pytest.mark.parametrize(
        "make_user",
        [
            pytest.param(lambda: UserFactory(), id="logged-in non-member"),
            pytest.param(lambda: UserFactory(is_staff=True, is_superuser=True), id="superuser"),
            pytest.param(
                lambda: member_user(end=timezone.localdate() - datetime.timedelta(days=1)), id="expired member"
            ),
            pytest.param(lambda: member_user(status=Membership.Status.CANCELLED), id="cancelled member"),
            pytest.param(lambda: member_user(status=Membership.Status.PENDING), id="pending member"),
        ],
    )
    def test_people_without_a_current_membership_see_no_locked_text(self, learning, make_user):
        _, modules = learning
        response = client_for(make_user()).get(modules[0].url)
        assert response.status_code == 200
        assert_no_locked_words(response.content.decode())

    def test_member_sees_everything_privately(self, learning):
        _, modules = learning
        response = client_for(member_user()).get(modules[0].url)
        html = response.content.decode()
        assert LOCKED_WORDS["body"] in html
        assert LOCKED_WORDS["transcript"] in html
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]

    def test_expired_membership_loses_access_on_the_next_request(self, learning):
        _, modules = learning
        user = member_user(end=timezone.localdate() + datetime.timedelta(days=1))
        client = client_for(user)
        assert LOCKED_WORDS["body"] in client.get(modules[0].url).content.decode()

        Membership.objects.filter(user=user).update(end=timezone.localdate() - datetime.timedelta(days=1))
        assert_no_locked_words(client.get(modules[0].url).content.decode())
        membership = Membership.objects.get(user=user)
        assert membership.status == Membership.Status.EXPIRED
        assert not user.groups.filter(name="Members").exists()

    def test_meta_tags_use_public_text_only(self, learning):
        _, modules = learning
        html = client_for().get(modules[0].url).content.decode()
        assert f'<meta name="description" content="{modules[0].summary}">' in html
        assert_no_locked_words(html)


@pytest.mark.django_db
class TestOtherChannels:
    def test_index_lists_modules_without_locked_text(self, learning):
        index, modules = learning
        for user in (None, UserFactory(), member_user()):
            html = client_for(user).get(index.url).content.decode()
            assert all(module.title in html for module in modules)
            assert_no_locked_words(html)

    def test_home_page_lists_modules_without_locked_text(self, learning):
        _, modules = learning
        html = client_for().get("/").content.decode()
        assert modules[0].title in html and "Free sample" in html
        assert_no_locked_words(html)

    def test_feeds_and_robots_have_no_locked_text(self, learning):
        from tests.factories.blog import make_blog

        make_blog(learning[0].get_parent())
        for url in ("/blog/feed/", "/blog/feed/atom/", "/blog/podcast/feed/", "/robots.txt"):
            response = client_for(member_user()).get(url)
            assert response.status_code == 200
            assert_no_locked_words(response.content.decode())

    def test_sitemap_has_no_locked_text(self, learning):
        html = client_for().get("/sitemap-pages.xml").content.decode()
        assert "/learning/module-1/" in html
        assert_no_locked_words(html)

    def test_search_index_holds_public_fields_only(self, learning):
        from learning.models import LearningModulePage

        searchable = {field.field_name for field in LearningModulePage.search_fields if hasattr(field, "field_name")}
        assert not searchable & {"body", "video_url", "video_transcript", "ebook"}
        assert not LearningModulePage.objects.live().search(LOCKED_WORDS["body"])
        assert LearningModulePage.objects.live().search("sober")


@pytest.mark.django_db
class TestPreview:
    def test_editor_preview_shows_locked_content(self, learning):
        _, modules = learning
        # The admin builds this dummy request only for users allowed to edit the page.
        response = modules[0].make_preview_request()
        assert LOCKED_WORDS["body"] in response.content.decode()

    def test_access_rule_trusts_only_wagtail_preview_flag(self, learning, rf):
        _, modules = learning
        request = rf.get("/")
        request.user = UserFactory(is_superuser=True, is_staff=True)
        request.COOKIES = {}
        assert access.can_view_locked(request, modules[0]) is False
        request.is_preview = True
        assert access.can_view_locked(request, modules[0]) is True
