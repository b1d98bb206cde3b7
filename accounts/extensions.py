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
    """The hooks, each a no-op here. Override the ones you need. The name labels this app's part of the data
    download."""

    name = ""

    def join_fields(self):
        """Extra fields for the join form, as a dict of name to form field (shown after the passwords)."""
        return {}

    def check_join(self, cleaned_data):
        """Runs before the join's transaction (so what it counts, e.g. a rate limit, is kept even when the join is
        refused). Raise `JoinRefused` to refuse. Also runs for an address that already has an account."""

    def joined(self, user, cleaned_data):
        """A new, unconfirmed account was created from the join form. Runs inside the join's transaction: raising
        `JoinRefused` (or anything) undoes the account too. Also runs, then undone, for an address that already
        has an account, so the answer and its timing stay the same."""

    def confirmed(self, user):
        """The account's email address has just been confirmed (the account became active). Return a message for
        the person if there is something they should know (e.g. a code's seats ran out), else None."""

    def export(self, user):
        """What this app holds about the account, as a JSON-serialisable dict for the data download."""
        return {}

    def deleting(self, user):
        """The account is about to be deleted by its owner: erase (or give back) what this app holds about them.
        Runs inside the deletion's transaction; rows with a cascading foreign key to the user go anyway."""

    def purge_expired(self):
        """Delete what is past its retention period (settings.RETENTION_DAYS). Return {label: count}."""
        return {}


_registered = []


def register(extension):
    """Add an extension once (registering the same class again replaces it, so reloads stay harmless)."""
    _registered[:] = [each for each in _registered if type(each) is not type(extension)]
    _registered.append(extension)


def registered():
    return list(_registered)
