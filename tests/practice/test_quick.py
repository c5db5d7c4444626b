"""The terminal's fast path (cli.quick): what it reads equals what the validated path reads, what it
writes equals what the ORM writes, and it hands over whenever it is not sure."""

import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).parents[2]
OFFERLOOP = str(Path(sys.executable).with_name("offerloop"))
ADAM = ROOT / "src/offerloop/content/packs/problems/adam-step"


def _plain(value):
    if isinstance(value, SimpleNamespace):
        return {k: _plain(v) for k, v in vars(value).items()}
    return value


def test_quick_meta_equals_the_validated_meta_for_every_problem():
    from offerloop.content.loader import load_bank
    from offerloop.content.quick import quick_problem

    bank = load_bank()
    assert len(bank.problems) > 250
    for slug, problem in bank.problems.items():
        quick = quick_problem(slug)
        assert quick is not None, slug
        assert _plain(quick.meta) == problem.meta.model_dump(), slug
        assert quick.solution_path == problem.solution_path and quick.cases_path == problem.cases_path


def test_quick_defaults_are_problem_meta_defaults():
    from offerloop.content import quick
    from offerloop.content.schemas import Comparison, Limits, ProblemMeta, Scaling

    assert Limits().model_dump() == quick.LIMITS_DEFAULTS
    assert Comparison().model_dump() == quick.COMPARISON_DEFAULTS
    assert {k: f.default for k, f in Scaling.model_fields.items() if not f.is_required()} == quick.SCALING_DEFAULTS
    optional = {k for k, f in ProblemMeta.model_fields.items() if not f.is_required()}
    required = {k for k, f in ProblemMeta.model_fields.items() if f.is_required()}
    assert optional == set(quick.TOP_DEFAULTS) | {"limits", "comparison", "scaling"}
    assert required == set(quick.REQUIRED)


def test_quick_reader_hands_over_what_it_does_not_understand(tmp_path):
    from offerloop.content.quick import quick_problem

    text = (ADAM / "problem.toml").read_text()
    for name, body in {"new-field": text + '\nfollow_ups_mode = "x"\n', "bad-toml": text + "\n[[[",
                       "odd-limits": text + "\n[limits]\nseconds = 3\n"}.items():
        folder = tmp_path / name
        folder.mkdir()
        (folder / "problem.toml").write_text(body.replace('slug = "adam-step"', f'slug = "{name}"'))
        assert quick_problem(name, root=tmp_path) is None, name
    assert quick_problem("../adam-step") is None and quick_problem("no-such-problem") is None


def test_ledger_names_every_column_of_both_tables():
    from offerloop.practice.ledger import ACTIVITY_COLUMNS, SUBMISSION_COLUMNS
    from offerloop.practice.models import Submission
    from offerloop.store.base import Activity

    assert set(SUBMISSION_COLUMNS) == {c.name for c in Submission.__table__.columns} - {"id"}
    assert set(ACTIVITY_COLUMNS) == {c.name for c in Activity.__table__.columns} - {"id"}


def _sqlite_file(ol) -> Path:
    from offerloop.practice.ledger import sqlite_path

    return sqlite_path(ol.settings.resolved_database_url)


def _rows(ol):
    from sqlalchemy import select

    from offerloop.practice.models import Submission
    from offerloop.store.base import Activity

    with ol.session() as s:
        subs = [{c.name: getattr(r, c.name) for c in Submission.__table__.columns if c.name != "id"}
                for r in s.scalars(select(Submission).order_by(Submission.id))]
        acts = [{c.name: getattr(r, c.name) for c in Activity.__table__.columns if c.name != "id"}
                for r in s.scalars(select(Activity).where(Activity.area == "practice").order_by(Activity.id))]
    return subs, acts


@pytest.mark.parametrize("backend", ["sqlite"])  # the ledger serves SQLite only; PostgreSQL takes the ORM
@pytest.mark.parametrize("solution", ["solution.py", "wrong/no_bias_correction.py"])
def test_ledger_rows_equal_the_orm_rows(ol, solution):
    from offerloop.practice.ledger import record_submission

    code = (ADAM / ".meta" / solution).read_text()
    result = ol.problems.run_examples("adam-step", code)
    now = datetime(2026, 12, 6, 9, 30, 15, 123456, tzinfo=timezone.utc)
    ol.user_id  # the local user exists, as after any command
    ol.problems.record("adam-step", code, result, now=now)
    assert record_submission(_sqlite_file(ol), problem_uuid=str(ol.problems.get("adam-step").meta.uuid), slug="adam-step",
                             code=code, result=result, now=now)
    subs, acts = _rows(ol)
    assert len(subs) == 2 and subs[0] == subs[1]
    assert len(acts) == 2 and acts[0] == acts[1]
    assert acts[0]["kind"] == ("solved" if result.accepted else "attempted")
    assert subs[0]["created_at"] == now and subs[0]["result"]["verdict"] == result.verdict.value
    assert [h["verdict"] for h in ol.problems.history("adam-step")] == [result.verdict.value] * 2


@pytest.mark.parametrize("backend", ["sqlite"])
def test_ledger_declines_a_store_it_should_not_write(ol, tmp_path):
    from sqlalchemy import text

    from offerloop.practice.ledger import record_submission

    code = (ADAM / ".meta/solution.py").read_text()
    result = ol.problems.run_examples("adam-step", code)
    db = _sqlite_file(ol)
    args = dict(problem_uuid="x", slug="adam-step", result=result)
    assert not record_submission(tmp_path / "missing.db", code=code, **args)
    assert not record_submission(db, code=code, **args)  # no local user yet: the ORM creates it
    ol.user_id
    assert not record_submission(db, code=code + "\x00", **args)  # the store's guard words that refusal
    with ol.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'practice_0002' WHERE version_num = 'practice_0003'"))
    try:
        assert not record_submission(db, code=code, **args)  # behind: the full path migrates first
    finally:
        with ol.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = 'practice_0003' WHERE version_num = 'practice_0002'"))
    assert _rows(ol) == ([], [])


def _env(tmp_path, **extra):
    env = {**os.environ, "OFFERLOOP_DATA_DIR": str(tmp_path / "data"), "OFFERLOOP_JUDGE_WORKERS": "1", "NO_COLOR": "1", **extra}
    for key in ("OFFERLOOP_DATABASE_URL", "OFFERLOOP_BROKER_URL", "OFFERLOOP_MODE"):
        if key not in extra:
            env.pop(key, None)
    return env


PROBE = ("import sys, io, contextlib\n"
         "sys.argv = ['offerloop'] + sys.argv[1:]\n"
         "from offerloop.cli.main import main\n"
         "out = io.StringIO()\n"
         "try:\n"
         "    with contextlib.redirect_stdout(out):\n"
         "        main()\n"
         "except SystemExit as e:\n"
         "    code = e.code\n"
         "heavy = sorted(m for m in ('typer', 'pydantic', 'sqlalchemy', 'rich', 'offerloop.app') if m in sys.modules)\n"
         "print(code, ','.join(heavy) or '-')\n"
         "print(out.getvalue(), end='')\n")


def _probe(args, cwd, env):
    return subprocess.run([sys.executable, "-c", PROBE, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_a_workspace_submit_as_a_fresh_process_skips_the_heavy_imports_and_records(tmp_path):
    env = _env(tmp_path)
    ws = tmp_path / "adam-step"
    subprocess.run([OFFERLOOP, "start", "adam-step", "--dir", str(ws)], env=env, check=True, capture_output=True)
    (ws / "solution.py").write_text((ADAM / ".meta/solution.py").read_text())
    first = _probe(["submit"], ws, env)  # a new store: recorded through the app, which creates it
    assert first.stdout.splitlines()[0].startswith("0 "), first.stdout + first.stderr
    for args, code in ((["test"], 0), (["submit"], 0), (["submit", "--json"], 0), (["test", "adam-step"], 0)):
        r = _probe(args, ws, env)
        head, *out = r.stdout.splitlines()
        assert head == f"{code} -", (args, r.stdout, r.stderr)  # none of Typer, pydantic, SQLAlchemy, Rich
        if "--json" in args:
            assert json.loads("\n".join(out))["verdict"] == "accepted"
        else:
            assert out[0].startswith("Accepted")
    (ws / "wrong.py").write_text((ADAM / ".meta/wrong/no_bias_correction.py").read_text())
    r = _probe(["submit", "wrong.py"], ws, env)
    assert r.stdout.splitlines()[0] == "1 -" and r.stdout.splitlines()[1].startswith("Wrong answer")
    history = subprocess.run([OFFERLOOP, "problems", "list", "--json"], env=env, capture_output=True, text=True, check=True)
    assert next(p for p in json.loads(history.stdout) if p["slug"] == "adam-step")["solved"]
    import sqlite3

    with sqlite3.connect(tmp_path / "data" / "offerloop.db") as conn:
        verdicts = [v for (v,) in conn.execute("SELECT verdict FROM practice_submissions ORDER BY id")]
        kinds = [k for (k,) in conn.execute("SELECT kind FROM activity WHERE area = 'practice' ORDER BY id")]
    assert verdicts == ["accepted", "accepted", "accepted", "wrong_answer"]
    assert kinds == ["solved", "solved", "solved", "attempted"]


def test_the_fast_path_hands_over_what_it_does_not_serve(tmp_path):
    env = _env(tmp_path)
    ws = tmp_path / "adam-step"
    subprocess.run([OFFERLOOP, "start", "adam-step", "--dir", str(ws)], env=env, check=True, capture_output=True)
    (ws / "solution.py").write_text((ADAM / ".meta/solution.py").read_text())
    # An unknown slug, a missing file and --help are answered by the full command, in its words.
    r = subprocess.run([OFFERLOOP, "test", "adam-stepp"], cwd=ws, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "adam-step" in r.stderr and "Traceback" not in r.stderr
    r = subprocess.run([OFFERLOOP, "submit", "adam-step", "missing.py"], cwd=ws, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "missing.py does not exist" in r.stderr.replace("\n", "")
    r = _probe(["test", "--help"], ws, env)
    assert "typer" in r.stdout.splitlines()[0]
    # A .env file may hold settings only the full settings reader knows: the full path runs.
    (ws / ".env").write_text(f"OFFERLOOP_DATA_DIR={tmp_path / 'other'}\n")
    r = _probe(["test"], ws, env)
    assert r.stdout.splitlines()[0].startswith("0 ") and "pydantic" in r.stdout.splitlines()[0]


def test_a_one_shot_zygote_keeps_every_sandbox_layer(tmp_path):
    from offerloop.content.quick import quick_problem
    from offerloop.practice.terminal import PrestartedJudge

    secret = tmp_path / "offerloop.db"
    secret.write_text("s3cret")
    judge = PrestartedJudge(("numpy",), tmp_path)  # the data dir it must hide
    try:
        code = f"def adam_step(*args, **kwargs):\n    return open({str(secret)!r}).read()\n"
        r = judge.grade(quick_problem("adam-step"), code, mode="test")
        assert judge._worker.oneshot
    finally:
        judge.close()
    assert r.verdict.value == "runtime_error" and "s3cret" not in json.dumps(r.to_dict())
    assert r.layers and all(r.layers.values()), r.layers  # nothing skipped for speed
