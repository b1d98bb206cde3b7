import os
import secrets
from dataclasses import dataclass, field
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction


@dataclass
class DemoContext:
    """What every app's demo builder receives."""

    password: str
    password_given: bool
    stdout: object
    accounts: list = field(default_factory=list)

    def log(self, message):
        self.stdout.write(f"  {message}")


class Command(BaseCommand):
    help = "Load the demo content and accounts. Safe to run again: existing content is left as it is."

    def add_arguments(self, parser):
        parser.add_argument(
            "--password", help="Password for the demo accounts (default: $DEMO_PASSWORD, else generated)."
        )
        parser.add_argument("--force", action="store_true", help="Run even when DEBUG is off (never on a live site).")

    def handle(self, *args, password=None, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError("seed_demo only runs with DEBUG on. Use --force if you really mean it.")
        password = password or os.environ.get("DEMO_PASSWORD")
        context = DemoContext(
            password=password or secrets.token_urlsafe(12),
            password_given=bool(password),
            stdout=self.stdout,
        )
        self.stdout.write("Loading demo content…")
        with transaction.atomic():
            for app_config in apps.get_app_configs():
                if Path(app_config.path).parent != Path(settings.BASE_DIR):
                    continue  # only this project's own apps have demo builders
                module_name = f"{app_config.name}.demo"
                if find_spec(module_name) is not None:
                    import_module(module_name).build(context)
        self._print_accounts(context)

    def _print_accounts(self, context):
        self.stdout.write(self.style.SUCCESS("Demo content ready. Demo logins (admin at /admin/):"))
        for username, created in context.accounts:
            if created or context.password_given:
                self.stdout.write(f"  {username:<12} password: {context.password}")
            else:
                self.stdout.write(f"  {username:<12} (existing account, password unchanged)")
