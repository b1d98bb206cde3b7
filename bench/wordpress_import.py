"""WordPress import benchmark: import rate and peak memory at 1,000 and 5,000 generated posts.

Usage: python bench/wordpress_import.py [--sizes 1000 5000] [--database-url postgres://…/wordpress_bench]
Each size is imported by a fresh process into a fresh database, from an export written by
bench/wordpress_export.py, with the fixture's media folder. The database is a copy of one migrated template: a
file under var/ on SQLite (the default); on PostgreSQL, `--database-url` names a database that is dropped and
created again from `<name>_template` (made on the first run) for each size. Prints posts per second (wall and CPU
time), the process's peak resident memory and the load average for each size, against the targets: at least
50 posts/s, and peak memory within 20 % between the smallest and the largest size (the reader streams; memory must
not grow with N); each target is printed MET or MISSED (with the shortfall).
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
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
VAR = ROOT / "var"
TEMPLATE = VAR / "bench-wordpress-template.sqlite3"
MEDIA = ROOT / "tests" / "fixtures" / "wordpress" / "uploads"
TARGET_RATE = 50
TARGET_MEMORY_SPREAD = 0.20


def django_setup(database_url):
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "settings.test"
    os.environ["DATABASE_URL"] = database_url
    import django

    django.setup()


def postgres_admin(database_url):
    """An autocommit connection to the server's maintenance database, to drop and create databases."""
    import psycopg

    return psycopg.connect(urlparse(database_url)._replace(path="/postgres").geturl(), autocommit=True)


def template_url(database_url):
    if not database_url:
        return f"sqlite:///{TEMPLATE}"
    return urlparse(database_url)._replace(path=urlparse(database_url).path + "_template").geturl()


def template_exists(database_url):
    if not database_url:
        return TEMPLATE.exists()
    with postgres_admin(database_url) as admin:
        name = urlparse(template_url(database_url)).path.lstrip("/")
        return admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None


def fresh_database(database_url, posts):
    """A copy of the template for one run: its URL."""
    if not database_url:
        database = VAR / f"bench-wordpress-{posts}.sqlite3"
        shutil.copyfile(TEMPLATE, database)
        return f"sqlite:///{database}"
    name, template = (urlparse(url).path.lstrip("/") for url in (database_url, template_url(database_url)))
    with postgres_admin(database_url) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return database_url


def make_template(database_url):
    """A migrated database with a home page and a blog, made once and copied for each run."""
    if database_url:
        with postgres_admin(database_url) as admin:
            admin.execute(f'CREATE DATABASE "{urlparse(template_url(database_url)).path.lstrip("/")}"')
    django_setup(template_url(database_url))
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


def import_once(posts, database_url):
    """In a child process: import `posts` generated posts; print JSON with the rate and peak memory."""
    export = VAR / f"bench-wordpress-{posts}.xml"
    sys.path.insert(0, str(ROOT / "bench"))
    from wordpress_export import write

    write(export, posts)
    django_setup(fresh_database(database_url, posts))
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
    if "postgres" in database_url:
        from django.db import connection

        connection.close()  # the next size drops this database
    imported = summary.counts["post"]["created"]
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = {"posts": posts, "imported": imported, "seconds": elapsed, "cpu_seconds": cpu, "peak_mib": peak_kib / 1024}
    print(json.dumps({**result, "load": os.getloadavg()[0]}))


def verdict(met, shortfall):
    return "MET" if met else f"MISSED by {shortfall}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="exit 0 when a target is missed (the shortfall is still printed); a crash still fails",
    )
    parser.add_argument(
        "--database-url",
        default="",
        help="a PostgreSQL database to import into (dropped and created again for each size); SQLite by default",
    )
    parser.add_argument("--template", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.template:
        make_template(arguments.database_url)
        return 0
    if arguments.child:
        import_once(arguments.child, arguments.database_url)
        return 0
    VAR.mkdir(exist_ok=True)
    database = ["--database-url", arguments.database_url]
    if not template_exists(arguments.database_url):
        subprocess.run([sys.executable, __file__, "--template", *database], check=True)  # noqa: S603
    print(f"database: {'PostgreSQL' if arguments.database_url else 'SQLite'}")
    results = []
    for size in arguments.sizes:
        output = subprocess.run(  # noqa: S603 (this script, run again for one size)
            [sys.executable, __file__, "--child", str(size), *database], capture_output=True, text=True, check=True
        ).stdout
        result = json.loads(output.strip().splitlines()[-1])
        result["rate"] = result["imported"] / result["seconds"]
        results.append(result)
        met, shortfall = result["rate"] >= TARGET_RATE, f"{TARGET_RATE - result['rate']:.1f} posts/s"
        print(
            f"{size:>6} posts: {result['imported']} imported in {result['seconds']:.1f} s = "
            f"{result['rate']:.1f} posts/s, target ≥ {TARGET_RATE}: "
            f"{verdict(met, shortfall)}; peak memory {result['peak_mib']:.0f} MiB; "
            f"CPU {result['cpu_seconds']:.1f} s = {result['imported'] / result['cpu_seconds']:.1f} posts per "
            f"CPU-second; load average {result['load']:.1f} on {os.cpu_count()} cores"
        )
    low, high = results[0]["peak_mib"], results[-1]["peak_mib"]
    spread = (high - low) / low
    memory_met = abs(spread) <= TARGET_MEMORY_SPREAD
    print(
        f"peak memory {low:.0f} → {high:.0f} MiB: {spread:+.0%}, target within ±{TARGET_MEMORY_SPREAD:.0%}: "
        f"{verdict(memory_met, f'{abs(spread) - TARGET_MEMORY_SPREAD:.0%}')}"
    )
    ok = memory_met and all(result["rate"] >= TARGET_RATE for result in results)
    print("WordPress import targets: " + ("MET" if ok else "MISSED"))
    return 0 if ok or arguments.report_only else 1


if __name__ == "__main__":
    sys.exit(main())
