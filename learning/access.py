"""The access rule: the one place that decides who may see the locked part of learning content.

Every channel that could show locked text (module pages, listings, search, feeds, sitemap, documents, images,
JSON) asks `can_view_locked`, `can_download_document` or `can_view_image`. Being staff, an editor or a superuser
grants nothing on the public site's pages: only a current membership does, or, for the free sample module alone,
a valid sample grant. Editors see locked content in the Wagtail admin's preview, which Wagtail only builds for
users allowed to edit; for the same reason a locked file opens for an admin user who may edit that file or a
module using it (the admin shows its thumbnails and links).

It reads the learning records (memberships, sample requests, locked text and files) from their own modules and
never the page models: the pages ask this module, so the dependency runs one way (pages → access → records).
Pages are handled through their fields (`is_free_sample`) and through Wagtail's `Page`.
"""

from django.core import signing
from django.db.models import Q

from wagtail.models import Collection, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.search.backends import get_search_backend

from home.visibility import visible_to_readers
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


def member_collections():
    """The member collection and every collection below it: whatever is filed there is locked."""
    roots = Collection.objects.filter(name=MEMBER_EBOOK_COLLECTION)
    paths = Q()
    for path in roots.values_list("path", flat=True):
        paths |= Q(path__startswith=path)
    return Collection.objects.filter(paths) if roots else Collection.objects.none()


def _sample_modules_use(files):
    """Does a free sample module that readers may see use one of these locked files?"""
    visible = visible_to_readers(Page.objects.all()).values("pk")
    return files.filter(module__is_free_sample=True, module__in=visible).exists()


def _may_edit_in_admin(user, instance, files):
    """Admin users who may edit the file itself, or a module that uses it, see it (thumbnails, previews)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if policy_registry.get_by_type(type(instance)).user_has_permission_for_instance(user, "change", instance):
        return True
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change").values("pk")
    return files.filter(module__in=editable).exists()


def _can_open_file(request, instance, files):
    if is_active_member(request.user):
        return True
    if has_sample_grant(request) and _sample_modules_use(files):
        return True
    return _may_edit_in_admin(request.user, instance, files)


def is_locked_document(document):
    """Documents in the member collection or below it, or used by any module (live or any revision), are locked."""
    in_member_collection = member_collections().filter(pk=document.collection_id).exists()
    return in_member_collection or LockedFile.objects.filter(document=document).exists()


def can_download_document(request, document):
    """Members, the sample's holder for the sample module's files, and the file's editors may download it."""
    if not is_locked_document(document):
        return True
    files = LockedFile.objects.filter(document=document)
    return _can_open_file(request, document, files)


def is_locked_image(image):
    """Pictures in the member collection or below it, or used in a module's locked part, are locked."""
    in_member_collection = member_collections().filter(pk=image.collection_id).exists()
    return in_member_collection or LockedFile.objects.filter(image=image).exists()


def can_view_image(request, image):
    """The same rule as documents: a locked picture is shown to those who may see the module it is in."""
    if not is_locked_image(image):
        return True
    files = LockedFile.objects.filter(image=image)
    return _can_open_file(request, image, files)


def locked_images():
    """Q for the locked pictures, to leave them out where people without access choose images."""
    used = LockedFile.objects.filter(image__isnull=False).values("image_id")
    return Q(pk__in=used) | Q(collection__in=member_collections())


def modules_found_in_locked_text(request, query):
    """Modules (as specific pages) whose locked words match `query`, limited to what this request may see."""
    visible = visible_to_readers(Page.objects.all()).values("pk")
    if is_active_member(request.user):
        allowed = LockedModuleText.objects.filter(module__in=visible)
    elif has_sample_grant(request):
        allowed = LockedModuleText.objects.filter(module__in=visible, module__is_free_sample=True)
    else:
        return Page.objects.none()
    matches = get_search_backend().search(query, LockedModuleText, order_by_relevance=False)[:500]
    found = allowed.filter(pk__in=[match.module_id for match in matches]).values("module_id")
    return Page.objects.filter(pk__in=found).specific()
