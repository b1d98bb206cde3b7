"""Extra lines of the health check (`/healthz/`), given by the apps above the ground floor.

An app registers a function with the Wagtail hook `register_health_check`; the function returns a `HealthCheck`.
The view asks each one after the database check, so `home/` reports on, say, the scheduler without importing it.
"""

from dataclasses import dataclass, field

from wagtail import hooks

HOOK_NAME = "register_health_check"


@dataclass(frozen=True)
class HealthCheck:
    name: str  # its key under "checks" in the response
    status: str  # "ok", or one word saying what is wrong (the site is then "degraded", still answering 200)
    details: dict = field(default_factory=dict)  # reported under the check's name when not empty

    @property
    def ok(self):
        return self.status == "ok"


def registered_checks():
    """Run every registered check; the results in registration order."""
    return [check() for check in hooks.get_hooks(HOOK_NAME)]
