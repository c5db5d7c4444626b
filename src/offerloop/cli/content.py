"""content check: prove the content bank."""

from __future__ import annotations

import typer

from offerloop.cli._common import console, print_json

content_app = typer.Typer(help="Inspect and prove the content bank (problems, cards, questions).", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(content_app, name="content")


@content_app.command("check")
def check(
    json_out: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    schema_only: bool = typer.Option(False, "--schema-only", help="Check schemas and UUIDs, do not run solutions."),
    slug: list[str] = typer.Option(None, "--problem", help="Prove only these problems (repeatable)."),
) -> None:
    """Schema, unique UUIDs, every reference solution accepted, every wrong solution and starter rejected."""
    from offerloop.content.check import check_bank

    out = console()
    report = check_bank(prove=not schema_only, only=slug or None,
                        progress=None if json_out else lambda msg: out.print(msg, markup=False))
    if json_out:
        print_json(report.to_dict())
    else:
        for issue in report.issues:
            out.print(f"[red]✗[/] {issue}")
        out.print(report.summary())
    raise typer.Exit(0 if report.ok else 1)
