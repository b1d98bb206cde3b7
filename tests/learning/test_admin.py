"""The Members menu (wagtail-modeladmin): member managers use it; editors without that group cannot."""

import pytest

from django.contrib.auth.models import Group
from django.test import Client

from tests.factories.learning import AccessCodeFactory, MembershipFactory, UserFactory

LISTINGS = [
    "/admin/learning/membership/",
    "/admin/learning/accesscode/",
    "/admin/learning/samplerequest/",
]


def client_in(group_name):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group_name))
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
class TestMembersAdmin:
    @pytest.mark.parametrize("url", LISTINGS)
    def test_member_managers_see_the_listings(self, url):
        MembershipFactory(user__email="family@example.com")
        AccessCodeFactory(code="DEMO-1")
        response = client_in("Member managers").get(url)
        assert response.status_code == 200

    @pytest.mark.parametrize("url", LISTINGS)
    def test_editors_without_the_group_cannot(self, url):
        response = client_in("Editors").get(url)
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert "/admin/" in response["Location"]

    def test_search_filter_and_csv_export(self):
        MembershipFactory(user__email="family@example.com")
        MembershipFactory(user__email="other@example.com", status="expired")
        client = client_in("Member managers")
        html = client.get(LISTINGS[0] + "?q=family").content.decode()
        assert "family@example.com" in html and "other@example.com" not in html
        assert "other@example.com" in client.get(LISTINGS[0] + "?status__exact=expired").content.decode()
        export = client.get(LISTINGS[0] + "?export=csv")
        assert export.status_code == 200
        content = b"".join(export.streaming_content) if export.streaming else export.content
        assert b"family@example.com" in content

    def test_access_code_listing_shows_seats_used(self):
        AccessCodeFactory(code="SEATS-1", seats=25, used_count=3)
        html = client_in("Member managers").get(LISTINGS[1]).content.decode()
        assert "SEATS-1" in html and "22" in html
