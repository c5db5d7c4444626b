"""plan coding / show / export-ics / streak: the coding plan to interview day and the practice streak."""

import typer

from offerloop.cli._common import console, get_app, print_json

plan_app = typer.Typer(help="The coding plan (6 weeks, easy to hard to review), its calendar and your streak.",
                       no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(plan_app, name="plan")


def _print_days(plan: dict) -> None:
    from rich.table import Table

    table = Table("", "date", "day", "kind", "problems")
    for d in plan["days"]:
        from datetime import date

        when = date.fromisoformat(d["date"])
        mark = "✓" if d["done"] else ("→" if d["today"] else "")
        table.add_row(mark, d["date"], when.strftime("%a"), d["kind"], ", ".join(d["problems"]))
    out = console()
    out.print(table)
    if plan["note"]:
        out.print(plan["note"])


@plan_app.command("coding")
def coding(
    weeks: int = typer.Option(6, "--weeks", help="Length in weeks; phases scale with it (2:2:1:1 of the time)."),
    start: str = typer.Option(None, "--start", help="First day, YYYY-MM-DD (default: today; not in the past)."),
    until_interview: bool = typer.Option(False, "--until-interview",
                                         help="End the plan the day before your next interview in the tracker."),
    replan: bool = typer.Option(False, "--replan", help="Move undone past days of the stored plan forward from today."),
    ml_share: str = typer.Option("0.3", "--ml-share",
                                 help="Share of new problems from the ML track (implement models from scratch): "
                                      "0 to 1, or a percentage; 0 plans algorithms only."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Replace an existing plan without asking."),
    json_out: bool = typer.Option(False, "--json", help="Print the days as JSON: [{date, kind, problems}]."),
) -> None:
    """Build the coding plan from the problem bank (algorithms and ML, skipping what you solved) and
    store it; an existing plan is replaced only after you confirm (or with --yes)."""
    from offerloop.errors import Conflict

    ol = get_app()
    if replan:
        plan = ol.plans.replan()
    else:
        build = dict(weeks=weeks, start=start, until_interview=until_interview, ml_share=ml_share)
        try:
            plan = ol.plans.build_coding(**build, replace=yes)
        except Conflict as exc:  # a plan exists: ask before replacing it (the inputs were checked first)
            if not typer.confirm(f"{exc} Replace it?", default=False, err=True):
                from offerloop.cli._common import err_console

                err_console().print("Nothing changed; your plan stands.")
                raise typer.Exit(1) from None
            plan = ol.plans.build_coding(**build, replace=True)
    if json_out:
        if plan["note"]:
            from offerloop.cli._common import err_console

            err_console().print(f"Note: {plan['note']}", soft_wrap=True)
        print_json(ol.plans.public_days(plan))
        return
    _print_days(plan)
    if not replan and not until_interview:
        upcoming = ol.applications.upcoming_interviews()
        if upcoming:
            first = upcoming[0]
            console().print(f"You have a {first['round_label']} interview at {first.get('company', '')} on "
                            f"{first['local_start'][:10]}; --until-interview fits the plan to it.")
    if replan:
        moved = plan.get("moved_days", 0)
        console().print(f"Moved {moved} undone day(s) forward from today." if moved else "Nothing was missed; the plan stands.")


@plan_app.command("show")
def show(json_out: bool = typer.Option(False, "--json", help="Print the days with done marks as JSON.")) -> None:
    """Show the stored plan with done days ticked; missed days move forward from today first."""
    ol = get_app()
    plan = ol.plans.current()
    if plan is None:
        from offerloop.errors import NotFound

        raise NotFound("There is no coding plan yet; build one with `offerloop plan coding --weeks 6 --start DATE`.")
    if json_out:
        print_json({"start": plan["start"], "weeks": plan["weeks"],
                    "note": plan["note"], "moved_days": plan["moved_days"],
                    "days": [{k: d[k] for k in ("date", "kind", "problems", "done")} for d in plan["days"]]})
        return
    _print_days(plan)
    if plan["moved_days"]:
        console().print(f"{plan['moved_days']} missed day(s) were moved forward from today.")


@plan_app.command("export-ics")
def export_ics(file: str = typer.Argument(..., help="Where to write the .ics file.")) -> None:
    """Write the plan as an iCalendar file of all-day events (import it into any calendar)."""
    from pathlib import Path

    from offerloop.errors import InvalidInput

    data = get_app().plans.export_ics()
    path = Path(file)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise InvalidInput(f"Cannot write {path}: {exc.strerror}.") from None
    console().print(f"Wrote {path}.")


@plan_app.command("streak")
def streak(json_out: bool = typer.Option(False, "--json", help="Print the numbers as JSON.")) -> None:
    """Your current and longest practice streaks (days with any activity)."""
    info = get_app().plans.activity()
    numbers = {k: info[k] for k in ("current_streak", "longest_streak", "active_days", "actions", "since", "today")}
    if json_out:
        print_json(numbers)
        return
    console().print(f"Current streak: {numbers['current_streak']} day(s); longest: {numbers['longest_streak']}; "
                    f"{numbers['active_days']} active day(s) since {numbers['since']}.")


@plan_app.command("interview")
def interview(
    application: int = typer.Option(None, "--application", help="Plan to this application's next interview date."),
    on: str = typer.Option(None, "--date", help="Plan to this interview date instead, YYYY-MM-DD (not in the past)."),
    show: bool = typer.Option(False, "--show", help="Show the stored plan (missed days re-plan from today)."),
    ics: str = typer.Option(None, "--ics", help="Also write the plan as an iCalendar file here."),
    json_out: bool = typer.Option(False, "--json", help="Print the plan as JSON."),
) -> None:
    """The plan to interview day across every area: daily tasks weighted by the readiness gaps, the
    coding plan as one part of it, mock loops before the day."""
    from offerloop.errors import InvalidInput, NotFound

    ol = get_app()
    if show:
        if application is not None or on is not None:
            raise InvalidInput("--show shows the stored plan; leave out --application and --date.")
        plan = ol.plans.interview.current()
        if plan is None:
            raise NotFound("There is no interview plan yet; build one with `offerloop plan interview --date DATE`.")
    else:
        plan = ol.plans.interview.build(application_id=application, on=on)
    if ics:
        from pathlib import Path

        path = Path(ics)
        try:
            path.write_bytes(ol.plans.interview.export_ics())
        except OSError as exc:
            raise InvalidInput(f"Cannot write {path}: {exc.strerror}.") from None
    if json_out:
        print_json(plan)
        return
    from rich.table import Table

    out = console()
    out.print(plan["note"], soft_wrap=True)
    if plan["missed_days"]:
        out.print(f"Missed: {', '.join(plan['missed_days'])}; the rest was re-planned from today.")
    table = Table("date", "day", "tasks", "min")
    from datetime import date

    for d in plan["days"]:
        mark = " (missed)" if d.get("missed") else (" (today)" if d.get("today") else "")
        table.add_row(d["date"] + mark, date.fromisoformat(d["date"]).strftime("%a"),
                      "\n".join(f"{t['area']}: {t['what']}" for t in d["tasks"]), str(d["minutes"]))
    out.print(table)
    if ics:
        out.print(f"Wrote {ics}.")
