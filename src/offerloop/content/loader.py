"""Load the content packs. Every bad file is reported (with its path) and the good ones still load."""

from __future__ import annotations

import copy
import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from offerloop.content.problem import Problem
from offerloop.content.schemas import BehavioralQuestion, Card, DesignCase, ProblemMeta

PACKS = Path(__file__).parent / "packs"
PROBLEM_FILES = ("problem.toml", "prompt.md", "starter.py", "learn.md", "hints.md", ".meta/solution.py", ".meta/cases.py")


@dataclass(frozen=True)
class ContentIssue:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class ContentBank:
    problems: dict[str, Problem] = field(default_factory=dict)
    cards: dict[str, Card] = field(default_factory=dict)
    questions: list[BehavioralQuestion] = field(default_factory=list)
    designs: dict[str, DesignCase] = field(default_factory=dict)
    issues: list[ContentIssue] = field(default_factory=list)

    def problem(self, slug: str) -> Problem:
        from offerloop.errors import NotFound

        try:
            return self.problems[slug]
        except KeyError:
            raise NotFound(_unknown("problem", slug, self.problems)) from None

    def card(self, slug: str) -> Card:
        from offerloop.errors import NotFound

        try:
            return self.cards[slug]
        except KeyError:
            raise NotFound(_unknown("card", slug, self.cards)) from None


def _unknown(kind: str, slug: str, known) -> str:
    import difflib

    close = difflib.get_close_matches(slug, list(known), n=3, cutoff=0.5)
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    return f"There is no {kind} called {slug!r}.{hint}"


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)


def _errors(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err["loc"]) or "(top)"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


class _TomlCache:
    """Parsed TOML kept on disk, keyed by path, size and mtime: the pure-Python TOML parser costs
    seconds for the whole bank, and most commands need the bank. Optional: any failure is ignored."""

    def __init__(self) -> None:
        self.entries: dict[str, list] = {}
        self.dirty = False
        self.path: Path | None = None
        try:
            import os

            from platformdirs import user_cache_dir

            folder = Path(os.environ.get("OFFERLOOP_CACHE_DIR") or user_cache_dir("offerloop", appauthor=False))
            self.path = folder / "content-toml-cache.json"
            self.entries = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(self.entries, dict):
                self.entries = {}
        except (OSError, ValueError):
            self.entries = {}

    def get(self, path: Path, stat) -> dict | None:
        hit = self.entries.get(str(path))
        if hit and hit[0] == stat.st_mtime_ns and hit[1] == stat.st_size:
            return hit[2]
        return None

    def put(self, path: Path, stat, data: dict) -> None:
        try:
            json.dumps(data)  # dates and times do not survive JSON: such files are just not cached
        except (TypeError, ValueError):
            return
        self.entries[str(path)] = [stat.st_mtime_ns, stat.st_size, data]
        self.dirty = True

    def save(self) -> None:
        if not self.dirty or self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f"{self.path.name}.{id(self)}.part")
            tmp.write_text(json.dumps(self.entries), encoding="utf-8")
            tmp.replace(self.path)
        except OSError:
            pass


_CACHE: _TomlCache | None = None


def _read_toml(path: Path, root: Path, bank: ContentBank) -> dict[str, Any] | None:
    try:
        stat = path.stat()
        if _CACHE is not None:
            cached = _CACHE.get(path, stat)
            if cached is not None:
                return copy.deepcopy(cached)
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if _CACHE is not None:
            _CACHE.put(path, stat, copy.deepcopy(data))
        return data
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        bank.issues.append(ContentIssue(_rel(path, root), f"cannot be read: {exc}"))
        return None


def split_hints(text: str) -> list[str]:
    """hints.md holds one hint per '## ' section, in the order they are revealed."""
    hints, current = [], []
    for line in text.splitlines():
        if line.startswith("## "):
            if current and any(x.strip() for x in current):
                hints.append("\n".join(current).strip())
            current = [line[3:].strip() + ":"] if line[3:].strip() else []
        else:
            current.append(line)
    if current and any(x.strip() for x in current):
        hints.append("\n".join(current).strip())
    return hints


def _problem_folder(folder: Path, root: Path, bank: ContentBank) -> Problem | None:
    """One problem folder, or None with the reason added to bank.issues."""
    missing = [f for f in PROBLEM_FILES if not (folder / f).is_file()]
    if missing:
        bank.issues.append(ContentIssue(_rel(folder, root), f"missing files: {', '.join(missing)}"))
        return None
    data = _read_toml(folder / "problem.toml", root, bank)
    if data is None:
        return None
    try:
        meta = ProblemMeta.model_validate(data)
    except ValidationError as exc:
        bank.issues.append(ContentIssue(_rel(folder / "problem.toml", root), _errors(exc)))
        return None
    if meta.slug != folder.name:
        # The UUID is the permanent key, but a folder named after another slug is a mistake.
        bank.issues.append(ContentIssue(_rel(folder, root), f"folder name differs from slug {meta.slug!r}"))
        return None
    hints = split_hints((folder / "hints.md").read_text(encoding="utf-8"))
    if not hints:
        bank.issues.append(ContentIssue(_rel(folder / "hints.md", root), "holds no '## ' hint sections"))
        return None
    return Problem(
        meta=meta,
        path=folder,
        prompt=(folder / "prompt.md").read_text(encoding="utf-8"),
        starter=(folder / "starter.py").read_text(encoding="utf-8"),
        learn=(folder / "learn.md").read_text(encoding="utf-8"),
        hints=hints,
    )


def load_problems(root: Path, bank: ContentBank) -> None:
    if not root.is_dir():
        return
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        problem = _problem_folder(folder, root, bank)
        if problem is None:
            continue
        if problem.slug in bank.problems:
            bank.issues.append(ContentIssue(_rel(folder, root), f"duplicate problem slug {problem.slug!r}"))
            continue
        bank.problems[problem.slug] = problem


def load_cards(root: Path, bank: ContentBank) -> None:
    if not root.is_dir():
        return
    for path in sorted(root.rglob("*.toml")):
        data = _read_toml(path, root, bank)
        if data is None:
            continue
        entries = data.get("cards")
        if not isinstance(entries, list):
            bank.issues.append(ContentIssue(_rel(path, root), "has no [[cards]] entries"))
            continue
        for index, entry in enumerate(entries, start=1):
            try:
                card = Card.model_validate(entry)
            except ValidationError as exc:
                bank.issues.append(ContentIssue(f"{_rel(path, root)} card {index}", _errors(exc)))
                continue
            if card.slug in bank.cards:
                bank.issues.append(ContentIssue(f"{_rel(path, root)} card {index}", f"duplicate card slug {card.slug!r}"))
                continue
            from offerloop.cards.claims import structure_problems  # bad regexes and undeclared subjects

            problems = structure_problems(card)
            if problems:
                bank.issues.append(ContentIssue(f"{_rel(path, root)} card {card.slug}", "; ".join(problems)))
                continue
            bank.cards[card.slug] = card


def load_questions(root: Path, bank: ContentBank) -> None:
    if not root.is_dir():
        return
    for path in sorted(root.rglob("*.toml")):
        data = _read_toml(path, root, bank)
        if data is None:
            continue
        entries = data.get("questions")
        if not isinstance(entries, list):
            bank.issues.append(ContentIssue(_rel(path, root), "has no [[questions]] entries"))
            continue
        for index, entry in enumerate(entries, start=1):
            try:
                bank.questions.append(BehavioralQuestion.model_validate(entry))
            except ValidationError as exc:
                bank.issues.append(ContentIssue(f"{_rel(path, root)} question {index}", _errors(exc)))


def load_designs(root: Path, bank: ContentBank) -> None:
    """ML system design cases: one TOML file per case, named after its slug."""
    if not root.is_dir():
        return
    for path in sorted(root.glob("*.toml")):
        data = _read_toml(path, root, bank)
        if data is None:
            continue
        try:
            case = DesignCase.model_validate(data)
        except ValidationError as exc:
            bank.issues.append(ContentIssue(_rel(path, root), _errors(exc)))
            continue
        if case.slug != path.stem:
            bank.issues.append(ContentIssue(_rel(path, root), f"file name differs from slug {case.slug!r}"))
            continue
        bank.designs[case.slug] = case


def _check_uuids(bank: ContentBank) -> None:
    seen: dict[str, str] = {}
    items = [(str(p.meta.uuid), f"problem {s}") for s, p in bank.problems.items()]
    items += [(str(c.uuid), f"card {s}") for s, c in bank.cards.items()]
    items += [(str(q.uuid), f"question {q.text[:40]!r}") for q in bank.questions]
    items += [(str(d.uuid), f"design case {s}") for s, d in bank.designs.items()]
    for uuid, what in items:
        if uuid in seen:
            bank.issues.append(ContentIssue(what, f"UUID {uuid} is already used by {seen[uuid]}"))
        else:
            seen[uuid] = what


def _fingerprint(root: Path) -> str:
    import hashlib

    h = hashlib.sha1(str(root).encode())
    for path in sorted(root.rglob("*")):
        try:
            st = path.stat()
        except OSError:
            continue
        h.update(f"{path}\0{st.st_mtime_ns}\0{st.st_size}\n".encode())
    return h.hexdigest()


_MEMO: dict[str, tuple[str, ContentBank]] = {}


def load_bank(root: Path = PACKS) -> ContentBank:
    """Load every pack under root; bank.issues lists what was wrong, across all files at once.

    The result is reused while no file under root changes (same process), and parsed TOML is
    cached on disk between processes."""
    global _CACHE
    fingerprint = _fingerprint(root)
    memo = _MEMO.get(str(root))
    if memo and memo[0] == fingerprint:
        return memo[1]
    _CACHE = _TomlCache()
    try:
        bank = ContentBank()
        load_problems(root / "problems", bank)
        load_cards(root / "cards", bank)
        load_questions(root / "questions", bank)
        load_designs(root / "design", bank)
        _check_uuids(bank)
        _CACHE.save()
    finally:
        _CACHE = None
    _MEMO[str(root)] = (fingerprint, bank)
    return bank


def load_problem(slug: str, root: Path = PACKS) -> Problem:
    """One problem folder, loaded on its own: what a terminal command needs, without the whole bank.
    Raises NotFound (naming close slugs) when there is no such valid problem."""
    from offerloop.errors import NotFound

    folder = root / "problems" / slug
    memo = _MEMO.get(str(root))
    if memo and slug in memo[1].problems:
        return memo[1].problems[slug]
    if "/" not in slug and "\\" not in slug and not slug.startswith((".", "_")) and folder.is_dir():
        bank = ContentBank()
        problem = _problem_folder(folder, root / "problems", bank)
        if problem is not None:
            return problem
        raise NotFound(f"The problem {slug!r} cannot be loaded: {'; '.join(str(i) for i in bank.issues)}.")
    problems = root / "problems"
    names = [p.name for p in problems.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))] if problems.is_dir() else []
    raise NotFound(_unknown("problem", slug, names))
