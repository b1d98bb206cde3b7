from asgiref.sync import sync_to_async

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

UserModel = get_user_model()


class UsernameOrEmailBackend(ModelBackend):
    """Log in with the username or the email address (any case); Wagtail's admin login uses it too.

    The username is tried first, exactly as stored. An email address shared by several accounts matches none of
    them: we refuse rather than guess whose password it is. Inactive accounts are refused (ModelBackend's rule).
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(UserModel.USERNAME_FIELD)
        if not username or password is None:
            return None
        user = self.find_user(username)
        if user is None:
            # Hash anyway so a missing account takes as long as a wrong password (as ModelBackend does).
            UserModel().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None

    async def aauthenticate(self, request, username=None, password=None, **kwargs):
        # ModelBackend's async version looks up the username only; reuse the sync rules instead.
        return await sync_to_async(self.authenticate)(request, username=username, password=password, **kwargs)

    def find_user(self, identifier):
        """The one account whose username is `identifier`, or else whose email is it (case-insensitive)."""
        try:
            return UserModel._default_manager.get_by_natural_key(identifier)
        except UserModel.DoesNotExist:
            pass
        if "@" not in identifier:
            return None
        email_field = UserModel.get_email_field_name()
        matches = list(UserModel._default_manager.filter(**{f"{email_field}__iexact": identifier.strip()})[:2])
        return matches[0] if len(matches) == 1 else None
