"""`offerloop users ...` and `offerloop cohorts ...`: the admin side of hosted mode (accounts, cohorts,
invitation codes). Passwords are read from stdin only, never from the command line (shell history,
the process list)."""

from pathlib import Path

import typer

users_app = typer.Typer(help="Accounts of a hosted install: add, list, disable, reset a password.",
                        no_args_is_help=True)
cohorts_app = typer.Typer(help="Cohorts of a hosted install and their invitation codes.", no_args_is_help=True)

O_JSON = typer.Option(False, "--json", help="Print JSON instead of text.")
O_STDIN = typer.Option(False, "--password-stdin", help="Read the password from the first line of stdin (required).")


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")
    app.add_typer(cohorts_app, name="cohorts")


def _accounts():
    from offerloop.cli._common import get_app

    return get_app().accounts


def _password(from_stdin: bool) -> str:
    import sys

    from offerloop.errors import InvalidInput

    if not from_stdin:
        raise InvalidInput("Pass --password-stdin and pipe the password in (it never goes on the command line).")
    line = sys.stdin.readline()
    password = line[:-1] if line.endswith("\n") else line
    if password.endswith("\r"):
        password = password[:-1]
    return password


def _out(data, as_json: bool, text: str) -> None:
    from offerloop.cli._common import console, print_json

    if as_json:
        print_json(data)
    else:
        console().print(text, markup=False, soft_wrap=True)


@users_app.command("add")
def users_add(
    email: str = typer.Argument(..., help="The user's email (their sign-in name)."),
    role: str = typer.Option("candidate", "--role", help="candidate, coach or admin."),
    password_stdin: bool = O_STDIN,
    as_json: bool = O_JSON,
) -> None:
    """Add an account; the password comes from stdin."""
    user = _accounts().add_user(email, _password(password_stdin), role)
    _out(user, as_json, f"Added {user['email']} as {user['role']} (user {user['id']}).")


@users_app.command("list")
def users_list(as_json: bool = O_JSON) -> None:
    """Every account: email, role, disabled or not."""
    users = _accounts().list_users()
    lines = [f"{u['id']:>5}  {u['email']}  {u['role']}{'  (disabled)' if u['disabled'] else ''}" for u in users]
    _out(users, as_json, "\n".join(lines) if lines else "No accounts yet: add one with `offerloop users add`.")


@users_app.command("disable")
def users_disable(email: str = typer.Argument(..., help="The user's email."), as_json: bool = O_JSON) -> None:
    """Disable an account: it cannot sign in, and its open sessions stop working at once."""
    user = _accounts().disable(email)
    _out(user, as_json, f"Disabled {user['email']}; every session of it has ended.")


@users_app.command("reset-password")
def users_reset_password(
    email: str = typer.Argument(..., help="The user's email."),
    password_stdin: bool = O_STDIN,
    as_json: bool = O_JSON,
) -> None:
    """Set a new password (from stdin); every session signed in with the old one ends."""
    user = _accounts().reset_password(email, _password(password_stdin))
    _out(user, as_json, f"New password set for {user['email']}; their sessions have ended.")


@cohorts_app.command("create")
def cohorts_create(name: str = typer.Argument(..., help="The cohort's name."), as_json: bool = O_JSON) -> None:
    """Create a cohort."""
    cohort = _accounts().create_cohort(name)
    _out(cohort, as_json, f"Created cohort {cohort['name']!r}.")


@cohorts_app.command("list")
def cohorts_list(as_json: bool = O_JSON) -> None:
    """Every cohort with its numbers of candidates and coaches."""
    cohorts = _accounts().list_cohorts()
    lines = [f"{c['name']}  candidates {c['candidates']}  coaches {c['coaches']}" for c in cohorts]
    _out(cohorts, as_json, "\n".join(lines) if lines else "No cohorts yet: create one with `offerloop cohorts create`.")


@cohorts_app.command("invite")
def cohorts_invite(
    name: str = typer.Argument(..., help="The cohort's name."),
    days: int = typer.Option(30, "--days", min=1, max=365, help="Days the code stays valid."),
    as_json: bool = O_JSON,
) -> None:
    """Print a new invitation code for the cohort (shown once: only its hash is stored)."""
    invite = _accounts().invite(name, days=days)
    _out(invite, as_json, invite["code"])


@cohorts_app.command("add")
def cohorts_add(
    name: str = typer.Argument(..., help="The cohort's name."),
    email: str = typer.Argument(..., help="A coach's or candidate's email."),
    as_json: bool = O_JSON,
) -> None:
    """Put an existing coach or candidate in a cohort."""
    member = _accounts().add_member(name, email)
    _out(member, as_json, f"Added {member['email']} to {member['cohort']!r} as {member['role']}.")


@users_app.command("export")
def users_export(
    email: str = typer.Argument(..., help="The user's email (or `local`, the one user of a laptop install)."),
    out: Path | None = typer.Option(None, "--out", dir_okay=False,
                                    help="Write the JSON here (atomically) instead of to stdout."),
) -> None:
    """Export everything a user owns as JSON (the `offerloop export` format with an `account` section)."""
    import json

    from offerloop.accounts.export import export_user, find_user
    from offerloop.cli._common import console, get_app

    app = get_app()
    doc = export_user(app, find_user(app, email))
    text = json.dumps(doc, indent=1, ensure_ascii=False)
    if out is None:
        typer.echo(text)
        return
    tmp = out.with_name(out.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)  # never leave a half-written export behind
    rows = sum(len(r) for r in doc["tables"].values())
    console().print(f"Exported {rows} rows of {doc['account']['name']} to {out}.", markup=False, soft_wrap=True)


@users_app.command("delete")
def users_delete(
    email: str = typer.Argument(..., help="The user's email (or `local`)."),
    yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation."),
    as_json: bool = O_JSON,
) -> None:
    """Delete a user, their account, sessions, cohort memberships and every row they own, in one
    transaction (all or nothing). Export first if the data should be kept."""
    from offerloop.accounts.export import delete_user, find_user
    from offerloop.cli._common import get_app

    app = get_app()
    user_id = find_user(app, email)
    if not yes:
        typer.confirm(f"Delete {email} and everything they own, for good?", abort=True)
    counts = delete_user(app, user_id)
    rows = sum(n for t, n in counts.items() if t != "users")
    _out({"email": email, "deleted": counts}, as_json,
         f"Deleted {email}: {rows} rows, the account and its sessions.")
