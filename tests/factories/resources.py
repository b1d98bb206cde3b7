import datetime

import factory

from django.utils import timezone

from resources.models import Kind, Resource


class ResourceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Harbor Recovery Centre {n}")
    kind = Kind.TREATMENT
    phone = factory.Sequence(lambda n: f"216-555-{n % 10000:04d}")
    website = "https://harbor.example.org/"
    region = "OH"
    area = "Cleveland"
    hours = "24 hours, every day"
    description = "Residential and outpatient treatment for adults."
    last_verified = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=10))

    class Meta:
        model = Resource
