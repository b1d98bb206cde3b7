"""Import a WordPress export into the blog: authors, categories, tags, pictures, posts and redirects.

Two streaming passes over the file: the first reads the export's authors, categories, tags and attachments (small
records) and checks the whole file is readable before anything is written; the second imports posts in batches of
BATCH_SIZE, one transaction a batch and a savepoint a post, so that a post that fails rolls back alone (with what
the importer remembered of it, see wordpress.journal) and is reported. What a batch needs from the database (the
posts imported before, slugs in use, stored redirects) is read once for the batch. Every object remembers where it
came from (wordpress.models), so a second run finds it again: unchanged posts are left alone, changed ones are
updated with --update, and nothing is duplicated.
"""

import datetime
import hashlib
from collections import defaultdict
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import DatabaseError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator, slugify

from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection, Page

from authors.models import Author
from blog.models import BlogCategory, BlogIndexPage, BlogPostAuthor, BlogPostPage, post_slug_is_reserved

from .body import BodyConverter
from .credits import record_image_credit
from .indexing import DeferredIndexing
from .journal import Journal
from .models import ImportedAuthor, ImportedImage, ImportedPost
from .post_rows import creation_log_entry, save_children, save_revision
from .redirects import Redirects, attachment_paths, post_paths
from .summary import Summary
from .wxr import Author as WxrAuthor
from .wxr import Item, Term, WxrReader

UPLOADS = "wp-content/uploads/"
IMPORTED_STATUSES = {"publish": "live", "draft": "draft", "pending": "draft", "future": "scheduled"}
SKIPPED_STATUSES = {
    "private": "private posts are not imported",
    "trash": "it is in WordPress's trash",
    "auto-draft": "it is an unsaved WordPress auto-draft",
    "inherit": "it is a revision",
}
DEFAULT_CATEGORY = "uncategorized"
INTRO_MAX = 400
NO_DATE = "0000-00-00 00:00:00"
BATCH_SIZE = 100  # posts per transaction: fewer commits, and a failed batch is retried one post at a time


class ImportAborted(Exception):
    """The import cannot start (no blog to import into, unreadable media folder); one line for the editor."""


@dataclass(frozen=True)
class Attachment:
    post_id: int
    parent_id: int
    url: str
    link: str
    title: str
    alt: str


def parse_date(value, gmt):
    """A WordPress date ("2017-12-04 09:30:00"), local time of the site unless `gmt`; None when unset."""
    if not value or value == NO_DATE:
        return None
    moment = datetime.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    return timezone.make_aware(moment, datetime.UTC if gmt else timezone.get_current_timezone())


class WordPressImporter:
    def __init__(self, path, *, media_dir=None, update=False, dry_run=False, keywords_as_tags=False, progress=None):
        self.path = path
        self.media_dir = Path(media_dir).resolve() if media_dir else None
        if self.media_dir and not self.media_dir.is_dir():
            raise ImportAborted(f"the media folder {media_dir} does not exist")
        self.update = update
        self.dry_run = dry_run
        self.keywords_as_tags = keywords_as_tags
        self.progress = progress or (lambda done, total, line: None)
        self.summary = Summary()
        self.converter = BodyConverter(self.find_image, self.attachment)
        self.authors, self.categories, self.tags, self.images = {}, {}, {}, {}

    # The two passes

    def run(self):
        header, self.attachments, self.total = self.read_header()
        self.attachments_of = defaultdict(list)  # WordPress post id: the attachments uploaded to that post
        for attachment in self.attachments.values():
            self.attachments_of[attachment.parent_id].append(attachment)
        blog = BlogIndexPage.objects.first()
        if blog is None:
            raise ImportAborted("there is no blog to import into: create the blog index page first")
        self.blog_id, self.blog, self.next_step = blog.pk, blog, None
        self.journal = Journal()
        self.redirects = Redirects(blog.get_site(), self.summary, self.journal)
        self.done = 0
        # A dry run is one transaction, rolled back at the end; a real import commits a batch of posts at a time.
        with DeferredIndexing() as indexing, transaction.atomic() if self.dry_run else nullcontext():
            try:
                with transaction.atomic():
                    self.import_header(header)
                    self.redirects.flush()
                self.journal.forget()
                for batch in self.post_batches():
                    self.import_batch(batch)
            finally:  # what was saved is indexed even when the import stops half-way
                if self.dry_run:
                    indexing.forget()
                    transaction.set_rollback(True)
                else:
                    self.progress(self.done, self.total, f"indexing {indexing.flush()} saved objects for search")
        return self.summary

    def post_batches(self):
        batch = []
        for entry in WxrReader(self.path).read():
            if isinstance(entry, Item) and entry.post_type == "post":
                batch.append(entry)
                if len(batch) == BATCH_SIZE:
                    yield batch
                    batch = []
        if batch:
            yield batch

    def import_batch(self, items):
        """Import `items` in one transaction. Some checks only run when it commits (foreign keys on SQLite and
        PostgreSQL); if the commit fails, the counts and the importer's memory go back to before the batch and its
        posts are imported again one per transaction, so that only the post at fault is lost."""
        checkpoint, done = self.summary.checkpoint(), self.done
        try:
            with transaction.atomic():
                self.new_rows, self.new_posts = [], 0
                self.prefetch(items)
                for item in items:
                    self.import_post(item)
                    self.done += 1
                    self.progress(self.done, self.total, self.last_line)
                self.end_batch()
        except DatabaseError as error:
            self.summary.restore(checkpoint)
            self.journal.rollback_to(0)
            self.forget_tree_position()
            self.redirects.known, self.redirects.pending = {}, {}
            self.done = done
            if len(items) > 1:
                for item in items:
                    self.import_batch([item])
            else:
                self.summary.count("post", "skipped", f"{self.label(items[0])}: {error}")
                self.done += 1
            return
        self.journal.forget()

    def prefetch(self, items):
        """Read in one query each what the batch's posts look up: their records from an earlier import, the slugs
        they would take, the redirects from their old addresses."""
        self.imported = {
            link.wordpress_id: link
            for link in ImportedPost.objects.filter(wordpress_id__in=[item.post_id for item in items]).select_related(
                "page"
            )
        }
        bases = {self.base_slug(item) for item in items}
        self.slugs_checked = set(bases)
        self.slugs_in_use = dict(Page.objects.child_of(self.blog).filter(slug__in=bases).values_list("slug", "pk"))
        self.redirects.prefetch(path for item in items for path in self.readable_old_paths(item))

    def end_batch(self):
        """Insert the rows the batch's posts left for the end (their import records and creation log entries),
        count the new posts among the blog's children, and create the batch's new redirects."""
        by_model = defaultdict(list)
        for row in self.new_rows:
            by_model[type(row)].append(row)
        for model, rows in by_model.items():
            model.objects.bulk_create(rows)
        if self.new_posts:
            Page.objects.filter(pk=self.blog_id).update(numchild=F("numchild") + self.new_posts)
        self.redirects.flush()

    def forget_tree_position(self):
        """After a rollback: the blog's last child is read again before the next post is added."""
        self.blog = BlogIndexPage.objects.get(pk=self.blog_id)
        self.next_step = None

    def read_header(self):
        """Authors, terms and attachments, and the number of posts: the whole file is read before any write."""
        header, attachments, total = [], {}, 0
        for entry in WxrReader(self.path).read():
            if isinstance(entry, (WxrAuthor, Term)):
                header.append(entry)
            elif entry.post_type == "attachment":
                attachments[entry.post_id] = Attachment(
                    entry.post_id,
                    entry.parent_id,
                    entry.attachment_url,
                    entry.link,
                    entry.title,
                    entry.meta.get("_wp_attachment_image_alt", ""),
                )
            elif entry.post_type == "post":
                total += 1
            else:
                self.summary.count("post", "skipped", f"{entry.title or entry.post_id}: a WordPress {entry.post_type}")
        return header, attachments, total

    def import_header(self, header):
        terms = {term.slug: term for term in header if isinstance(term, Term) and term.kind == "category"}
        for entry in header:
            if isinstance(entry, WxrAuthor):
                self.author(entry.login, entry.display_name, entry.email)
            elif entry.kind == "category":
                self.category(entry.slug, entry.name, entry.description, archive_path=self.category_path(entry, terms))
            else:
                self.tag(entry.slug, entry.name)
        self.redirects.to_page(["/feed/"], self.blog, "/feed/")

    @staticmethod
    def category_path(term, terms):
        """WordPress nests child categories' addresses: /category/parent/child/."""
        slugs, seen = [term.slug], {term.slug}
        parent = terms.get(term.parent)
        while parent and parent.slug not in seen:
            slugs.insert(0, parent.slug)
            seen.add(parent.slug)
            parent = terms.get(parent.parent)
        return "/category/" + "/".join(slugs) + "/"

    # Authors, categories, tags

    def author(self, login, name, email=""):
        if login in self.authors:
            return self.authors[login]
        link = ImportedAuthor.objects.filter(login=login).select_related("author").first()
        if link:
            self.summary.count("author", "unchanged")
            author = link.author
        else:
            author = (email and Author.objects.filter(user__email__iexact=email).first()) or (
                Author.objects.filter(name__iexact=name or login).first()
            )
            if author:
                self.summary.count("author", "unchanged")
            else:
                author = Author.objects.create(name=(name or login)[:120], slug=self.unique_author_slug(login, name))
                self.summary.count("author", "created")
            ImportedAuthor.objects.create(login=login, author=author)
            self.redirects.to_link(f"/author/{login}/", author.get_absolute_url())
        self.journal.set(self.authors, login, author)
        return author

    @staticmethod
    def unique_author_slug(login, name):
        base = (slugify(name) or slugify(login) or "author")[:110]
        slug, number = base, 1
        while Author.objects.filter(slug=slug).exists():
            number += 1
            slug = f"{base}-{number}"
        return slug

    def category(self, slug, name, description="", archive_path=None):
        slug = slugify(unquote(slug), allow_unicode=True)[:80] or slugify(name, allow_unicode=True)[:80]
        if slug in self.categories:
            return self.categories[slug]
        if slug == DEFAULT_CATEGORY:
            self.summary.count("category", "skipped", "“Uncategorized”: WordPress's default, not a subject")
            self.journal.set(self.categories, slug, None)
            return None
        category = (
            BlogCategory.objects.filter(slug=slug).first() or BlogCategory.objects.filter(name__iexact=name).first()
        )
        if category:
            self.summary.count("category", "unchanged")
        else:
            category = BlogCategory.objects.create(name=name[:80] or slug, slug=slug, description=description)
            self.summary.count("category", "created")
        self.redirects.to_page([archive_path or f"/category/{slug}/"], self.blog, f"/category/{category.slug}/")
        self.journal.set(self.categories, slug, category)
        return category

    def tag(self, slug, name):
        slug = slugify(unquote(slug), allow_unicode=True)[:100] or slugify(name, allow_unicode=True)[:100]
        if slug in self.tags:
            return self.tags[slug]
        tag = Tag.objects.filter(slug=slug).first() or Tag.objects.filter(name__iexact=name).first()
        if tag:
            self.summary.count("tag", "unchanged")
        else:
            tag = Tag.objects.create(name=name[:100] or slug, slug=slug)
            self.summary.count("tag", "created")
        self.redirects.to_page([f"/tag/{slug}/"], self.blog, f"/tag/{tag.slug}/")
        self.journal.set(self.tags, slug, tag)
        return tag

    # Pictures

    def attachment(self, attachment_id):
        return self.attachments.get(attachment_id)

    def find_image(self, src, attachment_id=None):
        """The picture at `src` (…/wp-content/uploads/YYYY/MM/name.jpg) from the media folder, imported once."""
        if not src and attachment_id in self.attachments:
            src = self.attachments[attachment_id].url
        source = self.upload_path(src)
        if not source:
            return None
        if source in self.images:
            return self.images[source]
        found = self.media_file(source)
        if found is None:
            return None
        relative, file_path = found
        if relative in self.images:  # a resized copy of a picture already imported
            self.journal.set(self.images, source, self.images[relative])
            return self.images[source]
        link = ImportedImage.objects.filter(source=relative).select_related("image").first()
        if link:
            self.summary.count("image", "unchanged")
            image = link.image
        elif self.dry_run:
            self.summary.count("image", "created")
            image = None
        else:
            image = self.create_image(relative, file_path, attachment_id)
        self.journal.set(self.images, source, image)
        self.journal.set(self.images, relative, image)
        return image

    @staticmethod
    def upload_path(src):
        path = unquote(urlparse(src or "").path)
        return path.split(UPLOADS, 1)[1] if UPLOADS in path else ""

    def media_file(self, source):
        """(path below uploads/, file) inside the media folder; WordPress's resized copies fall back to the
        original. A path escaping the folder ("../../etc/passwd") is never followed."""
        if self.media_dir is None:
            return None
        stem, dot, extension = source.rpartition(".")
        candidates = [source]
        if dot and "-" in stem and "x" in stem.rsplit("-", 1)[1]:
            size = stem.rsplit("-", 1)[1]
            width, _x, height = size.partition("x")
            if width.isdigit() and height.isdigit():
                candidates.append(f"{stem.rsplit('-', 1)[0]}.{extension}")
        for candidate in candidates:
            file_path = (self.media_dir / candidate).resolve()
            if file_path.is_relative_to(self.media_dir) and file_path.is_file():
                return candidate, file_path
        return None

    def create_image(self, relative, file_path, attachment_id):
        attachment = self.attachments.get(attachment_id) if attachment_id else None
        title = (attachment.title if attachment and attachment.title else Path(relative).stem)[:255]
        image_model = get_image_model()
        try:
            with file_path.open("rb") as source, transaction.atomic():
                image = image_model(title=title, collection=Collection.get_first_root_node())
                image.file = ImageFile(source, name=file_path.name)
                image._set_image_file_metadata()
                image.save()
                ImportedImage.objects.create(source=relative, image=image)
        except (OSError, ValueError, ValidationError) as error:
            self.summary.count("image", "skipped", f"{relative}: not a readable picture ({error})")
            return None
        self.summary.count("image", "created")
        return image

    # Posts

    def skip_reason(self, item):
        if item.status in SKIPPED_STATUSES:
            return SKIPPED_STATUSES[item.status]
        if item.status not in IMPORTED_STATUSES:
            return f"unknown status “{item.status}”"
        if item.password:
            return "it is password-protected on WordPress (it would become public here)"
        return None

    @staticmethod
    def label(item):
        return f"“{item.title or '(no title)'}” (WordPress post {item.post_id}, line {item.line})"

    def import_post(self, item):
        self.last_line = f"{item.title or '(no title)'} (WordPress {item.post_id})"
        reason = self.skip_reason(item)
        if reason:
            self.summary.count("post", "skipped", f"{self.label(item)}: {reason}")
            return
        fingerprint = hashlib.sha256(item.fingerprint + bytes([self.keywords_as_tags])).hexdigest()
        existing = self.imported.get(item.post_id)
        if existing and existing.fingerprint == fingerprint:
            self.summary.count("post", "unchanged")
            self.last_line = f"unchanged: {self.last_line}"
            return
        if existing and not self.update:
            reason = "changed since it was imported; run with --update"
            self.summary.count("post", "skipped", f"{self.label(item)}: {reason}")
            return
        checkpoint, mark, rows = self.summary.checkpoint(), self.journal.mark(), []
        try:
            with transaction.atomic():
                self.save_post(item, existing.page.specific if existing else None, fingerprint, rows)
        except (DatabaseError, ValidationError, ValueError) as error:
            self.summary.restore(checkpoint)
            self.journal.rollback_to(mark)
            self.summary.count("post", "skipped", f"{self.label(item)}: {error}")
            self.forget_tree_position()  # the failed insert may have moved the tree
            return
        self.new_rows += rows
        self.new_posts += not existing
        outcome = "updated" if existing else "created"
        self.summary.count("post", outcome)
        self.last_line = f"{outcome}: {self.last_line}"

    @staticmethod
    def dates(item):
        """(published, the publication's local date and time, modified); published is None when the export has
        no date."""
        published = parse_date(item.post_date_gmt, gmt=True) or parse_date(item.post_date, gmt=False)
        local_date = parse_date(item.post_date, gmt=False) or published
        modified = parse_date(item.modified_gmt, gmt=True) or parse_date(item.modified, gmt=False)
        return published, local_date, modified

    def old_paths(self, item):
        """Every old address of the post and of the pictures uploaded to it."""
        _published, local_date, _modified = self.dates(item)
        if local_date is None:
            return []
        paths = post_paths(item, local_date)
        for attachment in self.attachments_of.get(item.post_id, ()):
            paths += attachment_paths(attachment)
        return paths

    def readable_old_paths(self, item):
        """The post's old addresses, or none when its date cannot be read (the post fails and is reported)."""
        try:
            return self.old_paths(item)
        except ValueError:
            return []

    def save_post(self, item, page, fingerprint, rows):
        """Save the post and everything it refers to; `rows` receives what the batch inserts when it ends."""
        published, local_date, modified = self.dates(item)
        if published is None:
            raise ValueError("it has no publication date")

        authors = self.post_authors(item)
        categories, tags = self.post_terms(item)
        known = [term.name for term in categories + tags] + [term.slug for term in categories + tags]
        converted = self.converter.convert(item.content, known)
        for note in converted.notes:
            self.summary.note(f"WordPress post {item.post_id}: {note}")
        if converted.keywords and self.keywords_as_tags:
            tags += [self.tag(slugify(keyword), keyword) for keyword in converted.keywords]
        elif converted.keywords:
            self.summary.note(
                f"WordPress post {item.post_id}: keywords not kept (use --keywords-as-tags): "
                + ", ".join(converted.keywords)
            )
        thumbnail_id = int(item.meta.get("_thumbnail_id") or 0)
        featured = self.find_image("", thumbnail_id) if thumbnail_id else None

        is_new = page is None
        page = page or BlogPostPage()
        page.title = item.title[:255] or f"Untitled post {item.post_id}"
        page.slug = self.unique_post_slug(item, page)
        page.date = timezone.localtime(local_date).date()
        page.updated = modified and timezone.localtime(modified).date()
        if page.updated and page.updated <= page.date:
            page.updated = None
        page.intro = self.intro(item, converted)
        page.featured_image = featured

        page.body = converted.blocks
        state = IMPORTED_STATUSES[item.status]
        page.live = state == "live"
        page.go_live_at = published if state == "scheduled" else None
        if page.live:
            page.first_published_at = published
            page.last_published_at = max(published, modified or published)
        if is_new:
            self.add_to_blog(page)
            save_children(page, authors, categories, tags)
            save_revision(page)
            rows.append(creation_log_entry(page))
            rows.append(ImportedPost(wordpress_id=item.post_id, page=page, fingerprint=fingerprint))
        else:
            page.categories = categories
            page.author_links = [BlogPostAuthor(author=author, sort_order=n) for n, author in enumerate(authors)]
            page.tags.set(tags)
            page.save()
            revision = save_revision(page)
            log(instance=page, action="wagtail.edit", revision=revision, content_changed=True)
            ImportedPost.objects.filter(wordpress_id=item.post_id).update(page=page, fingerprint=fingerprint)

        self.record_credit(featured, converted.featured_credit)
        for image, credit in converted.image_credits:
            self.record_credit(image, credit)
        self.redirects.to_page(self.old_paths(item), page)

    def record_credit(self, image, credit):
        if image is not None:
            self.journal.setattr(image, "credit", image.credit)  # the credit is put back if the post rolls back
        record_image_credit(image, credit)

    def add_to_blog(self, page):
        """Add a new post as the blog's last child, as treebeard's `add_child` does, without reading the blog and
        its last child again for every post (the blog's child count grows once a batch, in `end_batch`), and
        validated without a query per foreign key (the import sets them) or per unique column. If an editor adds
        a page under the blog meanwhile, that post fails on its path and is reported."""
        if self.next_step is None:  # by path: the blog's child count is behind until the batch ends
            last = Page.objects.filter(path__startswith=self.blog.path, depth=self.blog.depth + 1).only("path")
            last = last.order_by("-path").first()
            self.next_step = last._get_lastpos_in_path() + 1 if last else 1
        page.depth = self.blog.depth + 1
        page.path = Page._get_path(self.blog.path, page.depth, self.next_step)
        page._cached_parent_obj = self.blog
        page.locale_id = self.blog.locale_id  # as Wagtail would, without reading the blog again for each post
        page._is_site_root = False  # a new page is no site's root: Page.save need not ask
        # Unique columns (path, translation key) are left to the database, which refuses a duplicate on insert.
        relations = [field.name for field in page._meta.concrete_fields if field.is_relation]
        page.full_clean(exclude=relations, validate_unique=False)
        page.save(clean=False, log_action=None)  # logged with the batch (post_rows.creation_log_entry)
        self.next_step += 1

    def post_authors(self, item):
        authors = [self.author(item.creator, item.creator)] if item.creator else []
        for domain, slug, name in item.terms:
            if domain == "author":  # Co-Authors Plus stores co-authors as terms "cap-<login>"
                author = self.author(slug.removeprefix("cap-"), name)
                if author not in authors:
                    authors.append(author)
        if not authors:
            raise ValueError("it has no author")
        return authors

    def post_terms(self, item):
        categories, tags = [], []
        for domain, slug, name in item.terms:
            if domain == "category":
                category = self.category(slug or name, name)
                if category and category not in categories:
                    categories.append(category)
            elif domain == "post_tag":
                tag = self.tag(slug or name, name)
                if tag not in tags:
                    tags.append(tag)
        return categories, tags

    @staticmethod
    def base_slug(item):
        base = slugify(unquote(item.slug), allow_unicode=True) or slugify(item.title, allow_unicode=True) or "post"
        base = base[:240]
        if base.isdigit():  # "2017" would read as the year's archive: keep the number, make it a word
            base = f"post-{base}"
        return base

    def unique_post_slug(self, item, page):
        base = self.base_slug(item)
        slug, number = base, 1
        while post_slug_is_reserved(slug) or self.slug_taken(slug, page):
            number += 1
            slug = f"{base}-{number}"
        self.journal.set(self.slugs_in_use, slug, page.pk or 0)  # 0: a page of this batch, saved in a moment
        return slug

    def slug_taken(self, slug, page):
        """Whether another child of the blog has `slug`: the batch read its posts' own slugs (`prefetch`); a slug
        with a number added is looked up once."""
        if slug not in self.slugs_checked:
            self.slugs_checked.add(slug)
            owner = Page.objects.child_of(self.blog).filter(slug=slug).values_list("pk", flat=True).first()
            if owner:
                self.slugs_in_use[slug] = owner
        owner = self.slugs_in_use.get(slug)
        return owner is not None and owner != page.pk

    @staticmethod
    def intro(item, converted):
        text = " ".join(strip_tags(item.excerpt).split())
        if not text:
            for block in converted.blocks:
                if block["type"] == "paragraph":
                    text = " ".join(strip_tags(block["value"]).split())
                    break
        return Truncator(text or item.title).chars(INTRO_MAX - 100 if not item.excerpt else INTRO_MAX)
