"""problems due / problems review: spaced review of solved problems (FSRS)."""

import typer

from offerloop.cli._common import console, get_app, print_json


def register(app: typer.Typer) -> None:
    from offerloop.cli.practice import problems_app

    problems_app.command("due")(due)
    problems_app.command("review")(review)


def due(json_out: bool = typer.Option(False, "--json", help="Print JSON."),
        all_: bool = typer.Option(False, "--all", help="Also list solved problems not due yet.")) -> None:
    """Solved problems due for a re-solve, most overdue first."""
    rows = get_app().plans.reviews.due(include_upcoming=all_)
    if json_out:
        print_json(rows)
        return
    out = console()
    if not rows:
        out.print("Nothing is due for review." if not all_ else "No solved problems yet.")
        return
    from offerloop.cli.practice import fit_slugs, print_commands, slug_table

    table = slug_table("slug", "title", "difficulty", ("due", {"no_wrap": True}), "reviews")
    lines = [(r["slug"], r["title"], r["difficulty"] or "", r["due"][:16].replace("T", " "), str(r["reviews"])) for r in rows]
    for line in lines:
        table.add_row(*line)
    fit_slugs(table, lines, 0)
    out.print(table)
    print_commands(out, "Re-solve one in a workspace, then rate the review:", "offerloop start SLUG",
                   "offerloop submit", "offerloop problems review SLUG")


def review(slug: str = typer.Argument(..., help="The problem you re-solved."),
           rating: str = typer.Option(None, "--rating", help="again, hard, good or easy (default: suggested from "
                                                              "today's submissions of the problem)."),
           minutes: float = typer.Option(None, "--minutes", help="How long the re-solve took (lets it rate easy)."),
           hints: int = typer.Option(None, "--hints", help="How many hints you opened (0 lets it rate easy)."),
           json_out: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Rate how re-solving a solved problem went and schedule its next review."""
    result = get_app().plans.reviews.review(slug, rating, minutes=minutes, hints=hints)
    if json_out:
        print_json(result)
        return
    how = "suggested from your submissions" if result["suggested"] else "your rating"
    console().print(f"{slug}: {result['rating']} ({how}); next review in {result['interval']} ({result['due'][:10]}).")
