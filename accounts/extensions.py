"""How apps above `accounts` take part in an account's life without `accounts` importing them.

`accounts` knows nothing of memberships or access codes. An app that does (learning) subclasses
`AccountExtension` and registers an instance from its `AppConfig.ready()`:

    from accounts import extensions
    extensions.register(MembershipExtension())

The dependency points down: learning imports accounts, never the reverse, and each hook is a plain method call.
"""


class JoinRefused(Exception):  # noqa: N818 (it is a refusal the family reads, not a programming error)
    """Raised by `AccountExtension.joined()` to refuse the join: the message is shown under `field`."""

    def __init__(self, field, message):
        super().__init__(message)
        self.field = field
        self.message = message


class AccountExtension:
    """The hooks, each a no-op here. Override the ones you need."""

    def join_fields(self):
        """Extra fields for the join form, as a dict of name to form field (shown after the passwords)."""
        return {}

    def joined(self, user, cleaned_data):
        """A new, unconfirmed account was created from the join form. Runs inside the join's transaction: raising
        `JoinRefused` (or anything) undoes the account too. Also runs, then undone, for an address that already
        has an account, so the answer and its timing stay the same."""

    def confirmed(self, user):
        """The account's email address has just been confirmed (the account became active)."""


_registered = []


def register(extension):
    """Add an extension once (registering the same class again replaces it, so reloads stay harmless)."""
    _registered[:] = [each for each in _registered if type(each) is not type(extension)]
    _registered.append(extension)


def registered():
    return list(_registered)
