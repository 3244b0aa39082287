"""Alembic migrations of the archive, run by archive/migrate.py (no alembic.ini needed)."""
