"""--run: notebooks and tests re-run in a throwaway copy under limits; results compared with the saved ones."""

import nbformat
import pytest

from offerloop.takehome.rerun import same_text


def _notebook(path, cells):
    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_markdown_cell("# Take-home"))
    for i, (src, saved) in enumerate(cells, 1):
        c = nbformat.v4.new_code_cell(src, execution_count=i)
        if saved is not None:
            c.outputs.append(nbformat.v4.new_output("stream", name="stdout", text=saved))
        nb.cells.append(c)
    path.write_text(nbformat.writes(nb))


def _run(path):
    from offerloop.takehome.rerun import rerun_path
    from offerloop.takehome.review import review
    from offerloop.takehome.sources import load

    return rerun_path(path, review(load(path)))


def test_a_seeded_notebook_reproduces_and_its_tests_pass(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    _notebook(repo / "a.ipynb", [("import random\nrandom.seed(3)\nprint(random.random())", "0.23796462709189137\n"),
                                 ("x = 2\nprint(x * 21)", "42\n")])
    (repo / "test_x.py").write_text("def test_ok():\n    assert 1 + 1 == 2\n")
    report = _run(repo)
    nb = report["run"]["notebooks"][0]
    assert nb["reproduced"] and nb["compared"] == 2 and report["run"]["tests"]["passed"]
    assert "not_reproducible" not in {f["rule"] for f in report["findings"]}
    assert "rlimits" in report["run"]["summary"]


def test_a_result_that_does_not_come_back_is_a_finding_with_its_cell(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    _notebook(repo / "a.ipynb", [("print(1 + 1)", "2\n"), ("import random\nprint(random.random())", "0.123\n")])
    (repo / "test_bad.py").write_text("def test_fails():\n    assert False\n")
    report = _run(repo)
    found = [f for f in report["findings"] if f["rule"] == "not_reproducible"]
    assert [(f["file"], f["cell"]) for f in found if f["file"]] == [("a.ipynb", 2)]
    assert any("tests fail" in f["message"] for f in found)
    assert report["parts"]["correctness"] < 100


def test_the_copy_cannot_write_outside_or_reach_the_network(tmp_path):
    outside = tmp_path / "outside.txt"
    repo = tmp_path / "repo"
    repo.mkdir()
    _notebook(repo / "a.ipynb", [(f"open({str(outside)!r}, 'w').write('x')", None)])
    _notebook(repo / "b.ipynb", [("open('inside.txt', 'w').write('ok')\nimport urllib.request\n"
                                  "urllib.request.urlopen('http://pypi.org', timeout=3)", None)])
    report = _run(repo)
    errors = {n["file"]: n["error"]["error"] for n in report["run"]["notebooks"]}
    assert "PermissionError" in errors["a.ipynb"] and not outside.exists()
    assert "Error" in errors["b.ipynb"]  # no name resolution, no connection
    assert not (repo / "inside.txt").exists()  # written in the throwaway copy only


def test_numbers_compare_with_a_tolerance():
    assert same_text("accuracy 0.9000000001\n", "accuracy 0.9")
    assert not same_text("accuracy 0.91", "accuracy 0.93")
    assert not same_text("2 rows", "3 rows")


def test_the_cli_flag(cli, tmp_path, backend):
    if backend != "sqlite":
        pytest.skip("--run does not touch the database; the SQLite run covers it")
    _notebook(tmp_path / "n.ipynb", [("print(6 * 7)", "42\n")])
    result = cli("takehome", "review", str(tmp_path / "n.ipynb"), "--run")
    assert result.exit_code == 0 and "1 of 1 notebooks reproduce" in result.stdout
