"""The blog's listings read posts newest first from the date index and stop at the page shown (SQLite's plan).

With `child_of`'s exact tree depth in the filter, SQLite read every post and sorted them all for each listing, the
home page's newest posts and a post's neighbours: 10 ms at 10,000 posts against 0.03 ms. The readers' visibility
rule finds expired pages through the index on their expiry date (home migration 0018) instead of reading every page.
"""

import pytest

from django.db import connection

from tests.factories.blog import BlogPostPageFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query planner"),
]


def plan_of(queryset):
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return " | ".join(row[-1] for row in cursor.fetchall())


def test_a_page_of_posts_is_read_from_the_date_index_without_sorting(blog):
    BlogPostPageFactory.create_batch(3, parent=blog)
    plan = plan_of(blog.posts()[:12])
    assert "blog_post_date_pk" in plan
    assert "TEMP B-TREE FOR ORDER BY" not in plan


def test_expired_pages_are_found_through_the_expiry_index(blog):
    assert "home_page_expire_at" in plan_of(blog.posts()[:12])
