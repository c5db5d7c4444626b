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
    timings: bool = typer.Option(False, "--timings", help="Then print CPU and wall seconds per track, phase and problem."),
) -> None:
    """Schema, unique UUIDs, every reference solution accepted, every wrong solution and starter rejected."""
    from offerloop.content.check import check_bank, format_timings

    out = console()
    collected: list | None = [] if timings else None
    if json_out:
        report = check_bank(prove=not schema_only, only=slug or None, timings=collected)
    elif out.is_terminal and not schema_only:
        # A progress bar on a terminal; only the lines that report something are printed above it.
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(TextColumn("proving"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      TextColumn("{task.description}"), console=out, transient=True) as bar:
            task = bar.add_task("loading the bank", total=None)
            report = check_bank(
                prove=True, only=slug or None, timings=collected,
                progress=lambda msg: None if ": ok (" in msg else out.print(msg, markup=False),
                step=lambda done, total, what: bar.update(task, completed=done, total=total, description=what))
    else:
        report = check_bank(prove=not schema_only, only=slug or None, timings=collected,
                            progress=lambda msg: out.print(msg, markup=False))
    if json_out:
        print_json(report.to_dict())
    else:
        for issue in report.issues:
            out.print(f"[red]✗[/] {issue}")
        if collected:
            for line in format_timings(collected):
                out.print(line, markup=False, soft_wrap=True)
        out.print(report.summary())
    raise typer.Exit(0 if report.ok else 1)


@content_app.command("stats")
def stats(json_out: bool = typer.Option(False, "--json", help="Print the counts as JSON.")) -> None:
    """Count the bank: problems per track, difficulty and algorithm pattern; cards per topic."""
    from rich import box
    from rich.table import Table

    from offerloop.content.loader import load_bank
    from offerloop.content.stats import DIFFICULTIES, bank_stats

    data = bank_stats(load_bank())
    if json_out:
        print_json(data)
        return
    out = console()
    tracks = Table(title="Problems by track", box=box.SIMPLE_HEAD)
    for column in ("track", "total", *DIFFICULTIES, "scaled"):
        tracks.add_column(column, no_wrap=True, justify="left" if column == "track" else "right")
    for slug, t in data["problems"]["tracks"].items():
        tracks.add_row(slug, str(t["total"]), *(str(t["difficulty"][d]) for d in DIFFICULTIES),
                       str(t["with_scaling_target"]))
    tracks.add_row("all", str(data["problems"]["total"]), "", "", "", "")
    out.print(tracks)
    patterns = Table(title="Algorithm problems by pattern", box=box.SIMPLE_HEAD)
    for column in ("pattern", "total", *DIFFICULTIES):
        patterns.add_column(column, no_wrap=True, justify="left" if column == "pattern" else "right")
    for slug, p in data["problems"]["algo_patterns"].items():
        patterns.add_row(slug, str(p["total"]), *(str(p[d]) for d in DIFFICULTIES))
    out.print(patterns)
    cards = data["cards"]
    out.print(f"Cards: {cards['total']} over {len(cards['topics'])} topics ({cards['most_asked']} most-asked, "
              f"{cards['misconceptions']} misconceptions). Behavioral questions: {data['behavioral_questions']}. "
              f"Design cases: {data['design_cases']}.", markup=False)
