"""`offerloop resume ...`: import and check a resume, bullet feedback, keyword match against a job
description, cover letters, resume versions attached to applications, the GitHub checklist."""

from __future__ import annotations

from pathlib import Path

import typer

resume_app = typer.Typer(help="Resume and job description: check, bullet feedback, keyword match, cover letter.",
                         no_args_is_help=True)
JSON_HELP = "Print the result as JSON."


def register(app: typer.Typer) -> None:
    app.add_typer(resume_app, name="resume")


def _bytes(path: Path) -> bytes:
    from offerloop.errors import InvalidInput
    from offerloop.resume.parse import check_size

    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InvalidInput(f"{path} is a folder, not a file.")
        check_size(size)
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"The file {path} does not exist.") from None
    except PermissionError:
        raise InvalidInput(f"The file {path} cannot be read (permission denied).") from None


def _text(path: Path) -> str:
    from offerloop.resume.parse import decode_text

    return decode_text(_bytes(path))


def _now():
    from offerloop.store.base import utcnow

    return utcnow()


def _print_bullet(fb: dict, indent: str = "") -> None:
    from rich.markup import escape

    from offerloop.cli._common import console

    out = console()
    marks = "  ".join(f"[{'green' if fb[k] else 'red'}]{label} {'yes' if fb[k] else 'no'}[/]"
                      for k, label in (("action_verb", "verb"), ("method", "method"), ("impact", "impact")))
    out.print(f"{indent}{escape(fb['text'])}")
    out.print(f"{indent}  {marks}")
    if fb["issues"]:
        out.print(f"{indent}  [dim]{escape('; '.join(fb['issues']))}[/]")
    out.print(f"{indent}  [bold]Edit:[/] {escape(fb['suggestion'])}")


@resume_app.command("check")
def check(file: Path = typer.Argument(..., help="The resume: PDF, DOCX, Markdown or plain text."),
          json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Sections, contact line, pages (one page unless more than 10 years), and feedback on every bullet."""
    from rich.markup import escape

    from offerloop.cli._common import console, print_json
    from offerloop.resume.check import check_document
    from offerloop.resume.parse import read_document

    result = check_document(read_document(_bytes(file), file.name), now=_now())
    if json_out:
        print_json(result)
        return
    out = console()
    for w in result["warnings"]:
        out.print(f"[yellow]Warning:[/] {escape(w)}")
    out.print(f"[bold]Pages:[/] {escape(result['page_advice'])}")
    out.print(f"Years of experience (from the dates): {result['years_of_experience']}")
    out.print("Sections found: " + (", ".join(result["sections"]["found"]) or "none")
              + ("; missing: " + ", ".join(result["sections"]["missing"]) if result["sections"]["missing"] else ""))
    c = result["contact"]
    out.print("Contact: " + escape(" | ".join(f"{k} {v}" for k, v in c.items() if v and k != "name") or "none found"))
    for fb in result["bullets"]:
        _print_bullet(fb, "  ")
    for a in result["advice"]:
        out.print(f"- {escape(a)}")


@resume_app.command("bullet")
def bullet(text: str = typer.Argument(..., help="One resume bullet, in quotes."),
           past: bool = typer.Option(False, "--past", help="The bullet belongs to a role that has ended (past tense expected)."),
           json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Feedback on one bullet: action verb, method, measurable impact, weak phrases, and the one edit to make."""
    from offerloop.cli._common import print_json
    from offerloop.errors import InvalidInput
    from offerloop.resume.bullets import analyze_bullet

    if not text.strip():
        raise InvalidInput("The bullet is empty.")
    if len(text) > 2000:
        raise InvalidInput("A bullet longer than 2000 characters is not a bullet; give one line.")
    fb = analyze_bullet(text, past_role=past or None).to_dict()
    if json_out:
        print_json(fb)
    else:
        _print_bullet(fb)


def _print_match(result: dict) -> None:
    from rich.markup import escape

    from offerloop.cli._common import console
    from offerloop.resume.taxonomy import CATEGORY_LABELS

    out = console()
    colour = "green" if result["meets_target"] else "yellow"
    out.print(f"[bold]Match rate:[/] [{colour}]{result['match_rate']}%[/] (target {result['target']:.0f}%); "
              f"keywords found {result['keyword_rate']}% of {result['total']}")
    for m in result["matched"]:
        tag = "must" if m["must_have"] else "nice"
        out.print(f"  [green]+[/] {escape(m['keyword'])} ({tag}, {CATEGORY_LABELS[m['category']]}) "
                  f"[dim]{escape(m['evidence_kind'])}: {escape(m['evidence'][:100])}[/]")
    for m in result["missing"]:
        tag = "must" if m["must_have"] else "nice"
        out.print(f"  [red]-[/] {escape(m['keyword'])} ({tag}, {CATEGORY_LABELS[m['category']]})")
    for a in result["satisfied_by_alternative"]:
        out.print(f"  [dim]= {escape(a['keyword'])}: either-or, you have {escape(a['alternative'])}[/]")
    for s in result["suggestions"]:
        out.print(f"- {escape(s)}")


@resume_app.command("match")
def match_cmd(resume: Path = typer.Argument(..., help="The resume file (PDF, DOCX, Markdown or text)."),
              jd: Path = typer.Argument(..., help="The job description as a text or Markdown file."),
              json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Keyword match against a job description: match rate (target 80%), matched with evidence, missing by category."""
    from offerloop.cli._common import print_json
    from offerloop.resume.match import match
    from offerloop.resume.parse import read_document
    from offerloop.resume.service import clean_jd

    result = match(read_document(_bytes(resume), resume.name), clean_jd(_text(jd))).to_dict()
    if json_out:
        print_json(result)
    else:
        _print_match(result)


@resume_app.command("cover-letter")
def cover_letter(file: Path = typer.Argument(..., help="The cover-letter draft (text or Markdown)."),
                 jd: Path = typer.Option(..., "--jd", help="The job description file."),
                 company: str = typer.Option("", "--company", help="The company (found in the description when omitted)."),
                 role: str = typer.Option("", "--role", help="The role (found in the description when omitted)."),
                 json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Check a draft: about 250 words, 20/60/20 structure, company and role named, must-haves shown, generic phrases."""
    from rich.markup import escape

    from offerloop.cli._common import console, print_json
    from offerloop.errors import InvalidInput
    from offerloop.resume.cover import check_letter
    from offerloop.resume.service import clean_jd

    text = _text(file)
    if not text.strip():
        raise InvalidInput(f"The file {file} is empty.")
    result = check_letter(text, clean_jd(_text(jd)), company=company, role=role)
    if json_out:
        print_json(result)
        return
    out = console()
    out.print(f"Words: {result['words']} (target {result['target_words']}); paragraphs: {result['paragraphs']}")
    out.print("Shares: " + ", ".join(f"{k} {round(v * 100)}%" for k, v in result["shares"].items())
              + " (target 20 / 60 / 20)")
    for a in result["advice"] or ["It follows the rules: short, structured, specific."]:
        out.print(f"- {escape(a)}")


@resume_app.command("cover-letter-needed")
def cover_letter_needed(
    dream: bool = typer.Option(None, "--dream/--not-dream", help="A dream company."),
    career_change: bool = typer.Option(None, "--career-change/--no-career-change", help="A career transition."),
    referred: bool = typer.Option(None, "--referred/--not-referred", help="Referred by an employee."),
    non_traditional: bool = typer.Option(None, "--non-traditional/--traditional", help="A non-traditional background."),
    many: bool = typer.Option(None, "--many/--few", help="Applying to more than 20 jobs."),
    clear_match: bool = typer.Option(None, "--clear-match/--unclear-match", help="The role is clearly a match."),
    startup: bool = typer.Option(None, "--startup-no-mention/--letter-mentioned",
                                 help="A startup whose posting does not mention a cover letter."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Should you write a cover letter? The seed's rules as a short questionnaire (asks what the flags leave open)."""
    from offerloop.cli._common import console, print_json
    from offerloop.resume.cover import QUESTIONS, decide

    given = {"dream_company": dream, "career_transition": career_change, "referred": referred,
             "non_traditional": non_traditional, "many_applications": many, "clear_match": clear_match,
             "startup_no_mention": startup}
    answers = {}
    for q in QUESTIONS:
        value = given[q.key]
        if value is None:
            value = False if json_out else typer.confirm(q.text, default=False)
        answers[q.key] = bool(value)
    result = decide(answers)
    if json_out:
        print_json(result)
    else:
        console().print(f"[bold]{result['decision'].capitalize()}.[/] {result['advice']}\nIf you write one: {result['keep_it']}")


@resume_app.command("agreement")
def agreement(json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """How the bullet scorer and keyword matcher agree with the labelled corpus shipped with offerloop."""
    from offerloop.cli._common import console, print_json
    from offerloop.resume.agreement import report

    r = report()
    if json_out:
        print_json(r)
        return
    out = console()
    per = r["bullet_agreement"]
    out.print(f"Bullets: {r['bullets']} labelled; agreement verb {per['verb']:.1%}, method {per['method']:.1%}, "
              f"impact {per['impact']:.1%} (bar 90%)")
    out.print(f"Pairs: {r['pairs']}; must-match recall {r['must_match_recall']:.1%} "
              f"({r['must_match']['found']}/{r['must_match']['expected']}, bar 95%); "
              f"alias-only recall {r['alias_only_recall']:.1%}; must-miss reported {r['must_miss_recall']:.1%}; "
              f"trap false matches {r['trap_false_matches']} (bar 0); must-have vs nice-to-have agreement "
              f"{r['must_nice_agreement']:.1%} over {r['requirements_classified']} requirements; "
              f"either-or alternatives recognised {r['alternatives_recognised']}")
    for d in r["disagreements"]:
        out.print(f"  differs on {d['label']} (label {d['expected']}, scorer {d['got']}): {d['text']}", markup=False)
    out.print("PASS" if r["passes"] else "FAIL")


# -- stored resumes, descriptions and applications ------------------------------------------------
@resume_app.command("import")
def import_cmd(file: Path = typer.Argument(..., help="The resume file to keep as a version."),
               name: str = typer.Option("", "--name", help="A label for this version (default: the file name)."),
               json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Store a resume version (its text and structure, not the file)."""
    from offerloop.cli._common import console, get_app, print_json

    result = get_app().resumes.add_resume(_bytes(file), file.name, name=name)
    if json_out:
        print_json(result)
    else:
        console().print(f"Stored resume {result['id']} ({result['name']}, {result['pages']} page(s)"
                        f"{', estimated' if result['pages_estimated'] else ''}).", markup=False)


@resume_app.command("list")
def list_cmd(json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Stored resume versions and job descriptions."""
    from offerloop.cli._common import console, get_app, print_json

    app = get_app()
    data = {"resumes": app.resumes.list_resumes(), "descriptions": app.resumes.list_descriptions()}
    if json_out:
        print_json(data)
        return
    out = console()
    for r in data["resumes"]:
        out.print(f"resume {r['id']}: {r['name']} ({r['format']}, {r['pages']} page(s))", markup=False)
    for d in data["descriptions"]:
        out.print(f"description {d['id']}: {d['title'] or '(untitled)'} {d['company']}", markup=False)
    if not data["resumes"] and not data["descriptions"]:
        out.print("Nothing stored yet: `offerloop resume import FILE`, `offerloop resume add-jd FILE`.")


@resume_app.command("add-jd")
def add_jd(file: Path = typer.Argument(..., help="The job description as a text or Markdown file."),
           title: str = typer.Option("", "--title", help="The role (found in the text when omitted)."),
           company: str = typer.Option("", "--company", help="The company (found in the text when omitted)."),
           json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Store a job description."""
    from offerloop.cli._common import console, get_app, print_json

    d = get_app().resumes.add_description(_text(file), title=title, company=company)
    if json_out:
        print_json(d)
    else:
        console().print(f"Stored description {d['id']} ({d['title'] or 'untitled'}).", markup=False)


@resume_app.command("delete")
def delete(resume_id: int = typer.Argument(..., min=1, max=2**31 - 1, help="The stored resume id (see `offerloop resume list`).")) -> None:
    """Delete a stored resume version."""
    from offerloop.cli._common import console, get_app

    get_app().resumes.delete_resume(resume_id)
    console().print(f"Deleted resume {resume_id}.")


@resume_app.command("attach")
def attach(application_id: int = typer.Argument(..., min=1, max=2**31 - 1, help="The application id (see `offerloop apps list`)."),
           resume_id: int = typer.Option(None, "--resume", min=1, max=2**31 - 1, help="A stored resume id."),
           jd_id: int = typer.Option(None, "--jd-id", min=1, max=2**31 - 1, help="A stored description id."),
           jd: Path = typer.Option(None, "--jd", help="A description file to store and attach."),
           json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Attach a resume version and a job description to a tracked application, and show their match."""
    from offerloop.cli._common import get_app, print_json
    from offerloop.errors import InvalidInput

    if resume_id is None and jd_id is None and jd is None:
        raise InvalidInput("Give --resume, --jd-id or --jd.")
    result = get_app().resumes.attach(application_id, resume_id=resume_id, description_id=jd_id,
                                      description_text=_text(jd) if jd is not None else None)
    _print_application(result, json_out)


@resume_app.command("application")
def application(application_id: int = typer.Argument(..., min=1, max=2**31 - 1, help="The application id."),
                json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """The resume and description attached to an application, and their match."""
    from offerloop.cli._common import get_app

    _print_application(get_app().resumes.for_application(application_id), json_out)


def _print_application(result: dict, json_out: bool) -> None:
    from offerloop.cli._common import console, print_json

    if json_out:
        print_json(result)
        return
    a = result["application"]
    out = console()
    out.print(f"{a['company']}: {a['role']}", markup=False)
    out.print(f"resume: {result['resume']['name'] if result['resume'] else 'none attached'}", markup=False)
    out.print(f"description: {result['description_source'] or 'none'}", markup=False)
    if result["match"]:
        _print_match(result["match"])


@resume_app.command("github")
def github(json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """The GitHub profile checklist."""
    from offerloop.cli._common import console, print_json
    from offerloop.resume.checklists import GITHUB_CHECKLIST

    items = [{"key": i.key, "text": i.text, "why": i.why} for i in GITHUB_CHECKLIST]
    if json_out:
        print_json(items)
        return
    for i in items:
        console().print(f"[ ] {i['text']}: {i['why']}", markup=False)
