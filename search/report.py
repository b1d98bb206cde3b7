"""The editors' search report: popular searches and searches that found nothing, over 7 or 30 days."""

import csv
import datetime

from django.db.models import Max, Sum
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from home.spreadsheets import plain_text_cell
from search.models import SearchQueryLog

PERIODS = {"7": 7, "30": 30}
ROWS = 50


def report_rows(days, no_results=False):
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    rows = SearchQueryLog.objects.filter(date__gte=since)
    rows = rows.values("query").annotate(searches=Sum("hits"), last_results=Max("results"))
    if no_results:
        rows = rows.filter(last_results=0)
    return rows.order_by("-searches", "query")


def search_report(request):
    period = request.GET.get("days") if request.GET.get("days") in PERIODS else "7"
    days = PERIODS[period]
    if request.GET.get("export") == "csv":
        return _csv(days)
    context = {
        "period": period,
        "periods": PERIODS,
        "popular": report_rows(days)[:ROWS],
        "no_results": report_rows(days, no_results=True)[:ROWS],
    }
    return render(request, "search/admin/search_report.html", context)


def _csv(days):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="searches-last-{days}-days.csv"'
    writer = csv.writer(response)
    writer.writerow(["query", "searches", "found results"])
    for row in report_rows(days):
        writer.writerow([plain_text_cell(row["query"]), row["searches"], "yes" if row["last_results"] else "no"])
    return response
