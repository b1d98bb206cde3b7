"""The access rule: the one place that decides who may see the locked part of learning content.

Every channel that could show locked text (module pages, listings, search, feeds, sitemap, documents, JSON)
asks `can_view_locked` or `can_download_document`. Being staff, an editor or a superuser grants nothing on the
public site: only a current membership does, or, for the free sample module alone, a valid sample grant.
Editors see locked content in the Wagtail admin's preview, which Wagtail only builds for users allowed to edit.

It reads the learning records (memberships, sample requests, locked text and files) from their own modules and
never the page models: the pages ask this module, so the dependency runs one way (pages → access → records).
Pages are handled through their fields (`is_free_sample`) and through Wagtail's `Page`.
"""

from django.core import signing

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from learning.models.locked_files import LockedFile
from learning.models.locked_text import LockedModuleText
from learning.models.membership import Membership
from learning.models.sample import SampleRequest

SAMPLE_GRANT_COOKIE = "sample_grant"
SAMPLE_GRANT_SALT = "learning.sample-grant"
SAMPLE_GRANT_MAX_AGE = 30 * 24 * 60 * 60  # 30 days, in seconds
MEMBER_EBOOK_COLLECTION = "Member eBooks"


def is_active_member(user):
    """True when `user` has a membership that is active today. Expired ones are marked so on the way."""
    if not getattr(user, "is_authenticated", False):
        return False
    cached = getattr(user, "_steadyground_is_member", None)
    if cached is not None:
        return cached
    membership = Membership.objects.filter(user=user).first()
    current = bool(membership and membership.is_current)
    if membership and not current and membership.status == Membership.Status.ACTIVE and membership.end:
        membership.save()  # past its end date: saving marks it expired and drops the Members group
    user._steadyground_is_member = current
    return current


def make_sample_grant(sample_request):
    """A signed, timestamped token naming one sample request. It is the emailed link and the cookie value."""
    return signing.dumps({"sample_request": sample_request.pk}, salt=SAMPLE_GRANT_SALT)


def read_sample_grant(token):
    """The SampleRequest a token grants, or None if it is tampered with, expired or revoked."""
    try:
        data = signing.loads(token, salt=SAMPLE_GRANT_SALT, max_age=SAMPLE_GRANT_MAX_AGE)
    except signing.BadSignature:  # also SignatureExpired
        return None
    if not isinstance(data, dict):
        return None
    return SampleRequest.objects.filter(pk=data.get("sample_request")).first()


def has_sample_grant(request):
    if not hasattr(request, "_steadyground_sample_grant"):
        token = request.COOKIES.get(SAMPLE_GRANT_COOKIE)
        request._steadyground_sample_grant = bool(token and read_sample_grant(token))
    return request._steadyground_sample_grant


def can_view_locked(request, page):
    """May this request see the locked fields (video, eBook, body, exercises) of this module page?"""
    if getattr(request, "is_preview", False):
        return True
    if is_active_member(request.user):
        return True
    return bool(getattr(page, "is_free_sample", False) and has_sample_grant(request))


def is_locked_document(document):
    """Documents in the member eBook collection, or attached to any module, are locked."""
    in_member_collection = document.collection.name == MEMBER_EBOOK_COLLECTION
    return in_member_collection or LockedFile.objects.filter(document=document).exists()


def can_download_document(request, document):
    if not is_locked_document(document):
        return True
    if is_active_member(request.user):
        return True
    if has_sample_grant(request):
        sample_uses = LockedFile.objects.filter(document=document, module__live=True, module__is_free_sample=True)
        return sample_uses.exists()
    return False


def modules_found_in_locked_text(request, query):
    """Modules (as specific pages) whose locked words match `query`, limited to what this request may see."""
    if is_active_member(request.user):
        allowed = LockedModuleText.objects.filter(module__live=True)
    elif has_sample_grant(request):
        allowed = LockedModuleText.objects.filter(module__live=True, module__is_free_sample=True)
    else:
        return Page.objects.none()
    matches = get_search_backend().search(query, LockedModuleText, order_by_relevance=False)[:500]
    found = allowed.filter(pk__in=[match.module_id for match in matches]).values("module_id")
    return Page.objects.filter(pk__in=found).specific()
