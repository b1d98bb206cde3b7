"""Autosave stays off (docs/editorial.md, "Why autosave is off"); the browser proof is
tests/browser/test_workflow_actions.py."""

import pytest

from django.conf import settings

from tests.editorial.helpers import client_for
from tests.factories.blog import BlogPostPageFactory


def test_autosave_is_off_for_the_site():
    assert settings.WAGTAIL_AUTOSAVE_INTERVAL == 0


@pytest.mark.django_db
def test_the_page_editor_has_no_autosave(blog, editor):
    post = BlogPostPageFactory(parent=blog)
    html = client_for(editor).get(f"/admin/pages/{post.pk}/edit/").content.decode()
    assert "data-edit-form" in html
    assert "w-autosave#save" not in html
    assert "data-w-autosave-interval-value" not in html
