"""The editorial roles: who may do what in the admin, and which review each section's pages go through.

Applied by the data migration `editorial.0002_editorial_roles` and, for the blog and learning index pages (which
are created later, by editors or `seed_demo`), by a signal in `editorial.signals` when such a page is created.

Everything here is additive and idempotent: running it again adds what is missing and never removes a permission
that a site administrator gave by hand. The functions take an app registry (`apps`) so the migration can pass its
historical one; at run time they use Django's. The models named below are imported only for their labels and
permission names; every query goes through the registry passed in.

`Member managers` is not defined here: the learning app's migration creates it with the membership permissions.
"""

from dataclasses import dataclass, field

from django.apps import apps as django_apps
from django.contrib.auth import get_permission_codename

from taggit.models import Tag
from wagtail.admin.models import Admin
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents.models import Document

# Wagtail checks picture permissions on its own image model even with the site's CustomImage (images' auth model).
from wagtail.images.models import Image

from authors.models import Author
from blog.models import BlogCategory, BlogIndexPage
from home.models import CrisisSupportSettings, SiteChromeSettings
from learning.models import LearningIndexPage
from resources.models import Resource

EDITORS = "Editors"
MODERATORS = "Moderators"
CONTRIBUTORS = "Contributors"
CLINICAL_REVIEWERS = "Clinical reviewers"

BLOG_REVIEW = "Blog review"
MODULE_CLINICAL_REVIEW = "Module clinical review"

MANAGE = ("add", "change", "delete", "view")


def permissions_of(model, actions=MANAGE):
    """The model's permissions for `actions`, as (app label, codename) pairs."""
    return [(model._meta.app_label, get_permission_codename(action, model._meta)) for action in actions]


AUTHORS = permissions_of(Author)
BLOG_CATEGORIES = permissions_of(BlogCategory)
TAGS = permissions_of(Tag)
PROMOTIONS = permissions_of(SearchPromotion)
RESOURCES = permissions_of(Resource)
# Wagtail makes a redirect whenever a published page's web address (slug) changes; editors check and fix them.
REDIRECTS = permissions_of(Redirect)
ADMIN_ACCESS = [(Admin._meta.app_label, "access_admin")]
# The crisis bar and the footer: one per site, changed and published (never added or deleted) by editors.
SITE_CHROME = permissions_of(CrisisSupportSettings, ["change", "publish", "view"]) + permissions_of(
    SiteChromeSettings, ["change", "publish", "view"]
)


@dataclass(frozen=True)
class Role:
    name: str
    model_permissions: list = field(default_factory=list)
    # Page permission codenames on the root of the page tree, so they apply to every page.
    page_permissions: list = field(default_factory=list)
    # Image and document permissions on the root collection, so they apply to every collection.
    collection_permissions: list = field(default_factory=list)


ROLES = [
    Role(
        EDITORS,
        model_permissions=ADMIN_ACCESS
        + AUTHORS
        + BLOG_CATEGORIES
        + TAGS
        + PROMOTIONS
        + RESOURCES
        + REDIRECTS
        + SITE_CHROME,
        page_permissions=["add_page", "change_page", "publish_page", "lock_page"],
        collection_permissions=permissions_of(Image, ["add", "change", "choose"])
        + permissions_of(Document, ["add", "change", "choose"]),
    ),
    Role(
        MODERATORS,
        model_permissions=ADMIN_ACCESS,
        page_permissions=["change_page", "publish_page", "lock_page", "unlock_page"],
        collection_permissions=permissions_of(Image, ["choose"]) + permissions_of(Document, ["choose"]),
    ),
    # Contributors get "add" on the blog index only (see SECTIONS): they write and submit, never publish.
    Role(
        CONTRIBUTORS,
        model_permissions=ADMIN_ACCESS + permissions_of(Author, ["view"]),
        collection_permissions=permissions_of(Image, ["add", "choose"]),
    ),
    # Clinical reviewers approve learning modules (see SECTIONS for their rights on the learning section) and
    # see the author profiles their approvals are shown under.
    Role(CLINICAL_REVIEWERS, model_permissions=ADMIN_ACCESS + permissions_of(Author, ["view"])),
]


@dataclass(frozen=True)
class Workflow:
    name: str
    task_name: str
    reviewer_groups: list
    task_model: tuple = ("wagtailcore", "GroupApprovalTask")


WORKFLOWS = [
    # Wagtail's first migration creates a "Moderators approval" task; the blog reuses it.
    Workflow(BLOG_REVIEW, "Moderators approval", [MODERATORS]),
    # editorial.ClinicalReviewTask: no self-approval, and approvals are recorded for the publish guard.
    Workflow(MODULE_CLINICAL_REVIEW, "Clinical review", [CLINICAL_REVIEWERS], ("editorial", "ClinicalReviewTask")),
]


@dataclass(frozen=True)
class Section:
    """A part of the site whose index page gets its own workflow and extra page permissions."""

    model: type
    workflow: str
    page_permissions: dict = field(default_factory=dict)  # group name -> page permission codenames


SECTIONS = [
    Section(BlogIndexPage, BLOG_REVIEW, {CONTRIBUTORS: ["add_page"]}),
    # Wagtail publishes an approved page as its approver, so clinical reviewers need "publish" on the modules;
    # publishing a module by any other way than their approval is refused (editorial.clinical_review).
    Section(LearningIndexPage, MODULE_CLINICAL_REVIEW, {CLINICAL_REVIEWERS: ["change_page", "publish_page"]}),
]


def apply_roles(apps=django_apps):
    """Create the groups, their permissions and the workflows, and set up any section pages that exist."""
    for role in ROLES:
        _apply_role(apps, role)
    for workflow in WORKFLOWS:
        _workflow(apps, workflow)
    Page = apps.get_model("wagtailcore", "Page")
    for section in SECTIONS:
        opts = section.model._meta
        for page in Page.objects.filter(content_type__app_label=opts.app_label, content_type__model=opts.model_name):
            _apply_section(apps, section, page)


def apply_section(page, apps=django_apps):
    """Give a newly created section index page its workflow and permissions. Other pages are left alone."""
    content_type = apps.get_model("contenttypes", "ContentType").objects.get_for_id(page.content_type_id)
    for section in SECTIONS:
        if (content_type.app_label, content_type.model) == (
            section.model._meta.app_label,
            section.model._meta.model_name,
        ):
            _apply_section(apps, section, page)


def _apply_role(apps, role):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    group, _ = Group.objects.get_or_create(name=role.name)
    group.permissions.add(*_permission_rows(apps, role.model_permissions))
    root_page = apps.get_model("wagtailcore", "Page").objects.filter(depth=1).first()
    if root_page:
        for permission in _permissions(apps, "wagtailcore", role.page_permissions):
            GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=permission)
    root_collection = apps.get_model("wagtailcore", "Collection").objects.filter(depth=1).first()
    if root_collection:
        for permission in _permission_rows(apps, role.collection_permissions):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )


def _apply_section(apps, section, page):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    for group_name, codenames in section.page_permissions.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for permission in _permissions(apps, "wagtailcore", codenames):
            GroupPagePermission.objects.get_or_create(group=group, page_id=page.pk, permission=permission)
    workflow = _workflow(apps, next(w for w in WORKFLOWS if w.name == section.workflow))
    # An administrator may have chosen another workflow for this page in the admin: keep their choice.
    WorkflowPage.objects.get_or_create(page_id=page.pk, defaults={"workflow": workflow})


def _workflow(apps, spec):
    """The named workflow with its one group-approval task, created when missing."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")

    workflow, created = Workflow.objects.get_or_create(name=spec.name, defaults={"active": True})
    if not created:
        return workflow
    try:
        TaskModel = apps.get_model(*spec.task_model)
    except LookupError:  # an early migration, before the task model existed: a later one converts the task
        TaskModel = GroupApprovalTask
    task = GroupApprovalTask.objects.filter(name=spec.task_name).first()
    if task is None:
        # Set explicitly: historical models (in migrations) do not fill in the task's content type themselves.
        content_type, _ = ContentType.objects.get_or_create(
            app_label=TaskModel._meta.app_label, model=TaskModel._meta.model_name
        )
        task = TaskModel.objects.create(name=spec.task_name, active=True, content_type=content_type)
        task.groups.set([Group.objects.get_or_create(name=name)[0] for name in spec.reviewer_groups])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def _permission_rows(apps, pairs):
    permissions = []
    for app_label, codename in pairs:
        permissions += _permissions(apps, app_label, [codename])
    return permissions


def _permissions(apps, app_label, codenames):
    Permission = apps.get_model("auth", "Permission")
    return list(Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))
