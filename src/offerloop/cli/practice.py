"""problems list/show, start, test, submit: practice from the terminal and your own editor."""

from __future__ import annotations

from pathlib import Path

import typer

from offerloop.cli._common import console, fail, get_app, print_json
from offerloop.cli.render import render as _render

problems_app = typer.Typer(help="Browse the problem bank (ML, algorithms, Python, data).", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(problems_app, name="problems")
    app.command("start")(start)
    app.command("test")(test)
    app.command("submit")(submit)


@problems_app.command("list")
def list_(
    track: str = typer.Option(None, "--track", help="ml, algo, python or data."),
    topic: str = typer.Option(None, "--topic", help="Only problems with this topic."),
    difficulty: str = typer.Option(None, "--difficulty", help="easy, medium or hard."),
    solved: bool = typer.Option(None, "--solved/--unsolved", help="Only solved (or only unsolved) problems."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
    plain: bool = typer.Option(False, "--plain", help="One tab-separated line per problem (for scripts and narrow terminals)."),
) -> None:
    """List problems with your solved marks."""
    ol = get_app()
    rows = ol.problems.list(track=track, topic=topic, difficulty=difficulty, solved=solved)
    if json_out:
        print_json(rows)
        return
    lines = [("✓" if r["solved"] else "", r["slug"], r["title"], r["track"], r["difficulty"], ", ".join(r["topics"])) for r in rows]
    if plain:
        print_plain(("solved", "slug", "title", "track", "difficulty", "topics"), lines)
        return
    table = slug_table(("", {"no_wrap": True}), "slug", ("title", {"ratio": 3}), ("track", {"no_wrap": True}),
                       ("level", {"no_wrap": True}), ("topics", {"ratio": 2}))
    for line in lines:
        table.add_row(*line)
    fit_slugs(table, lines, 1)
    out = console()
    out.print(table)
    out.print(f"{len(rows)} problems, {sum(r['solved'] for r in rows)} solved.")


def slug_table(*columns):
    """A Rich table whose "slug" column is never cut or split (a slug is copied into commands):
    it keeps its full width and the other columns wrap, folding long words, instead."""
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)  # borders cost width the columns need
    for column in columns:
        name, extra = column if isinstance(column, tuple) else (column, {})
        if name == "slug":
            table.add_column(name, no_wrap=True, overflow="ignore", min_width=len(name))
        else:
            table.add_column(name, **{"overflow": "fold", **extra})
    return table


def fit_slugs(table, rows: list, index: int) -> None:
    """Give the slug column the width of its longest slug, so Rich shrinks the others first."""
    if rows:
        table.columns[index].min_width = max(len(str(r[index])) for r in rows)


def print_plain(header: tuple, rows: list) -> None:
    import sys

    for row in (header, *rows):
        sys.stdout.write("\t".join(str(x).replace("\t", " ") for x in row) + "\n")


def print_commands(out, text: str, *commands: str) -> None:
    """A sentence, then each command on a line of its own that the console never wraps, so a
    command can be copied whole from any terminal width."""
    out.print(text, markup=False)
    for command in commands:
        out.print(f"  {command}", markup=False, soft_wrap=True)


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
    out.print(f"Workspace ready: {info['folder']}", markup=False, soft_wrap=True)
    print_commands(out, "Edit solution.py, then inside that folder run:", "offerloop test", "offerloop submit")


def _code_and_slug(ol, slug: str | None, file: Path | None, command: str = "test") -> tuple[str, str]:
    from offerloop.practice.service import workspace_slug

    here = workspace_slug(Path.cwd())
    if slug is not None and slug.endswith(".py") and file is None and here is not None:
        slug, file = here, Path(slug)  # `offerloop test other.py` inside a workspace
    if slug is None:
        slug = here
        if slug is None:
            raise fail(f"Name the problem (offerloop {command} SLUG) or run this inside a workspace made by `offerloop start`.")
    if slug.endswith(".py") and file is None:
        raise fail(f"{slug!r} looks like a file; the problem's slug comes first: offerloop {command} SLUG FILE.")
    problem = ol.problems.get(slug)
    if file is None:
        local = Path.cwd() / "solution.py"
        file = local if here == slug and local.exists() else ol.workspace_dir / slug / "solution.py"
    try:
        return slug, file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise fail(f"{file} does not exist; run `offerloop start {problem.slug}` first or name your file.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(f"{file} cannot be read as UTF-8 text: {exc}.") from None


def _early_head_start():
    """Run as `offerloop test ...` or `offerloop submit ...`, start the judge's sandbox process now,
    while the command-line framework is still loading: that process's start-up is what such a
    command waits on longest. Any other command starts nothing."""
    import sys

    argv = sys.argv[1:]
    if not argv or argv[0] not in ("test", "submit") or not sys.argv[0].endswith(("offerloop", "__main__.py")):
        return None
    if any(a in ("--help", "-h") for a in argv):
        return None
    from offerloop.practice.terminal import head_start

    names = [a for a in argv[1:] if not a.startswith("-")]
    judge = head_start(names[0] if names else None)
    if judge is not None:
        import atexit

        atexit.register(judge.close)  # harmless once the app has closed it; needed if the command never ran
    return judge


_EARLY = _early_head_start()


def _app_with_judge(slug: str | None):
    """The app, with the judge's sandbox process started before anything heavy is imported."""
    global _EARLY
    from offerloop.practice.terminal import head_start

    judge, _EARLY = (_EARLY or head_start(slug)), None
    try:
        ol = get_app()
    except BaseException:
        if judge is not None:
            judge.close()
        raise
    if judge is not None:
        ol.__dict__["judge"] = judge  # closed with the app
    return ol


def test(
    slug: str = typer.Argument(None, help="The problem's slug (default: the workspace you are in)."),
    file: Path = typer.Argument(None, help="Your solution file (default: the workspace's solution.py)."),
    json_out: bool = typer.Option(False, "--json", help="Print the result as JSON."),
) -> None:
    """Run your code on the visible examples only (nothing is recorded)."""
    ol = _app_with_judge(slug)
    slug, code = _code_and_slug(ol, slug, file)
    result = ol.problems.run_examples(slug, code)
    if json_out:
        print_json(result.to_dict())
    else:
        _render(result)
    raise typer.Exit(0 if result.accepted else 1)


def submit(
    slug: str = typer.Argument(None, help="The problem's slug (default: the workspace you are in)."),
    file: Path = typer.Argument(None, help="Your solution file (default: the workspace's solution.py)."),
    json_out: bool = typer.Option(False, "--json", help="Print one JSON object (verdict, passed, total, time_ms, cases)."),
) -> None:
    """Grade on the hidden cases and record the attempt. Exit 0 accepted, 1 not accepted, 2 could not run."""
    ol = _app_with_judge(slug)
    slug, code = _code_and_slug(ol, slug, file, "submit")
    if ol.problems.get(slug).meta.scaling is None:
        # Not beside a scaling check: its timings are read by this process, undisturbed.
        ol.problems.warm_store()
    result = ol.problems.submit(slug, code)
    if json_out:
        print_json(result.to_dict())
    else:
        _render(result)
    raise typer.Exit(0 if result.accepted else 1)
