import datetime
import threading

import pytest

from django.db import connection
from django.utils import timezone

from learning.models import AccessCode, Membership
from learning.models.access_codes import AccessCodeError
from tests.factories.learning import AccessCodeFactory, UserFactory


@pytest.mark.django_db
class TestRedeem:
    def test_valid_code_creates_an_active_membership_until_the_code_ends(self):
        code = AccessCodeFactory(code="OHIO-2027", seats=2)
        user = UserFactory()
        membership = AccessCode.redeem("  ohio-2027 ", user)
        assert membership.status == Membership.Status.ACTIVE
        assert membership.source == Membership.Source.ACCESS_CODE
        assert membership.end == code.valid_until
        assert user.groups.filter(name="Members").exists()
        code.refresh_from_db()
        assert code.used_count == 1

    @pytest.mark.parametrize(
        ("fields", "message"),
        [
            ({"seats": 1, "used_count": 1}, "All the seats"),
            ({"valid_until": datetime.date(2020, 1, 1)}, "expired"),
            ({"active": False}, "don't recognize"),
        ],
    )
    def test_unusable_codes_give_a_clear_message_and_create_nothing(self, fields, message):
        AccessCodeFactory(code="CODE-X", **fields)
        user = UserFactory()
        with pytest.raises(AccessCodeError, match=message):
            AccessCode.redeem("CODE-X", user)
        assert not Membership.objects.exists()

    def test_unknown_code(self):
        with pytest.raises(AccessCodeError, match="don't recognize"):
            AccessCode.redeem("NOPE", UserFactory())


@pytest.mark.django_db(transaction=True)
def test_two_families_racing_for_the_last_seat_cannot_both_get_it():
    """Real concurrent transactions (threads with their own connections). On SQLite the writes serialise."""
    from tests.factories.home import site_root

    site_root()
    AccessCodeFactory(code="LAST-SEAT", seats=1, valid_until=timezone.localdate() + datetime.timedelta(days=30))
    users = [UserFactory(), UserFactory()]
    barrier = threading.Barrier(2)
    outcomes = []

    def redeem(user):
        try:
            barrier.wait(timeout=10)
            AccessCode.redeem("LAST-SEAT", user)
            outcomes.append("ok")
        except AccessCodeError:
            outcomes.append("refused")
        except Exception as error:  # noqa: BLE001 - SQLite may report "database is locked"; that is a refusal too
            outcomes.append(f"error: {error}")
        finally:
            connection.close()

    threads = [threading.Thread(target=redeem, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert outcomes.count("ok") == 1, outcomes
    assert AccessCode.objects.get(code="LAST-SEAT").used_count == 1
    assert Membership.objects.count() == 1


@pytest.mark.django_db
def test_unconfirmed_sign_ups_give_their_seat_back_after_three_days():
    from django.core.management import call_command

    code = AccessCodeFactory(code="GIVE-BACK", seats=2)
    stale, fresh = UserFactory(is_active=False), UserFactory(is_active=False)
    for user in (stale, fresh):
        AccessCode.redeem("GIVE-BACK", user, status=Membership.Status.PENDING)
    type(stale).objects.filter(pk=stale.pk).update(date_joined=timezone.now() - datetime.timedelta(days=4))

    call_command("release_unconfirmed_seats")

    code.refresh_from_db()
    assert code.used_count == 1
    assert not type(stale).objects.filter(pk=stale.pk).exists()
    assert Membership.objects.get().user == fresh
