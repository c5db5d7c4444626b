"""mock types / start / list / show: mock interview loops per company type, and their scorecards."""

import typer

from offerloop.cli._common import console, get_app, print_json

mock_app = typer.Typer(help="Mock interview loops per company type, run in the browser, with scorecards.",
                       no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(mock_app, name="mock")
    app.command("readiness")(readiness)


def readiness(json_out: bool = typer.Option(False, "--json", help="Print areas, levels, evidence and gates as JSON.")) -> None:
    """Readiness per area (1-4) from your evidence, with the rule behind each level and the gates."""
    from offerloop.readiness.evidence import readiness as compute

    data = compute(get_app())
    if json_out:
        print_json(data)
        return
    out = console()
    for a in data["areas"]:
        mark = "✓" if a["gate_met"] else "·"
        out.print(f"{mark} [bold]{a['title']}[/] ({a['area']}): level {a['level']}/4", soft_wrap=True)
        for line in a["evidence"]:
            out.print(f"    {line}", soft_wrap=True)
        out.print(f"    Next: {a['next_step']}", soft_wrap=True)
    for g in data["gates"]:
        out.print(f"Gate {'met' if g['met'] else 'NOT met'}: {g['gate']}. {g['detail']}", soft_wrap=True)
    out.print("Ready for the interview." if data["ready"] else "Not ready yet: close the gaps above.")


def _url(loop_id: int, position: int | None = None) -> str:
    return f"/mock/{loop_id}" + (f"/rounds/{position}" if position else "")


@mock_app.command("types")
def types(json_out: bool = typer.Option(False, "--json", help="Print every loop type with its rounds as JSON.")) -> None:
    """The loop types: their rounds, each with its minutes and phases."""
    from offerloop.mock.loops import types_as_data

    data = types_as_data()
    if json_out:
        print_json(data)
        return
    out = console()
    for t in data:
        out.print(f"[bold]{t['type']}[/] · {t['title']} · {t['minutes']} min: {t['note']}")
        for n, r in enumerate(t["rounds"], start=1):
            phases = ", ".join(f"{p['name']} {p['minutes']}" for p in r["phases"])
            out.print(f"  {n}. {r['title']} ({r['kind']}, {r['minutes']} min): {phases}")


@mock_app.command("start")
def start(
    loop_type: str = typer.Option(None, "--type", help="typical, big-tech, startup, research-lab or phone-screen "
                                                       "(default: the application's company type, else typical)."),
    application: int = typer.Option(None, "--application", help="Follow this tracker application (its company "
                                                                 "type picks the loop when --type is not given)."),
    rounds: str = typer.Option(None, "--rounds", help="Only these rounds: positions in the loop (1,3) or round "
                                                      "kinds in your order (theory,behavioral)."),
    json_out: bool = typer.Option(False, "--json", help="Print the loop as JSON."),
) -> None:
    """Start a loop: every round is drawn from the banks now; run the rounds in the browser."""
    from offerloop.errors import InvalidInput

    chosen = None
    if rounds:
        parts = [x.strip() for x in rounds.split(",") if x.strip()]
        chosen = [int(x) if x.isdigit() else x for x in parts]
        if not chosen:
            raise InvalidInput(f"--rounds takes positions like 1,3 or kinds like theory,behavioral; {rounds!r} is neither.")
    ol = get_app()
    loop = ol.mocks.start(loop_type, application_id=application, rounds=chosen)
    if json_out:
        print_json(loop)
        return
    out = console()
    out.print(f"Started mock loop {loop['id']} ({loop['title']}"
              + (f" for {loop['company']}" if loop["company"] else "") + ").")
    for r in loop["rounds"]:
        drawn = "; ".join(i["question"][:60] for i in r["items"])
        out.print(f"  {r['position']}. {r['title']} ({r['minutes']} min): {drawn}")
    out.print(f"Run it with `offerloop serve` and open {_url(loop['id'])}.")


@mock_app.command("list")
def list_(json_out: bool = typer.Option(False, "--json", help="Print the loops as JSON.")) -> None:
    """Your mock loops, newest first, with their signal."""
    loops = get_app().mocks.list()
    if json_out:
        print_json(loops)
        return
    if not loops:
        console().print("No mock loops yet; start one with `offerloop mock start --type phone-screen`.")
        return
    from rich.table import Table

    table = Table("id", "type", "company", "started", "rounds", "signal")
    for lp in loops:
        card = lp["scorecard"]
        table.add_row(str(lp["id"]), lp["type"], lp["company"], lp["created_at"][:16].replace("T", " "),
                      f"{lp['rounds_done']}/{lp['rounds_total']}", card["signal"] if card else "")
    console().print(table)


@mock_app.command("show")
def show(loop_id: int = typer.Argument(..., help="The loop's id (`offerloop mock list`)."),
         json_out: bool = typer.Option(False, "--json", help="Print the loop, its rounds and scorecards as JSON.")) -> None:
    """One loop: each round's state and scorecard, the loop's scorecard and the trend across loops."""
    from offerloop.errors import InvalidInput

    if not 1 <= loop_id <= 2_147_483_647:
        raise InvalidInput(f"A loop id is a positive number; {loop_id} is not one.")
    loop = get_app().mocks.get(loop_id)
    if json_out:
        print_json(loop)
        return
    out = console()
    out.print(f"[bold]Mock loop {loop['id']}[/] · {loop['title']}" + (f" · {loop['company']}" if loop["company"] else ""))
    for r in loop["rounds"]:
        card = r["scorecard"]
        if card:
            ratings = ", ".join(f"{d.replace('_', ' ')} {v['rating']}" for d, v in card["ratings"].items())
            out.print(f"  {r['position']}. {r['title']}: {card['signal']} ({ratings})")
            for reason in card["reasons"][1:]:
                out.print(f"     {reason}")
        else:
            out.print(f"  {r['position']}. {r['title']}: {r['state']}")
    if loop["scorecard"]:
        out.print(f"Loop signal: {loop['scorecard']['signal']}. " + " ".join(loop["scorecard"]["reasons"]),
                  soft_wrap=True)
    if len(loop["trends"]) > 1:
        out.print("Trend across loops (technical / problem solving / communication):")
        for p in loop["trends"]:
            here = " <- this loop" if p["loop_id"] == loop["id"] else ""
            out.print(f"  loop {p['loop_id']} ({p['type']}): {p['technical']} / {p['problem_solving']} / "
                      f"{p['communication']}, {p['signal']}{here}")
