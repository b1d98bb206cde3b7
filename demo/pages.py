"""Finding and publishing demo pages."""

from wagtail.models import Page, Site

from editorial.models import ClinicalApproval, clinical_reviewer_profile


def publish_child(parent, page):
    """Add `page` under `parent` and publish it, as an editor would."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def publish_reviewed_child(parent, page, writer, reviewer):
    """Add a learning module under `parent`, written by `writer`, and publish it with `reviewer`'s clinical approval
    (the only way a module goes live; the admin does the same through the Module clinical review)."""
    page.live = False
    parent.add_child(instance=page)
    revision = page.save_revision(user=writer)
    ClinicalApproval.objects.create(
        page=page, revision=revision, approved_by=reviewer, reviewer=clinical_reviewer_profile(reviewer)
    )
    revision.publish(user=reviewer)
    return page


def page_at(path):
    """The page at a site path such as `/blog/rewarding-sober-time/`; a clear error if the data names none."""
    root = Site.objects.get(is_default_site=True).root_page
    page = Page.objects.filter(url_path=root.url_path + path.strip("/") + "/").first()
    if page is None:
        raise LookupError(f"The demo data links to {path}, but no page is there (yet).")
    return page
