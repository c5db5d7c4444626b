"""`offerloop apps ...` (the applications tracker) and `offerloop reminders`."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

apps = typer.Typer(help="Track applications: pipeline stages, interviews, thank-you notes, checklists, red flags.",
                   no_args_is_help=True, rich_markup_mode=None)


def register(app: typer.Typer) -> None:
    app.add_typer(apps, name="apps")
    app.command("reminders")(reminders_cmd)


def _manager():
    from offerloop.cli._common import get_app

    return get_app().applications


def _out(data, as_json: bool, text: str) -> None:
    from offerloop.cli._common import console, print_json

    if as_json:
        print_json(data)
    else:
        console().print(text, markup=False, soft_wrap=True)


def _when(text: str | None):
    from offerloop.tracker.times import parse_when

    return parse_when(text, what="time")[0] if text else None


def _show_warnings(warnings) -> None:
    from offerloop.cli._common import err_console

    for w in warnings:
        err_console().print(f"Warning: {w}", markup=False, soft_wrap=True)


def _local(iso: str | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    if not iso:
        return "-"
    from datetime import datetime

    return datetime.fromisoformat(iso).strftime(fmt)


# -- applications ------------------------------------------------------------------------------


@apps.command("add")
def add(
    company: str = typer.Option(..., "--company", help="Company name."),
    role: str = typer.Option(..., "--role", help="Role or job title."),
    type_: str = typer.Option(..., "--type", help="Company type: big-tech, mid-size, startup or research-lab."),
    source: str = typer.Option("", "--source", help="Where you found it (referral, LinkedIn ...)."),
    link: str = typer.Option("", "--link", help="Link to the job posting."),
    jd_file: Optional[Path] = typer.Option(None, "--jd-file", help="A text file with the job description."),
    applied: Optional[str] = typer.Option(None, "--applied", help="When you applied (ISO date); default now."),
    as_json: bool = typer.Option(False, "--json", help="Print the application as JSON."),
) -> None:
    """Record a new application."""
    from offerloop.errors import InvalidInput

    jd = ""
    if jd_file is not None:
        try:
            jd = jd_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"The job description file {jd_file} cannot be read: {exc}.") from None
    a = _manager().add(company, role, type_, source=source, link=link, job_description=jd, applied_at=_when(applied))
    _out(a, as_json, f"Added application {a['id']}: {a['role']} at {a['company']} ({a['type']}), stage {a['stage']}.")


@apps.command("list")
def list_(
    open_only: bool = typer.Option(False, "--open", help="Leave out closed applications."),
    as_json: bool = typer.Option(False, "--json", help="Print the applications as JSON."),
) -> None:
    """List your applications."""
    from offerloop.cli._common import console, print_json

    rows = _manager().list(include_closed=not open_only)
    if as_json:
        print_json(rows)
        return
    if not rows:
        console().print("No applications yet; add one with `offerloop apps add --company C --role R --type T`.",
                        markup=False)
        return
    from rich.table import Table

    table = Table(box=None)
    for col in ("id", "company", "role", "type", "stage", "since", "next interview"):
        table.add_column(col)
    for a in rows:
        nxt = a["next_interview"]
        table.add_row(str(a["id"]), a["company"], a["role"], a["type"], a["stage_label"],
                      _local(a["stage_changed_at"], "%Y-%m-%d"),
                      f"{nxt['round_label']} {_local(nxt['local_start'])} {nxt['tz']}" if nxt else "")
    console().print(table)


@apps.command("show")
def show(
    application_id: int = typer.Argument(..., metavar="ID"),
    as_json: bool = typer.Option(False, "--json", help="Print everything as JSON."),
) -> None:
    """Show one application: timeline, interviews, contacts, red flags."""
    from offerloop.cli._common import console, print_json

    a = _manager().get(application_id)
    if as_json:
        print_json(a)
        return
    c = console()
    c.print(f"{a['id']}  {a['role']} at {a['company']}  ({a['type']}, stage: {a['stage_label']})", markup=False)
    if a["link"]:
        c.print(f"Link: {a['link']}", markup=False)
    if a["offer_deadline"]:
        c.print(f"Offer deadline: {_local(a['offer_deadline'])} UTC", markup=False)
    c.print(f"Stages: {', '.join(a['stages'])}", markup=False)
    c.print("\nTimeline:", markup=False)
    for e in a["timeline"]:
        move = f" {e['from_stage']} -> {e['to_stage']}" if e["kind"] == "moved" else ""
        c.print(f"  {_local(e['at'])} UTC  {e['kind']}{move}  {e['text']}", markup=False, soft_wrap=True)
    if a["interviews"]:
        c.print("\nInterviews:", markup=False)
        for i in a["interviews"]:
            who = f" with {', '.join(i['interviewers'])}" if i["interviewers"] else ""
            c.print(f"  [{i['id']}] {i['round_label']}  {_local(i['local_start'])} {i['tz']}  "
                    f"{i['minutes']} min{who}", markup=False)
            for q in i["questions"]:
                card = f"  (card {q['card_slug']})" if q["card_slug"] else ""
                c.print(f"      Q{q['id']}: {q['text']}{card}", markup=False, soft_wrap=True)
    if a["contacts"]:
        c.print("\nContacts:", markup=False)
        for p in a["contacts"]:
            c.print(f"  [{p['id']}] {p['name']}  {p['title']}  {p['email']}", markup=False)
    if a["red_flags"]:
        c.print(f"\nRed flags about {a['company']}:", markup=False)
        for f in a["red_flags"]:
            c.print(f"  [{f['id']}] {f['group']}: {f['text']}" + (f" ({f['note']})" if f["note"] else ""),
                    markup=False)


@apps.command("move")
def move(
    application_id: int = typer.Argument(..., metavar="ID"),
    stage: str = typer.Argument(..., metavar="STAGE"),
    note: str = typer.Option("", "--note", help="Why, or what happened."),
    as_json: bool = typer.Option(False, "--json", help="Print the application as JSON."),
) -> None:
    """Move an application to another stage (recorded on its timeline)."""
    a = _manager().move(application_id, stage, note=note)
    _out(a, as_json, f"Application {a['id']} ({a['company']}) is now at {a['stage_label']}.")


@apps.command("edit")
def edit(
    application_id: int = typer.Argument(..., metavar="ID"),
    company: Optional[str] = typer.Option(None, "--company"),
    role: Optional[str] = typer.Option(None, "--role"),
    type_: Optional[str] = typer.Option(None, "--type"),
    source: Optional[str] = typer.Option(None, "--source"),
    link: Optional[str] = typer.Option(None, "--link"),
    offer_deadline: Optional[str] = typer.Option(None, "--offer-deadline",
                                                 help="When you must answer an offer (ISO datetime; '' clears it)."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Change an application's details or set its offer deadline."""
    fields = {k: v for k, v in dict(company=company, role=role, company_type=type_, source=source, link=link).items()
              if v is not None}
    if offer_deadline is not None:
        fields["offer_deadline"] = offer_deadline
    a = _manager().update(application_id, **fields)
    _out(a, as_json, f"Updated application {a['id']}: {a['role']} at {a['company']}.")


@apps.command("delete")
def delete(
    application_id: int = typer.Argument(..., metavar="ID"),
    yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation."),
) -> None:
    """Delete an application with its timeline, interviews and contacts."""
    m = _manager()
    a = m.get(application_id)
    if not yes and not typer.confirm(f"Delete application {a['id']} ({a['role']} at {a['company']}) and its "
                                     f"{len(a['interviews'])} interview(s)?"):
        raise typer.Exit(1)
    m.delete(application_id)
    _out(None, False, f"Deleted application {application_id}.")


@apps.command("note")
def note(application_id: int = typer.Argument(..., metavar="ID"), text: str = typer.Argument(...)) -> None:
    """Add a note to an application's timeline."""
    _manager().add_note(application_id, text)
    _out(None, False, f"Note added to application {application_id}.")


@apps.command("contact")
def contact(
    application_id: int = typer.Argument(..., metavar="ID"),
    name: str = typer.Option(..., "--name"),
    title: str = typer.Option("", "--title", help="Their role: recruiter, hiring manager ..."),
    email: str = typer.Option("", "--email"),
    notes: str = typer.Option("", "--notes"),
) -> None:
    """Add a contact person to an application."""
    c = _manager().add_contact(application_id, name, title=title, email=email, notes=notes)
    _out(c, False, f"Contact {c['id']} ({c['name']}) added to application {application_id}.")


# -- interviews ----------------------------------------------------------------------------------


@apps.command("interview")
def interview(
    application_id: int = typer.Argument(..., metavar="ID"),
    round_: str = typer.Option(..., "--round", help="recruiter, phone-screen, ml-coding, ml-system-design, ml-theory, "
                                                    "behavioral, culture-fit, take-home or paper-discussion."),
    at: str = typer.Option(..., "--at", help="Start, ISO datetime (with an offset, or use --tz)."),
    minutes: int = typer.Option(60, "--minutes", help="Length in minutes."),
    tz: Optional[str] = typer.Option(None, "--tz", help="IANA time zone of the interview, e.g. Europe/Amsterdam."),
    interviewer: List[str] = typer.Option([], "--with", help="An interviewer's name (repeat for several)."),
    notes: str = typer.Option("", "--notes"),
    deadline: Optional[str] = typer.Option(None, "--deadline", help="Take-home only: when it is due (ISO datetime)."),
    as_json: bool = typer.Option(False, "--json", help="Print the interview as JSON."),
) -> None:
    """Schedule an interview round (or record one already held)."""
    iv = _manager().add_interview(application_id, round_, at, tz=tz, minutes=minutes, interviewers=interviewer,
                                  notes=notes, deadline=deadline)
    _show_warnings(iv["warnings"])
    _out(iv, as_json, f"Interview {iv['id']}: {iv['round_label']} for {iv['company']} on "
                      f"{_local(iv['local_start'])} {iv['tz']} ({iv['minutes']} min).")


@apps.command("debrief")
def debrief(
    interview_id: int = typer.Argument(..., metavar="INTERVIEW_ID"),
    notes: Optional[str] = typer.Option(None, "--notes", help="Your notes on how it went (replaces earlier notes)."),
    interviewer: List[str] = typer.Option([], "--with", help="Interviewer names (replace the list)."),
    question: List[str] = typer.Option([], "--question", help="A question they asked (repeat for several)."),
    topic: str = typer.Option("", "--topic", help="Topic of the questions given here (e.g. regularization)."),
    submitted: bool = typer.Option(False, "--submitted", help="Take-home only: mark it submitted."),
) -> None:
    """Record how an interview went: notes, interviewers, the questions asked."""
    m = _manager()
    m.update_interview(interview_id, notes=notes, interviewers=interviewer or None,
                       submitted=True if submitted else None)
    for q in question:
        m.add_question(interview_id, q, topic=topic)
    _out(None, False, f"Interview {interview_id} updated ({len(question)} question(s) added).")


@apps.command("reschedule")
def reschedule(
    interview_id: int = typer.Argument(..., metavar="INTERVIEW_ID"),
    at: str = typer.Option(..., "--at", help="The new start, ISO datetime (with an offset, or use --tz)."),
    tz: Optional[str] = typer.Option(None, "--tz", help="IANA time zone, e.g. Europe/Amsterdam."),
    minutes: Optional[int] = typer.Option(None, "--minutes", help="A new length in minutes."),
) -> None:
    """Move an interview to a new time (recorded on the timeline)."""
    iv = _manager().update_interview(interview_id, at=at, tz=tz, minutes=minutes)
    _show_warnings(iv["warnings"])
    _out(iv, False, f"Interview {iv['id']} ({iv['round_label']}, {iv['company']}) is now on "
                    f"{_local(iv['local_start'])} {iv['tz']}.")


@apps.command("card")
def card(question_id: int = typer.Argument(..., metavar="QUESTION_ID")) -> None:
    """Turn a question you were asked into a personal flashcard."""
    r = _manager().question_to_card(question_id)
    _out(r, False, f"Question {question_id} is now the card {r['card_slug']}.")


@apps.command("checklist")
def checklist(
    interview_id: int = typer.Argument(..., metavar="INTERVIEW_ID"),
    tick: List[str] = typer.Option([], "--tick", help="Tick an item by key, e.g. day-before.resume (repeatable)."),
    untick: List[str] = typer.Option([], "--untick", help="Untick an item by key (repeatable)."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Show an interview's checklist (day before, morning of, during, after) and tick items."""
    m = _manager()
    groups = m.checklist(interview_id)
    for key in tick:
        groups = m.tick(interview_id, key, True)
    for key in untick:
        groups = m.tick(interview_id, key, False)
    lines = []
    for g in groups:
        lines.append(f"{g['label']} ({g['done']}/{g['total']})")
        lines += [f"  [{'x' if i['done'] else ' '}] {i['text']}  ({i['key']})" for i in g["items"]]
    _out(groups, as_json, "\n".join(lines))


@apps.command("thank-you")
def thank_you(
    interview_id: int = typer.Argument(..., metavar="INTERVIEW_ID"),
    edit: bool = typer.Option(False, "--edit", help="Open the note in your editor and save your changes."),
    from_file: Optional[Path] = typer.Option(None, "--file", help="Save this file's text as the note."),
    reset: bool = typer.Option(False, "--reset", help="Drop your edits and write the draft again."),
    sent: bool = typer.Option(False, "--sent", help="Mark the note as sent (ends the reminder)."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Show the thank-you note draft for an interview; edit it, or mark it sent."""
    from offerloop.errors import InvalidInput

    m = _manager()
    if reset:
        m.reset_thank_you(interview_id)
    if from_file is not None:
        try:
            m.save_thank_you(interview_id, from_file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"The file {from_file} cannot be read: {exc}.") from None
    if edit:
        changed = typer.edit(m.thank_you(interview_id)["text"])
        if changed is not None:
            m.save_thank_you(interview_id, changed)
    note = m.mark_thank_you_sent(interview_id) if sent else m.thank_you(interview_id)
    status = f"Sent {_local(note['sent_at'])} UTC." if note["sent_at"] else f"Due by {_local(note['due'])} UTC."
    _out(note, as_json, note["text"] + "\n\n" + status)


# -- red flags -----------------------------------------------------------------------------------


@apps.command("flag")
def flag(
    application_id: Optional[int] = typer.Argument(None, metavar="[ID]", help="The application it concerns."),
    company: Optional[str] = typer.Option(None, "--company", help="The company (when not giving an application ID)."),
    group: Optional[str] = typer.Option(None, "--group", help="company, role, process or offer."),
    preset: Optional[str] = typer.Option(None, "--preset", help="One of the listed flags, by key."),
    text: Optional[str] = typer.Option(None, "--text", help="Your own description of the flag."),
    note: str = typer.Option("", "--note", help="What happened."),
) -> None:
    """Log a red flag about a company; without --group it lists the flags to choose from."""
    from offerloop.tracker.redflags import choices

    if group is None:
        lines = []
        for g in choices():
            lines.append(f"{g['group']}: {g['label']}")
            lines += [f"  {p['key']}: {p['text']}" for p in g["presets"]]
        lines.append("Log one with: offerloop apps flag ID --group G --preset KEY (or --text 'your own').")
        _out(None, False, "\n".join(lines))
        return
    f = _manager().add_flag(group=group, company=company, application_id=application_id, preset=preset, text=text,
                            note=note)
    _out(f, False, f"Red flag {f['id']} logged for {f['company']} ({f['group']}): {f['text']}")


@apps.command("flags")
def flags(
    company: Optional[str] = typer.Option(None, "--company", help="Only this company."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """List the red flags you logged, per company."""
    rows = _manager().flags(company)
    text = "\n".join(f"[{f['id']}] {f['company']} / {f['group']}: {f['text']}" for f in rows) or "No red flags logged."
    _out(rows, as_json, text)


# -- reminders, funnel, settings ---------------------------------------------------------------------


@apps.command("settings")
def settings(
    follow_up_days: Optional[int] = typer.Option(None, "--follow-up-days", help="Silence before a follow-up."),
    ghost_days: Optional[int] = typer.Option(None, "--ghost-days", help="Silence before suggesting 'ghosted'."),
) -> None:
    """Show or change how many days of silence trigger a follow-up and a ghosted suggestion."""
    m = _manager()
    p = m.set_prefs(follow_up_days=follow_up_days, ghost_days=ghost_days) \
        if follow_up_days is not None or ghost_days is not None else m.prefs()
    _out(p, False, f"Follow up after {p['follow_up_days']} days of silence; suggest ghosted after {p['ghost_days']}.")


@apps.command("funnel")
def funnel(as_json: bool = typer.Option(False, "--json")) -> None:
    """Counts, conversion and median days per stage over all your applications."""
    f = _manager().funnel()
    lines = [f"{f['total']} application(s)"]
    for s in f["stages"]:
        conv = f"{s['conversion']:.0%} go on" if s["conversion"] is not None else ""
        days = f"median {s['median_days']} d" if s["median_days"] is not None else ""
        lines.append(f"  {s['label']:<24} reached {s['reached']:>3}  now {s['current']:>3}  {conv:<12} {days}")
    lines.append("  closed: " + ", ".join(f"{k} {v}" for k, v in f["closed"].items()))
    _out(f, as_json, "\n".join(lines))


def reminders_cmd(
    now: Optional[str] = typer.Option(None, "--now", help="Compute as of this ISO datetime (default: now)."),
    follow_up_days: Optional[int] = typer.Option(None, "--follow-up-days", min=1,
                                                 help="Override the follow-up silence for this run."),
    as_json: bool = typer.Option(False, "--json", help="Print the reminders as JSON."),
) -> None:
    """What needs doing for your applications: thank-you notes, follow-ups, deadlines."""
    rows = _manager().reminders(_when(now), follow_up_days=follow_up_days)
    if as_json:
        from offerloop.cli._common import print_json

        print_json(rows)
        return
    if not rows:
        _out(None, False, "No reminders: nothing is waiting on you.")
        return
    lines = [f"{'OVERDUE ' if r['overdue'] else ''}{_local(r['due'])} UTC  {r['kind']:<18} "
             f"[app {r['application_id']}] {r['text']}" for r in rows]
    _out(None, False, "\n".join(lines))


# -- calendar and CSV -------------------------------------------------------------------------------


@apps.command("export-ics")
def export_ics(file: Path = typer.Argument(..., metavar="FILE", dir_okay=False)) -> None:
    """Write interviews and deadlines to an iCalendar (.ics) file."""
    n = _manager().export_ics(file)
    _out(None, False, f"Wrote {n} calendar event(s) to {file}.")


@apps.command("export-csv")
def export_csv(file: Path = typer.Argument(..., metavar="FILE", dir_okay=False)) -> None:
    """Write your applications to a CSV file (one header row)."""
    n = _manager().export_csv(file)
    _out(None, False, f"Wrote {n} application(s) to {file}.")


@apps.command("import-csv")
def import_csv(
    file: Path = typer.Argument(..., metavar="FILE", dir_okay=False),
    strict: bool = typer.Option(False, "--strict", help="Import nothing if any row is bad."),
    yes: bool = typer.Option(False, "--yes", help="Import the good rows without asking when some are bad."),
    allow_duplicates: bool = typer.Option(
        False, "--allow-duplicates",
        help="Also import rows with the company, role and applied day of an application you have (skipped otherwise)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report and imported ids as JSON."),
) -> None:
    """Add applications from a CSV file (columns: company, role, type, stage, applied_at ...).
    Rows repeating a stored application (same company, role and applied day, case ignored) are skipped."""
    from offerloop.cli._common import err_console, print_json
    from offerloop.errors import InvalidInput

    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput(f"The file {file} does not exist.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"The file {file} cannot be read as UTF-8 text: {exc}.") from None
    m = _manager()
    report = m.check_csv(text, allow_duplicates=allow_duplicates)
    err = err_console()
    if report.unknown_columns:
        err.print(f"Unknown columns, ignored: {', '.join(report.unknown_columns)}.", markup=False)
    for number, message in report.errors:
        err.print(f"Row {number}: {message}.", markup=False, soft_wrap=True)
    if report.errors and not strict and report.rows and not yes:
        if not typer.confirm(f"{len(report.errors)} row(s) are bad. Import the other {len(report.rows)}?"):
            err.print("Nothing was imported.", markup=False)
            raise typer.Exit(1)
    ids = m.import_rows(report, strict=strict, allow_duplicates=allow_duplicates)
    if as_json:
        print_json({**report.to_dict(), "imported": ids})
        return
    for number, message in report.duplicates:
        err.print(f"Row {number} skipped as a duplicate: {message}.", markup=False, soft_wrap=True)
    skipped = (f" Skipped {len(report.duplicates)} duplicate row(s); --allow-duplicates imports them."
               if report.duplicates else "")
    _out(None, False, f"Imported {len(ids)} application(s) from {file}.{skipped}")
