"""CLI commands of this area (not built yet)."""

import typer


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root app."""
