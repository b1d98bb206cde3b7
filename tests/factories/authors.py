import factory

from authors.models import Author, Book
from tests.factories.images import ImageFactory


class AuthorFactory(factory.django.DjangoModelFactory):
    name = factory.Faker("name")
    slug = factory.Sequence(lambda n: f"author-{n}")
    role = Author.Role.STAFF
    bio = factory.LazyAttribute(lambda author: f"<p>{author.name} writes about families and recovery.</p>")

    class Meta:
        model = Author


class BookFactory(factory.django.DjangoModelFactory):
    author = factory.SubFactory(AuthorFactory)
    title = factory.Sequence(lambda n: f"A Memoir, Volume {n}")
    year = 2021
    link = "https://books.example.org/memoir"

    class Meta:
        model = Book


__all__ = ["AuthorFactory", "BookFactory", "ImageFactory"]
