"""The Typer app behind `offerloop`: area modules register their own commands; heavy imports stay lazy."""

from __future__ import annotations

from importlib import import_module

import typer

from offerloop.cli._common import OfferloopGroup

# Each module exposes register(app); order is the order in --help.
MODULES = ("core", "content", "practice", "review_problems", "plan", "cards", "stories", "design", "mock",
           "tracker", "resume", "takehome", "offers", "accounts")

app = typer.Typer(
    cls=OfferloopGroup,
    name="offerloop",
    help="offerloop: a local-first workbench for the ML interview loop, from application to offer.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

for _name in MODULES:
    import_module(f"offerloop.cli.{_name}").register(app)
