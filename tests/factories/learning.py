import datetime

import factory

from django.core.files.base import ContentFile
from django.utils import timezone

import wagtail_factories
from wagtail.documents import get_document_model
from wagtail.models import Collection

from editorial.models import ClinicalApproval
from learning.access import MEMBER_EBOOK_COLLECTION
from learning.models import AccessCode, LearningIndexPage, LearningModulePage, Membership, SeatRequest
from tests.factories.accounts import UserFactory

# Words that exist only in locked fields. No channel may show them to people without access.
LOCKED_WORDS = {
    "body": "zanzibarquill",
    "transcript": "marmaladeorbit",
    "video": "https://vimeo.com/locked-video-kestrelhorizon",
}


class MembershipFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    status = Membership.Status.ACTIVE
    source = Membership.Source.STAFF

    class Meta:
        model = Membership


def member_user(**membership_fields):
    return MembershipFactory(**membership_fields).user


class AccessCodeFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"CODE-{n}")
    sponsor_name = "County Health"
    seats = 5
    valid_until = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=90))

    class Meta:
        model = AccessCode


class LearningIndexPageFactory(wagtail_factories.PageFactory):
    title = "Learning"
    slug = "learning"

    class Meta:
        model = LearningIndexPage


class LearningModulePageFactory(wagtail_factories.PageFactory):
    """A published module whose locked fields hold LOCKED_WORDS."""

    number = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"Module title {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")
    summary = "A public summary about rewarding sober time."
    what_you_will_learn = "First point\nSecond point"
    teaser = "<p>A public teaser.</p>"
    video_url = LOCKED_WORDS["video"]
    video_transcript = f"<p>The transcript says {LOCKED_WORDS['transcript']}.</p>"
    body = factory.LazyFunction(
        lambda: [
            ("paragraph", f"<p>The locked lesson mentions {LOCKED_WORDS['body']}.</p>"),
            (
                "exercise",
                {"title": "Practice", "prompt": "<p>Write it down.</p>", "guidance": "", "answer_box": True},
            ),
        ]
    )

    class Meta:
        model = LearningModulePage


def member_ebook(title="Module eBook"):
    Document = get_document_model()
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=MEMBER_EBOOK_COLLECTION).first() or root.add_child(
        name=MEMBER_EBOOK_COLLECTION
    )
    document = Document(title=title, collection=collection)
    document.file.save("ebook.pdf", ContentFile(b"%PDF-1.4 locked ebook"), save=False)
    document.save()
    return document


def video_document(title="Module video"):
    """An uploaded module video (a few bytes named .mp4), filed with the member eBooks."""
    document = member_ebook(title)
    document.file.save("video.mp4", ContentFile(b"\x00\x00\x00\x18ftypmp42"), save=True)
    return document


def make_learning(home_page, modules=3, sample_number=None):
    """A learning index with `modules` modules; module `sample_number` (1-based) is the free sample."""
    index = LearningIndexPageFactory(parent=home_page)
    created = [
        LearningModulePageFactory(parent=index, number=n, slug=f"module-{n}", is_free_sample=(n == sample_number))
        for n in range(1, modules + 1)
    ]
    return index, created


class SeatRequestFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"family{n}@example.com")
    region = "Dayton, Ohio"
    situation = "My son is drinking every night and we can't pay for the course."

    class Meta:
        model = SeatRequest


def publish_reviewed(module, **revision_fields):
    """Save the module's fields as a revision with a clinical approval and publish it: only an approved revision of
    a module may go live (editorial.clinical_review), as the module clinical review would leave it."""
    revision = module.save_revision(**revision_fields)
    ClinicalApproval.objects.create(page=module, revision=revision)
    revision.publish()
    return revision
