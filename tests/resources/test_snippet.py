"""The Resource snippet: editors manage it, the checked date records who checked, stale entries are reported."""

import datetime

import pytest

from django.contrib.auth.models import Group, User
from django.urls import reverse
from django.utils import timezone

from resources.models import Resource
from tests.factories.resources import ResourceFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def days_ago(days):
    return TODAY() - datetime.timedelta(days=days)


@pytest.fixture
def editor():
    user = User.objects.create_user("eden", password="pass-123456")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def form_data(**overrides):
    data = {
        "name": "Lakeside Family Support",
        "kind": "family_support",
        "description": "Weekly groups for parents.",
        "phone": "(216) 555-0101",
        "text_number": "",
        "website": "https://lakeside.example.org/",
        "region": "OH",
        "area": "Cleveland",
        "address": "",
        "hours": "Tuesdays 7pm",
        "languages": "English, Spanish",
        "cost_notes": "Free",
        "last_verified": "",
    }
    return {**data, **overrides}


def add_url():
    return reverse(Resource.snippet_viewset.get_url_name("add"))


def edit_url(resource):
    return reverse(Resource.snippet_viewset.get_url_name("edit"), args=[resource.pk])


def test_every_field_editors_see_has_help_text():
    for field in Resource._meta.get_fields():
        if getattr(field, "editable", False) and not field.auto_created:
            assert field.help_text, f"{field.name} has no help text"


def test_recently_verified_is_six_months():
    assert ResourceFactory(last_verified=days_ago(150)).recently_verified
    assert not ResourceFactory(last_verified=days_ago(200)).recently_verified
    assert not ResourceFactory(last_verified=None).recently_verified


def test_not_recently_verified_includes_never_checked():
    fresh = ResourceFactory(last_verified=days_ago(1))
    old = ResourceFactory(last_verified=days_ago(400))
    never = ResourceFactory(last_verified=None)
    assert set(Resource.objects.not_recently_verified()) == {old, never}
    assert fresh not in Resource.objects.not_recently_verified()


def test_editor_setting_the_checked_date_is_recorded_as_the_checker(editor_client, editor):
    response = editor_client.post(add_url(), form_data(last_verified=days_ago(2).isoformat()))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    resource = Resource.objects.get(name="Lakeside Family Support")
    assert resource.verified_by == editor
    assert resource.last_verified == days_ago(2)


def test_editing_other_fields_keeps_the_checker(editor_client, editor):
    checker = User.objects.create_user("checker")
    resource = ResourceFactory(last_verified=days_ago(5), verified_by=checker)
    data = form_data(name=resource.name, last_verified=resource.last_verified.isoformat(), hours="Mon–Fri")
    assert editor_client.post(edit_url(resource), data).status_code == 302
    resource.refresh_from_db()
    assert resource.hours == "Mon–Fri"
    assert resource.verified_by == checker


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("phone", "call us!", "digits only"),
        ("text_number", "12", "digits only"),
        ("last_verified", (TODAY() + datetime.timedelta(days=3)).isoformat(), "cannot be in the future"),
        ("website", "javascript:alert(1)", "Enter a valid URL"),
    ],
)
def test_bad_input_is_refused_with_a_message(editor_client, field, value, message):
    response = editor_client.post(add_url(), form_data(**{field: value}))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Resource.objects.exists()


def test_listing_and_search_work(editor_client):
    ResourceFactory(name="Harbor Detox")
    listing = reverse(Resource.snippet_viewset.get_url_name("list"))
    assert "Harbor Detox" in editor_client.get(listing).content.decode()
    assert editor_client.get(listing, {"q": "Harbor"}).status_code == 200


def test_stale_report_lists_only_what_needs_checking(editor_client):
    ResourceFactory(name="Checked Last Week", last_verified=days_ago(7))
    ResourceFactory(name="Checked Long Ago", last_verified=days_ago(300))
    ResourceFactory(name="Never Checked", last_verified=None)
    html = editor_client.get(reverse("resources_stale_report")).content.decode()
    assert "Checked Long Ago" in html
    assert "Never Checked" in html
    assert "Checked Last Week" not in html


def test_stale_report_exports_csv(editor_client):
    ResourceFactory(name="Checked Long Ago", last_verified=days_ago(300))
    response = editor_client.get(reverse("resources_stale_report"), {"export": "csv"})
    assert response.status_code == 200
    assert b"Checked Long Ago" in b"".join(response.streaming_content)


def test_stale_report_is_for_editors_only(client):
    client.force_login(User.objects.create_user("member"))
    assert client.get(reverse("resources_stale_report")).status_code in {302, 403}
