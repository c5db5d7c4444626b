"""problems list/show, start, test, submit: practice from the terminal and your own editor."""

from __future__ import annotations

from pathlib import Path

import typer

from offerloop.cli._common import console, fail, get_app, print_json

problems_app = typer.Typer(help="Browse the problem bank (ML, algorithms, Python).", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(problems_app, name="problems")
    app.command("start")(start)
    app.command("test")(test)
    app.command("submit")(submit)


@problems_app.command("list")
def list_(
    track: str = typer.Option(None, "--track", help="ml, algo or python."),
    topic: str = typer.Option(None, "--topic", help="Only problems with this topic."),
    difficulty: str = typer.Option(None, "--difficulty", help="easy, medium or hard."),
    solved: bool = typer.Option(None, "--solved/--unsolved", help="Only solved (or only unsolved) problems."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """List problems with your solved marks."""
    ol = get_app()
    rows = ol.problems.list(track=track, topic=topic, difficulty=difficulty, solved=solved)
    if json_out:
        print_json(rows)
        return
    from rich.table import Table

    table = Table("", "slug", "title", "track", "difficulty", "topics")
    for r in rows:
        table.add_row("✓" if r["solved"] else "", r["slug"], r["title"], r["track"], r["difficulty"], ", ".join(r["topics"]))
    out = console()
    out.print(table)
    out.print(f"{len(rows)} problems, {sum(r['solved'] for r in rows)} solved.")


@problems_app.command("show")
def show(slug: str = typer.Argument(..., help="The problem's slug."),
         hints: int = typer.Option(0, "--hints", min=0, help="Also show the first N hints.")) -> None:
    """Print a problem's prompt (and hints on request)."""
    from rich.markdown import Markdown

    problem = get_app().problems.get(slug)
    out = console()
    out.print(Markdown(problem.prompt))
    for i, hint in enumerate(problem.hints[:hints], start=1):
        out.print(f"\n[bold]Hint {i}[/] {hint}")


def start(
    slug: str = typer.Argument(..., help="The problem's slug."),
    folder: Path = typer.Option(None, "--dir", help="Workspace folder (default: <workspace>/<slug>)."),
) -> None:
    """Write the starter, prompt and visible examples into a workspace folder to edit in your editor."""
    info = get_app().problems.start(slug, folder)
    out = console()
    if info["kept_existing"]:
        out.print(f"Kept your existing {info['solution']} (not overwritten).")
    out.print(f"Workspace ready: {info['folder']}\nEdit solution.py, then run: offerloop test {slug}   and   offerloop submit {slug} {info['solution']}")


def _code_and_slug(ol, slug: str | None, file: Path | None) -> tuple[str, str]:
    from offerloop.practice.service import workspace_slug

    if slug is None:
        slug = workspace_slug(Path.cwd())
        if slug is None:
            raise fail("Name the problem (offerloop test SLUG) or run this inside a workspace made by `offerloop start`.")
    if slug.endswith(".py") and file is None:
        raise fail(f"{slug!r} looks like a file; the problem's slug comes first: offerloop test SLUG FILE.")
    problem = ol.problems.get(slug)
    if file is None:
        here = Path.cwd() / "solution.py"
        file = here if workspace_slug(Path.cwd()) == slug and here.exists() else ol.workspace_dir / slug / "solution.py"
    try:
        return slug, file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise fail(f"{file} does not exist; run `offerloop start {problem.slug}` first or name your file.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(f"{file} cannot be read as UTF-8 text: {exc}.") from None


def _render(result, out) -> None:
    colour = "green" if result.accepted else "red"
    out.print(f"[bold {colour}]{result.verdict.value}[/]  {result.passed}/{result.total} cases  {result.time_ms:.0f} ms")
    out.print(result.reason, markup=False)
    for case in result.cases:
        mark = "✓" if case.verdict.value == "accepted" else ("·" if case.verdict.value == "not_run" else "✗")
        label = f"example {case.number}" if case.visible else f"hidden {case.number}"
        line = f"  {mark} {label}: {case.name} ({case.verdict.value}, {case.time_ms:.1f} ms)"
        out.print(line, markup=False)
        if case.visible and case.verdict.value not in ("accepted", "not_run"):
            out.print(f"      {case.reason}", markup=False)
    if result.scaling:
        out.print(f"Scaling: {result.scaling['reason']}", markup=False)


def test(
    slug: str = typer.Argument(None, help="The problem's slug (default: the workspace you are in)."),
    file: Path = typer.Argument(None, help="Your solution file (default: the workspace's solution.py)."),
    json_out: bool = typer.Option(False, "--json", help="Print the result as JSON."),
) -> None:
    """Run your code on the visible examples only (nothing is recorded)."""
    ol = get_app()
    slug, code = _code_and_slug(ol, slug, file)
    result = ol.problems.run_examples(slug, code)
    if json_out:
        print_json(result.to_dict())
    else:
        _render(result, console())
    raise typer.Exit(0 if result.accepted else 1)


def submit(
    slug: str = typer.Argument(..., help="The problem's slug."),
    file: Path = typer.Argument(..., help="Your solution file."),
    json_out: bool = typer.Option(False, "--json", help="Print one JSON object (verdict, passed, total, time_ms, cases)."),
) -> None:
    """Grade on the hidden cases and record the attempt. Exit 0 accepted, 1 not accepted, 2 could not run."""
    ol = get_app()
    slug, code = _code_and_slug(ol, slug, file)
    result = ol.problems.submit(slug, code)
    if json_out:
        print_json(result.to_dict())
    else:
        _render(result, console())
    raise typer.Exit(0 if result.accepted else 1)
