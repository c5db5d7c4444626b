"""What every CLI module shares: consoles, the app object, JSON output, the error boundary."""

from __future__ import annotations

import json
import sys
from typing import Any

import typer
from typer.core import TyperGroup


def console():
    from rich.console import Console

    return Console(highlight=False)


def err_console():
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def get_app():
    """The Offerloop object for this command (settings from the environment)."""
    from offerloop.app import Offerloop

    app = Offerloop()
    _OPEN.append(app)  # closed by the group when the command ends, so no connection leaks
    return app


_OPEN: list = []


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def fail(message: str, code: int = 2) -> "typer.Exit":
    err_console().print(f"[bold red]Error:[/] {message}", markup=True, soft_wrap=True)
    return typer.Exit(code)


class OfferloopGroup(TyperGroup):
    """The error boundary: a library error becomes one sentence on stderr and a non-zero exit."""

    def invoke(self, ctx):
        from offerloop.errors import OfferloopError

        try:
            return super().invoke(ctx)
        except OfferloopError as exc:
            raise fail(str(exc), exc.exit_code) from None
        except KeyboardInterrupt:
            raise fail("Interrupted.", 130) from None
        except Exception as exc:
            # A database failure mid-command is reported in one sentence; anything else is a bug.
            sa_exc = sys.modules.get("sqlalchemy.exc")
            if sa_exc is not None and isinstance(exc, sa_exc.SQLAlchemyError):
                reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
                raise fail(f"The database could not complete the command: {reason}. Run `offerloop doctor`.") from None
            raise
        finally:
            while _OPEN:
                _OPEN.pop().close()
