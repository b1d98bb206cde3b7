from django.conf import settings
from django.db import models


class PendingSignup(models.Model):
    """An account that joined and has not yet confirmed its email address.

    Only accounts with this row can be confirmed, or sent a new confirmation link: confirming deletes it (so each
    link works once), and an account that staff deactivated has none, so no link, resend or new join can bring it
    back; only staff reactivate accounts. Rows older than the retention period are deleted with their account.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pending_signup", help_text="The account."
    )
    created_at = models.DateTimeField(auto_now_add=True, help_text="When they joined.")

    class Meta:
        verbose_name = "unconfirmed sign-up"

    def __str__(self):
        return f"Unconfirmed sign-up {self.pk}"


class RateLimitCount(models.Model):
    """One fixed window's count of requests for one (scope, client) pair, when no Redis is configured.

    The key is an HMAC, never a raw address. Increments are one atomic UPDATE, so every worker and server that
    shares the database counts together. Expired rows are deleted by `purge_account_data`.
    """

    key = models.CharField(max_length=120, unique=True)
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self):
        return self.key
