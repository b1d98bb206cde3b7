"""A separate process for the two-process test: `python -m tests.accounts.limit_worker login join 3` sends, for each
scenario, 3 requests through Django (its own memory, as a second gunicorn worker or server would have) and prints
their status codes as JSON ({"login": [...], "join": [...]}). The database comes from DATABASE_URL."""

import json
import os
import sys


def main(scenarios, count):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.test")
    import django

    django.setup()
    from django.test import Client

    results = {}
    for scenario in scenarios:
        results[scenario] = run(Client, scenario, count)
    print(json.dumps(results))


def run(client_class, scenario, count):
    client = client_class()
    statuses = []
    for n in range(count):
        if scenario == "login":
            data = {"username": "robin", "password": f"wrong-{n}"}
            statuses.append(client.post("/accounts/login/", data).status_code)
        elif scenario == "join":
            data = {
                "email": f"p{os.getpid()}-{n}@example.com",
                "password1": "quiet-Harbour-lamp-58",
                "password2": "quiet-Harbour-lamp-58",
                "website": "",
            }
            statuses.append(client.post("/accounts/join/", data).status_code)
    return statuses


if __name__ == "__main__":
    main(sys.argv[1:-1], int(sys.argv[-1]))
