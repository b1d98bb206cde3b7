import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from search.models import SearchQueryLog


class Command(BaseCommand):
    help = "Delete search log rows older than --days (default 90), and unused promotion queries."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=90)

    def handle(self, *args, days, **options):
        from wagtail.contrib.search_promotions.models import Query

        cutoff = timezone.localdate() - datetime.timedelta(days=days)
        deleted, _ = SearchQueryLog.objects.filter(date__lt=cutoff).delete()
        Query.garbage_collect()
        self.stdout.write(f"Deleted {deleted} search log rows older than {days} days.")
