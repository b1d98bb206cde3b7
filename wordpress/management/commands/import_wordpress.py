"""`manage.py import_wordpress EXPORT.xml [--media-dir DIR] [--dry-run] [--update] [--keywords-as-tags]`."""

import sys

from django.core.management.base import BaseCommand, CommandError

from wordpress.importer import ImportAborted, WordPressImporter
from wordpress.wxr import WxrError


class Command(BaseCommand):
    help = (
        "Import a WordPress export (Tools → Export → All content, a WXR .xml file) into the blog: authors, "
        "categories, tags, pictures, posts and redirects from every old address. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="The WordPress export file (.xml).")
        parser.add_argument(
            "--media-dir",
            help="A copy of the WordPress site's wp-content/uploads folder; pictures are read from it, never "
            "downloaded.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Show what would happen and save nothing.")
        parser.add_argument(
            "--update", action="store_true", help="Update posts imported before that changed in WordPress since."
        )
        parser.add_argument(
            "--keywords-as-tags",
            action="store_true",
            help="Keep the keywords of a trailing keyword list that are not tags yet as new tags.",
        )

    def handle(self, *args, **options):
        self.interactive = sys.stdout.isatty() and options["verbosity"] > 0
        self.verbosity = options["verbosity"]
        try:
            importer = WordPressImporter(
                options["export"],
                media_dir=options["media_dir"],
                update=options["update"],
                dry_run=options["dry_run"],
                keywords_as_tags=options["keywords_as_tags"],
                progress=self.progress,
            )
            summary = importer.run()
        except FileNotFoundError:
            raise CommandError(f"{options['export']}: no such file") from None
        except WxrError as error:
            raise CommandError(f"{options['export']}, {error}") from None
        except ImportAborted as error:
            raise CommandError(str(error)) from None
        if self.interactive:
            self.stdout.write("")
        if options["dry_run"]:
            self.stdout.write("Dry run: nothing was saved. This is what the import would do:")
        for line in summary.lines():
            self.stdout.write(line)
        if self.verbosity > 1:
            for line in summary.notes:
                self.stdout.write(f"note: {line}")
        elif summary.notes:
            self.stdout.write(f"{len(summary.notes)} notes on content that was not mapped exactly (see -v 2).")

    def progress(self, done, total, line):
        if self.verbosity == 0:
            return
        if self.interactive:
            width = 30
            filled = width * done // max(total, 1)
            self.stdout.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} posts", ending="")
            self.stdout.flush()
        else:
            self.stdout.write(f"{done}/{total} {line}")
