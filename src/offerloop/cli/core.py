"""serve, export, import, migrate, doctor."""

from __future__ import annotations

from pathlib import Path

import typer

from offerloop.cli._common import console, fail, get_app, print_json


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("migrate")(migrate)
    app.command("export")(export)
    app.command("import")(import_)
    app.command("doctor")(doctor)
    app.command("worker")(worker)


def serve(
    host: str = typer.Option(None, "--host", help="Address to listen on (default 127.0.0.1)."),
    port: int = typer.Option(None, "--port", help="Port to listen on (default 8000).", min=1, max=65535),
    no_browser: bool = typer.Option(False, "--no-browser", help="Do not open a browser tab."),
    workers: int = typer.Option(1, "--workers", min=1, help="Web processes (hosted installs use several)."),
) -> None:
    """Start the web app (migrates the database first)."""
    import uvicorn

    ol = get_app()
    host = host or ol.settings.host
    port = port or ol.settings.port
    ol.engine  # migrate and fail early with a clear message if the database is unusable
    ol.close()
    url = f"http://{host}:{port}/"
    console().print(f"offerloop is serving on {url}  (data: {ol.settings.resolved_database_url})")
    if not no_browser:
        import threading
        import webbrowser

        threading.Timer(1.0, lambda: webbrowser.open(url)).start()
    uvicorn.run("offerloop.web.app:create_served_app", factory=True, host=host, port=port, workers=workers,
                log_level="warning")


def worker(
    concurrency: int = typer.Option(0, "--concurrency", min=0, help="Grading processes (default: one per core)."),
) -> None:
    """Run a grading worker for the task queue (hosted installs; needs OFFERLOOP_BROKER_URL)."""
    import os

    from offerloop.settings import Settings

    settings = Settings()
    if not settings.broker_url:
        raise fail("Set OFFERLOOP_BROKER_URL (for example redis://127.0.0.1:6379/0) to run a grading worker.")
    from offerloop.judge.tasks import celery_app

    app = celery_app(settings.broker_url, settings.grading_queue, settings.grading_timeout)
    n = concurrency or (os.cpu_count() or 1)
    # One judge slot per worker process: each keeps its own warm zygote.
    os.environ["OFFERLOOP_JUDGE_WORKERS"] = "1"
    console().print(f"Grading worker on {settings.broker_url}, queue {settings.grading_queue}, {n} process(es).")
    app.worker_main(["worker", "--loglevel=WARNING", f"--concurrency={n}", "--pool=prefork",
                     f"--queues={settings.grading_queue}", "--without-gossip", "--without-mingle", "--without-heartbeat"])


def migrate() -> None:
    """Create or upgrade the database schema (idempotent)."""
    ol = get_app()
    ol.engine
    from offerloop.store.migrate import current_heads

    console().print(f"Database is at {', '.join(sorted(current_heads(ol.engine)))}: {ol.settings.resolved_database_url}")


def export(file: Path = typer.Argument(..., help="Where to write the JSON export.", dir_okay=False)) -> None:
    """Write all your data (applications, stories, attempts, reviews ...) to a versioned JSON file."""
    from offerloop.store.transfer import export_data

    ol = get_app()
    if file.parent and not file.parent.exists():
        raise fail(f"The folder {file.parent} does not exist.")
    doc = export_data(ol, file)
    rows = sum(len(v) for v in doc["tables"].values())
    console().print(f"Exported {rows} rows from {len(doc['tables'])} tables to {file}.")


def import_(
    file: Path = typer.Argument(..., help="An export written by `offerloop export`."),
    json_out: bool = typer.Option(False, "--json", help="Print the rows imported per table as JSON."),
    merge: bool = typer.Option(False, "--merge", help="Where a row repeats one this store already has (card "
                                                      "states, settings, a plan), keep yours and add the rest."),
) -> None:
    """Add the rows of an export file to this store, all or nothing. A file whose rows clash with
    rows of this store (an export of this very store) is refused with a sentence unless --merge."""
    from offerloop.store.transfer import import_data, read_export

    doc = read_export(file)  # validate before touching the database
    ol = get_app()
    kept: dict[str, int] = {}
    counts = import_data(ol, doc, merge=merge, kept=kept)
    if json_out:
        print_json(counts)
    else:
        console().print(f"Imported {sum(counts.values())} rows into {sum(1 for c in counts.values() if c)} tables.")
        if kept:
            console().print(f"Kept {sum(kept.values())} row(s) of yours where the file repeated them: "
                            + ", ".join(f"{t} {n}" for t, n in sorted(kept.items())) + ".")


def doctor(json_out: bool = typer.Option(False, "--json", help="Print the report as JSON.")) -> None:
    """Where your data lives, the database, the content bank and the judge's sandbox layers."""
    from offerloop.doctor import diagnose

    report = diagnose()
    if json_out:
        print_json(report)
        return
    from rich.table import Table

    table = Table(show_header=False, box=None)
    for key, value in report["summary"].items():
        table.add_row(f"[bold]{key}[/]", str(value))
    out = console()
    out.print(table)
    out.print("\n[bold]Sandbox layers[/]")
    for layer in report["sandbox"]:
        mark = "[green]active[/]" if layer["active"] else "[yellow]unavailable[/]"
        out.print(f"  {layer['name']:<22} {mark}  {layer['detail']}")
    if report["problems"]:
        out.print("\n[bold yellow]Problems[/]")
        for p in report["problems"]:
            out.print(f"  - {p}")
