"""The readers' visibility rule, read both ways: `hidden_from_readers` is exactly what `visible_to_readers` leaves."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

from home.visibility import hidden_from_readers, visible_to_readers
from tests.factories.blog import BlogPostPageFactory, make_blog


@pytest.mark.django_db
def test_hidden_pages_are_the_complement_of_visible_ones(home_page):
    blog = make_blog(home_page)
    shown = BlogPostPageFactory(parent=blog, title="Shown")
    draft = BlogPostPageFactory(parent=blog, title="Draft", live=False)
    expired = BlogPostPageFactory(parent=blog, title="Expired")
    Page.objects.filter(pk=expired.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    members = BlogPostPageFactory(parent=blog, title="Members' section")
    below = BlogPostPageFactory(parent=members, title="Under the members' section")
    PageViewRestriction.objects.create(page=members, restriction_type="login")

    visible = set(visible_to_readers(Page.objects.all()).values_list("pk", flat=True))
    hidden = set(hidden_from_readers(Page.objects.all()).values_list("pk", flat=True))
    assert visible.isdisjoint(hidden)
    assert visible | hidden == set(Page.objects.values_list("pk", flat=True))
    assert shown.pk in visible
    assert {draft.pk, expired.pk, members.pk, below.pk} <= hidden


@pytest.mark.django_db
class TestRestrictionChangesShowAtOnce:
    """Which pages are view-restricted is read afresh for every request: every change to it shows at once."""

    @pytest.fixture
    def posts(self, home_page):
        blog = make_blog(home_page)
        section = BlogPostPageFactory(parent=blog, title="Section")
        return blog, section, BlogPostPageFactory(parent=section, title="Below the section")

    def visible_titles(self):
        return set(visible_to_readers(Page.objects.all()).values_list("title", flat=True))

    def test_a_new_restriction_hides_the_page_and_those_below_it_at_once(self, posts):
        _, section, _ = posts
        assert {"Section", "Below the section"} <= self.visible_titles()  # read and kept
        restriction = PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
        assert not {"Section", "Below the section"} & self.visible_titles()
        restriction.delete()
        assert {"Section", "Below the section"} <= self.visible_titles()

    def test_a_page_moved_under_a_restricted_page_is_hidden_and_one_moved_out_shown(self, posts):
        blog, section, below = posts
        outside = BlogPostPageFactory(parent=blog, title="Outside")
        PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
        assert "Outside" in self.visible_titles()
        outside.move(section, pos="last-child")
        below.refresh_from_db()
        below.move(blog, pos="last-child")
        visible = self.visible_titles()
        assert "Outside" not in visible and "Below the section" in visible

    def test_a_restricted_page_moved_elsewhere_takes_its_restriction_along(self, posts, home_page):
        blog, section, _ = posts
        PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
        assert "Section" not in self.visible_titles()
        other = make_blog(home_page, title="Another blog", slug="another-blog")
        section.move(other, pos="last-child")
        assert not {"Section", "Below the section"} & self.visible_titles()
        hidden = set(hidden_from_readers(Page.objects.all()).values_list("title", flat=True))
        assert {"Section", "Below the section"} <= hidden
