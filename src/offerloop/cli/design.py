"""`offerloop design ...`: ML system design cases, the Markdown workspace, feedback on a written design,
the history per case, the estimation helpers and the agreement report of the labelled corpus."""

from __future__ import annotations

from pathlib import Path

import typer

design_app = typer.Typer(help="ML system design: PROBLEM-framework cases, workspace, feedback on a written design.",
                         no_args_is_help=True)
JSON_HELP = "Print the result as JSON."


def register(app: typer.Typer) -> None:
    app.add_typer(design_app, name="design")


def _read(path: Path) -> str:
    from offerloop.design.review import decode_file
    from offerloop.errors import InvalidInput

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"The file {path} does not exist.") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder, not a text file.") from None
    except OSError as exc:
        raise InvalidInput(f"The file {path} cannot be read: {exc.strerror}.") from None
    return decode_file(data, f"The file {path}")


@design_app.command("list")
def list_cases(json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """The cases, with your attempts and best score on each."""
    from offerloop.cli._common import console, get_app, print_json

    cases = get_app().designs.cases()
    if json_out:
        print_json(cases)
        return
    from rich.table import Table

    table = Table("slug", "title", "attempts", "best", box=None)
    for c in cases:
        table.add_row(c["slug"], c["title"], str(c["attempts"]), "-" if c["best_score"] is None else str(c["best_score"]))
    console().print(table)


@design_app.command("show")
def show(slug: str = typer.Argument(..., help="The case slug (see `offerloop design list`)."),
         reference: bool = typer.Option(False, "--reference", help="Also print the reference design and its concepts."),
         json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """The prompt, the clarifying questions with the interviewer's answers, and the time boxes."""
    from rich.markup import escape

    from offerloop.cli._common import console, get_app, print_json

    case = get_app().designs.show(slug, reference=reference)
    if json_out:
        print_json(case)
        return
    out = console()
    out.print(f"[bold]{escape(case['title'])}[/] ({case['slug']})\n")
    out.print(escape(case["prompt"]) + "\n")
    out.print("[bold]Clarifying questions[/]")
    for c in case["clarifications"]:
        out.print(f"  Q: {escape(c['question'])}\n  A: {escape(c['answer'])}")
    out.print(f"\n[bold]Time boxes[/] ({case['minutes']} minutes)")
    for s in case["sections"]:
        out.print(f"  {s['letter']}  {s['title']:<32} {s['minutes']:>2} min  {escape(s['prompt'])}")
    if reference:
        out.print("\n[bold]Reference design[/]\n")
        out.print(escape(case["reference"]), markup=False)


@design_app.command("start")
def start(slug: str = typer.Argument(..., help="The case slug (see `offerloop design list`)."),
          output: Path = typer.Option(None, "--output", "-o", help="Where to write the workspace (default: ./<slug>.md)."),
          force: bool = typer.Option(False, "--force", help="Overwrite the file if it exists.")) -> None:
    """Write a Markdown workspace with the prompt, the PROBLEM headings and their time boxes."""
    from offerloop.cli._common import console, get_app
    from offerloop.errors import Conflict, InvalidInput

    text = get_app().designs.workspace(slug)
    path = output or Path(f"{slug.strip().lower()}.md")
    if path.exists() and not force:
        raise Conflict(f"{path} already exists; pass --force to overwrite it or --output to choose another file.")
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"{path} cannot be written: {exc.strerror}.") from None
    console().print(f"Wrote {path}. Write your design under each heading, then run "
                    f"`offerloop design review {path} --case {slug.strip().lower()}`.", markup=False)


def _print_review(fb: dict) -> None:
    from rich.markup import escape

    from offerloop.cli._common import console

    out = console()
    out.print(f"[bold]{escape(fb['title'])}[/]: score [bold]{fb['score']}[/]/100   "
              + "   ".join(f"{k.replace('_', ' ')} {v}/4" for k, v in fb["ratings"].items()))
    for key, sec in fb["sections"].items():
        state = "[green]present[/]" if sec["present"] else "[red]MISSING[/]"
        how = f" ({sec['found_by']})" if sec["found_by"] else ""
        out.print(f"\n[bold]{escape(sec['title'])}[/] {state}{how}: {len(sec['covered'])} covered, "
                  f"{len(sec['missed'])} missed, {len(sec['contradicted'])} contradicted")
        for c in sec["covered"]:
            out.print(f"  [green]✓[/] {escape(c['point'])}" + (f"  [dim]«{escape(c['evidence'][:110])}»[/]" if c["evidence"] else ""))
        for c in sec["contradicted"]:
            out.print(f"  [red]✗[/] {escape(c['point'])}: you wrote «{escape(c['evidence'][:110])}»")
        for c in sec["missed"]:
            out.print(f"  [yellow]-[/] {escape(c['point'])}")
    out.print("\n[bold]Checks[/]  " + "  ".join(f"[{'green' if v else 'red'}]{k}[/]" for k, v in fb["checks"].items()))
    for m in fb["misconceptions"]:
        out.print(f"[red]Wrong:[/] {escape(m['claim'])}. {escape(m['correction'])}")
    for note in fb["notes"]:
        out.print(f"[yellow]Numbers:[/] {escape(note)}")
    out.print("\n[bold]Practise next[/]")
    for i, f in enumerate(fb["follow_ups"], 1):
        out.print(f"  {i}. {escape(f['question'])}")


@design_app.command("review")
def review(file: Path = typer.Argument(..., help="A Markdown or text file holding your design."),
           case: str = typer.Option(..., "--case", "-c", help="The case slug the design answers."),
           seconds: int = typer.Option(None, "--seconds", help="Time you spent, in seconds (stored with the attempt)."),
           no_save: bool = typer.Option(False, "--no-save", help="Give feedback without storing an attempt."),
           json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Feedback on a written design: sections, concepts, checks, score out of 100, ratings, follow-ups."""
    from offerloop.cli._common import get_app, print_json

    text = _read(file)
    fb = get_app().designs.review(text, case, save=not no_save, seconds=seconds)
    if json_out:
        print_json(fb)
    else:
        _print_review(fb)


@design_app.command("history")
def history(slug: str = typer.Argument(..., help="The case slug."),
            json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Your attempts on one case, oldest first, so you see the score move."""
    from offerloop.cli._common import console, get_app, print_json

    h = get_app().designs.history(slug)
    if json_out:
        print_json(h)
        return
    out = console()
    if not h["attempts"]:
        out.print(f"No attempts on {slug} yet.", markup=False)
        return
    for a in h["attempts"]:
        r = a["ratings"]
        out.print(f"#{a['id']}  {a['created_at'][:16]}  score {a['score']:>3}  "
                  f"depth {r.get('technical_depth', '-')} solving {r.get('problem_solving', '-')} "
                  f"communication {r.get('communication', '-')}", markup=False)
    out.print(f"best {h['best_score']}, change since the first attempt {h['change']:+d}", markup=False)


@design_app.command("estimate")
def estimate_cmd(
    daily_users: float = typer.Option(None, "--daily-users", help="Daily active users."),
    requests_per_user: float = typer.Option(None, "--requests-per-user", help="Requests per user per day."),
    peak_factor: float = typer.Option(3.0, "--peak-factor", help="Peak over average traffic."),
    bytes_per_event: float = typer.Option(None, "--bytes-per-event", help="Bytes stored per request or event."),
    parameters: float = typer.Option(None, "--parameters", help="Model parameters (e.g. 7e9)."),
    bytes_per_parameter: float = typer.Option(2.0, "--bytes-per-parameter", help="4 fp32, 2 fp16/bf16, 1 int8."),
    bytes_per_response: float = typer.Option(None, "--bytes-per-response", help="Bytes sent per request."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Back-of-the-envelope numbers: QPS (average, peak), storage per day/year, model memory, bandwidth."""
    from offerloop.cli._common import console, print_json
    from offerloop.design import estimate
    from offerloop.errors import InvalidInput

    values = [v for v in (daily_users, requests_per_user, bytes_per_event, parameters, bytes_per_response) if v is not None]
    if any(v < 0 for v in values) or peak_factor < 1 or bytes_per_parameter <= 0:
        raise InvalidInput("Numbers must be positive, and the peak factor at least 1.")
    result: dict = {}
    if daily_users is not None and requests_per_user is not None:
        result["qps"] = estimate.qps(daily_users, requests_per_user, peak_factor)
        if bytes_per_event is not None:
            result["storage"] = estimate.storage(result["qps"]["requests_per_day"], bytes_per_event)
        if bytes_per_response is not None:
            result["bandwidth"] = estimate.bandwidth(result["qps"]["peak_qps"], bytes_per_response)
    if parameters is not None:
        result["model_memory"] = estimate.model_memory(parameters, bytes_per_parameter)
    if not result:
        raise InvalidInput("Give --daily-users and --requests-per-user, or --parameters (see --help).")
    if json_out:
        print_json(result)
        return
    out = console()
    if "qps" in result:
        q = result["qps"]
        out.print(f"QPS: {estimate.human(q['average_qps'])} average, {estimate.human(q['peak_qps'])} peak "
                  f"({estimate.human(q['requests_per_day'])} requests a day)", markup=False)
    if "storage" in result:
        st = result["storage"]
        out.print(f"Storage: {estimate.human_bytes(st['bytes_per_day'])} per day, "
                  f"{estimate.human_bytes(st['bytes_per_year'])} per year", markup=False)
    if "bandwidth" in result:
        out.print(f"Bandwidth at peak: {estimate.human_bytes(result['bandwidth']['bytes_per_second'])}/s", markup=False)
    if "model_memory" in result:
        out.print(f"Model weights: {estimate.human_bytes(result['model_memory']['bytes'])}", markup=False)


@design_app.command("agreement")
def agreement(json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """How well the feedback agrees with the labelled corpus: sections, checks, strong > medium > weak."""
    from offerloop.cli._common import console, print_json
    from offerloop.design.corpus import agreement_report

    report = agreement_report()
    if json_out:
        print_json(report)
    else:
        out = console()
        out.print(f"designs: {report['designs']} over {report['cases']} cases", markup=False)
        out.print(f"section agreement: {report['section_agreement']:.1%} "
                  f"({report['section_agree']}/{report['section_total']})", markup=False)
        out.print(f"check agreement:   {report['check_agreement']:.1%} "
                  f"({report['check_agree']}/{report['check_total']})", markup=False)
        out.print(f"strong > medium > weak on every case: {'yes' if report['ordered'] else 'NO'}", markup=False)
        for case, scores in sorted(report["per_case"].items()):
            out.print(f"  {case:<24} " + "  ".join(f"{k} {v}" for k, v in scores.items()), markup=False)
        for d in report["disagreements"][:20]:
            out.print(f"  differs: {d}", markup=False)
    raise typer.Exit(0 if report["meets_targets"] else 1)
