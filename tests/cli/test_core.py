import json
import subprocess
import sys

from typer.testing import CliRunner

from offerloop.cli.main import app
from offerloop.store.base import Activity
from datetime import datetime, timezone


def test_help_lists_the_core_commands(cli):
    result = cli("--help")
    assert result.exit_code == 0
    for command in ("serve", "export", "import", "doctor", "content"):
        assert command in result.output


def test_help_is_fast_because_imports_are_lazy():
    # The root command must not import the web stack, SQLAlchemy or numpy just to print help.
    code = ("import sys, offerloop.cli.root as m; "
            "heavy = [x for x in ('fastapi', 'sqlalchemy', 'numpy', 'uvicorn', 'pandas') if x in sys.modules]; "
            "print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_unknown_option_is_one_clear_error():
    result = CliRunner().invoke(app, ["export", "--frobnicate"])
    assert result.exit_code == 2
    assert "No such option" in result.output


def test_export_then_import_into_a_fresh_data_dir(ol, cli, tmp_path, settings_for):
    with ol.session() as s:
        s.add(Activity(owner_id=ol.user_id, at=datetime(2026, 11, 2, tzinfo=timezone.utc), area="cards", kind="review", subject="p-value"))
    path = tmp_path / "all.json"
    result = cli("export", str(path))
    assert result.exit_code == 0, result.output
    assert json.loads(path.read_text())["tables"]["activity"][0]["subject"] == "p-value"

    fresh = tmp_path / "fresh"
    runner = CliRunner()
    result = runner.invoke(app, ["import", str(path), "--json"],
                           env={"OFFERLOOP_DATA_DIR": str(fresh), "OFFERLOOP_DATABASE_URL": None})
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["activity"] == 1


def test_import_of_a_corrupt_file_fails_and_writes_nothing(ol, cli, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "offerloop-export", "version": 1, "tables": {"activity": [{"at": "2026-01-01T00:00:00+00:00", "area": "x", "kind": "y", "subject": "z"}, {"at": "garbage", "area": "x", "kind": "y", "subject": "z"}]}}')
    result = cli("import", str(path))
    assert result.exit_code == 2
    assert "Row 2 of table 'activity'" in result.output
    with ol.session() as s:
        assert s.query(Activity).count() == 0


def test_import_refuses_an_unknown_version(cli, tmp_path):
    path = tmp_path / "future.json"
    path.write_text(json.dumps({"format": "offerloop-export", "version": 7, "tables": {}}))
    result = cli("import", str(path))
    assert result.exit_code == 2
    assert "version 7" in result.output


def test_unusable_data_dir_is_one_sentence(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = CliRunner().invoke(app, ["migrate"], env={"OFFERLOOP_DATA_DIR": str(blocker / "data"), "OFFERLOOP_DATABASE_URL": None})
    assert result.exit_code == 2
    assert "data directory" in result.output and "cannot be created" in result.output


def test_database_that_cannot_connect_is_one_sentence(tmp_path):
    result = CliRunner().invoke(app, ["migrate"], env={
        "OFFERLOOP_DATA_DIR": str(tmp_path), "OFFERLOOP_DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:1/none"})
    assert result.exit_code == 2
    assert "Cannot open the database" in result.output
    assert "Traceback" not in result.output


def test_doctor_reports_data_dir_database_content_and_sandbox(cli, ol):
    result = cli("doctor", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["summary"]["data dir"] == str(ol.settings.data_dir)
    assert {layer["name"] for layer in report["sandbox"]} >= {"rlimits", "seccomp filter", "landlock", "no-new-privileges"}
    assert "problems" in report["summary"]["content"]
