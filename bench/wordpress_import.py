"""WordPress import benchmark: import rate and peak memory at 1,000 and 5,000 generated posts.

Usage: python bench/wordpress_import.py [--sizes 1000 5000]
Each size is imported by a fresh process into a fresh SQLite database (copied from one migrated template under
var/), from an export written by bench/wordpress_export.py, with the fixture's media folder. Prints posts per
second and the process's peak resident memory for each size, against the targets: at least 50 posts/s, and peak
memory within 20 % between the smallest and the largest size (the reader streams; memory must not grow with N).
"""

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VAR = ROOT / "var"
TEMPLATE = VAR / "bench-wordpress-template.sqlite3"
MEDIA = ROOT / "tests" / "fixtures" / "wordpress" / "uploads"
TARGET_RATE = 50
TARGET_MEMORY_SPREAD = 0.20


def django_setup(database):
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    import django

    django.setup()


def make_template():
    """A migrated database with a home page and a blog, made once and copied for each run."""
    django_setup(TEMPLATE)
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from wagtail.models import Page, Site

    from blog.models import BlogIndexPage
    from home.models import HomePage

    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Home", slug="bench-home", hero_heading="Bench", hero_text="Bench")
    )
    Site.objects.update(root_page=home)
    home.add_child(instance=BlogIndexPage(title="Blog", slug="blog"))


def import_once(posts):
    """In a child process: import `posts` generated posts; print JSON with the rate and peak memory."""
    database = VAR / f"bench-wordpress-{posts}.sqlite3"
    export = VAR / f"bench-wordpress-{posts}.xml"
    shutil.copyfile(TEMPLATE, database)
    sys.path.insert(0, str(ROOT / "bench"))
    from wordpress_export import write

    write(export, posts)
    django_setup(database)
    from django.conf import settings
    from django.test.utils import override_settings

    from wordpress.importer import WordPressImporter

    media_root = VAR / f"bench-wordpress-media-{posts}"
    shutil.rmtree(media_root, ignore_errors=True)
    with override_settings(MEDIA_ROOT=media_root, LOGGING_CONFIG=None):
        import logging

        logging.disable(logging.INFO)
        started, cpu_started = time.perf_counter(), time.process_time()
        summary = WordPressImporter(str(export), media_dir=MEDIA).run()
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    assert settings.MEDIA_ROOT
    imported = summary.counts["post"]["created"]
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {"posts": posts, "imported": imported, "seconds": elapsed, "cpu_seconds": cpu, "peak_mib": peak_kib / 1024}
        )
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="exit 0 when a target is missed (the shortfall is still printed); a crash still fails",
    )
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        import_once(arguments.child)
        return 0
    VAR.mkdir(exist_ok=True)
    if not TEMPLATE.exists():
        subprocess.run([sys.executable, __file__, "--child", "0"], check=False)  # noqa: S603
    results = []
    for size in arguments.sizes:
        output = subprocess.run(  # noqa: S603 (this script, run again for one size)
            [sys.executable, __file__, "--child", str(size)], capture_output=True, text=True, check=True
        ).stdout
        result = json.loads(output.strip().splitlines()[-1])
        result["rate"] = result["imported"] / result["seconds"]
        results.append(result)
        print(
            f"{size:>6} posts: {result['imported']} imported in {result['seconds']:.1f} s = "
            f"{result['rate']:.1f} posts/s (target ≥ {TARGET_RATE}), peak memory {result['peak_mib']:.0f} MiB; "
            f"CPU {result['cpu_seconds']:.1f} s = {result['imported'] / result['cpu_seconds']:.1f} posts per CPU-second"
        )
    low, high = results[0]["peak_mib"], results[-1]["peak_mib"]
    spread = (high - low) / low
    print(f"peak memory {low:.0f} → {high:.0f} MiB: {spread:+.0%} (target within ±{TARGET_MEMORY_SPREAD:.0%})")
    ok = all(result["rate"] >= TARGET_RATE for result in results) and abs(spread) <= TARGET_MEMORY_SPREAD
    print("targets met" if ok else "TARGETS MISSED")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0 if ok or arguments.report_only else 1


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1:] == ["--child", "0"]:
        make_template()
    else:
        sys.exit(main())
