"""`offerloop cards ...` and `offerloop review`: the theory cards, reviewed with FSRS."""

from __future__ import annotations

from pathlib import Path

import typer

cards_app = typer.Typer(help="ML theory cards: list, add, import a CSV, export to Anki, stats, settings.",
                        no_args_is_help=True)

TOPIC_HELP = "Only cards of this topic (fundamentals, metrics, transformers, ...)."


def register(app: typer.Typer) -> None:
    app.add_typer(cards_app, name="cards")
    app.command("review")(review)


@cards_app.command("list")
def list_cards(
    topic: str = typer.Option(None, "--topic", help=TOPIC_HELP),
    json_out: bool = typer.Option(False, "--json", help="Print the cards as JSON."),
    due_only: bool = typer.Option(False, "--due", help="Only cards due now."),
    own_only: bool = typer.Option(False, "--own", help="Only your own cards."),
) -> None:
    """Every card with its state (new, learning, review, relearning) and next due time."""
    from offerloop.cli._common import console, get_app, print_json

    rows = get_app().cards.listing(topic)
    rows = [r for r in rows if (not due_only or r["is_due"]) and (not own_only or r["own"])]
    if json_out:
        print_json(rows)
        return
    from rich.markup import escape
    from rich.table import Table

    table = Table(show_lines=False)
    for col in ("slug", "topic", "level", "state", "due", "question"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(escape(r["slug"]), r["topic"] or "-", r["difficulty"] or "own", r["state"],
                      (r["due"] or "-")[:16].replace("T", " "), escape(r["question"]))
    out = console()
    out.print(table)
    out.print(f"{len(rows)} cards.")


@cards_app.command("show")
def show(slug: str = typer.Argument(..., help="The card's slug."),
         json_out: bool = typer.Option(False, "--json", help="Print the card as JSON.")) -> None:
    """A card's question, model answer, key points, follow-ups and review history."""
    from offerloop.cli._common import console, get_app, print_json

    card = get_app().cards.detail(slug)
    if json_out:
        print_json(card)
        return
    from rich.markup import escape

    out = console()
    out.print(f"[bold]{escape(card['question'])}[/]  ({card['topic'] or 'own'}, {card['state']})")
    out.print(escape(card["answer"] or "(no answer written yet)"))
    for point in card["key_points"]:
        out.print(f"  • {escape(point['point'])}")
    for follow in card["follow_ups"]:
        out.print(f"  ↳ {escape(follow)}")
    if card["due"]:
        out.print(f"Due {card['due'][:16].replace('T', ' ')} UTC; {len(card['history'])} review(s).")


@cards_app.command("add")
def add(
    question: str = typer.Argument(..., help="The question, as you were asked it."),
    answer: str = typer.Option("", "--answer", help="Your model answer."),
    topic: str = typer.Option(None, "--topic", help="One of the card topics."),
    key_points: str = typer.Option(None, "--key-points", help="Key points separated by ';'."),
) -> None:
    """Add a card of your own (it is scheduled like every other card)."""
    from offerloop.cli._common import console, get_app

    slug = get_app().cards.add_own_card(question, answer, topic=topic, source="cli", key_points=key_points)
    console().print(f"Card {slug} is ready for review.")


@cards_app.command("delete")
def delete(slug: str = typer.Argument(..., help="The slug of one of your own cards."),
           yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation.")) -> None:
    """Delete one of your own cards with its review history."""
    from offerloop.cli._common import console, get_app

    ol = get_app()
    item = ol.cards.item(slug)
    if not yes and not typer.confirm(f"Delete {slug} ({item.question[:60]}) and its reviews?", default=False):
        console().print("Nothing deleted.")
        raise typer.Exit(1)
    ol.cards.delete_own_card(slug)
    console().print(f"Deleted {slug}.")


@cards_app.command("import-csv")
def import_csv(
    file: Path = typer.Argument(..., help="CSV with header question,answer[,topic][,key_points]."),
    json_out: bool = typer.Option(False, "--json", help="Print the result as JSON."),
) -> None:
    """Import your own cards from a CSV, all or nothing; bad rows are listed by number."""
    from offerloop.cli._common import console, get_app, print_json

    result = get_app().cards.import_csv(file)
    if json_out:
        print_json(result)
        return
    skipped = result["skipped_rows"]
    note = f"; skipped {len(skipped)} already present (rows {', '.join(map(str, skipped))})" if skipped else ""
    console().print(f"Imported {len(result['added'])} card(s) from {file}{note}.")


@cards_app.command("export-csv")
def export_csv(file: Path = typer.Argument(..., help="Where to write the CSV of your own cards.")) -> None:
    """Write your own cards as a CSV that `offerloop cards import-csv` reads back."""
    from offerloop.cli._common import console, get_app

    count = get_app().cards.export_own_csv(file)
    console().print(f"Wrote {count} card(s) to {file}.")


@cards_app.command("export-anki")
def export_anki(
    file: Path = typer.Argument(..., help="Where to write the deck, e.g. offerloop.apkg."),
    topic: str = typer.Option(None, "--topic", help=TOPIC_HELP),
    no_own: bool = typer.Option(False, "--no-own", help="Leave your own cards out."),
) -> None:
    """Write an Anki deck (.apkg): the question on the front, the model answer and key points on the back."""
    from offerloop.cli._common import console, get_app

    count = get_app().cards.export_anki(file, topic=topic, include_own=not no_own)
    console().print(f"Wrote {count} notes to {file}; open it with Anki (File > Import).")


@cards_app.command("due")
def due(topic: str = typer.Option(None, "--topic", help=TOPIC_HELP),
        json_out: bool = typer.Option(False, "--json", help="Print the queue as JSON.")) -> None:
    """What a review session would show now: due cards, then today's new cards."""
    from offerloop.cli._common import console, get_app, print_json

    queue = get_app().cards.due(topic=topic)
    if json_out:
        print_json(queue)
        return
    c = queue["counts"]
    console().print(f"{c['due']} due, {c['new']} new (of {c['new_per_day']} a day), "
                    f"{c['learning_soon']} in learning soon.")


@cards_app.command("stats")
def stats(json_out: bool = typer.Option(False, "--json", help="Print the figures as JSON.")) -> None:
    """Retention, workload, cards by state and the 30-day due forecast."""
    from offerloop.cli._common import console, get_app, print_json

    st = get_app().cards.stats()
    if json_out:
        print_json(st)
        return
    out = console()
    tr = st["true_retention"]
    retention = f"{tr['value']:.1%} of {tr['reviews']} review-state reviews" if tr["value"] is not None else "no review-state reviews yet"
    out.print(f"Reviews: {st['total_reviews']} in all, {st['reviews_today']} today, "
              f"{st['average_per_day_7']}/day over 7 days, {st['average_per_day_30']}/day over 30 days")
    out.print(f"True retention: {retention} (target {st['desired_retention']:.0%})")
    out.print("Cards: " + ", ".join(f"{k} {v}" for k, v in st["cards_by_state"].items()) + f"; mature {st['mature']}")
    started = [r for r in st["by_topic"] if r["seen"]]
    if started:
        out.print("By topic (weakest first): " + "; ".join(
            f"{r['topic']} {r['seen']}/{r['cards']} seen"
            + (f", retention {r['retention']:.0%}" if r["retention"] is not None else "") for r in started))
    peak = max((d["count"] for d in st["forecast"]), default=0) or 1
    out.print("Due in the next 30 days:")
    for d in st["forecast"]:
        if d["count"]:
            out.print(f"  {d['date']}  {'█' * max(1, round(24 * d['count'] / peak))} {d['count']}")


@cards_app.command("settings")
def settings(
    new_per_day: int = typer.Option(None, "--new-per-day", help="New cards introduced per day (default 20)."),
    retention: float = typer.Option(None, "--retention", help="Desired retention for FSRS, 0.70-0.99 (default 0.90)."),
    json_out: bool = typer.Option(False, "--json", help="Print the settings as JSON."),
) -> None:
    """Show or change your review settings."""
    from offerloop.cli._common import console, get_app, print_json

    ol = get_app()
    prefs = ol.cards.set_prefs(new_per_day, retention) if new_per_day is not None or retention is not None else ol.cards.prefs()
    if json_out:
        print_json(prefs)
    else:
        console().print(f"New cards per day: {prefs['new_per_day']}; desired retention: {prefs['desired_retention']:.2f}")


@cards_app.command("agreement")
def agreement(json_out: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
              failures: bool = typer.Option(False, "--failures", help="Also list each answer that missed its target."),
              corpus: str = typer.Option("answers", "--corpus",
                                         help="answers (the tuning corpus), dev, dev2, dev3 and dev4 (tune the engine's general rules), heldout and heldout2 (never tuned on), or a TOML path.")) -> None:
    """How well answer feedback agrees with a labelled corpus, beside the targets (exit 1 if one is missed)."""
    from offerloop.cards.agreement import corpus_path, load_corpus, measure, render
    from offerloop.cli._common import console, print_json
    from offerloop.content.loader import load_bank

    report = measure(load_bank().cards, load_corpus(corpus_path(corpus)))
    if json_out:
        print_json(report)
    else:
        from rich.markup import escape

        out = console()
        for line in render(report):
            out.print(escape(line))
        if failures:
            for f in report["failures"]:
                out.print(escape(f"  {f['card']} [{f['kind']}]: {f['why']} {f.get('points', '')} "
                                 f"{f.get('misconceptions', '')}"))
    if not report["ok"]:
        raise typer.Exit(1)


def _read(out, prompt: str) -> str | None:
    """One line from stdin (works when stdin is piped); None at end of input."""
    import sys

    out.print(prompt, end="", markup=False)
    line = sys.stdin.readline()
    if not line:
        out.print()
        return None
    return line.rstrip("\r\n")


def _print_feedback(out, result: dict) -> None:
    """What was wrong first (with the correction and the model answer's sentence), then missing, then covered."""
    from rich.markup import escape

    for m in result["misconceptions"]:
        out.print(f"  [red]✗ Wrong:[/] {escape(m['claim'])}" + (f" (you said: “{escape(m['evidence'])}”)" if m["evidence"] else ""))
        out.print(f"      {escape(m['correction'])}")
        if m.get("correct"):
            out.print(f"      [dim]Model answer: “{escape(m['correct'])}”[/]")
    for p in result["points"]:
        if p["status"] == "contradicted":
            out.print(f"  [red]✗ Wrong:[/] you said “{escape(p['evidence'])}”")
            out.print(f"      Correct: {escape(p['point'])}")
            if p["correct"]:
                out.print(f"      [dim]Model answer: “{escape(p['correct'])}”[/]")
    if result["keyword_list"]:
        advice = next((f["text"] for f in result["feedback"] if f["kind"] == "keyword_list"), "")
        out.print(f"  [yellow]![/] {escape(advice)}")
    for p in result["points"]:
        if p["status"] in ("missed", "partial"):
            mark = "[yellow]~ Half said:[/]" if p["status"] == "partial" else "[yellow]- Missing:[/]"
            out.print(f"  {mark} {escape(p['point'])}")
    for p in result["points"]:
        if p["status"] == "covered":
            out.print(f"  [green]✓ Covered:[/] {escape(p['point'])}")
    out.print(f"Score {result['score']:.0%} → suggested rating: [bold]{result['suggested_rating']}[/]")


def review(
    topic: str = typer.Option(None, "--topic", help=TOPIC_HELP),
    limit: int = typer.Option(None, "--limit", min=1, help="Stop after this many cards."),
) -> None:
    """Review due cards in the terminal: type an answer (or press Enter), see feedback, rate 1-4; q quits."""
    from rich.markup import escape

    from offerloop.cards.scheduler import RATINGS, STATE_NAMES, parse_rating
    from offerloop.cli._common import console, get_app
    from offerloop.errors import InvalidInput
    from offerloop.store.base import utcnow

    ol = get_app()
    out = console()
    done: dict[str, int] = {name: 0 for name in RATINGS}
    quit_now = False
    while not quit_now and (limit is None or sum(done.values()) < limit):
        now = utcnow()
        queue = ol.cards.queue(now, topic)
        slug = queue.next_slug(learn_ahead=True)
        if slug is None:
            out.print("Nothing more is due now." if sum(done.values()) else "Nothing is due now: come back later.")
            break
        item = ol.cards.item(slug)
        memory = ol.cards.memory(slug)
        state = STATE_NAMES[memory.state if memory else 0]
        out.print(f"\n[dim]{len(queue.due)} due · {len(queue.new)} new · {slug} · {item.topic or 'own'}"
                  f"{' · ' + item.difficulty if item.difficulty else ''} · {state}[/]")
        out.print(f"[bold]{escape(item.question)}[/]")
        text = _read(out, "Your answer (Enter to reveal, q to quit): ")
        if text is None or text.strip().lower() in ("q", "quit"):
            break
        # an empty line reveals; anything else is judged (a line of only spaces or one over 20,000
        # characters is refused with one sentence and exit code 2, before anything is stored)
        result = ol.cards.answer(slug, text, now=now, reveal=text == "")
        if text.strip() and result["score"] is not None:
            _print_feedback(out, result)
        elif item.key_points:
            out.print("Key points:")
            for point, _ in item.key_points:
                out.print(f"  • {escape(point)}")
        out.print("[bold]Model answer[/]")
        out.print(escape(item.answer or "(no answer written yet; add one with the web page or a CSV)"))
        suggested = result["suggested_rating"] if text.strip() else None
        choices = " · ".join(f"{int(r)} {name} ({result['next_interval'][name]})" for name, r in RATINGS.items())
        out.print(f"[dim]{choices}[/]")
        prompt = f"Rating 1-4{f' [Enter = {suggested}]' if suggested else ''}, q to quit: "
        rating = None
        for _attempt in range(5):
            line = _read(out, prompt)
            if line is None or line.strip().lower() in ("q", "quit"):
                quit_now = True
                break
            if not line.strip() and suggested:
                rating = suggested
                break
            try:
                rating = parse_rating(line)
                break
            except InvalidInput as exc:
                out.print(f"[red]{escape(str(exc))}[/]")
        if rating is None:
            break
        answered = ol.cards.review(slug, rating, now=utcnow(), text=text if text.strip() else None)
        done[answered["rating"]] += 1
        out.print(f"[dim]Rated {answered['rating']}; next review in {answered['interval']} "
                  f"({answered['due'][:16].replace('T', ' ')} UTC).[/]")
    total = sum(done.values())
    if total:
        out.print(f"Reviewed {total} card(s): " + ", ".join(f"{k} {v}" for k, v in done.items()) + ".")
