"""The terminal flow: test/submit inside a workspace with no arguments, honest quoting, tables, speed paths."""

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
TWO_SUM_OK = (ROOT / "src/offerloop/content/packs/problems/two-sum/.meta/solution.py").read_text()


@pytest.fixture
def inside(tmp_path):
    """chdir into a folder for the test, and back."""
    old = Path.cwd()

    def go(folder: Path) -> Path:
        os.chdir(folder)
        return folder

    yield go
    os.chdir(old)


def test_syntax_error_quotes_the_tested_file_not_the_workspace_solution(ol, cli, tmp_path, inside):
    ws = tmp_path / "ws"
    ol.problems.start("two-sum", ws)
    (ws / "solution.py").write_text("a = 1\nb = 2\nc = 3\nWORKSPACE_LINE_FOUR = 4\n")
    other = ws / "OTHER.py"
    other.write_text("def two_sum(nums, target):\n    x = 1\n    y = 2\n    return (\n")
    inside(ws)
    r = cli("test", "two-sum", "OTHER.py", "--json")
    data = json.loads(r.stdout)
    assert data["verdict"] == "syntax_error"
    assert "return (" in data["reason"] and "WORKSPACE" not in data["reason"]


def test_compiler_only_syntax_errors_quote_the_submitted_line(ol, tmp_path, inside):
    # 'return' outside a function passes the parser and fails only when compiled; a file named
    # like the pseudo-filename in the current folder must not be quoted either.
    inside(tmp_path)
    (tmp_path / "<submission>").write_text("DECOY\n" * 10)
    (tmp_path / "solution.py").write_text("DECOY\n" * 10)
    r = ol.problems.run_examples("two-sum", "def two_sum(nums, target):\n    pass\n\nreturn 5\n")
    assert r.verdict.value == "syntax_error"
    assert "line 4" in r.reason and "return 5" in r.reason and "DECOY" not in r.reason


@pytest.mark.parametrize("backend", ["sqlite"])  # the judge's side does not depend on the store; seconds of scaling check
def test_accepted_time_counts_only_the_users_calls(ol):
    r = ol.problems.submit("two-sum", TWO_SUM_OK)
    assert r.accepted and r.scaling is not None  # the scaling check ran...
    spent = sum(c.time_ms for c in r.cases if c.visible)
    # ...but the reported time is the cases' calls: far below the seconds the scaling check takes.
    assert spent <= r.time_ms < 500, r.time_ms


def test_test_and_submit_need_no_arguments_inside_a_workspace(ol, cli, tmp_path, inside):
    meta = ROOT / "src/offerloop/content/packs/problems/adam-step/.meta"
    ws = tmp_path / "adam-step"
    r = cli("start", "adam-step", "--dir", str(ws))
    assert r.exit_code == 0
    assert "  offerloop test\n" in r.stdout and "  offerloop submit\n" in r.stdout  # whole commands, own lines
    (ws / "solution.py").write_text((meta / "solution.py").read_text())
    inside(ws)
    r = cli("test", "--json")
    assert r.exit_code == 0 and json.loads(r.stdout)["total"] == 2
    r = cli("submit")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("Accepted")
    assert [h["verdict"] for h in ol.problems.history("adam-step")] == ["accepted"]
    # A file named inside the workspace is graded against the workspace's problem.
    (ws / "other.py").write_text((meta / "wrong" / "no_bias_correction.py").read_text())
    r = cli("submit", "other.py")
    assert r.exit_code == 1 and r.stdout.startswith("Wrong answer")
    assert len(ol.problems.history("adam-step")) == 2


def test_submit_outside_a_workspace_without_a_slug_is_one_sentence(cli, tmp_path, inside):
    inside(tmp_path)
    r = cli("submit")
    assert r.exit_code == 2 and "offerloop submit SLUG" in r.stderr


@pytest.mark.parametrize("backend", ["sqlite"])  # the judge's side does not depend on the store; seconds of scaling check
def test_too_slow_reason_is_printed_once(cli, tmp_path, inside):
    quadratic = ("def two_sum(nums, target):\n    for i in range(len(nums)):\n        for j in range(i + 1, len(nums)):\n"
                 "            if nums[i] + nums[j] == target:\n                return [i, j]\n")
    f = tmp_path / "slow.py"
    f.write_text(quadratic)
    r = cli("submit", "two-sum", str(f))
    assert r.exit_code == 1 and r.stdout.startswith("Too slow")
    assert r.stdout.count("Correct, but") == 1


def _longest_slugs(n=6):
    from offerloop.content.loader import PACKS

    return sorted((p.name for p in (PACKS / "problems").iterdir() if p.is_dir()), key=len)[-n:]


def test_tables_never_cut_or_split_a_slug_at_80_columns(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    r = cli("problems", "list")
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert max(len(x) for x in lines) <= 80
    for slug in _longest_slugs():
        assert any(slug in line for line in lines), slug  # whole, on one line
    assert "…" not in r.stdout
    plain = cli("problems", "list", "--plain").stdout.splitlines()
    assert plain[0].split("\t")[:2] == ["solved", "slug"]
    assert {line.split("\t")[1] for line in plain[1:]} >= set(_longest_slugs())


def test_known_heads_match_alembic_and_a_current_store_is_not_migrated_again(ol):
    from sqlalchemy import text

    from offerloop.store.migrate import expected_heads, is_current, known_heads

    assert known_heads() == expected_heads()
    assert is_current(ol.engine)
    with ol.engine.begin() as conn:  # a store one migration behind is noticed
        conn.execute(text("UPDATE alembic_version SET version_num = 'practice_0002' WHERE version_num = 'practice_0003'"))
    assert not is_current(ol.engine)
    with ol.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'practice_0003' WHERE version_num = 'practice_0002'"))


def test_one_problem_loads_without_the_bank(ol):
    from offerloop.content import loader
    from offerloop.errors import NotFound

    loader._MEMO.clear()
    p = ol.problems.get("two-sum")
    assert p.meta.slug == "two-sum" and p.hints and "def two_sum" in p.starter
    assert "content" not in ol.__dict__ and loader._MEMO == {}  # the bank was not loaded
    with pytest.raises(NotFound, match="Did you mean: two-sum"):
        ol.problems.get("two-summ")
    with pytest.raises(NotFound):
        ol.problems.get("../two-sum")


def test_the_real_command_in_a_workspace_as_a_fresh_process(tmp_path):
    """The installed entry point, as a user runs it (this path starts the judge's sandbox early)."""
    import subprocess
    import sys

    offerloop = str(Path(sys.executable).with_name("offerloop"))
    env = {**os.environ, "OFFERLOOP_DATA_DIR": str(tmp_path / "data"), "OFFERLOOP_JUDGE_WORKERS": "1", "NO_COLOR": "1"}
    env.pop("OFFERLOOP_DATABASE_URL", None)
    ws = tmp_path / "adam-step"
    subprocess.run([offerloop, "start", "adam-step", "--dir", str(ws)], env=env, check=True, capture_output=True)
    reference = ROOT / "src/offerloop/content/packs/problems/adam-step/.meta/solution.py"
    (ws / "solution.py").write_text(reference.read_text())
    r = subprocess.run([offerloop, "test"], cwd=ws, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("Accepted  2/2 cases")
    r = subprocess.run([offerloop, "submit", "--json"], cwd=ws, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert json.loads(r.stdout)["verdict"] == "accepted"
    r = subprocess.run([offerloop, "submit", "--help"], cwd=ws, env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "workspace" in r.stdout
