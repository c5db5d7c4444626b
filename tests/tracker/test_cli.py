"""The published commands, run for real: `offerloop apps ...` and `offerloop reminders`."""

import json

from icalendar import Calendar


def _add(cli, company="Acme", kind="startup"):
    r = cli("apps", "add", "--company", company, "--role", "ML Engineer", "--type", kind, "--json")
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_add_list_move_and_an_unknown_stage(cli):
    a = _add(cli)
    assert a["stage"] == "applied" and a["type"] == "startup"
    listed = json.loads(cli("apps", "list", "--json").stdout)
    assert [x["id"] for x in listed] == [a["id"]]
    r = cli("apps", "move", str(a["id"]), "phone-screen")
    assert r.exit_code == 0 and "Technical phone screen" in r.stdout
    bad = cli("apps", "move", str(a["id"]), "final-boss")
    assert bad.exit_code == 2
    assert "valid stages are: applied, recruiter-screen" in bad.stderr
    assert json.loads(cli("apps", "list", "--json").stdout)[0]["stage"] == "phone-screen"
    assert cli("apps", "add", "--company", "X", "--role", "Y", "--type", "agency").exit_code == 2


def test_interview_in_the_past_is_stored_with_a_warning_line(cli):
    a = _add(cli)
    r = cli("apps", "interview", str(a["id"]), "--round", "ml-coding", "--at", "2020-01-06T10:00:00+01:00",
            "--minutes", "45", "--json")
    assert r.exit_code == 0
    assert "Warning:" in r.stderr and "past" in r.stderr
    iv = json.loads(r.stdout)
    assert iv["starts_at"] == "2020-01-06T09:00:00+00:00" and iv["minutes"] == 45


def test_reminders_at_a_given_now_as_json(cli):
    a = _add(cli)
    cli("apps", "interview", str(a["id"]), "--round", "recruiter", "--at", "2030-03-04T10:00:00Z", "--minutes", "30",
        "--with", "Dana Vo")
    r = cli("reminders", "--now", "2030-03-04T10:30:00Z", "--json")
    assert r.exit_code == 0
    (rem,) = [x for x in json.loads(r.stdout) if x["kind"] == "thank-you"]
    assert set(rem) >= {"kind", "due", "application_id", "text"}
    assert rem["due"] == "2030-03-05T10:30:00+00:00" and rem["application_id"] == a["id"]
    assert "thank-you" in cli("reminders", "--now", "2030-03-04T10:30:00Z").stdout
    assert cli("reminders", "--now", "next tuesday").exit_code == 2


def test_export_ics_parses(cli, tmp_path):
    a = _add(cli)
    cli("apps", "interview", str(a["id"]), "--round", "ml-theory", "--at", "2030-03-04T10:00", "--tz",
        "America/New_York")
    path = tmp_path / "loop.ics"
    r = cli("apps", "export-ics", str(path))
    assert r.exit_code == 0 and "1 calendar event" in r.stdout
    (event,) = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert str(event.decoded("DTSTART").tzinfo) == "America/New_York"
    assert event.decoded("DTSTART").hour == 10


def test_csv_round_trip_and_bad_rows(cli, tmp_path):
    _add(cli, "Acme")
    _add(cli, "Beta", "big-tech")
    out = tmp_path / "apps.csv"
    assert cli("apps", "export-csv", str(out)).exit_code == 0
    assert out.read_text().splitlines()[0].startswith("company,role,type,stage")
    bad = tmp_path / "bad.csv"
    bad.write_text("company,role,type,applied_at,priority\nGood,MLE,startup,2026-01-05,high\n"
                   "Bad,MLE,startup,05/01/2026,low\n")
    strict = cli("apps", "import-csv", str(bad), "--strict")
    assert strict.exit_code == 2 and "Row 3" in strict.stderr and "Nothing was imported" in strict.stderr
    assert "Unknown columns, ignored: priority" in strict.stderr
    assert len(json.loads(cli("apps", "list", "--json").stdout)) == 2
    declined = cli("apps", "import-csv", str(bad), input="n\n")
    assert declined.exit_code == 1 and len(json.loads(cli("apps", "list", "--json").stdout)) == 2
    accepted = cli("apps", "import-csv", str(bad), input="y\n")
    assert accepted.exit_code == 0 and "Imported 1 application" in accepted.stdout
    # The export holds the two stored applications: importing it again skips both as duplicates ...
    again = cli("apps", "import-csv", str(out), "--yes")
    assert again.exit_code == 0 and "Imported 0 application" in again.stdout
    assert "Skipped 2 duplicate row(s)" in again.stdout
    assert "Row 2 skipped as a duplicate: ML Engineer at Acme applied" in again.stderr
    assert len(json.loads(cli("apps", "list", "--json").stdout)) == 3
    # ... unless asked for.
    assert cli("apps", "import-csv", str(out), "--yes", "--allow-duplicates").exit_code == 0
    assert len(json.loads(cli("apps", "list", "--json").stdout)) == 5


def test_show_checklist_thank_you_flag_and_funnel(cli):
    a = _add(cli)
    iv = json.loads(cli("apps", "interview", str(a["id"]), "--round", "behavioral", "--at", "2030-03-04T10:00Z",
                        "--with", "Ana Ruiz", "--json").stdout)
    r = cli("apps", "debrief", str(iv["id"]), "--question", "Tell me about a conflict", "--notes", "Went fine")
    assert r.exit_code == 0
    checklist = json.loads(cli("apps", "checklist", str(iv["id"]), "--tick", "morning-of.water", "--json").stdout)
    assert checklist[1]["done"] == 1
    assert cli("apps", "checklist", str(iv["id"]), "--tick", "nope").exit_code == 2
    note = cli("apps", "thank-you", str(iv["id"]))
    assert "Hi Ana," in note.stdout and "Due by" in note.stdout
    sent = json.loads(cli("apps", "thank-you", str(iv["id"]), "--sent", "--json").stdout)
    assert sent["sent_at"]
    assert cli("apps", "flag", str(a["id"]), "--group", "process", "--preset", "disorganized").exit_code == 0
    assert "disorganized" in cli("apps", "flag").stdout
    show = cli("apps", "show", str(a["id"]))
    assert "Tell me about a conflict" in show.stdout and "Red flags about Acme" in show.stdout
    funnel = json.loads(cli("apps", "funnel", "--json").stdout)
    assert funnel["total"] == 1 and funnel["stages"][0]["reached"] == 1


def test_delete_asks_first(cli):
    a = _add(cli)
    assert cli("apps", "delete", str(a["id"]), input="n\n").exit_code == 1
    assert len(json.loads(cli("apps", "list", "--json").stdout)) == 1
    assert cli("apps", "delete", str(a["id"]), "--yes").exit_code == 0
    assert json.loads(cli("apps", "list", "--json").stdout) == []


def test_reschedule_an_interview(cli):
    a = _add(cli)
    iv = json.loads(cli("apps", "interview", str(a["id"]), "--round", "ml-coding", "--at", "2030-03-04T10:00Z",
                        "--json").stdout)
    r = cli("apps", "reschedule", str(iv["id"]), "--at", "2030-03-06T09:00", "--tz", "Europe/Paris")
    assert r.exit_code == 0 and "2030-03-06 09:00 Europe/Paris" in r.stdout
    assert cli("apps", "reschedule", "999", "--at", "2030-03-06T09:00Z").exit_code == 2
