import datetime

import factory

import wagtail_factories
from wagtail_factories import ImageFactory

from blog.models import BlogCategory, BlogIndexPage, BlogPostAuthor, BlogPostPage
from tests.factories.authors import AuthorFactory


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
    featured_image = factory.SubFactory(ImageFactory)
    featured_image_alt = "A family at a kitchen table"
    featured_image_credit = "© Demo Photographer"
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

    @factory.post_generation
    def categories(obj, create, extracted, **kwargs):
        if extracted:
            obj.categories.set(extracted)
            obj.save()

    @factory.post_generation
    def tags(obj, create, extracted, **kwargs):
        if extracted:
            obj.tags.add(*extracted)
            obj.save()


def make_blog(home_page, **fields):
    return BlogIndexPageFactory(parent=home_page, **fields)
