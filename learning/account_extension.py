"""Membership's part in an account's life, plugged into `accounts` (which never imports learning).

Joining may carry an access code: its seat is taken in the join's transaction and the membership waits, pending,
until the email address is confirmed; confirming activates it (and so adds the account to the Members group).
"""

from accounts.extensions import AccountExtension, JoinRefused
from learning.forms.access_code import access_code_field
from learning.models import Membership
from learning.models.access_codes import AccessCode, AccessCodeError


class MembershipExtension(AccountExtension):
    def join_fields(self):
        return {"access_code": access_code_field(required=False)}

    def joined(self, user, cleaned_data):
        code = cleaned_data.get("access_code")
        if not code:
            return
        try:
            AccessCode.redeem(code, user, status=Membership.Status.PENDING)
        except AccessCodeError as error:
            raise JoinRefused("access_code", str(error)) from error

    def confirmed(self, user):
        for membership in Membership.objects.filter(user=user, status=Membership.Status.PENDING):
            membership.status = Membership.Status.ACTIVE
            membership.save()  # also joins the Members group
