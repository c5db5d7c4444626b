import json

NO_RESULT = ("Last year at Acme our fraud model had 87% precision but the business needed 95%. "
             "I was responsible for closing the gap. I added velocity features and tuned the threshold.")


def test_analyze_prints_the_published_json_fields(cli, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(NO_RESULT + " Precision rose to 96% and false positives fell by 60%.")
    result = cli("stories", "analyze", str(path), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    for key in ("situation", "task", "action", "result", "quantified_result", "i_we_ratio", "words",
                "speaking_seconds", "suggestions"):
        assert key in data
    assert data["result"] is True and data["quantified_result"] is True and data["i_we_ratio"] == 1.0
    assert data["words"] == 40 and data["speaking_seconds"] == 16 and isinstance(data["suggestions"][0], str)


def test_analyze_tells_a_missing_result_in_text_and_json(cli, tmp_path):
    path = tmp_path / "story.md"
    path.write_text(NO_RESULT)
    data = json.loads(cli("stories", "analyze", str(path), "--json").stdout)
    assert data["result"] is False and data["suggestions"][0].startswith("The result is missing")
    text = cli("stories", "analyze", str(path))
    assert "result MISSING" in text.stdout and "Next edit: The result is missing" in text.stdout


def test_analyze_of_a_missing_file_is_one_sentence_and_exit_2(cli, tmp_path):
    result = cli("stories", "analyze", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2 and "does not exist" in result.output


def test_add_list_show_edit_coverage_and_remove_with_confirmation(cli, tmp_path):
    path = tmp_path / "s.md"
    path.write_text("Situation: a flaky test suite.\nTask: I had to stop it.\nAction: I quarantined tests.\nResult: It worked.")
    added = cli("stories", "add", "--title", "Flaky tests", "--file", str(path), "-c", "challenges", "--tag", "ci", "--json")
    story = json.loads(added.stdout)
    assert story["form"] == "labelled" and story["feedback"]["quantified_result"] is False
    listed = json.loads(cli("stories", "list", "--category", "challenges", "--json").stdout)
    assert [s["id"] for s in listed] == [story["id"]]
    shown = cli("stories", "show", str(story["id"]))
    assert "Flaky tests" in shown.stdout and "Next edit: The result is not quantified" in shown.stdout
    edited = json.loads(cli("stories", "edit", str(story["id"]), "--result", "Red builds fell by 80%.",
                            "-c", "challenges", "-c", "success", "--json").stdout)
    assert edited["quantified_result"] and edited["categories"] == ["challenges", "success"]
    cov = json.loads(cli("stories", "coverage", "--json").stdout)
    assert cov["gaps"] == ["leadership", "conflict", "challenges", "success", "failure"]
    table = cli("stories", "coverage")
    assert "Gaps" in table.stdout and "challenges (needs 1 more)" in table.stdout
    assert "Readiness 60%: categories covered 20%, 1 of 1 stories complete" in table.stdout
    kept = cli("stories", "remove", str(story["id"]), input="n\n")
    assert kept.exit_code == 1 and "Kept it." in kept.stdout
    assert len(json.loads(cli("stories", "list", "--json").stdout)) == 1
    gone = cli("stories", "remove", str(story["id"]), input="y\n")
    assert gone.exit_code == 0 and json.loads(cli("stories", "list", "--json").stdout) == []


def test_bad_category_and_unknown_story_exit_2(cli):
    bad = cli("stories", "add", "--title", "x", "--text", "I did it.", "-c", "teamwork")
    assert bad.exit_code == 2 and "teamwork" in bad.output
    assert cli("stories", "show", "41").exit_code == 2


def test_questions_and_suggest(cli):
    cli("stories", "add", "--title", "Disagreed with my manager on metrics", "--text",
        "My manager wanted accuracy; I showed recall mattered.", "-c", "conflict")
    qs = json.loads(cli("stories", "questions", "--category", "conflict", "--json").stdout)
    assert len(qs) >= 8 and all("conflict" in q["categories"] for q in qs)
    manager_q = next(q for q in qs if "manager" in q["text"])
    found = json.loads(cli("stories", "suggest", manager_q["short"], "--json").stdout)
    assert found["stories"][0]["title"].startswith("Disagreed")
    typed = cli("stories", "suggest", "Tell me about a time you clashed with your manager")
    assert "Disagreed with my manager" in typed.stdout


def test_pitch_build_save_list_and_questions_to_ask(cli):
    built = cli("pitch", "build", "--current-role", "an ML engineer", "--achievement", "cut fraud losses by 43%",
                "--specialisation", "graph models", "--why", "your payments risk work", "--company", "Adyen", "--save", "--json")
    data = json.loads(built.stdout)
    assert "Adyen" in data["text"] and data["feedback"]["names_company"]
    listed = json.loads(cli("pitch", "list", "--json").stdout)
    assert [a["id"] for a in listed] == [data["id"]]
    why = cli("pitch", "why", "--company", "Acme", "--project", "their great company culture, I want to learn and grow")
    assert "Replace generic phrases" in why.stdout and "learn and grow" in why.stdout
    asked = json.loads(cli("pitch", "questions", "--json").stdout)
    assert set(asked["ask"]) == {"role", "team", "growth", "culture"}
    assert cli("pitch", "remove", str(data["id"]), "--yes").exit_code == 0


def test_add_and_edit_in_the_users_editor(cli, tmp_path, monkeypatch):
    import sys

    script = tmp_path / "fake-editor.py"
    # A stand-in editor that fills the empty labelled lines named in $FILL, as a user would.
    script.write_text(
        "import os, sys, pathlib\n"
        "p = pathlib.Path(sys.argv[1])\n"
        "words = {'Situation': 'At Acme builds were flaky.', 'Task': 'I had to make them green.',\n"
        "         'Action': 'I quarantined 40 tests.', 'Result': 'red builds fell by 80%.'}\n"
        "t = p.read_text()\n"
        "for label in os.environ['FILL'].split(','):\n"
        "    t = t.replace(label + ': \\n', label + ': ' + words[label] + '\\n', 1)\n"
        "p.write_text(t)\n")
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    monkeypatch.setenv("FILL", "Situation,Action,Result")
    added = json.loads(cli("stories", "add", "--title", "Flaky", "--editor", "--json").stdout)
    assert added["form"] == "labelled" and added["result"] == "red builds fell by 80%."
    assert added["feedback"]["missing"] == ["task"]
    monkeypatch.setenv("FILL", "Task")
    edited = json.loads(cli("stories", "edit", str(added["id"]), "--editor", "--json").stdout)
    assert edited["task"] == "I had to make them green." and edited["feedback"]["missing"] == []
    assert edited["situation"] == "At Acme builds were flaky."


def test_practice_prints_a_question_from_a_gap_and_gives_feedback_in_the_editor(cli, tmp_path, monkeypatch):
    import sys

    script = tmp_path / "answer.py"
    script.write_text("import sys, pathlib\np = pathlib.Path(sys.argv[1])\n"
                      "p.write_text(p.read_text() + 'At Acme I led the on-call rotation. I wrote runbooks.\\n')\n")
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    out = json.loads(cli("stories", "practice", "-c", "leadership", "--editor", "--json").stdout)
    assert "leadership" in out["question"]["categories"]
    assert out["feedback"]["result"] is False and out["feedback"]["suggestions"][0].startswith("The result is missing")
    plain = cli("stories", "practice")
    assert plain.exit_code == 0 and "No story fits yet." in plain.stdout
