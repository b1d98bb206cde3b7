"""The Redis server of this machine for tests of the production stores, shared safely with other runs."""

import uuid
from contextlib import contextmanager

import pytest
import redis


@contextmanager
def own_prefix_on(location, name):
    """Skip the test when no Redis server answers at `location`; otherwise yield a key prefix of the test's own and
    delete only its keys afterwards (the database is shared with the other xdist worker and any other run on this
    machine, whose keys a flush would wipe in the middle of their tests)."""
    server = redis.Redis.from_url(location, socket_connect_timeout=0.5)
    try:
        server.ping()
    except redis.RedisError:
        pytest.skip(f"no Redis server at {location}")
    prefix = f"{name}-{uuid.uuid4().hex}"
    yield prefix
    for key in server.scan_iter(match=f"{prefix}*"):
        server.delete(key)
