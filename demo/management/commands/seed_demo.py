import os
import secrets

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from demo.context import DemoContext
from demo.loaders import LOADERS


class Command(BaseCommand):
    help = "Load the demo content and accounts from demo/data/. Safe to run again: what exists is left as it is."

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
            password=password or secrets.token_urlsafe(12), password_given=bool(password), stdout=self.stdout
        )
        self.stdout.write("Loading demo content…")
        with transaction.atomic():
            for load in LOADERS:
                load(context)
        self._print_accounts(context)

    def _print_accounts(self, context):
        self.stdout.write(self.style.SUCCESS("Demo content ready. Demo logins (admin at /admin/):"))
        for username, created in context.accounts:
            if created or context.password_given:
                self.stdout.write(f"  {username:<12} password: {context.password}")
            else:
                self.stdout.write(f"  {username:<12} (existing account, password unchanged)")
