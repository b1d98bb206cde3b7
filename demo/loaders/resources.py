"""Help resources (resources.yaml): the directory's entries, found again by name."""

import datetime

from django.utils import timezone

from resources.models import Resource

from ..files import read_yaml

FIELDS = ("kind", "region", "area", "phone", "text_number", "website", "address", "hours", "languages", "cost_notes",
          "description")  # fmt: skip


def load_resources(context):
    today = timezone.localdate()
    for entry in read_yaml("resources.yaml")["resources"]:
        if Resource.objects.filter(name=entry["name"]).exists():
            continue
        days = entry.get("checked_days_ago")
        Resource.objects.create(
            name=entry["name"],
            is_demo=entry.get("demo", False),
            last_verified=today - datetime.timedelta(days=days) if days is not None else None,
            **{name: entry[name] for name in FIELDS if name in entry},
        )
        context.log(f"Created the help resource {entry['name']}.")
