"""`make bench`: the site under gunicorn with production settings, each page paired with a 20 KB ceiling view.

Usage: python bench/run.py [--posts 10000] [--sizes 1000,10000] [--seconds 5] [--connections 4]

For the largest size it builds (or reuses) the database with bench/build_site.py, collects static files, starts
gunicorn (2 sync workers, bench/settings.py) on 127.0.0.1 only, and drives every page with wrk, each page run
followed by a ceiling run in the same conditions. Each page is measured uncached (the request carries a cookie the
site does not know, so the page cache lets it through: every request renders, as before the cache) and, where the
page cache stores it, cached (no cookie, as an anonymous reader arrives). The ceiling always carries the cookie: it
is the same trivial view through the same middleware in both cases. For each run it reports requests/s,
p50/p95/p99 latency, the server CPU per request (the workers' user+system time over the run, from /proc), and the
ratio to the ceiling.
It also counts SQL queries per page at each size (in-process, test client) and weighs each page (HTML, CSS, JS).
The report goes to docs/benchmarks.md with a chart in docs/benchmarks.png.
"""

import argparse
import datetime
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "var" / "bench"
PYTHON = sys.executable
PORT = int(os.environ.get("BENCH_PORT", "8799"))  # another port when two benches share a machine
BASE = f"http://127.0.0.1:{PORT}"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
COST_REQUESTS = 5  # in-process requests per page and archive size for the cost against N
UNCACHED_COOKIE = "bench-uncached=1"  # unknown to the site: home/page_cache.py neither answers nor stores the request


def database_url(posts):
    return os.environ.get("BENCH_DATABASE_URL_TEMPLATE", "sqlite:///{dir}/site-{posts}.sqlite3").format(
        dir=BENCH, posts=posts
    )


def bench_env(posts):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": database_url(posts),
        "PYTHONPATH": str(ROOT),
    }


def build(posts):
    """The site with `posts` posts. On SQLite each size starts from a copy of the seeded, migrated base database."""
    target = BENCH / f"site-{posts}.sqlite3"
    if "BENCH_DATABASE_URL_TEMPLATE" not in os.environ and not target.exists():
        base = BENCH / "base.sqlite3"
        if not base.exists():
            subprocess.run(
                [PYTHON, "bench/build_site.py", "--posts", "0"],
                cwd=ROOT,
                env={**bench_env(posts), "DATABASE_URL": f"sqlite:///{base}"},
                check=True,
            )
        shutil.copyfile(base, target)
    subprocess.run([PYTHON, "bench/build_site.py", "--posts", str(posts)], cwd=ROOT, env=bench_env(posts), check=True)


def collect_static(env):
    """Production serves hashed, compressed static files from STATIC_ROOT (incremental after the first run)."""
    subprocess.run([PYTHON, "manage.py", "collectstatic", "--no-input", "-v", "0"], cwd=ROOT, env=env, check=True)


def django_for(posts):
    """Set up Django in this process on the database of `posts` (for URLs, sessions and query counts)."""
    os.environ.update(bench_env(posts))
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def pages():
    """The URLs to measure, picked from the built database: (label, path, needs a member's session)."""
    from authors.models import Author
    from blog.models import BlogCategory, BlogIndexPage, BlogPostPage
    from learning.models import LearningModulePage

    blog = BlogIndexPage.objects.get()
    last_page = max(1, -(-BlogPostPage.objects.live().child_of(blog).count() // 12))
    post = BlogPostPage.objects.live().order_by("-date", "-pk").first()
    module = LearningModulePage.objects.live().order_by("number").first()
    category = BlogCategory.objects.order_by("pk").first()
    author = Author.objects.order_by("pk").first()
    return [
        ("home", "/", False),
        ("blog index, page 1", "/blog/", False),
        (f"blog index, page {min(400, last_page)}", f"/blog/?page={min(400, last_page)}", False),
        ("post", post.url, False),
        ("category", f"/blog/category/{category.slug}/", False),
        ("author", f"/authors/{author.slug}/", False),
        ("module, anonymous", module.url, False),
        ("module, member", module.url, True),
        ("RSS feed", "/blog/feed/", False),
        ("sitemap", "/sitemap.xml", False),
        ('search "family"', "/search/?q=family", False),
    ]


def member_cookie():
    """A logged-in member's session cookie, made directly in the session store."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.utils.module_loading import import_string

    user = get_user_model().objects.get(username="member")
    session = import_string(settings.SESSION_ENGINE + ".SessionStore")()
    session[SESSION_KEY] = str(user.pk)
    # The first backend that logs people in (django-axes' backend only counts failures).
    session[BACKEND_SESSION_KEY] = next(
        path for path in settings.AUTHENTICATION_BACKENDS if hasattr(import_string(path), "get_user")
    )
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def query_counts(paths):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client, counts, cpu = Client(HTTP_HOST="127.0.0.1"), {}, {}
    client.cookies.load(UNCACHED_COOKIE)  # count the page's own work, not the page cache's answer
    for label, path, as_member in paths:
        if as_member:
            continue
        client.get(path)  # renditions and caches warm, as on a running site
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        assert response.status_code == 200, f"{path}: {response.status_code}"
        counts[label] = len(captured)
        times = []
        for _ in range(COST_REQUESTS):
            started = time.process_time()
            client.get(path)
            times.append(1000 * (time.process_time() - started))
        cpu[label] = round(statistics.median(times), 1)
    return {"queries": counts, "cpu_ms": cpu}


class Server:
    def __init__(self, env):
        self.process = subprocess.Popen(
            [str(Path(PYTHON).parent / "gunicorn"), "settings.wsgi:application", "--bind", f"127.0.0.1:{PORT}"]
            + ["--workers", "2", "--worker-class", "sync", "--log-level", "warning"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=open(BENCH / "gunicorn.log", "w"),  # noqa: SIM115
        )
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{BASE}/healthz/", timeout=5)  # noqa: S310
                return
            except OSError:
                time.sleep(0.5)
        raise SystemExit("gunicorn did not start: see var/bench/gunicorn.log")

    def worker_cpu_seconds(self):
        total = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.process.pid:  # ppid
                total += int(fields[11]) + int(fields[12])  # utime + stime
        return total / CLOCK_TICKS

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def wrk(server, path, seconds, connections, cookie=None):
    command = ["wrk", "-t", str(min(2, connections)), "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s"]
    command += ["-s", str(ROOT / "bench" / "wrk_report.lua")]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    before = server.worker_cpu_seconds()
    output = subprocess.run(command + [BASE + path], capture_output=True, text=True, check=True).stdout
    cpu = server.worker_cpu_seconds() - before
    result = json.loads(output.strip().splitlines()[-1])
    result["cpu_ms"] = 1000 * cpu / max(result["requests"], 1)
    return result


def page_weight(path):
    """Bytes of the page's HTML plus every stylesheet and script it links (each counted once)."""
    html = urllib.request.urlopen(BASE + path, timeout=30).read()  # noqa: S310
    assets = set(re.findall(rb'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', html))
    assets |= set(re.findall(rb'<script[^>]+src="([^"]+)"', html))
    total = len(html)
    for asset in assets:
        url = asset.decode()
        total += len(urllib.request.urlopen(url if url.startswith("http") else BASE + url, timeout=30).read())  # noqa: S310
    return len(html), total


def served_from_cache(path):
    """Does the page cache answer an anonymous request for `path`? Asked a few times: without REDIS_URL each worker
    keeps its own cache, and the first request a worker gets for a page stores it."""
    for _ in range(6):
        response = urllib.request.urlopen(BASE + path, timeout=30)  # noqa: S310
        if response.headers.get("X-Page-Cache") == "hit":
            return True
    return False


def measure(paths, seconds, connections):
    server = Server(bench_env(ARGS.posts))
    try:
        member = member_cookie()
        for _label, path, as_member in paths:  # warm every page once (renditions, caches)
            wrk(server, path, 1, 1, member if as_member else UNCACHED_COOKIE)
        rows = []
        for label, path, as_member in paths:
            runs = [(label, member if as_member else UNCACHED_COOKIE)]
            if not as_member and served_from_cache(path):
                runs.append((f"{label}, cached", None))
            html, weight = page_weight(path) if not as_member else (None, None)
            for run_label, cookie in runs:
                page = wrk(server, path, seconds, connections, cookie)
                ceiling = wrk(server, "/bench-ceiling/", seconds, connections, UNCACHED_COOKIE)
                rows.append(
                    {"label": run_label, "path": path, "page": page, "ceiling": ceiling, "html": html, "weight": weight}
                )
                if not ceiling["requests"]:
                    raise SystemExit("No ceiling request completed: see var/bench/gunicorn.log")
                # A page slower than the whole run completes no request: it is reported with a ratio of 0.
                print(
                    f"  {run_label:36} {page['rps']:8.1f} req/s  p50 {page['p50_ms']:7.1f} ms  p95 "
                    f"{page['p95_ms']:7.1f}  p99 {page['p99_ms']:7.1f}  cpu {page['cpu_ms']:6.1f} ms  ceiling "
                    f"{ceiling['rps']:7.1f}  ratio {page['rps'] / ceiling['rps']:.4f}",
                    flush=True,
                )
        return rows
    finally:
        server.stop()


def size_table(counts, sizes, measure):
    """A Markdown table of `measure` ("queries" or "cpu_ms") per page at each archive size."""
    lines = ["| page | " + " | ".join(f"{size:,} posts" for size in sizes) + " |", "|---|" + "---|" * len(sizes)]
    for label in counts[sizes[0]][measure]:
        lines.append(f"| {label} | " + " | ".join(str(counts[size][measure].get(label, "—")) for size in sizes) + " |")
    return lines


def write_report(rows, counts, sizes, options, elapsed):
    from bench.chart import bar_chart, line_chart
    from bench.targets import verdicts

    load = os.getloadavg()
    lines = [
        "# Benchmarks",
        "",
        f"Written by `make bench` ({datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC, {elapsed:.0f} s): "
        f"{options.posts:,} posts on {'PostgreSQL' if 'postgres' in database_url(options.posts) else 'SQLite'}, "
        f"gunicorn with 2 sync workers and the production settings (bench/settings.py), wrk on 127.0.0.1 with "
        f"{options.connections} connections for {options.seconds} s per run. Each page run is followed by a run of "
        "the ceiling, a trivial view returning a fixed 20 KB page through the same middleware; the ratio is page "
        "requests/s over ceiling requests/s. CPU is the workers' user+system time per request. Pages are measured "
        "uncached (a cookie the site does not know makes the page cache let every request through) and, where the "
        "page cache stores them, cached (an anonymous reader's request, answered from the cache: rows ending in "
        "“cached”). "
        f"Load average while running: {load[0]:.1f} (this machine has {os.cpu_count()} cores; a loaded machine lowers "
        "the absolute figures, the ratios less so).",
        "",
        "| page | req/s | p50 ms | p95 ms | p99 ms | server CPU ms/req | ceiling req/s | ratio | non-2xx "
        "| HTML KB | HTML+CSS+JS KB |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        page, ceiling = row["page"], row["ceiling"]
        weight = f"{row['html'] / 1024:.1f} | {row['weight'] / 1024:.1f}" if row["html"] else "— | —"
        lines.append(
            f"| {row['label']} (`{row['path']}`) | {page['rps']:.1f} | {page['p50_ms']:.1f} | {page['p95_ms']:.1f} "
            f"| {page['p99_ms']:.1f} | {page['cpu_ms']:.1f} | {ceiling['rps']:.1f} "
            f"| {page['rps'] / ceiling['rps']:.4f} | {page['non_2xx']} | {weight} |"
        )
    lines += ["", "## Targets", "", *verdicts(rows)]
    lines += ["", "## SQL queries per page", "", *size_table(counts, sizes, "queries")]
    lines += [
        "",
        "## Cost against the size of the archive",
        "",
        f"CPU ms per uncached request in one process (Django's test client, median of {COST_REQUESTS}), on the same "
        "machine at the same time as the runs above:",
        "",
        *size_table(counts, sizes, "cpu_ms"),
    ]
    lines += [
        "",
        "![Ratio to the ceiling per page](benchmarks.png)",
        "",
        "![CPU per page against the size of the archive](benchmarks-growth.png)",
        "",
    ]
    (ROOT / "docs" / "benchmarks.md").write_text("\n".join(lines))
    bar_chart(
        ROOT / "docs" / "benchmarks.png",
        title=f"Requests/s as a share of the 20 KB ceiling, {options.posts:,} posts",
        bars=[(row["label"], row["page"]["rps"] / row["ceiling"]["rps"]) for row in rows],
    )
    line_chart(
        ROOT / "docs" / "benchmarks-growth.png",
        title="CPU ms per uncached page against the number of posts",
        sizes=sizes,
        series=[  # pages measured at every size (a deep page of the index is another page at each size)
            (label, [counts[size]["cpu_ms"][label] for size in sizes])
            for label in counts[sizes[0]]["cpu_ms"]
            if all(label in counts[size]["cpu_ms"] for size in sizes)
        ],
    )


def main():
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--sizes", default="1000", help="extra archive sizes for the query counts, comma-separated")
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=4)
    ARGS = options = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: `make bench` installs it (apt-get install wrk).")
    started = time.perf_counter()
    BENCH.mkdir(parents=True, exist_ok=True)
    sizes = sorted({int(size) for size in options.sizes.split(",") if size} | {options.posts})
    collect_static(bench_env(options.posts))
    counts = {}
    for size in sizes:
        print(f"Building the site with {size:,} posts", flush=True)
        build(size)
        output = subprocess.run(
            [PYTHON, "bench/run.py", "--count-queries", str(size)],
            cwd=ROOT,
            env=bench_env(size),
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        counts[size] = json.loads(output.strip().splitlines()[-1])  # {"queries": …, "cpu_ms": …}
    django_for(options.posts)
    paths = pages()
    print(f"Serving {options.posts:,} posts with gunicorn; {options.seconds} s per run", flush=True)
    rows = measure(paths, options.seconds, options.connections)
    write_report(rows, counts, sizes, options, time.perf_counter() - started)
    print("Wrote docs/benchmarks.md, docs/benchmarks.png and docs/benchmarks-growth.png", flush=True)


def count_queries_main(size):
    django_for(size)
    print(json.dumps(query_counts(pages())))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--count-queries":
        count_queries_main(int(sys.argv[2]))
    else:
        main()
