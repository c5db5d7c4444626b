"""Reading what the candidate handed in: a folder, a .zip, a .py file or a notebook.

Nothing is extracted to disk: a zip is read in memory, entry by entry, with limits on the entry count,
the total unpacked size and the compression ratio (a zip bomb stops at the limit, not at the disk),
and paths that climb out of the archive (`../`, absolute) are refused. A folder is walked without
following links; a link that points outside the folder is reported, never read.
"""

from __future__ import annotations

import ast
import json
import os
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from offerloop.errors import InvalidInput

MAX_FILES = 2000
MAX_FILE_BYTES = 5_000_000  # one source file or notebook
MAX_TOTAL_BYTES = 60_000_000  # everything read from one submission
MAX_RATIO = 200  # unpacked / packed for one zip entry
MAX_INPUT_BYTES = 100_000_000  # the .zip, .py or .ipynb given on the command line or uploaded
SKIP_DIRS = {".git", "__pycache__", ".ipynb_checkpoints", "node_modules", ".venv", "venv", ".mypy_cache",
             ".pytest_cache", ".tox", "site-packages"}
TEXT_SUFFIXES = {".py", ".ipynb", ".md", ".txt", ".rst", ".toml", ".cfg", ".ini", ".yml", ".yaml", ".json",
                 ".lock", ".in", ""}


@dataclass
class Cell:
    index: int  # 0-based index in the notebook, markdown cells counted
    kind: str  # code, markdown, raw
    source: str
    execution_count: int | None = None
    errors: list[str] = field(default_factory=list)  # saved error outputs: "ValueError: ..."


@dataclass
class SourceFile:
    path: str  # posix path inside the submission
    text: str
    cells: list[Cell] | None = None  # notebooks only
    problem: str = ""  # why the file could not be read as what its name says

    @property
    def is_notebook(self) -> bool:
        return self.path.endswith(".ipynb")


@dataclass
class Submission:
    name: str
    files: dict[str, SourceFile] = field(default_factory=dict)
    other_paths: list[str] = field(default_factory=list)  # binary or data files, by name only
    refused: list[tuple[str, str]] = field(default_factory=list)  # (path, reason) never read


def parse_notebook(text: str) -> list[Cell]:
    """Cells of an nbformat notebook (v4, or older ones nbformat upgrades). Raises ValueError if corrupt."""
    import nbformat

    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"it is not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(raw, dict) or "cells" not in raw and "worksheets" not in raw:
        raise ValueError("it has no cells")
    try:
        nb = nbformat.reads(text, as_version=4)
    except Exception as exc:  # nbformat raises several types for a malformed document
        raise ValueError(f"nbformat cannot read it ({type(exc).__name__})") from None
    cells = []
    for i, c in enumerate(nb.get("cells", [])):
        src = c.get("source", "")
        if isinstance(src, list):
            src = "".join(src)
        errors = []
        for out in c.get("outputs", []) or []:
            if out.get("output_type") == "error":
                errors.append(f"{out.get('ename', 'Error')}: {out.get('evalue', '')}".strip())
        cells.append(Cell(i, c.get("cell_type", "code"), str(src), c.get("execution_count"), errors))
    return cells


def _decode(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _add(sub: Submission, path: str, data: bytes) -> None:
    suffix = PurePosixPath(path).suffix.lower()
    name = PurePosixPath(path).name.lower()
    if suffix not in TEXT_SUFFIXES and not name.startswith(("readme", "requirements", "license", "makefile")):
        sub.other_paths.append(path)
        return
    text = _decode(data)
    if text is None:
        sub.other_paths.append(path)
        return
    f = SourceFile(path, text)
    if suffix == ".ipynb":
        try:
            f.cells = parse_notebook(text)
        except ValueError as exc:
            f.problem = f"The notebook {path} cannot be read: {exc}."
    sub.files[path] = f


def _safe_member(name: str) -> str | None:
    """The entry's path inside the archive, or None when it would land outside it."""
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return None
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if any(p == ".." for p in parts):
        return None
    return "/".join(p for p in parts if p not in ("", "."))


def read_zip(data_or_path, name: str) -> Submission:
    sub = Submission(name)
    try:
        zf = zipfile.ZipFile(data_or_path)
    except (zipfile.BadZipFile, OSError):
        raise InvalidInput(f"{name} is not a readable .zip file.") from None
    total = 0
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_FILES * 5:
            raise InvalidInput(f"{name} holds {len(infos)} entries; a take-home is reviewed up to {MAX_FILES} files.")
        # One top folder wrapping everything (repo.zip -> repo/...) is dropped from the paths.
        names = [i.filename for i in infos if not i.is_dir()]
        tops = {n.split("/", 1)[0] for n in names}
        strip = len(tops) == 1 and all("/" in n for n in names)
        for info in infos:
            if info.is_dir():
                continue
            path = _safe_member(info.filename)
            if path is None:
                sub.refused.append((info.filename, "its path points outside the archive"))
                continue
            if strip:
                path = path.split("/", 1)[1]
            if any(part in SKIP_DIRS for part in path.split("/")):
                continue
            mode = (info.external_attr >> 16) & 0o170000
            if mode == stat.S_IFLNK:
                sub.refused.append((path, "it is a symbolic link"))
                continue
            if len(sub.files) + len(sub.other_paths) >= MAX_FILES:
                sub.refused.append((path, f"the review stops at {MAX_FILES} files"))
                continue
            if info.file_size > MAX_FILE_BYTES or (
                    info.compress_size and info.file_size / max(info.compress_size, 1) > MAX_RATIO
                    and info.file_size > 1_000_000):
                sub.refused.append((path, "it unpacks to more than a source file should (a zip bomb?)"))
                continue
            if total + info.file_size > MAX_TOTAL_BYTES:
                sub.refused.append((path, "the submission is larger than the review reads"))
                continue
            try:
                with zf.open(info) as fh:
                    data = fh.read(MAX_FILE_BYTES + 1)  # the declared size may lie; never read past the cap
            except (zipfile.BadZipFile, OSError, NotImplementedError, RuntimeError, EOFError):
                sub.refused.append((path, "the archive entry is damaged or encrypted"))
                continue
            if len(data) > MAX_FILE_BYTES:
                sub.refused.append((path, "it unpacks to more than a source file should (a zip bomb?)"))
                continue
            total += len(data)
            _add(sub, path, data)
    return sub


def read_folder(root: Path) -> Submission:
    sub = Submission(root.name)
    root_real = root.resolve()
    total = 0
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.endswith(".egg-info"))
        here = Path(dirpath)
        for d in list(dirnames):
            if (here / d).is_symlink():
                dirnames.remove(d)
                sub.refused.append(((here / d).relative_to(root).as_posix(), "it is a link to a folder"))
        for fn in sorted(filenames):
            p = here / fn
            rel = p.relative_to(root).as_posix()
            if p.is_symlink():
                target = p.resolve()
                if not target.is_relative_to(root_real):
                    sub.refused.append((rel, "it is a link to a file outside the submission"))
                    continue
            if len(sub.files) + len(sub.other_paths) >= MAX_FILES:
                sub.refused.append((rel, f"the review stops at {MAX_FILES} files"))
                continue
            try:
                size = p.stat().st_size
            except OSError:
                sub.refused.append((rel, "it cannot be read"))
                continue
            if not p.is_file():
                continue
            if size > MAX_FILE_BYTES or total + size > MAX_TOTAL_BYTES:
                sub.other_paths.append(rel)
                continue
            try:
                data = p.read_bytes()
            except OSError:
                sub.refused.append((rel, "it cannot be read"))
                continue
            total += len(data)
            _add(sub, rel, data)
    return sub


def load(path: Path) -> Submission:
    """A submission from a path on disk; one sentence (InvalidInput) when it cannot be used."""
    if not path.exists():
        raise InvalidInput(f"{path} does not exist.")
    if path.is_dir():
        return read_folder(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise InvalidInput(f"{path} cannot be read.") from None
    if size > MAX_INPUT_BYTES:
        raise InvalidInput(f"{path.name} is {size // 1_000_000} MB; a take-home is reviewed up to "
                           f"{MAX_INPUT_BYTES // 1_000_000} MB.")
    return load_bytes(path.name, path.read_bytes())


def load_bytes(name: str, data: bytes) -> Submission:
    """A submission from an uploaded file: a .zip, a .py or a .ipynb."""
    if len(data) > MAX_INPUT_BYTES:
        raise InvalidInput(f"{name} is larger than {MAX_INPUT_BYTES // 1_000_000} MB; upload the code only.")
    lower = name.lower()
    base = PurePosixPath(name.replace("\\", "/")).name or "upload"
    if lower.endswith(".zip") or data[:4] == b"PK\x03\x04":
        import io

        return read_zip(io.BytesIO(data), base)
    if not lower.endswith((".py", ".ipynb")):
        raise InvalidInput(f"{base} is not a folder, .zip, .py or .ipynb file.")
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(f"{base} is larger than {MAX_FILE_BYTES // 1_000_000} MB; that is not a source file.")
    sub = Submission(base)
    if _decode(data) is None:
        raise InvalidInput(f"{base} is not UTF-8 text.")
    _add(sub, base, data)
    return sub


# -- parsing for the analysers ------------------------------------------------------------------------
def python_cells(f: SourceFile) -> tuple[list[tuple[int | None, ast.Module]], list[tuple[int | None, int, str]]]:
    """Parsed code: [(cell, tree)], and syntax errors [(cell, line, message)] (a bad cell does not stop the rest)."""
    from offerloop.takehome.leakage import clean_cell_source

    parsed, errors = [], []
    if f.cells is None:
        try:
            parsed.append((None, ast.parse(f.text)))
        except SyntaxError as exc:
            errors.append((None, exc.lineno or 1, exc.msg))
        except ValueError as exc:  # null bytes
            errors.append((None, 1, str(exc)))
        except (RecursionError, MemoryError):
            errors.append((None, 1, "the code is nested too deeply to parse"))
        return parsed, errors
    for c in f.cells:
        if c.kind != "code" or not c.source.strip():
            continue
        try:
            parsed.append((c.index, ast.parse(clean_cell_source(c.source))))
        except SyntaxError as exc:
            errors.append((c.index, exc.lineno or 1, exc.msg))
        except ValueError as exc:
            errors.append((c.index, 1, str(exc)))
        except (RecursionError, MemoryError):
            errors.append((c.index, 1, "the code is nested too deeply to parse"))
    return parsed, errors


def execution_order(f: SourceFile, parsed: list[tuple[int | None, ast.Module]]) -> list[int] | None:
    """Positions in `parsed` sorted by recorded execution count, when that differs from cell order."""
    if f.cells is None:
        return None
    counts = {c.index: c.execution_count for c in f.cells}
    keyed = [(counts.get(cell), pos) for pos, (cell, _) in enumerate(parsed)]
    if not keyed or any(k is None for k, _ in keyed):
        return None
    order = [pos for _, pos in sorted(keyed)]
    return None if order == list(range(len(parsed))) else order
