"""The databases the store tests run on: SQLite always, PostgreSQL when $ACCORD_TEST_POSTGRES names
a server (`.ci/postgres.sh` starts a throwaway one)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from accord.store import schema

POSTGRES_URL = os.environ.get("ACCORD_TEST_POSTGRES")
BACKENDS = ["sqlite", "postgresql"]


def fresh_database(backend: str, sqlite_file: Path) -> str:
    """`sqlite_file`, or the PostgreSQL server emptied of accord's tables; without a server the
    calling test skips, saying how to get one."""
    if backend == "sqlite":
        return str(sqlite_file)
    if not POSTGRES_URL:
        pytest.skip("set ACCORD_TEST_POSTGRES to a PostgreSQL URL (.ci/postgres.sh starts one)")
    schema.metadata.drop_all(create_engine(POSTGRES_URL))
    return POSTGRES_URL
