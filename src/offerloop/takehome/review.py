"""The take-home review: every rule over a submission, the rubric score, and the README template.

Pure: takes a `Submission` (see sources.py), returns plain data. The report's JSON shape is published:
`score`, `parts` {code_quality, correctness, communication, completeness}, `findings` [{rule, severity,
file, cell, line, message, fix}], `leaks` [{kind, file, cell, line, fix}].
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from offerloop.takehome.leakage import Leak, run_program
from offerloop.takehome.sources import SourceFile, Submission, execution_order, python_cells

RULES = ("no_readme", "readme_incomplete", "no_requirements", "no_tests", "hardcoded_path", "notebook_too_long",
         "notebook_out_of_order", "notebook_has_errors", "no_evaluation", "eval_on_train", "leakage", "no_seed",
         # added here, beyond the published list
         "syntax_error", "notebook_unreadable", "requirements_unpinned", "undeclared_dependency",
         "few_docstrings", "unsafe_path", "not_reproducible")
SEVERITIES = ("critical", "major", "minor", "info")
# The seed's rubric: code quality 30%, technical correctness 30%, communication 20%, completeness 20%.
WEIGHTS = {"code_quality": 30, "correctness": 30, "communication": 20, "completeness": 20}
# The seed's README template, section by section, with words that show a section is there without its heading.
README_SECTIONS = {
    "Summary": (r"summary|overview|tl;?dr|introduction", r"\b(we|i) (built|build|train|trained|predict)"),
    "Approach": (r"approach|method|methodology|solution|model(l)?ing", r"\b(approach|pipeline|we used|i used)\b"),
    "Results": (r"results?|evaluation|performance|metrics", r"^\s*\|.*\|\s*$"),
    "Setup": (r"setup|installation|install|getting started|usage|how to run|running",
              r"pip install|conda (env|install)|python \S+\.py"),
    "Project Structure": (r"(project )?structure|layout|files|organi[sz]ation|repository", r"[├└]──|^\s*\S+/\s*$"),
    "Key Decisions": (r"(key )?decisions|design choices|trade-?offs|choices|rationale", r"\bwhy\b.*\bbecause\b|\bchose\b"),
    "What I'd Do With More Time": (r"more time|future work|next steps|improvements|to-?do list|limitations",
                                   r"\bwith more time\b|\bnext step"),
}
NOTEBOOK_MAX_LINES = 1000  # the seed's red flag: notebooks of 1000+ lines
NOTEBOOK_MAX_CELLS = 100
ABS_PATH = re.compile(r"^(/(Users|home|mnt|data|var|opt|tmp|root|Volumes|content|kaggle|workspace)/|"
                      r"[A-Za-z]:[\\/]|~[/\\]|\\\\)")
IMPORT_TO_PACKAGE = {"sklearn": "scikit-learn", "cv2": "opencv-python", "PIL": "pillow", "yaml": "pyyaml",
                     "skimage": "scikit-image", "bs4": "beautifulsoup4", "xgboost": "xgboost",
                     "lightgbm": "lightgbm", "torch": "torch", "tensorflow": "tensorflow", "dateutil": "python-dateutil",
                     "imblearn": "imbalanced-learn", "catboost": "catboost", "statsmodels": "statsmodels"}
RANDOM_CALLS = {"train_test_split", "RandomForestClassifier", "RandomForestRegressor", "GradientBoostingClassifier",
                "GradientBoostingRegressor", "ExtraTreesClassifier", "ExtraTreesRegressor", "KMeans", "MLPClassifier",
                "MLPRegressor", "SGDClassifier", "SGDRegressor", "DecisionTreeClassifier", "DecisionTreeRegressor",
                "KFold", "StratifiedKFold", "ShuffleSplit", "RandomizedSearchCV", "sample", "shuffle", "permutation",
                "rand", "randn", "randint", "normal", "uniform", "choice", "XGBClassifier", "XGBRegressor",
                "LGBMClassifier", "LGBMRegressor", "resample", "SMOTE", "RandomOverSampler", "default_rng"}
SEED_CALLS = {"seed", "manual_seed", "set_seed", "set_random_seed", "seed_everything"}


@dataclass
class Finding:
    rule: str
    severity: str
    file: str
    cell: int | None
    line: int | None
    message: str
    fix: str
    kind: str | None = None  # leak kind, for `leakage` and `eval_on_train`

    def as_dict(self) -> dict:
        d = {"rule": self.rule, "severity": self.severity, "file": self.file, "cell": self.cell, "line": self.line,
             "message": self.message, "fix": self.fix}
        if self.kind:
            d["kind"] = self.kind
        return d


@dataclass
class Facts:
    """What the code shows, gathered while the rules run; feeds the README template."""

    models: list[str] = field(default_factory=list)
    metrics: list[str] = field(default_factory=list)
    fits: int = 0
    heldout_scores: int = 0
    train_scores: int = 0
    imports: set[str] = field(default_factory=set)
    local_modules: set[str] = field(default_factory=set)
    entry_points: list[str] = field(default_factory=list)
    functions: int = 0
    documented: int = 0


def file_leaks(f: SourceFile, facts: Facts | None = None) -> list[Leak]:
    """Leaks of one file: notebooks in cell order and, when it differs, in recorded execution order."""
    parsed, _ = python_cells(f)
    if not parsed:
        return []
    an = run_program(parsed)
    leaks = {(lk.kind, lk.cell, lk.line): lk for lk in an.leaks.values()}
    order = execution_order(f, parsed)
    if order is not None:
        for lk in run_program(parsed, order).leaks.values():
            leaks.setdefault((lk.kind, lk.cell, lk.line), lk)
    if facts is not None:
        for m in an.models:
            if m not in facts.models:
                facts.models.append(m)
        for m in an.metrics:
            if m not in facts.metrics:
                facts.metrics.append(m)
        facts.fits += an.fits
        facts.heldout_scores += sum(1 for s in an.scores if s.parts & {"test", "val", "cv"})
        facts.train_scores += sum(1 for s in an.scores if s.parts and s.parts <= {"train", "full"})
    for lk in leaks.values():
        lk.file = f.path
    return sorted(leaks.values(), key=lambda lk: ((lk.cell or 0), lk.line, lk.kind))


# -- the rules -----------------------------------------------------------------------------------------
def _top(path: str) -> bool:
    return "/" not in path


def find_readme(sub: Submission) -> SourceFile | None:
    cands = [f for p, f in sub.files.items() if PurePosixPath(p).name.lower().startswith("readme")]
    cands.sort(key=lambda f: (f.path.count("/"), not f.path.lower().endswith(".md")))
    return cands[0] if cands else None


def readme_sections(text: str) -> dict[str, bool]:
    """Which template sections a README has, by heading or by content."""
    headings = [h.strip().lower() for h in re.findall(r"^\s{0,3}#{1,6}\s*(.+?)\s*#*\s*$", text, re.M)]
    headings += [h.strip().lower() for h in re.findall(r"^(.+)\n[=-]{3,}\s*$", text, re.M)]
    found = {}
    for name, (head, body) in README_SECTIONS.items():
        by_heading = any(re.search(rf"\b({head})\b", h) for h in headings)
        by_content = bool(re.search(body, text, re.I | re.M))
        found[name] = by_heading or by_content
    return found


def has_results_table(text: str) -> bool:
    return bool(re.search(r"^\s*\|.*\|\s*\n\s*\|?\s*:?-{3,}", text, re.M))


def has_baseline(text: str) -> bool:
    return bool(re.search(r"\bbaseline\b|most frequent|majority class|dummy", text, re.I))


def rule_readme(sub: Submission, out: list[Finding]) -> None:
    readme = find_readme(sub)
    if readme is None:
        out.append(Finding("no_readme", "major", "", None, None,
                           "There is no README, so the reviewer has to guess the approach, results and decisions.",
                           "Add README.md with the template's sections: Summary, Approach, Results (a table with a "
                           "baseline), Setup, Project Structure, Key Decisions, What I'd Do With More Time."))
        return
    found = readme_sections(readme.text)
    missing = [s for s, ok in found.items() if not ok]
    extras = []
    if not has_results_table(readme.text):
        extras.append("a results table")
    if not has_baseline(readme.text):
        extras.append("a baseline")
    if missing or extras:
        what = ", ".join(missing + extras)
        out.append(Finding("readme_incomplete", "minor", readme.path, None, None,
                           f"The README lacks: {what}.",
                           "\n".join([f"## {s}\n..." for s in missing] +
                                     (["| Metric | Value |\n|--------|-------|\n| Accuracy | ... |"]
                                      if "a results table" in extras else []) +
                                     (["Baseline (most frequent class): ..."] if "a baseline" in extras else []))))


REQ_FILES = ("requirements.txt", "requirements.in", "pyproject.toml", "setup.py", "setup.cfg", "environment.yml",
             "environment.yaml", "Pipfile", "poetry.lock", "conda.yml")


def declared_requirements(sub: Submission) -> tuple[list[SourceFile], set[str], list[str]]:
    """Requirement files, the package names they declare, and the unpinned lines of requirements files."""
    files = [f for p, f in sub.files.items() if PurePosixPath(p).name in REQ_FILES
             or re.match(r"requirements[-_\w]*\.txt$", PurePosixPath(p).name)]
    names, unpinned = set(), []
    for f in files:
        for raw in f.text.splitlines():
            line = raw.split("#", 1)[0].strip()
            if not line or line.startswith(("-", "[", "{")):
                continue
            m = re.match(r"^\s*[\"']?([A-Za-z0-9][A-Za-z0-9._-]*)", line)
            if not m:
                continue
            names.add(m.group(1).lower().replace("_", "-"))
            if f.path.endswith(".txt") and not re.search(r"(==|~=|>=|<=|@)", line):
                unpinned.append(m.group(1))
    return files, names, unpinned


def rule_requirements(sub: Submission, facts: Facts, out: list[Finding]) -> None:
    files, names, unpinned = declared_requirements(sub)
    if not files:
        third = sorted(facts.imports - facts.local_modules)
        out.append(Finding("no_requirements", "major", "", None, None,
                           "No requirements.txt (or pyproject.toml, environment.yml): nobody can install what the "
                           "code needs.",
                           "\n".join(f"{IMPORT_TO_PACKAGE.get(m, m)}==<version>" for m in third[:12])
                           or "pip freeze > requirements.txt  # then keep only what the code imports"))
        return
    if unpinned:
        req = next(f for f in files if f.path.endswith(".txt"))
        out.append(Finding("requirements_unpinned", "minor", req.path, None, None,
                           f"{len(unpinned)} requirement(s) have no version ({', '.join(unpinned[:5])}), "
                           "so results may differ on another machine.",
                           "\n".join(f"{n}==<the version you used>" for n in unpinned[:8])))
    text = " ".join(f.text.lower() for f in files)
    missing = []
    for mod in sorted(facts.imports - facts.local_modules):
        pkg = IMPORT_TO_PACKAGE.get(mod, mod).lower()
        if pkg not in names and mod.lower() not in names and pkg not in text:
            missing.append(pkg)
    if missing:
        out.append(Finding("undeclared_dependency", "minor", files[0].path, None, None,
                           f"Imported but not declared: {', '.join(missing)}.",
                           "\n".join(f"{m}==<version>" for m in missing)))


def is_test_file(path: str) -> bool:
    name = PurePosixPath(path).name
    return (name.startswith("test_") or name.endswith("_test.py") or "/tests/" in f"/{path}") and \
        path.endswith(".py")


def rule_tests(sub: Submission, out: list[Finding]) -> None:
    if not any(is_test_file(p) for p in sub.files):
        out.append(Finding("no_tests", "major", "", None, None,
                           "There are no tests: nothing shows the data processing or the model code works.",
                           "# tests/test_features.py\n"
                           "def test_features_have_no_label_column():\n"
                           "    X, y = load_data()\n"
                           "    assert 'target' not in X.columns\n"
                           "    assert len(X) == len(y)"))


def _where(f: SourceFile, cell: int | None) -> str:
    return f.path if cell is None else f"{f.path} cell {cell}"


def rule_notebook(f: SourceFile, out: list[Finding]) -> None:
    if f.cells is None:
        return
    code = [c for c in f.cells if c.kind == "code"]
    lines = sum(len(c.source.splitlines()) for c in code)
    if lines >= NOTEBOOK_MAX_LINES or len(f.cells) > NOTEBOOK_MAX_CELLS:
        out.append(Finding("notebook_too_long", "minor", f.path, None, None,
                           f"The notebook has {lines} lines of code in {len(f.cells)} cells; past "
                           f"{NOTEBOOK_MAX_LINES} lines it is hard to review.",
                           "# move data loading, features and training into modules and import them:\n"
                           "from src.features import build_features\nfrom src.train import train_model"))
    counts = [(c.index, c.execution_count) for c in code if c.source.strip()]
    executed = [(i, n) for i, n in counts if n is not None]
    prev = 0
    for i, n in executed:
        if n < prev:
            out.append(Finding("notebook_out_of_order", "major", f.path, i, 1,
                               f"Cell {i} ran (execution count {n}) before a cell above it ({prev}); the saved "
                               "results may not come from running the notebook top to bottom.",
                               "# Kernel > Restart & Run All, then save; or from a shell:\n"
                               f"jupyter nbconvert --to notebook --execute --inplace {PurePosixPath(f.path).name}"))
            break
        prev = n
    else:
        if executed and len(executed) < len(counts):
            first = next(i for i, n in counts if n is None)
            out.append(Finding("notebook_out_of_order", "major", f.path, first, 1,
                               f"Cell {first} was never run while others were; the notebook was not run top to "
                               "bottom.",
                               f"jupyter nbconvert --to notebook --execute --inplace {PurePosixPath(f.path).name}"))
    for c in f.cells:
        if c.errors:
            out.append(Finding("notebook_has_errors", "major", f.path, c.index, 1,
                               f"Cell {c.index} saved an error: {c.errors[0][:160]}.",
                               "# fix the cell, then Restart & Run All so every saved output comes from a clean run"))


class _CodeFacts(ast.NodeVisitor):
    def __init__(self):
        self.paths: list[tuple[int, str]] = []
        self.imports: set[str] = set()
        self.random_calls: list[tuple[int, str]] = []
        self.seeded = False
        self.functions = 0
        self.documented = 0
        self.main = False

    def visit_Constant(self, node):
        if isinstance(node.value, str) and len(node.value) < 300 and ABS_PATH.match(node.value) \
                and "\n" not in node.value:
            self.paths.append((node.lineno, node.value))

    def visit_JoinedStr(self, node):
        if node.values and isinstance(node.values[0], ast.Constant):
            self.visit_Constant(node.values[0])

    def visit_Import(self, node):
        for a in node.names:
            self.imports.add(a.name.split(".")[0])

    def visit_ImportFrom(self, node):
        if node.module and not node.level:
            self.imports.add(node.module.split(".")[0])

    def visit_FunctionDef(self, node):
        self.functions += 1
        self.documented += ast.get_docstring(node) is not None
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_If(self, node):
        t = node.test
        if isinstance(t, ast.Compare) and isinstance(t.left, ast.Name) and t.left.id == "__name__":
            self.main = True
        self.generic_visit(node)

    def visit_Call(self, node):
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        kws = {k.arg for k in node.keywords}
        if name in SEED_CALLS or (name in {"default_rng", "RandomState", "Generator"} and (node.args or kws)):
            self.seeded = True
        elif name in RANDOM_CALLS and not kws & {"random_state", "seed", "rng"}:
            if name in {"KFold", "StratifiedKFold"} and "shuffle" not in kws:
                pass
            elif name in {"normal", "uniform", "choice", "rand", "randn", "randint", "sample", "shuffle",
                          "permutation"} and isinstance(node.func, ast.Attribute) and \
                    ast.unparse(node.func.value) not in {"np.random", "numpy.random", "random"}:
                pass  # a seeded generator's method, or pandas .sample with a seed set elsewhere
            else:
                self.random_calls.append((node.lineno, name))
        self.generic_visit(node)


def review_code(f: SourceFile, facts: Facts, out: list[Finding], randomness: list, seeded: list) -> list[Leak]:
    parsed, errors = python_cells(f)
    for cell, line, msg in errors:
        out.append(Finding("syntax_error", "major", f.path, cell, line,
                           f"{_where(f, cell)} does not parse ({msg} at line {line}); the rest was still reviewed.",
                           "python -m py_compile " + PurePosixPath(f.path).name + "  # and fix the line it names"))
    for cell, tree in parsed:
        v = _CodeFacts()
        try:
            v.visit(tree)
        except RecursionError:
            pass  # an expression nested thousands deep: keep what was gathered before it
        facts.imports |= v.imports
        facts.functions += v.functions
        facts.documented += v.documented
        if v.main and f.path not in facts.entry_points:
            facts.entry_points.append(f.path)
        for line, p in v.paths:
            out.append(Finding("hardcoded_path", "minor", f.path, cell, line,
                               f"The absolute path {p!r} only exists on the author's machine.",
                               "from pathlib import Path\nDATA = Path(__file__).resolve().parent / 'data'\n"
                               f"df = pd.read_csv(DATA / {PurePosixPath(p.replace(chr(92), '/')).name!r})"))
        randomness += [(f.path, cell, line, name) for line, name in v.random_calls]
        seeded.append(v.seeded)
    try:
        return file_leaks(f, facts)
    except RecursionError:
        return []  # only for code nested deeper than the interpreter's stack; the parse findings stand


LEAK_SEVERITY_RANK = {"target": 0, "overlap": 1, "preprocessing": 2, "multitest": 3, "temporal": 4, "eval_on_train": 5}


def leak_finding(lk: Leak) -> Finding:
    if lk.kind == "eval_on_train":
        return Finding("eval_on_train", "critical", lk.file, lk.cell, lk.line, lk.message, lk.fix, kind=lk.kind)
    return Finding("leakage", "critical", lk.file, lk.cell, lk.line, f"Data leakage ({lk.kind}): {lk.message}",
                   lk.fix, kind=lk.kind)


def _order_key(fd: Finding) -> tuple:
    # Leakage that inflates the reported score first, then the rest by severity, then by place.
    rank = SEVERITIES.index(fd.severity)
    sub = LEAK_SEVERITY_RANK.get(fd.kind or "", 9) if fd.rule in {"leakage", "eval_on_train"} else (
        10 if fd.rule == "no_evaluation" else 20)
    return (rank, sub, fd.file, fd.cell if fd.cell is not None else -1, fd.line or 0)


# -- scoring ---------------------------------------------------------------------------------------------
# (part, points taken for the first finding, for each further one, cap for the rule)
PENALTIES = {
    "leakage": ("correctness", 45, 15, 80),
    "eval_on_train": ("correctness", 50, 0, 50),
    "no_evaluation": ("correctness", 60, 0, 60),
    "notebook_has_errors": ("correctness", 15, 5, 30),
    "not_reproducible": ("correctness", 25, 0, 25),
    "syntax_error": ("code_quality", 25, 10, 45),
    "no_tests": ("code_quality", 30, 0, 30),
    "hardcoded_path": ("code_quality", 10, 3, 20),
    "notebook_too_long": ("code_quality", 15, 5, 25),
    "notebook_out_of_order": ("code_quality", 15, 5, 25),
    "no_seed": ("code_quality", 10, 0, 10),
    "few_docstrings": ("code_quality", 10, 0, 10),
    "notebook_unreadable": ("completeness", 25, 10, 40),
    "no_readme": ("communication", 100, 0, 100),
    "readme_incomplete": ("communication", 0, 0, 70),  # scored per missing section below
    "no_requirements": ("completeness", 35, 0, 35),
    "requirements_unpinned": ("completeness", 10, 0, 10),
    "undeclared_dependency": ("completeness", 10, 0, 10),
    "unsafe_path": ("completeness", 0, 0, 0),
}


def score(findings: list[Finding]) -> tuple[float, dict, list[dict]]:
    """Overall score, the score per part (0-100), and every point taken with its reason."""
    taken = {p: 0 for p in WEIGHTS}
    points: list[dict] = []
    seen: dict[str, int] = {}
    for fd in findings:
        part, first, more, cap = PENALTIES.get(fd.rule, ("code_quality", 0, 0, 0))
        n = seen.get(fd.rule, 0)
        if fd.rule == "readme_incomplete":
            lacking = fd.message.split(": ", 1)[1].rstrip(".").split(", ")
            delta = min(10 * len(lacking), cap)
        else:
            delta = first if n == 0 else more
            used = sum(p["points"] for p in points if p["rule"] == fd.rule)
            delta = max(0, min(delta, cap - used))
        seen[fd.rule] = n + 1
        delta = min(delta, 100 - taken[part])
        if delta <= 0:
            continue
        taken[part] += delta
        where = fd.file + (f" cell {fd.cell}" if fd.cell is not None else "") + (f" line {fd.line}" if fd.line else "")
        points.append({"part": part, "rule": fd.rule, "points": delta, "why": fd.message,
                       "where": where.strip()})
    parts = {p: 100 - taken[p] for p in WEIGHTS}
    overall = round(sum(parts[p] * w for p, w in WEIGHTS.items()) / 100, 1)
    return overall, parts, points


# -- the review ------------------------------------------------------------------------------------------
def review(sub: Submission) -> dict:
    """The full report for a submission, as plain data (the published JSON)."""
    out: list[Finding] = []
    facts = Facts()
    leaks: list[Leak] = []
    randomness: list = []
    seeded: list = []
    for path, reason in sub.refused:
        out.append(Finding("unsafe_path", "info", path, None, None, f"{path} was not read: {reason}.",
                           "# keep the submission self-contained: no links or paths outside the folder"))
    code_files = [f for p, f in sorted(sub.files.items()) if p.endswith((".py", ".ipynb"))]
    facts.local_modules = {PurePosixPath(p).stem for p in sub.files if p.endswith(".py")} | {
        PurePosixPath(p).parts[0] for p in sub.files if "/" in p}
    for f in code_files:
        if f.problem:
            out.append(Finding("notebook_unreadable", "major", f.path, None, None, f.problem,
                               "# re-save the notebook from Jupyter (File > Save) or export it as a .py script"))
            continue
        rule_notebook(f, out)
        leaks += review_code(f, facts, out, randomness, seeded)
    facts.imports = {m for m in facts.imports if m not in sys.stdlib_module_names and m != "__future__"}
    for lk in leaks:
        out.append(leak_finding(lk))
    if code_files and facts.fits and facts.heldout_scores == 0 and not any(lk.kind == "eval_on_train" for lk in leaks):
        out.append(Finding("no_evaluation", "critical", "", None, None,
                           "A model is trained but never evaluated on held-out data.",
                           "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)\n"
                           "model.fit(X_train, y_train)\n"
                           "print(classification_report(y_test, model.predict(X_test)))\n"
                           "print('baseline', DummyClassifier().fit(X_train, y_train).score(X_test, y_test))"))
    if randomness and not any(seeded):
        path, cell, line, name = randomness[0]
        out.append(Finding("no_seed", "minor", path, cell, line,
                           f"{name} draws random numbers and no seed is set anywhere, so reruns give other numbers.",
                           "SEED = 42\nnp.random.seed(SEED)\nrandom.seed(SEED)\n"
                           "train_test_split(X, y, test_size=0.2, random_state=SEED)"))
    if facts.functions >= 4 and facts.documented / facts.functions < 0.3:
        out.append(Finding("few_docstrings", "minor", "", None, None,
                           f"{facts.documented} of {facts.functions} functions have a docstring.",
                           'def build_features(df: pd.DataFrame) -> pd.DataFrame:\n'
                           '    """Add the ratio features; expects the raw columns, returns a copy."""'))
    rule_readme(sub, out)
    rule_requirements(sub, facts, out)
    if code_files:
        rule_tests(sub, out)
    out.sort(key=_order_key)
    overall, parts, points = score(out)
    return {
        "name": sub.name,
        "score": overall,
        "parts": parts,
        "weights": WEIGHTS,
        "points": points,
        "findings": [fd.as_dict() for fd in out],
        "leaks": [{"kind": lk.kind, "file": lk.file, "cell": lk.cell, "line": lk.line, "fix": lk.fix,
                   "message": lk.message} for lk in sorted(leaks, key=lambda lk: LEAK_SEVERITY_RANK[lk.kind])],
        "files": sorted(sub.files) + sorted(sub.other_paths),
        "facts": {"models": facts.models, "metrics": facts.metrics, "entry_points": facts.entry_points,
                  "notebooks": [f.path for f in code_files if f.is_notebook]},
        "readme_template": readme_template(sub, facts, out),
    }


# -- the README template, filled from the review ----------------------------------------------------------
METRIC_NAMES = {"accuracy_score": "Accuracy", "precision_score": "Precision", "recall_score": "Recall",
                "f1_score": "F1-Score", "roc_auc_score": "ROC AUC", "mean_squared_error": "MSE",
                "mean_absolute_error": "MAE", "r2_score": "R²", "log_loss": "Log loss",
                "average_precision_score": "Average precision", "balanced_accuracy_score": "Balanced accuracy"}


def tree_lines(paths: list[str], limit: int = 40) -> list[str]:
    lines, seen = [], set()
    for p in sorted(paths)[:limit]:
        parts = p.split("/")
        for depth in range(len(parts)):
            key = "/".join(parts[:depth + 1])
            if key in seen:
                continue
            seen.add(key)
            name = parts[depth] + ("/" if depth < len(parts) - 1 else "")
            lines.append("    " * depth + name)
    if len(paths) > limit:
        lines.append(f"... and {len(paths) - limit} more files")
    return lines


def readme_template(sub: Submission, facts: Facts, findings: list[Finding]) -> str:
    title = PurePosixPath(sub.name).stem.replace("_", " ").replace("-", " ").strip().title() or "Project"
    metrics = [METRIC_NAMES.get(m, m) for m in facts.metrics if m in METRIC_NAMES] or [
        "Accuracy", "Precision", "Recall", "F1-Score"]
    models = facts.models or ["<your model>"]
    has_req = any(fd.rule == "no_requirements" for fd in findings)
    runs = facts.entry_points or [p for p in sorted(sub.files) if p.endswith(".py") and not is_test_file(p)][:2]
    setup = ["pip install -r requirements.txt"] + [f"python {p}" for p in runs[:3]]
    nbs = [p for p in sorted(sub.files) if p.endswith(".ipynb")]
    setup += [f"jupyter nbconvert --to notebook --execute {p}" for p in nbs[:2]]
    todo = []
    for fd in findings:
        if fd.rule in {"leakage", "eval_on_train", "no_evaluation", "no_tests", "no_seed"}:
            item = {"leakage": f"Fix the {fd.kind} leakage and re-measure",
                    "eval_on_train": "Report held-out results, not training accuracy",
                    "no_evaluation": "Evaluate on a held-out test set against a baseline",
                    "no_tests": "Add tests for the data processing and the training code",
                    "no_seed": "Set seeds so results reproduce"}[fd.rule]
            if item not in todo:
                todo.append(item)
    todo += ["Hyperparameter tuning with cross-validation on the training set", "Error analysis on the test set"]
    rows = "\n".join(f"| {m} | ... |" for m in metrics)
    tree = "\n".join(tree_lines(sorted(sub.files) + sorted(sub.other_paths)))
    decisions = "\n".join(f"{i}. **Model choice:** {m}\n   - Why: ...\n   - Alternatives considered: ..."
                          for i, m in enumerate(models[:3], 1))
    n = len(models[:3])
    return f"""# {title}

## Summary
[2-3 sentences: what you built and the key result on held-out data]

## Approach
Models trained: {", ".join(models)}. [How the data was split, features built, and the model chosen]

## Results
| Metric | Value |
|--------|-------|
{rows}

Baseline (most frequent class / mean prediction): ...

## Setup
```bash
{chr(10).join(setup)}
```
{"(requirements.txt is missing: create it first)" if has_req else ""}
## Project Structure
```
{tree}
```

## Key Decisions
{decisions}
{n + 1}. **Evaluation:** 5-fold CV on the training set + one hold-out test set

## What I'd Do With More Time
{chr(10).join(f"- [ ] {t}" for t in todo)}
"""

