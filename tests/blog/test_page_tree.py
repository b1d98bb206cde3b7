import pytest

from django.core.exceptions import ValidationError

from wagtail.test.utils import WagtailPageTestCase

from blog.models import BlogIndexPage, BlogPostPage
from home.models import HomePage


class TestBlogPageTree(WagtailPageTestCase):
    def test_the_blog_sits_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(BlogIndexPage, {HomePage})

    def test_the_blog_holds_only_posts(self):
        self.assertAllowedSubpageTypes(BlogIndexPage, {BlogPostPage})

    def test_posts_sit_only_in_the_blog(self):
        self.assertAllowedParentPageTypes(BlogPostPage, {BlogIndexPage})

    def test_posts_have_no_subpages(self):
        self.assertAllowedSubpageTypes(BlogPostPage, set())

    def test_one_blog_per_site(self):
        assert BlogIndexPage.max_count == 1


@pytest.mark.django_db
def test_a_post_cannot_take_the_feed_address(visible_posts):
    post = visible_posts[0]
    post.slug = "feed"
    with pytest.raises(ValidationError) as error:
        post.full_clean()
    assert "slug" in error.value.message_dict
