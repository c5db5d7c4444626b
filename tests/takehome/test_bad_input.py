"""Bad input: one sentence or one finding, never a crash, nothing written outside a temporary folder."""

import io
import json
import os
import stat
import zipfile
from pathlib import Path

import pytest

from offerloop.errors import InvalidInput
from offerloop.takehome.review import review
from offerloop.takehome.sources import MAX_FILE_BYTES, load, load_bytes


def _zip(entries: dict[str, bytes], links: dict[str, str] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
        for name, target in (links or {}).items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, target)
    return buf.getvalue()


def test_a_zip_bomb_stops_at_the_limit_and_the_rest_is_reviewed():
    bomb = b"0" * (MAX_FILE_BYTES * 4)  # compresses to a few kB
    data = _zip({"repo/train.py": b"print('ok')\n", "repo/bomb.py": bomb})
    assert len(data) < 200_000
    report = review(load_bytes("repo.zip", data))
    unsafe = [f for f in report["findings"] if f["rule"] == "unsafe_path"]
    assert [f["file"] for f in unsafe] == ["bomb.py"] and "zip bomb" in unsafe[0]["message"]
    assert "train.py" in report["files"]


def test_paths_outside_the_archive_are_refused_and_never_written(tmp_path):
    escape = tmp_path / "escaped.py"
    name = "../" * 12 + str(escape).lstrip("/")
    data = _zip({"ok.py": b"x = 1\n", name: b"print('pwned')\n", "/etc/abs.py": b"y = 2\n"})
    before = set(os.listdir(tmp_path))
    report = review(load_bytes("up.zip", data))
    refused = [f["file"] for f in report["findings"] if f["rule"] == "unsafe_path"]
    assert name in refused and "/etc/abs.py" in refused
    assert not escape.exists() and set(os.listdir(tmp_path)) == before


def test_symlinks_in_a_zip_and_links_out_of_a_folder_are_not_followed(tmp_path):
    report = review(load_bytes("l.zip", _zip({"a.py": b"x = 1\n"}, links={"secret.py": "/etc/passwd"})))
    assert any(f["rule"] == "unsafe_path" and f["file"] == "secret.py" for f in report["findings"])
    outside = tmp_path / "outside.txt"
    outside.write_text("private")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "main.py").write_text("print(1)\n")
    (repo / "leak.txt").symlink_to(outside)
    (repo / "dir_link").symlink_to(tmp_path)
    report = review(load(repo))
    files = {f["file"] for f in report["findings"] if f["rule"] == "unsafe_path"}
    assert files == {"leak.txt", "dir_link"}
    assert "leak.txt" not in report["files"]


def test_a_corrupt_notebook_is_one_finding(tmp_path):
    p = tmp_path / "nb.ipynb"
    p.write_text('{"cells": [{"cell_type": "code", "sour')
    report = review(load(p))
    assert [f["rule"] for f in report["findings"] if f["rule"] == "notebook_unreadable"] == ["notebook_unreadable"]
    p.write_text(json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": "not a list"}))
    assert any(f["rule"] == "notebook_unreadable" for f in review(load(p))["findings"])


def test_a_200_mb_file_is_one_sentence(tmp_path):
    big = tmp_path / "big.zip"
    with open(big, "wb") as fh:  # sparse: no 200 MB of disk needed
        fh.truncate(200 * 1024 * 1024)
    with pytest.raises(InvalidInput, match="MB"):
        load(big)


@pytest.mark.parametrize("name,data,words", [
    ("x.zip", b"PK\x03\x04garbage", "not a readable .zip"),
    ("notes.docx", b"hello", "not a folder, .zip, .py or .ipynb"),
    ("bin.py", b"\xff\xfe\x00", "not UTF-8"),
])
def test_unusable_uploads_are_one_sentence(name, data, words):
    with pytest.raises(InvalidInput, match=words):
        load_bytes(name, data)


def test_a_missing_path_is_one_sentence(tmp_path):
    with pytest.raises(InvalidInput, match="does not exist"):
        load(tmp_path / "nope")


def test_reading_a_submission_writes_nothing(tmp_path):
    # A folder review must not leave caches or copies behind (no __pycache__, no extracted files).
    repo = Path(__file__).parents[2] / "src/offerloop/takehome/corpus/repos/leaky_notebook"
    before = sorted(p.name for p in repo.rglob("*"))
    review(load(repo))
    assert sorted(p.name for p in repo.rglob("*")) == before


def test_code_nested_too_deeply_to_parse_is_a_finding_not_a_crash():
    report = review(load_bytes("deep.py", ("x = " + "+".join(["1"] * 20000)).encode()))
    found = [f for f in report["findings"] if f["rule"] == "syntax_error"]
    assert len(found) == 1 and "nested too deeply" in found[0]["message"]
