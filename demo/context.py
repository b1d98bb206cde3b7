"""What every loader receives: the demo password, a way to report progress, and the accounts it made."""

from dataclasses import dataclass, field


@dataclass
class DemoContext:
    password: str
    password_given: bool
    stdout: object
    accounts: list = field(default_factory=list)

    def log(self, message):
        self.stdout.write(f"  {message}")
