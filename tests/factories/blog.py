import datetime

import factory

from django.core.files.base import ContentFile

import wagtail_factories
from wagtail.documents import get_document_model

from blog.models import BlogCategory, BlogIndexPage, BlogPostAuthor, BlogPostPage
from tests.factories.authors import AuthorFactory
from tests.factories.images import shared_image


class BlogCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")

    class Meta:
        model = BlogCategory
        django_get_or_create = ("slug",)


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    title = "Blog"
    slug = "blog"

    class Meta:
        model = BlogIndexPage


class BlogPostPageFactory(wagtail_factories.PageFactory):
    """A published post. Pass `authors=[…]`, `categories=[…]`, `tags=[…]` to link them."""

    title = factory.Sequence(lambda n: f"Post number {n}")
    slug = factory.Sequence(lambda n: f"post-{n}")
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    intro = factory.Faker("sentence", nb_words=14)
    featured_image = factory.LazyFunction(shared_image)  # pass ImageFactory() where a test needs its own
    featured_image_alt = "A family at a kitchen table"
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>Families can learn new ways to talk about drinking and drugs.</p>")]
    )

    class Meta:
        model = BlogPostPage
        skip_postgeneration_save = True

    @factory.post_generation
    def authors(obj, create, extracted, **kwargs):
        for sort_order, author in enumerate(extracted if extracted is not None else [AuthorFactory()]):
            BlogPostAuthor.objects.create(page=obj, author=author, sort_order=sort_order)

    # Categories and tags are held by the page until it is saved; one save for both keeps the factory to one
    # search-index update per post instead of three.
    @factory.post_generation
    def categories(obj, create, extracted, **kwargs):
        if extracted:
            obj.categories.set(extracted)
            obj._unsaved_relations = True

    @factory.post_generation
    def tags(obj, create, extracted, **kwargs):
        if extracted:
            obj.tags.add(*extracted)
            obj._unsaved_relations = True

    @factory.post_generation
    def save_relations(obj, create, extracted, **kwargs):
        if create and getattr(obj, "_unsaved_relations", False):
            obj.save()
            del obj._unsaved_relations


def make_blog(home_page, **fields):
    return BlogIndexPageFactory(parent=home_page, **fields)


EPISODE_AUDIO = b"ID3" + b"\x00" * 2045  # the first bytes of an MP3 file, enough for a test


def episode_recording(name="episode.mp3"):
    """A podcast episode's recording in the document library (public collection)."""
    document = get_document_model()(title="Episode recording")
    document.file.save(name, ContentFile(EPISODE_AUDIO), save=False)
    document.save()
    return document


# One MPEG-2.5 Layer III frame of silence (8 kbit/s, 8 kHz, mono): 72 bytes that play for 72 ms.
SILENT_MP3_FRAME = bytes([0xFF, 0xE3, 0x18, 0xC0]) + bytes(68)


def silent_recording(seconds, name="measured.mp3"):
    """A real MP3 file of `seconds` of silence in the document library, for tests that measure a recording."""
    document = get_document_model()(title="Measured recording")
    document.file.save(name, ContentFile(SILENT_MP3_FRAME * (seconds * 1000 // 72)), save=False)
    document.save()
    return document
