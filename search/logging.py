"""The anonymous query log behind the editors' search report: words, day, count, results. Nothing else."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from search.models import SearchQueryLog
from search.query import normalise_for_log


def log_search(query, result_count):
    words = normalise_for_log(query)
    if not words:
        return
    today = timezone.localdate()
    updated = SearchQueryLog.objects.filter(query=words, date=today).update(hits=F("hits") + 1, results=result_count)
    if updated:
        return
    try:
        with transaction.atomic():
            SearchQueryLog.objects.create(query=words, date=today, hits=1, results=result_count)
    except IntegrityError:  # another request logged the same words a moment ago
        SearchQueryLog.objects.filter(query=words, date=today).update(hits=F("hits") + 1, results=result_count)
