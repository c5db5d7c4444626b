"""`offerloop`: the entry point. `test` and `submit` take a fast path (cli.quick) that imports
neither Typer nor the app; everything else, and anything that path hands over, runs the Typer app
built in cli.root."""

from __future__ import annotations

import sys


def main() -> None:
    from offerloop.cli import quick

    if sys.argv[1:2] and sys.argv[1] in quick.COMMANDS:
        code = quick.main(sys.argv[1:])
        if code is not None:
            sys.exit(code)
    from offerloop.cli.root import app

    app()


def __getattr__(name: str):
    # `from offerloop.cli.main import app` keeps working (tests, scripts) without building it eagerly.
    if name == "app":
        from offerloop.cli.root import app

        return app
    raise AttributeError(name)
