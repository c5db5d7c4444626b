"""Storage: engine and sessions, the declarative base, Alembic migrations, export and import."""
