"""Helpers that cases.py files use to describe cases."""

from __future__ import annotations

from typing import Any


def case(*args: Any, name: str = "", **kwargs: Any) -> dict:
    """A case that calls the problem's function with these arguments."""
    return {"kind": "call", "name": name, "args": list(args), "kwargs": kwargs}


def driver(source: str, name: str = "", params: dict | None = None) -> dict:
    """A case whose `drive(ns)` (defined in source) exercises the user's module and returns plain data.

    params (plain data) is what a checker receives as `args` for this case."""
    if "def drive(" not in source:
        raise ValueError("a driver's source must define drive(ns)")
    return {"kind": "drive", "name": name, "source": source, "params": params}
