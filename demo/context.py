"""What every loader receives: the demo password, a way to report progress, and the accounts it made."""

from dataclasses import dataclass, field
from functools import cached_property

from django.contrib.auth.hashers import check_password, make_password


@dataclass
class DemoContext:
    password: str
    password_given: bool
    stdout: object
    accounts: list = field(default_factory=list)
    _checked: dict = field(default_factory=dict)

    def log(self, message):
        self.stdout.write(f"  {message}")

    @cached_property
    def password_hash(self):
        """The password, hashed once for every demo account (hashing is slow on purpose: a second each)."""
        return make_password(self.password)

    def password_matches(self, encoded):
        """Whether a stored hash is of the demo password; accounts sharing one hash are checked once."""
        if encoded not in self._checked:
            self._checked[encoded] = check_password(self.password, encoded)
        return self._checked[encoded]
