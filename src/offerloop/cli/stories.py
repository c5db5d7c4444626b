"""`offerloop stories ...` (the STAR story bank, its feedback and coverage) and `offerloop pitch ...`
(the 3-minute pitch, "why this company", "where in 5 years", questions to ask)."""

from __future__ import annotations

from pathlib import Path

import typer

stories_app = typer.Typer(help="STAR stories: write, analyze, tag, link to questions, see coverage.",
                          no_args_is_help=True)
pitch_app = typer.Typer(help="Phone screen and culture fit: the 3-minute pitch, 'why this company', "
                             "'where in 5 years', and questions to ask.", no_args_is_help=True)

CATEGORY_HELP = "A category: leadership, conflict, challenges, success or failure (repeat for several)."
JSON_HELP = "Print the result as JSON."


def register(app: typer.Typer) -> None:
    app.add_typer(stories_app, name="stories")
    app.add_typer(pitch_app, name="pitch")


def _read(path: Path) -> str:
    from offerloop.errors import InvalidInput

    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput(f"The file {path} does not exist.") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder, not a text file.") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"The file {path} is not UTF-8 text.") from None
    except OSError as exc:
        raise InvalidInput(f"The file {path} cannot be read: {exc.strerror}.") from None


TEMPLATE = "Situation: \n\nTask: \n\nAction: \n\nResult: \n"


def _in_editor(text: str) -> str:
    """Open $EDITOR (or $VISUAL) on the text; closing without saving keeps it unchanged."""
    import click

    from offerloop.errors import InvalidInput

    try:
        edited = click.edit(text, extension=".md", require_save=False)
    except click.ClickException as exc:  # a missing or failing editor
        raise InvalidInput(f"The editor could not be started: {exc}. Set EDITOR to your editor's command.") from None
    return text if edited is None else edited


def _clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def _print_feedback(fb: dict) -> None:
    from rich.markup import escape

    from offerloop.cli._common import console

    out = console()
    marks = "  ".join(f"[{'green' if fb[p] else 'red'}]{p} {'yes' if fb[p] else 'MISSING'}[/]"
                      for p in ("situation", "task", "action", "result"))
    out.print(marks)
    if fb["result"]:
        q = ", ".join(fb["quantities"]) if fb["quantified_result"] else "no number"
        out.print(f"quantified result: {'yes' if fb['quantified_result'] else '[red]no[/]'} ({escape(q)})")
    ratio = "n/a" if fb["i_we_ratio"] is None else f"{round(fb['i_we_ratio'] * 100)}% I"
    out.print(f"'I' vs 'we' in the action: {fb['i_count']} / {fb['we_count']} ({ratio})")
    low, high = fb["target_seconds"]
    out.print(f"length: {fb['words']} words, about {_clock(fb['speaking_seconds'])} spoken "
              f"(target {_clock(low)}-{_clock(high)}: {fb['length']})")
    if fb["vague_phrases"]:
        out.print("vague: " + escape(", ".join(f"{p['phrase']} x{p['count']}" for p in fb["vague_phrases"])))
    if fb["filler_words"]:
        out.print("filler: " + escape(", ".join(f"{p['phrase']} x{p['count']}" for p in fb["filler_words"])))
    out.print(f"[bold]Next edit:[/] {escape(fb['suggestions'][0])}")
    for s in fb["suggestions"][1:]:
        out.print(f"  then: {escape(s)}")


# -- stories -----------------------------------------------------------------------------------
@stories_app.command("analyze")
def analyze(file: Path = typer.Argument(..., help="A text or markdown file holding one story."),
            json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Feedback on one story file: STAR parts, quantified result, I vs we, length, vague words, next edit."""
    from offerloop.cli._common import print_json
    from offerloop.stories.analysis import analyze_story

    fb = analyze_story(_read(file)).to_dict()
    if json_out:
        print_json(fb)
    else:
        _print_feedback(fb)


@stories_app.command("add")
def add(
    title: str = typer.Option(..., "--title", "-t", help="A short name you will recognise the story by."),
    situation: str = typer.Option("", "--situation", help="Situation: the context and what was at stake."),
    task: str = typer.Option("", "--task", help="Task: what you had to achieve."),
    action: str = typer.Option("", "--action", help="Action: what you did."),
    result: str = typer.Option("", "--result", help="Result: what changed, with numbers."),
    text: str = typer.Option("", "--text", help="The whole story as one free text (instead of the four parts)."),
    file: Path = typer.Option(None, "--file", "-f", help="Read the story from a file (labels like 'Situation:' are recognised)."),
    category: list[str] = typer.Option(None, "--category", "-c", help=CATEGORY_HELP),
    tag: list[str] = typer.Option(None, "--tag", help="A free tag (repeat, or separate with commas)."),
    question: list[str] = typer.Option(None, "--question", "-q", help="A bank question id it answers (see `stories questions`)."),
    editor: bool = typer.Option(False, "--editor", "-e", help="Write the story in $EDITOR, from a labelled template."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Save a new story and show its feedback."""
    from offerloop.cli._common import console, get_app, print_json
    from offerloop.errors import InvalidInput

    if sum(bool(x) for x in (file is not None, text, editor)) > 1:
        raise InvalidInput("Give the story with one of --text, --file or --editor.")
    if file is not None:
        text = _read(file)
    if editor:
        text = _in_editor(TEMPLATE)
    story = get_app().stories.add(title, situation=situation, task=task, action=action, result=result,
                                  text=text, categories=category, tags=tag, questions=question)
    if json_out:
        print_json(story)
        return
    console().print(f"Saved story {story['id']}: {story['title']}")
    _print_feedback(story["feedback"])


@stories_app.command("list")
def list_stories(
    category: str = typer.Option(None, "--category", "-c", help="Only stories of this category."),
    tag: str = typer.Option(None, "--tag", help="Only stories with this tag."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Every story with its categories, missing parts and length."""
    from offerloop.cli._common import console, get_app, print_json

    rows = get_app().stories.list(category=category, tag=tag)
    if json_out:
        print_json(rows)
        return
    from rich.markup import escape
    from rich.table import Table

    table = Table()
    for col in ("id", "title", "categories", "tags", "missing", "number", "spoken"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(str(r["id"]), escape(r["title"]), ", ".join(r["categories"]) or "-", escape(", ".join(r["tags"])) or "-",
                      ", ".join(r["missing"]) or "-", "yes" if r["quantified_result"] else "no", _clock(r["speaking_seconds"]))
    out = console()
    out.print(table)
    out.print(f"{len(rows)} stories.")


@stories_app.command("show")
def show(story_id: int = typer.Argument(..., help="The story's id (see `stories list`)."),
         json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """A story's text, tags, linked questions and full feedback."""
    from offerloop.cli._common import console, get_app, print_json

    story = get_app().stories.get(story_id)
    if json_out:
        print_json(story)
        return
    from rich.markup import escape

    out = console()
    out.print(f"[bold]{escape(story['title'])}[/]  (story {story['id']})")
    out.print(f"categories: {', '.join(story['categories']) or '-'}   tags: {escape(', '.join(story['tags'])) or '-'}")
    if story["form"] == "free":
        out.print(escape(story["text"]))
    else:
        for part in ("situation", "task", "action", "result"):
            out.print(f"[bold]{part.capitalize()}:[/] {escape(story[part]) or '[red](empty)[/]'}")
    for q in story["questions"]:
        out.print(f"answers: {escape(q['text'])}  [{q['short']}]")
    out.print("")
    _print_feedback(story["feedback"])


@stories_app.command("edit")
def edit(
    story_id: int = typer.Argument(..., help="The story's id."),
    title: str = typer.Option(None, "--title", "-t", help="A new title."),
    situation: str = typer.Option(None, "--situation", help="Replace the situation."),
    task: str = typer.Option(None, "--task", help="Replace the task."),
    action: str = typer.Option(None, "--action", help="Replace the action."),
    result: str = typer.Option(None, "--result", help="Replace the result."),
    text: str = typer.Option(None, "--text", help="Replace the whole story with one free text."),
    file: Path = typer.Option(None, "--file", "-f", help="Replace the whole story with a file's text."),
    category: list[str] = typer.Option(None, "--category", "-c", help="Replace the categories (repeat for several)."),
    tag: list[str] = typer.Option(None, "--tag", help="Replace the tags."),
    question: list[str] = typer.Option(None, "--question", "-q", help="Replace the linked bank questions."),
    clear_tags: bool = typer.Option(False, "--clear-tags", help="Remove every tag."),
    clear_questions: bool = typer.Option(False, "--clear-questions", help="Unlink every question."),
    editor: bool = typer.Option(False, "--editor", "-e", help="Edit the story's text in $EDITOR."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Change what you give and keep the rest; show the new feedback."""
    from offerloop.cli._common import console, get_app, print_json
    from offerloop.errors import InvalidInput

    if sum(x is not None for x in (file, text)) + editor > 1:
        raise InvalidInput("Give the new story with one of --text, --file or --editor.")
    if file is not None:
        text = _read(file)
    ol = get_app()
    if editor:
        current = ol.stories.get(story_id)
        before = current["text"] or "\n\n".join(f"{p.capitalize()}: {current[p]}" for p in
                                                ("situation", "task", "action", "result"))
        text = _in_editor(before)
        if text.strip() == before.strip():
            text = None  # nothing changed in the editor: keep the story as it is
    story = ol.stories.update(
        story_id, title=title, situation=situation, task=task, action=action, result=result, text=text,
        categories=category or None, tags=[] if clear_tags else (tag or None),
        questions=[] if clear_questions else (question or None))
    if json_out:
        print_json(story)
        return
    console().print(f"Updated story {story['id']}: {story['title']}")
    _print_feedback(story["feedback"])


@stories_app.command("remove")
def remove(story_id: int = typer.Argument(..., help="The story's id."),
           yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation.")) -> None:
    """Delete a story (asks first)."""
    from offerloop.cli._common import console, get_app

    ol = get_app()
    story = ol.stories.get(story_id)  # fails with a clear message before asking
    if not yes and not typer.confirm(f"Delete story {story_id} '{story['title']}'? This cannot be undone"):
        console().print("Kept it.")
        raise typer.Exit(1)
    ol.stories.delete(story_id)
    console().print(f"Deleted story {story_id}.")


@stories_app.command("coverage")
def coverage(json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Categories against stories, with gaps (fewer than 2 stories) highlighted."""
    from offerloop.cli._common import console, get_app, print_json

    ol = get_app()
    cov = ol.stories.coverage()
    if json_out:
        print_json(cov)
        return
    from rich.markup import escape
    from rich.table import Table

    table = Table(title="Story coverage")
    table.add_column("story", overflow="fold")
    for c in cov["categories"]:
        table.add_column(c, justify="center")
    for row in cov["stories"]:
        table.add_row(f"{row['id']} {escape(row['title'])}", *["x" if row["cells"][c] else "" for c in cov["categories"]])
    table.add_row("[bold]stories[/]", *[f"[{'red' if c['gap'] else 'green'}]{c['count']}[/]" for c in cov["columns"]])
    out = console()
    out.print(table)
    if cov["gaps"]:
        out.print("[red]Gaps[/] (fewer than 2 stories): " + ", ".join(
            f"{c['category']} (needs {c['needed']} more)" for c in cov["columns"] if c["gap"]))
    else:
        out.print("[green]Every category has at least 2 stories.[/]")
    r = ol.stories.readiness()
    out.print(f"Readiness {round(r['readiness'] * 100)}%: categories covered {round(r['coverage'] * 100)}%, "
              f"{r['strong_stories']} of {r['stories']} stories complete with a measured result.")


@stories_app.command("questions")
def questions(category: str = typer.Option(None, "--category", "-c", help="Only questions of this category."),
              json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """The behavioral question bank with the stories linked to each question."""
    from offerloop.cli._common import console, get_app, print_json

    rows = get_app().stories.questions(category)
    if json_out:
        print_json(rows)
        return
    from rich.markup import escape

    out = console()
    for q in rows:
        linked = ", ".join(str(s["id"]) for s in q["stories"]) or "-"
        out.print(f"{q['short']}  {escape(q['text'])}  [dim]({', '.join(q['categories'])}; stories: {linked})[/]")
    out.print(f"{len(rows)} questions.")


@stories_app.command("suggest")
def suggest(question: str = typer.Argument(..., help="A bank question id, or any question in quotes."),
            json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Which of your stories answers this question?"""
    from offerloop.cli._common import console, get_app, print_json

    found = get_app().stories.suggest(question)
    if json_out:
        print_json(found)
        return
    from rich.markup import escape

    out = console()
    out.print(f"[bold]{escape(found['question']['text'])}[/]")
    if not found["stories"]:
        out.print("No story fits yet: write one for " + (", ".join(found["question"]["categories"]) or "this question") + ".")
    for s in found["stories"]:
        out.print(f"  {s['id']} {escape(s['title'])}  [dim]({escape('; '.join(s['reasons']))})[/]")


@stories_app.command("practice")
def practice(category: str = typer.Option(None, "--category", "-c", help="Only questions of this category."),
             editor: bool = typer.Option(False, "--editor", "-e", help="Answer in $EDITOR and get feedback."),
             json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """A question to practise (thinnest categories first), the stories that fit, and feedback on your answer."""
    from offerloop.cli._common import console, get_app, print_json

    ol = get_app()
    q = ol.stories.practice_question(category=category)
    result: dict = {"question": q, "stories": ol.stories.suggest(q["uuid"])["stories"]}
    if editor:
        header = f"# {q['text']}\n# Lines starting with '# ' are ignored. Answer below, as you would say it.\n\n"
        answer = "\n".join(line for line in _in_editor(header).splitlines() if not line.startswith("# ")).strip()
        if answer:
            result = ol.stories.practise(q["uuid"], answer)
    if json_out:
        print_json(result)
        return
    from rich.markup import escape

    out = console()
    out.print(f"[bold]{escape(q['text'])}[/]  ({', '.join(q['categories'])}; id {q['short']})")
    for s in result["stories"]:
        out.print(f"  fits: {s['id']} {escape(s['title'])}  [dim]({escape('; '.join(s['reasons']))})[/]")
    if not result["stories"]:
        out.print("  No story fits yet.")
    if "feedback" in result:
        out.print("")
        _print_feedback(result["feedback"])


# -- pitch and answers ---------------------------------------------------------------------------
def _build(kind: str, fields: dict, company: str, role: str, save: bool, json_out: bool) -> None:
    from offerloop.cli._common import console, get_app, print_json

    ol = get_app()
    fields = {k: v for k, v in fields.items() if v}
    data = (ol.stories.save_answer(kind, fields, company=company, role=role) if save
            else ol.stories.preview(kind, fields, company=company, role=role))
    if json_out:
        print_json(data)
        return
    from rich.markup import escape

    out = console()
    out.print(escape(data["text"]) or "(empty)")
    fb = data["feedback"]
    low, high = fb["target_seconds"]
    out.print(f"\n{fb['words']} words, about {_clock(fb['speaking_seconds'])} spoken "
              f"(target {_clock(low)}-{_clock(high)}: {fb['length']})")
    out.print(f"[bold]Next edit:[/] {escape(fb['suggestions'][0])}")
    for s in fb["suggestions"][1:]:
        out.print(f"  then: {escape(s)}")
    if save:
        out.print(f"Saved as answer {data['id']}.")


@pitch_app.command("build")
def build_pitch(
    current_role: str = typer.Option("", "--current-role", help="Who you are now, e.g. 'an ML engineer with 3 years in ads ranking'."),
    achievement: str = typer.Option("", "--achievement", help="One achievement with a number."),
    origin: str = typer.Option("", "--origin", help="How you got into ML, in one sentence (optional)."),
    specialisation: str = typer.Option("", "--specialisation", help="Your specialisation and strength."),
    why_company: str = typer.Option("", "--why", help="Why this company, specifically."),
    company: str = typer.Option("", "--company", help="The company you are pitching to."),
    role: str = typer.Option("", "--role", help="The role you applied for."),
    save: bool = typer.Option(False, "--save", help="Save it (see `pitch list`)."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Assemble the 3-minute 'walk me through your resume' pitch and get feedback."""
    _build("pitch", {"current_role": current_role, "achievement": achievement, "origin": origin,
                     "specialisation": specialisation, "why_company": why_company}, company, role, save, json_out)


@pitch_app.command("why")
def build_why(
    company: str = typer.Option(..., "--company", help="The company."),
    project: str = typer.Option("", "--project", help="A specific project, product or technology of theirs."),
    source: str = typer.Option("", "--source", help="Where you followed it, and one detail."),
    experience: str = typer.Option("", "--experience", help="Your experience that relates to their use case."),
    value: str = typer.Option("", "--value", help="A company value that matches one of yours."),
    role: str = typer.Option("", "--role", help="The role."),
    save: bool = typer.Option(False, "--save", help="Save it."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Build the 'why do you want to work here?' answer; generic phrases are flagged."""
    _build("why_company", {"project": project, "source": source, "experience": experience, "value": value},
           company, role, save, json_out)


@pitch_app.command("five-years")
def build_five_years(
    domain: str = typer.Option("", "--domain", help="The domain you want to be an expert in."),
    scope: str = typer.Option("", "--scope", help="What you want to own or lead."),
    people: str = typer.Option("", "--people", help="How you want to help others grow."),
    path: str = typer.Option("", "--path", help="How you see the path (staff engineer, manager, open)."),
    link: str = typer.Option("", "--link", help="Why this role is a step toward it."),
    company: str = typer.Option("", "--company", help="The company."),
    save: bool = typer.Option(False, "--save", help="Save it."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Build the 'where do you see yourself in 5 years?' answer, with feedback."""
    _build("five_years", {"domain": domain, "scope": scope, "people": people, "path": path, "link": link},
           company, "", save, json_out)


@pitch_app.command("list")
def list_answers(kind: str = typer.Option(None, "--kind", help="pitch, why_company or five_years."),
                 json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Your saved pitches and answers."""
    from offerloop.cli._common import console, get_app, print_json

    rows = get_app().stories.answers(kind)
    if json_out:
        print_json(rows)
        return
    from rich.markup import escape

    out = console()
    for a in rows:
        rehearsed = f", last rehearsal {_clock(a['last_rehearsal_seconds'])}" if a["last_rehearsal_seconds"] else ""
        out.print(f"{a['id']}  {a['title']}  {escape(a['company']) or '-'}  "
                  f"({a['feedback']['words']} words, {_clock(a['feedback']['speaking_seconds'])}{rehearsed})")
    out.print(f"{len(rows)} saved answers.")


@pitch_app.command("show")
def show_answer(answer_id: int = typer.Argument(..., help="The answer's id."),
                json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """A saved answer and its feedback."""
    from offerloop.cli._common import console, get_app, print_json

    a = get_app().stories.answer(answer_id)
    if json_out:
        print_json(a)
        return
    from rich.markup import escape

    out = console()
    out.print(f"[bold]{a['title']}[/] {escape(a['company'])}")
    out.print(escape(a["text"]))
    out.print(f"[bold]Next edit:[/] {escape(a['feedback']['suggestions'][0])}")


@pitch_app.command("remove")
def remove_answer(answer_id: int = typer.Argument(..., help="The answer's id."),
                  yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation.")) -> None:
    """Delete a saved answer (asks first)."""
    from offerloop.cli._common import console, get_app

    ol = get_app()
    a = ol.stories.answer(answer_id)
    if not yes and not typer.confirm(f"Delete {a['title']} {answer_id}? This cannot be undone"):
        console().print("Kept it.")
        raise typer.Exit(1)
    ol.stories.delete_answer(answer_id)
    console().print(f"Deleted answer {answer_id}.")


@pitch_app.command("questions")
def ask(json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Questions to ask interviewers (role, team, growth, culture) and what to avoid early."""
    from offerloop.cli._common import console, print_json
    from offerloop.stories.questions_to_ask import as_data

    data = as_data()
    if json_out:
        print_json(data)
        return
    out = console()
    for group in data["ask"].values():
        out.print(f"[bold]{group['title']}[/]")
        for q in group["questions"]:
            out.print(f"  - {q}")
    out.print("[bold]Avoid early[/]")
    for a in data["avoid"]:
        out.print(f"  - {a['topic']}: {a['why']}")
    out.print("[bold]Note it if they cannot answer[/]")
    for r in data["red_flags"]:
        out.print(f"  - {r}")
