"""Wagtail's admin login, for staff only (WAGTAILADMIN_USER_LOGIN_FORM).

A member's right password at `/admin/login/` is answered exactly as a wrong one, creates no session, and counts
as a failure towards the lockout, so the admin login is no password oracle for members' accounts.
"""

from django.contrib.auth.signals import user_login_failed

from wagtail.admin.forms.auth import LoginForm


class StaffOnlyLoginForm(LoginForm):
    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if not user.has_perm("wagtailadmin.access_admin"):
            user_login_failed.send(
                sender=__name__,
                credentials={"username": self.cleaned_data.get("username")},
                request=self.request,
            )
            raise self.get_invalid_login_error()
