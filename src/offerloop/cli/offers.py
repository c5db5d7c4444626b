"""`offerloop offers ...`: add and compare offers, market ranges and data points, negotiation advice."""

import typer

offers_app = typer.Typer(help="Job offers: total compensation, comparison, market position, negotiation.",
                         no_args_is_help=True)
market_app = typer.Typer(help="Market ranges by level and company type (your editable copy of the guide's).",
                         no_args_is_help=True)
points_app = typer.Typer(help="Compensation data points you collected (levels.fyi, friends, recruiters).",
                         no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Add the `offers` group to the root app."""
    offers_app.add_typer(market_app, name="market")
    offers_app.add_typer(points_app, name="points")
    app.add_typer(offers_app, name="offers")


def _manager():
    from offerloop.cli._common import get_app

    return get_app().offers


def _out(data, as_json: bool, text) -> None:
    from offerloop.cli._common import print_json

    if as_json:
        print_json(data)
    else:
        text(data)


def _fields(**given) -> dict:
    """Only the options the user actually gave (None means: leave as it is)."""
    return {k: v for k, v in given.items() if v is not None}


# -- options shared by add and edit ---------------------------------------------------------------
O_ROLE = typer.Option(None, "--role", help="Job title, e.g. 'ML Engineer'.")
O_BONUS_PCT = typer.Option(None, "--bonus-pct", help="Target bonus as a percent of base, e.g. 15.")
O_BONUS = typer.Option(None, "--bonus", help="Target bonus as an amount (instead of --bonus-pct).")
O_EQUITY = typer.Option(None, "--equity", help="RSU grant value over the whole vesting period, e.g. 400000.")
O_VESTING = typer.Option(None, "--vesting", help="Yearly vesting percents adding to 100, e.g. 25,25,25,25 or 5,15,40,40.")
O_CLIFF = typer.Option(None, "--cliff-months", help="Months before anything vests (12 is common).")
O_REFRESH = typer.Option(None, "--refresh", help="Expected yearly refresh grant value.")
O_OPTIONS = typer.Option(None, "--options", help="Stock options: number of shares (instead of --equity).")
O_STRIKE = typer.Option(None, "--strike", help="Option strike price per share.")
O_PRICE = typer.Option(None, "--price", help="Latest preferred price or 409A value per share.")
O_BASIS = typer.Option(None, "--price-basis", help="What --price is: preferred or 409a.")
O_SIGN_ON = typer.Option(None, "--sign-on", help="Sign-on bonus, paid in year 1.")
O_CLAWBACK = typer.Option(None, "--clawback-months", help="Months within which the sign-on must be repaid if you leave.")
O_LEVEL = typer.Option(None, "--level", help="junior (0-2 years), mid (2-5) or senior (5+).")
O_TYPE = typer.Option(None, "--company-type", help="big-tech (FAANG), mid-size or startup.")
O_LOCATION = typer.Option(None, "--location", help="Where the job is.")
O_MATCH = typer.Option(None, "--401k-match", help="Retirement match as a percent of base.")
O_PTO = typer.Option(None, "--pto-days", help="Paid days off per year.")
O_REMOTE = typer.Option(None, "--remote", help="onsite, hybrid or remote.")
O_START = typer.Option(None, "--start-date", help="Start date, e.g. 2027-01-15.")
O_DEADLINE = typer.Option(None, "--deadline", help="When the offer expires: 2026-12-01, '2026-12-01 17:00', 48h or 3d.")
O_QUIT = typer.Option(None, "--quit-first/--no-quit-first", help="They demand you resign before accepting.")
O_ACCEPT = typer.Option(None, "--accept-as-is/--not-as-is", help="You would accept this offer as it stands.")
O_NOTES = typer.Option(None, "--notes", help="Free notes (benefits, team, growth).")
O_JSON = typer.Option(False, "--json", help="Print JSON instead of a table.")


@offers_app.command("add")
def add(
    company: str = typer.Option(..., "--company", help="Company name."),
    base: str = typer.Option(..., "--base", help="Yearly base salary, e.g. 200000 or 200k."),
    bonus_pct: str | None = O_BONUS_PCT,
    bonus: str | None = O_BONUS,
    equity: str | None = O_EQUITY,
    vesting: str | None = O_VESTING,
    cliff_months: str | None = O_CLIFF,
    refresh: str | None = O_REFRESH,
    options: str | None = O_OPTIONS,
    strike: str | None = O_STRIKE,
    price: str | None = O_PRICE,
    price_basis: str | None = O_BASIS,
    sign_on: str | None = O_SIGN_ON,
    clawback_months: str | None = O_CLAWBACK,
    level: str | None = O_LEVEL,
    company_type: str | None = O_TYPE,
    role: str | None = O_ROLE,
    location: str | None = O_LOCATION,
    currency: str = typer.Option("USD", "--currency", help="Three-letter currency code of every amount."),
    match: str | None = O_MATCH,
    pto_days: str | None = O_PTO,
    remote: str | None = O_REMOTE,
    start_date: str | None = O_START,
    deadline: str | None = O_DEADLINE,
    written: bool = typer.Option(False, "--written/--not-written", help="You have the offer in writing."),
    quit_first: bool | None = O_QUIT,
    accept_as_is: bool | None = O_ACCEPT,
    notes: str | None = O_NOTES,
    as_json: bool = O_JSON,
) -> None:
    """Record an offer and print its year-by-year and annualised total compensation."""
    fields = _fields(company=company, base=base, bonus_pct=bonus_pct, bonus_amount=bonus, equity_grant=equity,
                     vesting=vesting, cliff_months=cliff_months, refresh_grant=refresh, option_shares=options,
                     option_strike=strike, option_price=price, option_price_basis=price_basis, sign_on=sign_on,
                     sign_on_clawback_months=clawback_months, level=level, company_type=company_type, role=role,
                     location=location, currency=currency, retirement_match_pct=match, pto_days=pto_days,
                     remote_policy=remote, start_date=start_date, deadline=deadline, written_offer=written,
                     quit_first=quit_first, accept_as_is=accept_as_is, notes=notes)
    offer = _manager().add(fields)
    _out(offer, as_json, lambda o: _print_offer(o, f"Added offer {o['id']} from {o['company']}."))


@offers_app.command("edit")
def edit(
    offer_id: int = typer.Argument(..., help="The offer's number (see `offerloop offers list`)."),
    company: str | None = typer.Option(None, "--company", help="Company name."),
    base: str | None = typer.Option(None, "--base", help="Yearly base salary."),
    bonus_pct: str | None = O_BONUS_PCT,
    bonus: str | None = O_BONUS,
    equity: str | None = O_EQUITY,
    vesting: str | None = O_VESTING,
    cliff_months: str | None = O_CLIFF,
    refresh: str | None = O_REFRESH,
    options: str | None = O_OPTIONS,
    strike: str | None = O_STRIKE,
    price: str | None = O_PRICE,
    price_basis: str | None = O_BASIS,
    sign_on: str | None = O_SIGN_ON,
    clawback_months: str | None = O_CLAWBACK,
    level: str | None = O_LEVEL,
    company_type: str | None = O_TYPE,
    role: str | None = O_ROLE,
    location: str | None = O_LOCATION,
    currency: str | None = typer.Option(None, "--currency", help="Three-letter currency code."),
    match: str | None = O_MATCH,
    pto_days: str | None = O_PTO,
    remote: str | None = O_REMOTE,
    start_date: str | None = O_START,
    deadline: str | None = O_DEADLINE,
    written: bool | None = typer.Option(None, "--written/--not-written", help="You have the offer in writing."),
    quit_first: bool | None = O_QUIT,
    accept_as_is: bool | None = O_ACCEPT,
    status: str | None = typer.Option(None, "--status", help="pending, accepted or declined."),
    notes: str | None = O_NOTES,
    as_json: bool = O_JSON,
) -> None:
    """Change some fields of an offer; 'none' clears a text or date field, 0 clears an amount."""
    fields = _fields(company=company, base=base, bonus_pct=bonus_pct, bonus_amount=bonus, equity_grant=equity,
                     vesting=vesting, cliff_months=cliff_months, refresh_grant=refresh, option_shares=options,
                     option_strike=strike, option_price=price, option_price_basis=price_basis, sign_on=sign_on,
                     sign_on_clawback_months=clawback_months, level=level, company_type=company_type, role=role,
                     location=location, currency=currency, retirement_match_pct=match, pto_days=pto_days,
                     remote_policy=remote, start_date=start_date, deadline=deadline, written_offer=written,
                     quit_first=quit_first, accept_as_is=accept_as_is, status=status, notes=notes)
    if not fields:
        from offerloop.errors import InvalidInput

        raise InvalidInput("Nothing to change: give at least one option, such as --deadline 3d or --written.")
    offer = _manager().update(offer_id, fields)
    _out(offer, as_json, lambda o: _print_offer(o, f"Updated offer {o['id']} from {o['company']}."))


@offers_app.command("list")
def list_(as_json: bool = O_JSON) -> None:
    """Your offers with their annualised totals."""
    offers = _manager().list()

    def text(rows):
        from rich.table import Table

        from offerloop.cli._common import console
        from offerloop.offers.compensation import money

        if not rows:
            console().print("No offers yet. Add one with `offerloop offers add --company C --base N`.", markup=False)
            return
        table = Table("#", "Company", "Role", "Status", "Year 1", "Annualised", "Deadline")
        for o in rows:
            table.add_row(str(o["id"]), o["company"], o["role"], o["status"], money(o["year_totals"][0], o["currency"]),
                          money(o["annualized"], o["currency"]), _local(o["deadline"]))
        console().print(table)

    _out(offers, as_json, text)


@offers_app.command("show")
def show(offer_id: int = typer.Argument(..., help="The offer's number."), as_json: bool = O_JSON) -> None:
    """One offer: the four years, its market position and the negotiation advice."""
    report = _manager().report(offer_id)

    def text(r):
        _print_offer(r, None)
        _print_market(r)
        _print_advice(r)

    _out(report, as_json, text)


@offers_app.command("advice")
def advice(offer_id: int = typer.Argument(..., help="The offer's number."), as_json: bool = O_JSON) -> None:
    """Whether to negotiate, the counter-offer script, what to ask for and the red flags."""
    report = _manager().report(offer_id)
    _out(report["advice"], as_json, lambda _a: _print_advice(report))


@offers_app.command("remove")
def remove(
    offer_id: int = typer.Argument(..., help="The offer's number."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Delete an offer (asks first)."""
    from offerloop.cli._common import console

    manager = _manager()
    offer = manager.get(offer_id)
    if not yes and not typer.confirm(f"Delete the offer from {offer['company']} (#{offer_id})?", default=False):
        console().print("Nothing deleted.")
        raise typer.Exit(1)
    manager.remove(offer_id)
    console().print(f"Deleted the offer from {offer['company']}.", markup=False)


@offers_app.command("compare")
def compare(
    ids: list[int] | None = typer.Argument(None, help="Offer numbers to compare (default: all)."),
    currency: str | None = typer.Option(None, "--currency", help="Only offers in this currency."),
    as_json: bool = O_JSON,
) -> None:
    """Offers side by side: four years of total compensation and the annualised figure, best first."""
    rows = _manager().compare(ids or None, currency)

    def text(offers):
        from rich.table import Table

        from offerloop.cli._common import console
        from offerloop.offers.compensation import money

        if not offers:
            console().print("No offers to compare yet. Add one with `offerloop offers add`.", markup=False)
            return
        cur = offers[0]["currency"]
        table = Table("", *[f"#{o['id']} {o['company']}" for o in offers], title=f"Offers compared ({cur})")
        table.add_row("Base", *[money(o["base"], cur) for o in offers])
        table.add_row("Target bonus", *[money(o["target_bonus"], cur) for o in offers])
        table.add_row("Equity grant", *[money(o["equity"]["value"], cur) for o in offers])
        table.add_row("Sign-on", *[money(o["sign_on"], cur) for o in offers])
        for k in range(4):
            table.add_row(f"Year {k + 1}", *[money(o["year_totals"][k], cur) for o in offers])
        table.add_row("4-year total", *[money(o["four_year_total"], cur) for o in offers])
        table.add_row("Annualised", *[money(o["annualized"], cur) for o in offers])
        table.add_row("Behind best", *[money(o["behind_best"], cur) if o["behind_best"] else "best" for o in offers])
        console().print(table)

    _out(rows, as_json, text)


@offers_app.command("profile")
def profile(
    rare_skills: bool | None = typer.Option(None, "--rare-skills/--common-skills",
                                               help="Whether your skills are rare or in demand (changes the advice)."),
    as_json: bool = O_JSON,
) -> None:
    """Show or set your negotiation profile."""
    manager = _manager()
    prefs = manager.set_prefs(rare_skills) if rare_skills is not None else manager.prefs()

    def text(p):
        from offerloop.cli._common import console

        console().print("Rare or in-demand skills: " + ("yes" if p["rare_skills"] else "no"))

    _out(prefs, as_json, text)


# -- market ranges ------------------------------------------------------------------------------
@market_app.command("show")
def market_show(as_json: bool = O_JSON) -> None:
    """The market ranges offers are placed against."""
    _out(_manager().market_ranges(), as_json, _print_ranges)


@market_app.command("set")
def market_set(
    level: str = typer.Argument(..., help="junior, mid or senior."),
    company_type: str = typer.Argument(..., help="big-tech, mid-size or startup."),
    low: str = typer.Option(..., "--low", help="Low end of yearly total compensation."),
    high: str = typer.Option(..., "--high", help="High end of yearly total compensation."),
    currency: str | None = typer.Option(None, "--currency", help="Currency of the range."),
    as_json: bool = O_JSON,
) -> None:
    """Change one range, e.g. `offerloop offers market set senior big-tech --low 320k --high 520k`."""
    row = _manager().set_range(level, company_type, low, high, currency)

    def text(r):
        from offerloop.cli._common import console
        from offerloop.offers.compensation import money

        console().print(f"{r['label']}: {money(r['low'], r['currency'])}-{money(r['high'], r['currency'])}.",
                        markup=False)

    _out(row, as_json, text)


@market_app.command("reset")
def market_reset(yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation.")) -> None:
    """Put the guide's ranges back, replacing your edits."""
    if not yes and not typer.confirm("Replace your market ranges with the guide's?", default=False):
        raise typer.Exit(1)
    _print_ranges(_manager().reset_ranges())


# -- data points --------------------------------------------------------------------------------
@points_app.command("add")
def points_add(
    total: str = typer.Option(..., "--total", help="Yearly total compensation."),
    company: str = typer.Option("", "--company", help="Company it is from."),
    level: str | None = O_LEVEL,
    company_type: str | None = O_TYPE,
    currency: str = typer.Option("USD", "--currency", help="Currency of the figure."),
    source: str = typer.Option("", "--source", help="Where it comes from (levels.fyi, a friend ...)."),
    note: str = typer.Option("", "--note", help="Anything worth remembering."),
    as_json: bool = O_JSON,
) -> None:
    """Record a compensation figure you found; offers are placed against matching points."""
    point = _manager().add_point({"total_comp": total, "company": company, "level": level,
                                  "company_type": company_type, "currency": currency, "source": source, "note": note})

    def text(p):
        from offerloop.cli._common import console

        console().print(f"Added data point {p['id']}.")

    _out(point, as_json, text)


@points_app.command("list")
def points_list(as_json: bool = O_JSON) -> None:
    """Your data points."""
    def text(rows):
        from rich.table import Table

        from offerloop.cli._common import console
        from offerloop.offers.compensation import money

        if not rows:
            console().print("No data points yet. Add one with `offerloop offers points add --total N`.", markup=False)
            return
        table = Table("#", "Company", "Level", "Company type", "Total comp", "Source")
        for p in rows:
            table.add_row(str(p["id"]), p["company"], p["level"] or "", p["company_type"] or "",
                          money(p["total_comp"], p["currency"]), p["source"])
        console().print(table)

    _out(_manager().points(), as_json, text)


@points_app.command("remove")
def points_remove(
    point_id: int = typer.Argument(..., help="The data point's number."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Delete a data point (asks first)."""
    from offerloop.cli._common import console

    if not yes and not typer.confirm(f"Delete data point {point_id}?", default=False):
        raise typer.Exit(1)
    _manager().remove_point(point_id)
    console().print(f"Deleted data point {point_id}.")


# -- printing -----------------------------------------------------------------------------------
def _local(iso: str | None) -> str:
    """A stored UTC moment on this machine's wall clock."""
    if not iso:
        return ""
    from datetime import datetime

    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")


def _print_offer(o: dict, heading: str | None) -> None:
    from rich.table import Table

    from offerloop.cli._common import console
    from offerloop.offers.compensation import money

    out = console()
    cur = o["currency"]
    if heading:
        out.print(heading, markup=False)
    else:
        out.print(f"#{o['id']} {o['company']}" + (f", {o['role']}" if o["role"] else "") + f" ({o['status']})",
                  markup=False, style="bold")
    terms = [o["location"], o["remote_policy"], f"{o['pto_days']} PTO days" if o["pto_days"] else "",
             f"401k match {o['retirement_match_pct']}%" if o["retirement_match_pct"] is not None else "",
             f"starts {o['start_date']}" if o["start_date"] else "",
             f"reply by {_local(o['deadline'])}" if o["deadline"] else "",
             "in writing" if o["written_offer"] else "not in writing yet"]
    out.print(" · ".join(t for t in terms if t), markup=False)
    table = Table("Year", "Base", "Bonus", "Sign-on", "Equity", "Refresh", "Total")
    for y in o["years"]:
        table.add_row(str(y["year"]), *[money(y[k], cur) for k in ("base", "bonus", "sign_on", "equity", "refresh",
                                                                   "total")])
    out.print(table)
    out.print(f"Year 1: {money(o['year_totals'][0], cur)}   Annualised: {money(o['annualized'], cur)}   "
              f"4-year total: {money(o['four_year_total'], cur)}", markup=False)
    for note in o["assumptions"]:
        out.print(f"  - {note}", markup=False)


def _print_market(r: dict) -> None:
    from offerloop.cli._common import console

    out = console()
    market = r["market"]
    out.print("Market position", style="bold")
    out.print("  " + (market["range"]["sentence"] if market["range"] else market["note"]), markup=False)
    if market["data_points"]:
        out.print("  " + market["data_points"]["sentence"], markup=False)


def _print_advice(r: dict) -> None:
    from offerloop.cli._common import console

    out = console()
    a = r["advice"]
    out.print(f"Advice for #{r['id']} {r['company']}: {a['headline']}", markup=False, style="bold")
    for reason in a["reasons_for"]:
        out.print(f"  + {reason}", markup=False)
    for reason in a["reasons_against"]:
        out.print(f"  - {reason}", markup=False)
    out.print(f"Target: {a['target_basis']}", markup=False)
    out.print("Script:", style="bold")
    for line in a["script"].splitlines():
        out.print(f"  {line}", markup=False)
    out.print("What to ask for:", style="bold")
    for ask in a["asks"]:
        out.print(f"  - {ask['item']}: {ask['suggestion']}", markup=False)
    if a["red_flags"]:
        out.print("Red flags:", style="bold red")
        for flag in a["red_flags"]:
            out.print(f"  ! {flag['message']}", markup=False)
    else:
        out.print("No red flags detected.")


def _print_ranges(rows: list) -> None:
    from rich.table import Table

    from offerloop.cli._common import console
    from offerloop.offers.compensation import money

    table = Table("Level", "Company type", "Low", "High", "Compared with", "Source")
    for r in rows:
        table.add_row(r["level"], r["company_type"], money(r["low"], r["currency"]), money(r["high"], r["currency"]),
                      "cash (plus equity)" if r["excludes_equity"] else "total comp", r["source"])
    console().print(table)
