"""The public directory: filters, tap-to-call and tap-to-text links, pagination, flags and a flat query count."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from resources.models import Kind
from tests.factories.resources import ResourceFactory

pytestmark = pytest.mark.django_db
URL = "/resources/"


@pytest.fixture(autouse=True)
def site(home_page):
    return home_page


def test_lists_resources_with_call_and_text_links(client):
    ResourceFactory(name="988 Lifeline", region="national", phone="988", text_number="988", kind=Kind.HELPLINE)
    ResourceFactory(name="SAMHSA Helpline", region="national", phone="1-800-662-4357")
    html = client.get(URL).content.decode()
    assert 'href="tel:988"' in html
    assert 'href="sms:988"' in html
    assert 'href="tel:18006624357"' in html
    assert html.index("988 Lifeline") < html.index("SAMHSA Helpline")


def test_region_filter_keeps_national_lines(client):
    ResourceFactory(name="Ohio Detox", region="OH")
    ResourceFactory(name="New York Detox", region="NY")
    ResourceFactory(name="National Line", region="national")
    html = client.get(URL, {"region": "OH"}).content.decode()
    assert "Ohio Detox" in html
    assert "National Line" in html
    assert "New York Detox" not in html


def test_kind_filter(client):
    ResourceFactory(name="Family Group", kind=Kind.FAMILY_SUPPORT)
    ResourceFactory(name="Detox Unit", kind=Kind.DETOX)
    html = client.get(URL, {"kind": "family_support"}).content.decode()
    assert "Family Group" in html
    assert "Detox Unit" not in html


@pytest.mark.parametrize("query", [{"region": "XX"}, {"kind": "<script>"}, {"region": "OH'; DROP TABLE"}])
def test_unknown_filter_values_are_a_clear_400(client, query):
    ResourceFactory(name="Still Listed")
    response = client.get(URL, query)
    assert response.status_code == 400
    html = response.content.decode()
    assert "That filter was not recognised" in html
    assert "Still Listed" in html
    assert "<script>" not in html


def test_paginated_and_bad_page_numbers_are_absorbed(client):
    ResourceFactory.create_batch(25, region="OH")
    first = client.get(URL, {"region": "OH"}).content.decode()
    assert "page 1 of 2" in first
    assert "region=OH&amp;page=2" in first
    assert client.get(URL, {"page": "2"}).status_code == 200
    assert client.get(URL, {"page": "nonsense"}).status_code == 200
    assert client.get(URL, {"page": "99999"}).status_code == 200


def test_stale_and_demo_entries_are_flagged_to_readers(client):
    ResourceFactory(name="Old Entry", last_verified=timezone.localdate() - datetime.timedelta(days=400))
    ResourceFactory(name="Made Up Clinic", is_demo=True)
    html = client.get(URL).content.decode()
    assert html.count("Not recently verified") == 1
    assert "Demo entry" in html


def test_editor_text_is_escaped(client):
    ResourceFactory(name="<script>alert(1)</script>", description="<img src=x onerror=alert(1)>")
    html = client.get(URL).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;" in html
    assert "<img src=x" not in html


def test_picked_ids_are_carried_and_junk_ignored(client):
    picked = ResourceFactory(name="Picked One")
    html = client.get(URL, {"resource": [str(picked.pk), "abc", "-1"]}).content.decode()
    assert f'value="{picked.pk}" checked' in html
    assert 'value="abc"' not in html


def queries_for(client, query):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(URL, query)
    assert response.status_code == 200
    return [entry["sql"] for entry in captured.captured_queries]


def test_query_count_is_flat_at_two_sizes(client):
    """Three queries of the directory's own (regions in use, count, the page), whatever the list's length."""
    query = {"region": "OH", "kind": "treatment"}
    ResourceFactory.create_batch(3)
    client.get(URL)  # warm what the page layout reads
    small = queries_for(client, query)
    ResourceFactory.create_batch(15)
    large = queries_for(client, query)
    assert len(small) == len(large)
    assert len([sql for sql in large if "resources_resource" in sql]) == 3
