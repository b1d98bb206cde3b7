"""The resource directory (resources.yaml): national lines and regional demo entries, checked today."""

from django.utils import timezone

from resources.models import Resource

from ..files import read_yaml


def load_resources(context):
    for entry in read_yaml("resources.yaml")["resources"]:
        _, created = Resource.objects.get_or_create(
            name=entry["name"], defaults={**entry, "last_verified": timezone.localdate()}
        )
        if created:
            context.log(f"Added the resource “{entry['name']}”.")
