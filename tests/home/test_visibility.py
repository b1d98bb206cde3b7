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
