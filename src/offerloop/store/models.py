"""Imports every area's models so the metadata (and Alembic) sees all tables."""

from importlib import import_module

from offerloop.areas import AREA_PACKAGES
from offerloop.store.base import Base

for _pkg in AREA_PACKAGES:
    import_module(f"offerloop.{_pkg}.models")

metadata = Base.metadata
