"""The Members menu (Wagtail viewsets, seat requests on modeladmin): member managers use it, in plain words;
editors without that group cannot."""

import pytest

from django.contrib.auth.models import Group
from django.test import Client

from learning.models import AccessCode
from tests.factories.learning import AccessCodeFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.search_index  # searches, or renders what search finds

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
        assert "other@example.com" in client.get(LISTINGS[0] + "?status=expired").content.decode()
        export = client.get(LISTINGS[0] + "?export=csv")
        assert export.status_code == 200
        content = b"".join(export.streaming_content) if export.streaming else export.content
        assert b"family@example.com" in content
        header = content.decode().splitlines()[0]
        assert header.startswith("Name,Email,Status,How they got access")
        assert "Expired" in content.decode() and ",expired," not in content.decode()  # labels, not stored values

    def test_access_code_listing_shows_seats_used(self):
        AccessCodeFactory(code="SEATS-1", seats=25, used_count=3)
        html = client_in("Member managers").get(LISTINGS[1]).content.decode()
        assert "SEATS-1" in html and "22" in html

    def test_members_are_listed_by_name_and_email_with_readable_yes_no(self):
        MembershipFactory(user__email="family@example.com", user__first_name="Ana", user__last_name="Ruiz")
        AccessCodeFactory(code="YESNO-1", active=False)
        client = client_in("Member managers")
        html = client.get(LISTINGS[0]).content.decode()
        assert "Ana Ruiz" in html and "family@example.com" in html
        codes = client.get(LISTINGS[1]).content.decode()
        assert "Working" in codes and ">No<" in codes.replace(" ", "").replace("\n", "")

    def test_the_seats_taken_count_is_not_editable(self):
        code = AccessCodeFactory(code="COUNT-1", seats=5, used_count=2)
        client = client_in("Member managers")
        form = client.get(f"{LISTINGS[1]}edit/{code.pk}/").content.decode()
        assert 'name="used_count"' not in form and 'name="seats"' in form
        data = {"code": "COUNT-1", "sponsor_name": "County", "seats": "5", "valid_until": "2099-01-01", "active": "on"}
        client.post(f"{LISTINGS[1]}edit/{code.pk}/", {**data, "used_count": "0"})
        code.refresh_from_db()
        assert code.used_count == 2

    @pytest.mark.parametrize(
        ("changes", "field", "message"),
        [
            ({"code": "OHIO 2027!"}, "code", "Use only letters, numbers and dashes"),
            ({"seats": "1"}, "seats", "2 seats are already taken"),
            ({"valid_until": "2001-01-01"}, "valid_until", "Choose today or a later day"),
        ],
    )
    def test_access_codes_are_checked_as_their_help_says_in_plain_words(self, changes, field, message):
        code = AccessCodeFactory(code="RULES-1", seats=5, used_count=2)
        data = {"code": "RULES-1", "sponsor_name": "County", "seats": "5", "valid_until": "2099-01-01", "active": "on"}
        response = client_in("Member managers").post(f"{LISTINGS[1]}edit/{code.pk}/", {**data, **changes})
        html = response.content.decode()
        assert response.status_code == 200 and message in html
        assert "Constraint" not in html and "violated" not in html
        code.refresh_from_db()
        assert code.seats == 5 and code.code == "RULES-1"

    def test_a_new_code_in_small_letters_is_stored_in_capitals(self):
        data = {"code": "ohio-2099", "sponsor_name": "Ohio", "seats": "10", "valid_until": "2099-01-01", "active": "on"}
        response = client_in("Member managers").post(LISTINGS[1] + "new/", data)
        assert response.status_code == 302
        assert AccessCode.objects.get(sponsor_name="Ohio").code == "OHIO-2099"
