"""A family without a code asks for a sponsored seat; a member manager approves (a single-use invitation code,
emailed) or declines, from the admin, and nobody else can."""

import re

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.test import Client

from learning.models import AccessCode, Membership, SeatRequest
from learning.models.access_codes import AccessCodeError
from tests.factories.learning import SeatRequestFactory, UserFactory

pytestmark = pytest.mark.search_index  # searches, or renders what search finds

URL = "/learning/sponsored-seat/"
REQUEST = {"email": "Rosa@Example.com ", "region": "Toledo, Ohio", "situation": "My daughter drinks every night."}


@pytest.fixture(autouse=True)
def fresh_limits(settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "seat_request": (3, 3600)}
    cache.clear()


def client_for(group_name=None, **user_fields):
    user = UserFactory(**user_fields)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    client = Client()
    client.force_login(user)
    return client, user


@pytest.mark.django_db
class TestTheFamilysForm:
    def test_a_request_is_stored_waiting_and_the_family_is_thanked(self, client):
        response = client.post(URL, REQUEST)
        assert response.status_code == 302 and response["Location"] == URL + "thanks/"
        seat_request = SeatRequest.objects.get()
        assert (seat_request.email, seat_request.status) == ("rosa@example.com", SeatRequest.Status.WAITING)
        assert "we have your request" in client.get(URL + "thanks/").text

    def test_asking_again_never_rewrites_the_open_request(self, client):
        """Attack pass: anyone could type a family's address and overwrite what the family wrote (the request
        used to be updated in place). One request stays, as the family sent it."""
        client.post(URL, REQUEST)
        Client().post(URL, {**REQUEST, "region": "Nowhere", "situation": "Call me at a number I choose."})
        assert list(SeatRequest.objects.values_list("region", "situation")) == [
            ("Toledo, Ohio", "My daughter drinks every night.")
        ]

    def test_bad_input_gets_a_message_and_400(self, client):
        response = client.post(URL, {"email": "nope", "region": "", "situation": "x" * 700})
        assert response.status_code == 400
        assert "Please check the form" in response.text
        assert not SeatRequest.objects.exists()

    def test_a_bot_is_thanked_and_nothing_is_stored(self, client):
        assert client.post(URL, {**REQUEST, "website": "spam"}).status_code == 302
        assert not SeatRequest.objects.exists()

    def test_a_flood_is_refused_with_429(self, client):
        statuses = [client.post(URL, {**REQUEST, "email": f"f{n}@example.com"}).status_code for n in range(5)]
        assert statuses == [302, 302, 302, 429, 429]


@pytest.mark.django_db
class TestMemberManagersAnswer:
    def test_approving_emails_a_single_use_invitation(self):
        seat_request = SeatRequestFactory(email="rosa@example.com")
        manager, manager_user = client_for("Member managers")
        url = f"/admin/seat-requests/{seat_request.pk}/approve/"
        assert "single-use access code" in manager.get(url).text
        response = manager.post(url)
        assert response.status_code == 302

        seat_request.refresh_from_db()
        assert (seat_request.status, seat_request.decided_by) == (SeatRequest.Status.APPROVED, manager_user)
        code = seat_request.invitation
        assert (code.seats, code.used_count, code.active) == (1, 0, True)
        (email,) = mail.outbox
        assert email.to == ["rosa@example.com"]
        assert code.code in email.body and "/accounts/join/" in email.body

        # A second click (or a second manager) makes no second code and sends no second email.
        manager.post(url)
        assert AccessCode.objects.count() == 1 and len(mail.outbox) == 1

        # The code opens one membership, once.
        first, second = UserFactory(email="rosa@example.com"), UserFactory()
        assert AccessCode.redeem(code.code, first).status == Membership.Status.ACTIVE
        with pytest.raises(AccessCodeError, match="can.t use that access code"):
            AccessCode.redeem(code.code, second)

    def test_declining_tells_the_family_kindly(self):
        seat_request = SeatRequestFactory()
        manager, _ = client_for("Member managers")
        manager.post(f"/admin/seat-requests/{seat_request.pk}/decline/")
        seat_request.refresh_from_db()
        assert seat_request.status == SeatRequest.Status.DECLINED and seat_request.invitation is None
        (email,) = mail.outbox
        assert "/learning/sample/" in email.body and not re.search(r"SEAT-\w{4}-\w{4}", email.body)

    def test_the_listing_offers_the_answers(self):
        SeatRequestFactory(email="waiting@example.com")
        manager, _ = client_for("Member managers")
        html = manager.get("/admin/learning/seatrequest/").text
        assert "waiting@example.com" in html and "Approve and invite" in html

    @pytest.mark.parametrize("group_name", [None, "Editors", "Members"])
    def test_nobody_else_can_answer(self, group_name):
        seat_request = SeatRequestFactory()
        other, _ = client_for(group_name, is_staff=True)
        for action in ("approve", "decline"):
            assert other.post(f"/admin/seat-requests/{seat_request.pk}/{action}/").status_code in (302, 403)
        seat_request.refresh_from_db()
        assert seat_request.status == SeatRequest.Status.WAITING and not mail.outbox

    def test_anonymous_visitors_are_sent_to_the_admin_login(self, client):
        seat_request = SeatRequestFactory()
        response = client.post(f"/admin/seat-requests/{seat_request.pk}/approve/")
        assert response.status_code == 302 and "/login/" in response["Location"]
        assert SeatRequest.objects.get().status == SeatRequest.Status.WAITING


@pytest.mark.django_db
class TestTheInvitation:
    """Attack pass: the invitation code used to work for whoever read it (a forwarded email, a shared phone, a
    partner reading the family's mail). It now works only with the address it was sent to."""

    @pytest.fixture
    def invitation(self):
        seat_request = SeatRequestFactory(email="rosa@example.com")
        return seat_request.approve(UserFactory())

    def join(self, email, code):
        data = {"email": email, "password1": "a-long-family-passphrase", "password2": "a-long-family-passphrase"}
        return Client().post("/accounts/join/", {**data, "access_code": code})

    def test_someone_else_cannot_join_with_it(self, invitation):
        response = self.join("someone.else@example.com", invitation.code)
        assert response.status_code == 200
        assert "use that access code" in response.text
        assert not Membership.objects.exists()

    def test_someone_else_cannot_redeem_it_on_my_learning(self, invitation):
        other, user = client_for()
        other.post("/accounts/my-learning/", {"access_code": invitation.code})
        assert not Membership.objects.filter(user=user).exists()
        invitation.refresh_from_db()
        assert invitation.used_count == 0

    def test_the_invited_address_can_in_any_case(self, invitation):
        assert self.join("Rosa@Example.com", invitation.code).status_code == 302
        assert Membership.objects.get(user__email__iexact="rosa@example.com").status == Membership.Status.PENDING
