"""Case contracts and alternative solutions, checked in-process (all trusted code, no sandbox).

- A problem's `.meta/cases.py` may define `check_case(args, kwargs)`: it asserts what the prompt
  promises about every input (a unique answer, sorted input, ranges, shapes, distinct values, a
  margin from every decision boundary). It runs over the visible cases, the hidden cases of many
  seeds and every scaling input; a failure names the problem, the case and the seed.
- `.meta/alternatives/*.py` are correct solutions written differently from the reference. The judge
  proves each one (see judge/prove.py); here they also meet the hidden cases of many seeds, graded
  by the problem's own rule against the reference, so a boundary that trips 1% of inputs shows.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np

from offerloop.content.loader import ContentIssue
from offerloop.judge import codec, frames

SWEEP_SEEDS = 200  # a cases.py may set SWEEP_SEEDS to use more (never fewer for float boundaries)
SCALING_SEEDS = (20240917, 1, 2)  # the judge's fixed scaling seed, and two more


def alternative_paths(problem) -> list[Path]:
    return sorted((problem.path / ".meta" / "alternatives").glob("*.py"))


def declares(problem) -> bool:
    """Whether the problem has a case contract or alternatives (so these checks do something)."""
    from offerloop.judge.grader import trusted

    return bool(alternative_paths(problem)) or callable(getattr(trusted(problem).cases, "check_case", None))


def sweep_seeds(tp) -> range:
    return range(int(getattr(tp.cases, "SWEEP_SEEDS", SWEEP_SEEDS)))


def _name(case: dict, i: int) -> str:
    return case.get("name") or f"#{i + 1}"


def _contract_args(case: dict) -> tuple[Any, dict]:
    if case["kind"] == "drive":
        return case.get("params"), {}
    return case["args"], case["kwargs"]


def _failure(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text and not isinstance(exc, AssertionError) else (text or type(exc).__name__)


def check_contracts(problem) -> list[ContentIssue]:
    """Run the problem's check_case over visible, hidden (many seeds) and scaling inputs."""
    return check_problem(problem, alternatives=False)


def sweep_alternatives(problem, seeds: range | None = None) -> list[ContentIssue]:
    """Grade every alternative against the reference on the hidden cases of many seeds."""
    return check_problem(problem, contracts=False, seeds=seeds)


def check_problem(problem, *, contracts: bool = True, alternatives: bool = True,
                  seeds: range | None = None) -> list[ContentIssue]:
    """The case contract and the alternatives' sweep in one pass: each seed's hidden cases are
    drawn once and serve both (they are the same cases: hidden() is a function of the seed)."""
    from offerloop.judge.grader import trusted

    tp = trusted(problem)
    check = getattr(tp.cases, "check_case", None) if contracts else None
    paths = alternative_paths(problem) if alternatives else []
    if check is None and not paths:
        return []
    where = f"problems/{problem.slug}"
    issues: list[ContentIssue] = []

    def run(cases: list[dict], label: str) -> bool:
        for i, c in enumerate(cases):
            args, kwargs = _contract_args(c)
            try:
                check(codec.fresh_copy(args), codec.fresh_copy(kwargs))
            except Exception as exc:  # the contract's own words say what broke
                issues.append(ContentIssue(where, f"case {_name(c, i)!r} ({label}) breaks the prompt's contract: {_failure(exc)}"))
                return False
        return True

    sweep = _Sweep(tp, paths) if paths else None
    if check is not None:
        run(tp.cases.visible(), "visible")
    contract_live = check is not None
    seeds = sweep_seeds(tp) if seeds is None else seeds
    for seed in seeds:
        if not contract_live and sweep is None:
            break
        cases = tp.cases.hidden(np.random.default_rng(seed))
        # The contract first, on copies: the sweep then gets the cases exactly as drawn.
        if contract_live and not run(cases, f"hidden, seed {seed}"):
            contract_live = False  # one seed is enough to say what is wrong
        if sweep is not None:
            sweep.grade(seed, cases)
    if check is not None and problem.meta.scaling is not None:
        for seed in SCALING_SEEDS:
            rng = np.random.default_rng(seed)
            inputs = [tp.cases.scaling_input(n, rng) for n in problem.meta.scaling.sizes]
            for n, c in zip(problem.meta.scaling.sizes, inputs):
                c.setdefault("name", f"scaling input n={n}")
            if not run(inputs, f"scaling, seed {seed}"):
                break
    if sweep is not None:
        issues.extend(sweep.issues(f"{where}/.meta/alternatives", len(seeds)))
    return issues


def _load(path: Path, code=None) -> dict:
    import sys
    import types

    name = f"offerloop_alternative_{path.parent.parent.parent.name.replace('-', '_')}_{path.stem}"
    module = types.ModuleType(name)
    sys.modules[name] = module  # dataclasses look modules up by name
    if code is None:
        code = compile(path.read_text(encoding="utf-8"), str(path), "exec", dont_inherit=True)
    exec(code, module.__dict__)
    return module.__dict__


def _output(tp, case: dict, path: Path, shared: dict, code=None, driver=None, plain=None) -> Any:
    from offerloop.judge.grader import _plain

    plain = plain or _plain
    if case["kind"] == "drive":
        scope: dict = {}
        exec(driver if driver is not None else compile(case["source"], "<driver>", "exec", dont_inherit=True), scope)
        return plain(scope["drive"](_load(path, code)))  # a fresh module: drivers may change its state
    return plain(shared[tp.meta.function](*codec.fresh_copy(case["args"]), **codec.fresh_copy(case["kwargs"])))


class _NotFast(Exception):
    """A value _fast_plain does not take: the codec's round trip decides (and may refuse it)."""


def _fast_plain(value: Any, depth: int = 0) -> Any:
    """What codec.loads(codec.dumps(value)) returns, for trusted outputs made of the common plain
    parts (None, bool, int, float, str, lists, tuples, dicts, numpy numeric arrays and scalars),
    without the bytes in between: the sweep converts hundreds of thousands of outputs, and the
    round trip was half of a data problem's sweep (train-test-split: 15 of 29 s). Anything else
    (frames, an edge the codec refuses or bounds) raises _NotFast. _Sweep checks it agrees with
    the round trip on the first seed's every output, and uses the round trip if it ever differs."""
    if depth > codec.MAX_DEPTH:
        raise _NotFast
    t = type(value)
    if value is None or t is bool or t is float:
        return value
    if t is str:
        if len(value) > codec.MAX_STRING:
            raise _NotFast
        return value
    if t is int:
        if abs(value) >= 2**63:
            raise _NotFast
        return value
    if t is list:
        return [_fast_plain(v, depth + 1) for v in value]
    if t is tuple:
        return tuple(_fast_plain(v, depth + 1) for v in value)
    if t is dict:
        out = {}
        for k, v in value.items():
            if k is not None and type(k) not in (str, int, float, bool):
                raise _NotFast
            out[_fast_plain(k, depth + 1)] = _fast_plain(v, depth + 1)
        return out
    if t is np.ndarray:
        if value.dtype.kind not in codec.ARRAY_KINDS:
            raise _NotFast
        arr = value
        if arr.dtype.byteorder == ">":
            arr = arr.astype(arr.dtype.newbyteorder("<"))
        if arr.dtype.str not in codec.ALLOWED_DTYPES:
            raise _NotFast
        return np.array(arr, order="C", copy=True)
    if isinstance(value, np.generic) and value.dtype.kind in codec.ARRAY_KINDS:
        return _fast_plain(value.item(), depth + 1)
    pd = sys.modules.get("pandas")
    if pd is not None and type(value) in (pd.DataFrame, pd.Series):
        # As the codec does, through frames' plain parts, but with those parts handed over as they are.
        try:
            tag, body = frames.to_plain(value, pd, np)
            return frames.from_plain(tag, _fast_plain(body, depth + 1))
        except frames.FrameError:
            raise _NotFast from None
    raise _NotFast


def _same_plain(a: Any, b: Any) -> bool:
    """Strict equality of two plain values: types, dtypes, shapes, bytes, float bits."""
    if type(a) is not type(b):
        return False
    if type(a) in (list, tuple):
        return len(a) == len(b) and all(_same_plain(x, y) for x, y in zip(a, b))
    if type(a) is dict:
        return (len(a) == len(b) and all(_same_plain(x, y) for x, y in zip(a, b))
                and all(_same_plain(a[k], b[k]) for k in a))
    if type(a) is np.ndarray:
        return (a.dtype.str == b.dtype.str and a.shape == b.shape and a.flags.c_contiguous == b.flags.c_contiguous
                and a.flags.writeable == b.flags.writeable and a.tobytes() == b.tobytes())
    if type(a) is float:
        return repr(a) == repr(b)
    pd = sys.modules.get("pandas")
    if pd is not None and type(a) in (pd.DataFrame, pd.Series):
        check = pd.testing.assert_frame_equal if type(a) is pd.DataFrame else pd.testing.assert_series_equal
        try:
            check(a, b, check_exact=True, check_index_type=True, check_names=True, check_freq=True, check_flags=True)
        except AssertionError:
            return False
        return True
    return a == b


def grade_in_process(tp, case: dict, got: Any, expected: Any) -> tuple[bool, str]:
    """The problem's own rule (comparison or checker), as the judge applies it."""
    from offerloop.judge.compare import compare

    if tp.meta.comparison.kind == "checker":
        args, kwargs = _contract_args(case)
        return tp.cases.check(args, kwargs, got, expected)
    c = tp.meta.comparison
    return compare(expected, got, kind=c.kind, rtol=c.rtol, atol=c.atol, unordered=c.unordered)


class _Sweep:
    """Every alternative graded against the reference, case by case, by the problem's own rule.
    Each file is compiled once (a driver case gets a fresh module of it, as the judge's child would)."""

    def __init__(self, tp, paths: list[Path]):
        self.tp, self.paths = tp, paths
        self.codes = {p: compile(p.read_text(encoding="utf-8"), str(p), "exec", dont_inherit=True) for p in paths}
        self.alts = {p: _load(p, self.codes[p]) for p in paths}
        self.failing: dict[Path, list[str]] = {p: [] for p in paths}
        self.count = {p: 0 for p in paths}
        self.reference = tp.reference_namespace()
        self.checked = False  # whether _fast_plain was held against the codec's round trip yet
        self.fast = True

    def plain(self, value: Any) -> Any:
        from offerloop.judge.grader import _plain

        if not self.fast:
            return _plain(value)
        try:
            got = _fast_plain(value)
        except _NotFast:
            return _plain(value)
        if not self.checked:  # the first seed: every output both ways, and they must agree
            slow = _plain(value)
            if not _same_plain(got, slow):
                self.fast = False
                return slow
        return got

    def expected(self, case: dict, driver) -> Any:
        """The reference's output, as grader.expected_output computes it (the driver compiled once)."""
        tp = self.tp
        if case["kind"] == "drive":
            scope: dict = {}
            exec(driver, scope)
            return self.plain(scope["drive"](tp.reference_namespace()))
        return self.plain(self.reference[tp.meta.function](*codec.fresh_copy(case["args"]), **codec.fresh_copy(case["kwargs"])))

    def grade(self, seed: int, cases: list[dict]) -> None:
        tp = self.tp
        for i, c in enumerate(cases):
            driver = compile(c["source"], "<driver>", "exec", dont_inherit=True) if c["kind"] == "drive" else None
            expected = self.expected(c, driver)
            for p in self.paths:
                try:
                    ok, why = grade_in_process(tp, c, _output(tp, c, p, self.alts[p], self.codes[p], driver, self.plain), expected)
                except Exception as exc:
                    ok, why = False, f"raised {type(exc).__name__}: {exc}"
                if not ok:
                    self.count[p] += 1
                    if len(self.failing[p]) < 3:
                        self.failing[p].append(f"seed {seed}, case {_name(c, i)!r}: {why}")
        self.checked = True

    def issues(self, where: str, n_seeds: int) -> list[ContentIssue]:
        return [ContentIssue(f"{where}/{p.name}", f"this correct alternative is rejected on {self.count[p]} hidden case(s) over "
                             f"{n_seeds} seeds ({'; '.join(fails)}); keep the cases off the boundary or accept it")
                for p, fails in self.failing.items() if fails]
