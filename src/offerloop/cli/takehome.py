"""`offerloop takehome ...`: review a take-home (folder, .zip, .py, .ipynb), the leakage agreement report,
the README template, the time budget, and the stored reviews."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

takehome_app = typer.Typer(help="Take-home review: the seed's rubric, data leakage by dataflow, fixes as code.",
                           no_args_is_help=True)

JSON_HELP = "Print the result as JSON."


def register(app: typer.Typer) -> None:
    app.add_typer(takehome_app, name="takehome")


def _print_report(report: dict) -> None:
    from rich.markup import escape
    from rich.table import Table

    from offerloop.cli._common import console

    out = console()
    out.print(f"[bold]Take-home review: {escape(report['name'])}[/]   score [bold]{report['score']}[/] / 100")
    table = Table(show_header=True, header_style="bold")
    table.add_column("part")
    table.add_column("score", justify="right")
    table.add_column("weight", justify="right")
    for part, value in report["parts"].items():
        table.add_row(part.replace("_", " "), str(value), f"{report['weights'][part]}%")
    out.print(table)
    colours = {"critical": "red", "major": "yellow", "minor": "cyan", "info": "dim"}
    if not report["findings"]:
        out.print("[green]No findings.[/]")
    for f in report["findings"]:
        where = f["file"] or "(project)"
        if f["cell"] is not None:
            where += f" cell {f['cell']}"
        if f["line"]:
            where += f" line {f['line']}"
        out.print(f"[{colours[f['severity']]}]{f['severity']:8}[/] [bold]{f['rule']}[/]  {escape(where)}")
        out.print(f"         {escape(f['message'])}")
        for line in f["fix"].splitlines():
            out.print(f"         [green]{escape(line)}[/]")
    if report["points"]:
        out.print("[bold]Points taken[/]")
        for p in report["points"]:
            out.print(f"  -{p['points']:<3} {p['part'].replace('_', ' ')}: {escape(p['rule'])}")
    if report.get("run"):
        out.print(f"[bold]Re-run:[/] {escape(report['run']['summary'])}")


@takehome_app.command("review")
def review_cmd(
    path: Path = typer.Argument(..., help="A folder, a .zip, a .py file or a Jupyter .ipynb notebook."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write the report as an HTML page to this file."),
    run: bool = typer.Option(False, "--run", help="Re-run notebooks and tests in a throwaway copy (no network, "
                                                  "time and memory limits) and report whether results reproduce."),
    save: bool = typer.Option(False, "--save", help="Store the review under the take-home's name."),
    name: Optional[str] = typer.Option(None, "--name", help="The take-home's name when saving (default: the file name)."),
    application: Optional[int] = typer.Option(None, "--application", min=1, max=2**31 - 1,
                                              help="Link the stored review to this tracker application id."),
) -> None:
    """Review a take-home and print the report: score per rubric part, findings with fixes, leaks."""
    from offerloop.cli._common import get_app, print_json
    from offerloop.errors import InvalidInput

    ol = get_app()
    report = ol.takehomes.review_path(path, run=run)
    if html is not None:
        from offerloop.takehome.report_html import render

        try:
            html.write_text(render(report), encoding="utf-8")
        except OSError as exc:
            raise InvalidInput(f"The HTML report cannot be written to {html}: {exc.strerror}.") from None
    if save or application is not None:
        stored = ol.takehomes.save(report, name=name, application_id=application)
        report["takehome_id"] = stored["id"]
    if as_json:
        report = {k: v for k, v in report.items()}
        print_json(report)
    else:
        _print_report(report)


@takehome_app.command("agreement")
def agreement_cmd(as_json: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Leakage precision and recall per kind on the labelled corpus, and every rule's fixtures."""
    from offerloop.cli._common import console, print_json
    from offerloop.takehome.agreement import leak_agreement, rule_agreement

    leaks = leak_agreement()
    rules = rule_agreement()
    if as_json:
        print_json({"leaks": leaks, "rules": rules})
        return
    out = console()
    out.print(f"[bold]Leakage corpus[/]: {leaks['files']} files, {leaks['pairs']} leak/clean pairs "
              f"({leaks['notebook_pairs']} notebooks)")
    out.print(f"{'kind':15} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>10} {'recall':>8} {'line wrong':>11}")
    for kind, v in leaks["kinds"].items():
        out.print(f"{kind:15} {v['tp']:>4} {v['fp']:>4} {v['fn']:>4} {v['precision']:>10.3f} {v['recall']:>8.3f} "
                  f"{v['line_wrong']:>11}")
    o = leaks["overall"]
    out.print(f"{'overall':15} {o['tp']:>4} {o['fp']:>4} {o['fn']:>4} {o['precision']:>10.3f} {o['recall']:>8.3f} "
              f"{o['line_wrong']:>11}")
    for m in leaks["mistakes"]:
        out.print(f"  {m}")
    out.print("[bold]Take-home repositories[/]")
    for r in rules["repos"]:
        mark = "[green]ok[/]" if r["ok"] else f"[red]missing {r['missing']} unwanted {r['unwanted']}[/]"
        out.print(f"  {r['repo']:22} score {r['score']:5}  {mark}")
    out.print("[bold]Rules[/] (positive fixtures / negative fixtures)")
    for rule, v in rules["rules"].items():
        note = "  (only with --run)" if rule == "not_reproducible" else ""
        fail = f"  [red]failed: {', '.join(v['failed'])}[/]" if v["failed"] else ""
        out.print(f"  {rule:22} {len(v['positive']):>2} / {len(v['negative']):<2}{note}{fail}")


@takehome_app.command("template")
def template_cmd(path: Path = typer.Argument(..., help="The take-home to fill the README template from.")) -> None:
    """Print the seed's README template, filled with what the review found (metrics, structure, models)."""
    import sys

    from offerloop.cli._common import get_app

    sys.stdout.write(get_app().takehomes.review_path(path)["readme_template"])


@takehome_app.command("budget")
def budget_cmd(as_json: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """The seed's time budget: five phases over six hours; stop at eight."""
    from offerloop.cli._common import console, print_json
    from offerloop.takehome.budget import budget

    plan = budget()
    if as_json:
        print_json(plan)
        return
    out = console()
    for p in plan["phases"]:
        out.print(f"{p['start'] // 60}:{p['start'] % 60:02d}-{p['end'] // 60}:{p['end'] % 60:02d}  {p['phase']}")
    out.print(f"Stop after {plan['stop_after_minutes'] // 60} hours and write down what you would do with more time.")


@takehome_app.command("list")
def list_cmd(as_json: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Stored take-homes with their reviews' scores."""
    from offerloop.cli._common import console, get_app, print_json

    items = get_app().takehomes.list()
    if as_json:
        print_json(items)
        return
    out = console()
    if not items:
        out.print("No take-home reviews stored yet (use `offerloop takehome review PATH --save`).")
    for t in items:
        scores = ", ".join(str(r["score"]) for r in t["reviews"])
        app = f" application {t['application_id']}" if t["application_id"] else ""
        out.print(f"{t['id']:>4}  {t['name']}{app}  scores: {scores}")


@takehome_app.command("link")
def link_cmd(
    takehome_id: int = typer.Argument(..., min=1, max=2**31 - 1, help="The take-home's id (see `list`)."),
    application: Optional[int] = typer.Option(None, "--application", min=1, max=2**31 - 1,
                                              help="The tracker application id; leave out to unlink."),
) -> None:
    """Link a stored take-home to an application in the tracker (or unlink it)."""
    from offerloop.cli._common import console, get_app

    t = get_app().takehomes.link(takehome_id, application)
    console().print(f"{t['name']} is now linked to application {t['application_id']}." if t["application_id"]
                    else f"{t['name']} is no longer linked to an application.")
