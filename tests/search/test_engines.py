"""The database engines' own structures, as `migrate` leaves them."""

import pytest

from django.db import connection

from search.engines.base import ENTRIES


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's storage of the search vector")
def test_postgres_keeps_the_vector_in_the_row_and_indexes_it():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attstorage FROM pg_attribute WHERE attrelid = %s::regclass AND attname = 'vector'", [ENTRIES]
        )
        assert cursor.fetchone() == ("m",)  # MAIN: matching and ranking never fetch it from the TOAST table
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'search_entry_vector_gin'")
        assert "gin (vector)" in cursor.fetchone()[0]
