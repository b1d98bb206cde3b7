import datetime
import re
import threading

import pytest

from django.db import connection
from django.utils import timezone

from learning.models import AccessCode, Membership
from learning.models.access_codes import INVALID_CODE_MESSAGE, AccessCodeError
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
        "fields",
        [{"seats": 1, "used_count": 1}, {"valid_until": datetime.date(2020, 1, 1)}, {"active": False}],
        ids=["full", "expired", "inactive"],
    )
    def test_unusable_codes_give_one_message_and_create_nothing(self, fields):
        """One message for every reason, so the answer never tells a guesser which codes exist (finding 5)."""
        AccessCodeFactory(code="CODE-X", **fields)
        user = UserFactory()
        with pytest.raises(AccessCodeError, match="^" + re.escape(INVALID_CODE_MESSAGE) + "$"):
            AccessCode.redeem("CODE-X", user)
        with pytest.raises(AccessCodeError, match="^" + re.escape(INVALID_CODE_MESSAGE) + "$"):
            AccessCode.usable("CODE-X", "family@example.com")
        assert not Membership.objects.exists()

    def test_unknown_code(self):
        with pytest.raises(AccessCodeError, match="can't use that access code"):
            AccessCode.redeem("NOPE", UserFactory())

    def test_deleting_a_membership_gives_its_seat_back(self):
        AccessCodeFactory(code="GIVE-BACK", seats=1)
        membership = AccessCode.redeem("GIVE-BACK", UserFactory())
        AccessCode.give_back_seat(membership)
        assert AccessCode.objects.get().used_count == 0


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
