"""Data leakage found by dataflow over the Python AST.

An abstract interpreter walks the statements in order (notebook cells in cell order, or in recorded
execution order) and gives every value an abstract meaning: a data set with the rows it holds
(the whole data, the training part, the test part, a validation part), flags that travel with the
data (fitted on all rows, duplicated before the split, derived from the label, time ordered), an
estimator with what it was fitted on, predictions, and scores. Leaks are raised where the data meets
a split, a fit or an evaluation. Functions defined in the file are followed at their call sites.

No pattern over lines: `scaler.fit(X)` is clean when X holds only training rows and a leak when X
holds every row and is split afterwards, wherever the two statements sit.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field, replace
from typing import Any

KINDS = ("preprocessing", "overlap", "multitest", "eval_on_train", "target", "temporal")

# -- vocabularies (class and function names as written in scikit-learn, pandas, numpy, imblearn) --
TRANSFORMERS = {
    "StandardScaler", "MinMaxScaler", "RobustScaler", "MaxAbsScaler", "Normalizer", "QuantileTransformer",
    "PowerTransformer", "SimpleImputer", "KNNImputer", "IterativeImputer", "OneHotEncoder", "OrdinalEncoder",
    "LabelEncoder", "TargetEncoder", "CountVectorizer", "TfidfVectorizer", "HashingVectorizer", "PCA",
    "TruncatedSVD", "KernelPCA", "FastICA", "NMF", "SelectKBest", "SelectPercentile", "VarianceThreshold",
    "RFE", "RFECV", "SelectFromModel", "PolynomialFeatures", "KBinsDiscretizer", "Binarizer",
    "FunctionTransformer", "ColumnTransformer", "SplineTransformer", "GenericUnivariateSelect",
    "SequentialFeatureSelector", "LinearDiscriminantAnalysis_transform",
}
RESAMPLERS = {"SMOTE", "RandomOverSampler", "ADASYN", "BorderlineSMOTE", "SMOTENC", "RandomUnderSampler"}
SEARCHES = {"GridSearchCV", "RandomizedSearchCV", "HalvingGridSearchCV", "HalvingRandomSearchCV"}
PIPELINES = {"Pipeline", "make_pipeline", "ImbPipeline"}
SPLITTERS_TIME = {"TimeSeriesSplit"}
CV_FUNCS = {"cross_val_score", "cross_validate", "cross_val_predict", "learning_curve", "validation_curve",
            "permutation_test_score"}
MODEL_HINT = re.compile(r"(Classifier|Regressor|Regression|SVC|SVR|NB|Lasso|Ridge|ElasticNet|KMeans|"
                        r"Perceptron|Booster|LGBM|XGB|CatBoost|KNeighbors|Tree|Forest|Boosting|MLP|"
                        r"LinearDiscriminantAnalysis|QuadraticDiscriminantAnalysis|Dummy\w*)$")
METRIC_HINT = re.compile(r"(_score|_error|_loss|^classification_report|^confusion_matrix|^log_loss|"
                         r"^roc_curve|^precision_recall_curve)$")
REDUCTIONS = {"mean", "std", "var", "median", "sum", "min", "max", "quantile", "agg", "aggregate", "count",
              "nunique", "mode", "describe", "value_counts", "nanmean", "nanstd", "percentile", "nanmedian",
              "average", "ptp"}
TIME_WORDS = re.compile(r"(date|time|timestamp|day|month|year|week|hour)", re.I)
LABEL_WORDS = re.compile(r"^(y|y_.*|.*_y|target|targets|label|labels|outcome|.*_target|.*_label)$", re.I)
VAL_WORDS = re.compile(r"(^|_)(val|valid|validation|dev)(_|$|\d)", re.I)
TEST_WORDS = re.compile(r"(^|_)(test|holdout|hold_out|te)(_|$|\d)", re.I)
TRAIN_WORDS = re.compile(r"(^|_)(train|tr|fit)(_|$|\d)", re.I)
HELDOUT = {"test", "val", "cv"}


# -- abstract values ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Data:
    """Rows of data (a frame, an array, a column, a label vector)."""

    parts: frozenset = frozenset({"full"})  # "full", "train", "test", "val"
    root: int = 0  # which load it came from
    taint: tuple | None = None  # (line, cell, what) a statistic or transformer fitted on all rows
    dup: tuple | None = None  # (line, cell) rows duplicated or oversampled before any split
    timed: bool = False  # rows are ordered in time
    label: bool = False  # this is the label itself
    derived: tuple | None = None  # (line, cell) a feature computed from the label row by row
    has_label_col: bool = False  # a frame that still holds the label column
    label_col_line: tuple | None = None  # where the frame that keeps the label was made
    stat: bool = False  # a reduction (a mean, a count), not rows
    noise: bool = False  # random numbers made on the spot, no rows of the data set


@dataclass
class Est:
    kind: str  # transformer, model, resampler, search, pipeline, splitter
    name: str
    line: int
    cell: int | None
    src: str = ""
    fitted_on: Data | None = None
    full_fit: tuple | None = None  # (line, cell) fitted on rows that are later split
    inner: Any = None
    time_cv: bool = False


@dataclass(frozen=True)
class Score:
    parts: frozenset
    line: int
    cell: int | None


@dataclass
class Seq:
    items: list = field(default_factory=list)


@dataclass
class Func:
    node: ast.FunctionDef
    cell: int | None


@dataclass
class Leak:
    kind: str
    line: int
    cell: int | None
    message: str
    fix: str
    file: str = ""

    def as_dict(self) -> dict:
        return {"kind": self.kind, "file": self.file, "cell": self.cell, "line": self.line,
                "message": self.message, "fix": self.fix}


def _name_of(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Call):
        return _name_of(node.func)
    return ""


def _merge(values: list) -> Data | None:
    datas = [v for v in values if isinstance(v, Data)]
    if not datas:
        return None
    rows = [d for d in datas if not d.noise] or datas
    parts = frozenset().union(*(d.parts for d in rows))
    first = rows[0]
    return Data(
        parts=parts, root=first.root, noise=all(d.noise for d in datas),
        taint=next((d.taint for d in datas if d.taint), None),
        dup=next((d.dup for d in datas if d.dup), None),
        timed=any(d.timed for d in datas),
        label=any(d.label for d in datas),
        derived=next((d.derived for d in datas if d.derived), None),
        has_label_col=any(d.has_label_col for d in datas),
        label_col_line=next((d.label_col_line for d in datas if d.label_col_line), None),
        stat=all(d.stat for d in datas),
    )


def _part_from_name(name: str) -> str | None:
    if VAL_WORDS.search(name):
        return "val"
    if TEST_WORDS.search(name):
        return "test"
    if TRAIN_WORDS.search(name):
        return "train"
    return None


FIXES = {
    "preprocessing": (
        "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)\n"
        "model = make_pipeline({step}, {model})  # the step is fitted on the training rows only\n"
        "model.fit(X_train, y_train)\n"
        "print(model.score(X_test, y_test))\n"
        "# or, with cross-validation: cross_val_score(make_pipeline({step}, {model}), X, y, cv=5)"),
    "overlap": (
        "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)\n"
        "# resample or duplicate the training rows only, after the split:\n"
        "X_train, y_train = resample_training_rows(X_train, y_train)\n"
        "model.fit(X_train, y_train)\n"
        "print(model.score(X_test, y_test))  # the test rows were never seen in training"),
    "multitest": (
        "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)\n"
        "search = GridSearchCV(model, param_grid, cv=5)  # choose on cross-validation over the training rows\n"
        "search.fit(X_train, y_train)\n"
        "print(search.best_params_, search.score(X_test, y_test))  # the test set is used once, at the end"),
    "eval_on_train": (
        "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)\n"
        "model.fit(X_train, y_train)\n"
        "print('test score:', model.score(X_test, y_test))  # report held-out data, not the training rows"),
    "target": (
        "y = df[{label!r}]\n"
        "X = df.drop(columns=[{label!r}])  # drop the label and every column computed from it\n"
        "# target encoding, if needed, is fitted inside the training folds:\n"
        "# make_pipeline(TargetEncoder(), model).fit(X_train, y_train)"),
    "temporal": (
        "df = df.sort_values('date')\n"
        "cut = int(len(df) * 0.8)\n"
        "train, test = df.iloc[:cut], df.iloc[cut:]  # the past trains, the future tests\n"
        "# cross-validation over time: cross_val_score(model, X, y, cv=TimeSeriesSplit(n_splits=5))"),
}

MESSAGES = {
    "preprocessing": "{what} uses rows that end up in the test set, so the test score is optimistic.",
    "overlap": "{what}: the same rows end up in training and in the test, so the test score is optimistic.",
    "multitest": "The test set chooses the model or its settings and is then reported, so the score is optimistic.",
    "eval_on_train": "The model is only evaluated on the rows it was trained on; that says nothing about new data.",
    "target": "{what}: a feature carries the label, so the model sees the answer.",
    "temporal": "{what}: a shuffled split of time-ordered rows lets future rows train the model.",
}


# Statements interpreted per program before the analysis stops (a file of generated code, or functions
# calling each other in a deep fan-out, must not take minutes). Take-home code stays far below it.
STEP_BUDGET = 20_000


class _Budget(Exception):
    pass


class _Return(Exception):
    def __init__(self, value):
        self.value = value


class Analyzer:
    """One pass over the statements of one program (a script, or a notebook's cells in an order)."""

    def __init__(self, label_cols: set[str], label_vars: set[str]):
        self.env: dict[str, Any] = {}
        self.leaks: dict[tuple, Leak] = {}
        self.scores: list[Score] = []
        self.fits = 0
        self.cell: int | None = None
        self.loop = 0
        self.depth = 0
        self.roots = 0
        self.label_cols = label_cols
        self.label_vars = label_vars
        self.time_cols: set[str] = set()
        self.selected_scores: list[Score] = []
        self.aliases: dict[str, str] = {}
        self.steps = 0
        self.truncated = False
        self.called: set[int] = set()
        self.defined: list[Func] = []  # ids of function definitions followed from a call site
        self.speculative = False  # analysing a function nobody in the file calls
        self.models: list[str] = []  # estimator classes fitted, in order
        self.metrics: list[str] = []  # metric functions called

    # -- reporting ----------------------------------------------------------------------------------
    def leak(self, kind: str, at: tuple, what: str = "", **fmt) -> None:
        line, cell = at[0], at[1]
        key = (kind, cell, line)
        if key in self.leaks:
            return
        fix_fmt = {"step": "StandardScaler()", "model": "LogisticRegression()", "label": "target"}
        fix_fmt.update(fmt)
        self.leaks[key] = Leak(kind, line, cell, MESSAGES[kind].format(what=what or "This step"),
                               FIXES[kind].format(**fix_fmt))

    def here(self, node: ast.AST) -> tuple:
        return (getattr(node, "lineno", 0), self.cell)

    def new_data(self, **kw) -> Data:
        self.roots += 1
        return Data(root=self.roots, **kw)

    # -- statements -----------------------------------------------------------------------------------
    def run(self, stmts: list[ast.stmt], cell: int | None) -> None:
        self.cell = cell
        for stmt in stmts:
            try:
                self.stmt(stmt)
            except _Return:
                return
            except RecursionError:
                continue
            except _Budget:
                self.truncated = True
                return

    def stmt(self, s: ast.stmt) -> None:
        self.steps += 1
        if self.steps > STEP_BUDGET:
            raise _Budget()
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)):
            self.env[s.name] = Func(s, self.cell)
            if self.depth == 0 and not self.speculative:
                self.defined.append(self.env[s.name])
        elif isinstance(s, ast.Assign):
            value = self.expr(s.value)
            for target in s.targets:
                self.assign(target, value, s)
        elif isinstance(s, ast.AnnAssign) and s.value is not None:
            self.assign(s.target, self.expr(s.value), s)
        elif isinstance(s, ast.AugAssign):
            cur = self.expr(s.target) if not isinstance(s.target, ast.Subscript) else None
            val = self.expr(s.value)
            merged = _merge([cur, val]) if isinstance(cur, Data) or isinstance(val, Data) else cur
            if isinstance(s.target, ast.Name):
                self.env[s.target.id] = merged if merged is not None else cur
        elif isinstance(s, ast.Expr):
            self.expr(s.value)
        elif isinstance(s, ast.Return):
            raise _Return(self.expr(s.value) if s.value is not None else None)
        elif isinstance(s, (ast.For, ast.AsyncFor)):
            it = self.expr(s.iter)
            self.assign(s.target, self.element(it, s.iter), s)
            self.loop += 1
            try:
                for _ in range(2 if self.loop < 2 else 1):  # twice, so values made late in the body reach its start
                    for b in s.body:
                        self.stmt(b)
            finally:
                self.loop -= 1
            for b in s.orelse:
                self.stmt(b)
        elif isinstance(s, ast.While):
            self.expr(s.test)
            self.loop += 1
            try:
                for b in s.body:
                    self.stmt(b)
            finally:
                self.loop -= 1
        elif isinstance(s, ast.If):
            self.expr(s.test)
            for b in s.body + s.orelse:
                self.stmt(b)
        elif isinstance(s, (ast.With, ast.AsyncWith)):
            for item in s.items:
                v = self.expr(item.context_expr)
                if item.optional_vars is not None:
                    self.assign(item.optional_vars, v, s)
            for b in s.body:
                self.stmt(b)
        elif isinstance(s, ast.Try):
            for b in s.body + s.orelse + s.finalbody:
                self.stmt(b)
            for h in s.handlers:
                for b in h.body:
                    self.stmt(b)
        elif isinstance(s, ast.ImportFrom):
            for a in s.names:
                if a.asname:
                    self.aliases[a.asname] = a.name
        elif isinstance(s, ast.Delete):
            for t in s.targets:
                if isinstance(t, ast.Subscript):
                    self.drop_cols(t.value, self.const_strings(t.slice))

    def element(self, it: Any, node: ast.AST) -> Any:
        if isinstance(it, Seq):
            if it.items and all(isinstance(x, tuple) for x in it.items):
                return it.items[0]
            return it.items[0] if it.items else None
        if isinstance(it, dict):
            return next(iter(it.values()), None)
        if isinstance(it, tuple) and it and it[0] == "items":
            return (None, it[1])
        return it if isinstance(it, Data) else None

    def assign(self, target: ast.AST, value: Any, stmt: ast.stmt) -> None:
        if isinstance(target, ast.Name) and isinstance(value, Data) and target.id in self.label_vars \
                and not value.label and _part_from_name(target.id) is None and not value.stat:
            value = replace(value, label=True, taint=None, has_label_col=False)  # y = encoder.fit_transform(...)
        if isinstance(target, ast.Name):
            if isinstance(value, Data) and value.parts == frozenset({"full"}) and not value.stat:
                # A slice, sample or mask of the whole data named as a part is that part.
                part = _part_from_name(target.id)
                src = stmt.value if isinstance(stmt, ast.Assign) else None
                if part and src is not None and self.is_row_subset(src):
                    value = replace(value, parts=frozenset({part}))
                    self.on_split([value], stmt, shuffled=self.is_shuffled_subset(src))
            self.env[target.id] = value
        elif isinstance(target, (ast.Tuple, ast.List)) and isinstance(getattr(stmt, "value", None), ast.Tuple) \
                and len(stmt.value.elts) == len(target.elts) and isinstance(value, tuple):
            for t, v, n in zip(target.elts, value, stmt.value.elts):
                self.assign(t, v, ast.Assign(targets=[t], value=n, lineno=stmt.lineno))
        elif isinstance(target, (ast.Tuple, ast.List)):
            elts = target.elts
            items = value if isinstance(value, tuple) else (value.items if isinstance(value, Seq) else None)
            for i, t in enumerate(elts):
                v = items[i] if items is not None and i < len(items) else (
                    value if isinstance(value, Data) else None)
                if isinstance(t, ast.Name) and isinstance(v, Data) and items is not None and len(items) == len(elts):
                    part = _part_from_name(t.id)
                    if part == "val" and v.parts & {"test", "train"}:
                        v = replace(v, parts=frozenset({"val"}))
                self.assign(t, v, stmt) if not isinstance(t, ast.Name) else self.env.__setitem__(t.id, v)
        elif isinstance(target, ast.Subscript):
            container = self.expr(target.value)
            if isinstance(container, dict):
                container[ast.unparse(target.slice)] = value
            elif isinstance(container, Seq):
                container.items.append(value)
            else:
                self.column_store(target, value, stmt)
        elif isinstance(target, ast.Attribute):
            base = self.expr(target.value)
            if isinstance(base, Data) and isinstance(value, Data):
                self.set_base(target.value, _merge([base, value]))

    def is_row_subset(self, node: ast.AST) -> bool:
        """A slice, mask, .iloc/.loc, .sample, .head/.tail or .drop of rows."""
        if isinstance(node, ast.Subscript):
            if isinstance(node.slice, ast.Slice):
                return True
            if isinstance(node.slice, (ast.Compare, ast.BinOp, ast.UnaryOp)):
                return True
            if isinstance(node.slice, ast.Tuple) and node.slice.elts and isinstance(node.slice.elts[0], ast.Slice):
                return True
            if isinstance(node.value, ast.Attribute) and node.value.attr in {"iloc", "loc"}:
                return True
            return isinstance(node.slice, ast.Name)  # a boolean mask or an index array
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in {"sample", "head", "tail", "query"}:
                return True
            if node.func.attr == "drop" and any(k.arg == "index" for k in node.keywords):
                return True
            if node.func.attr == "drop" and node.args and isinstance(node.args[0], ast.Attribute) \
                    and node.args[0].attr == "index":
                return True
        return False

    def is_shuffled_subset(self, node: ast.AST) -> bool:
        return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "sample"

    def set_base(self, node: ast.AST, value: Any) -> None:
        if isinstance(node, ast.Name):
            self.env[node.id] = value

    def const_strings(self, node: ast.AST) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, (ast.List, ast.Tuple)):
            return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        if isinstance(node, ast.Name):
            v = self.env.get(node.id)
            if isinstance(v, Seq):
                return [x for x in v.items if isinstance(x, str)]
            if isinstance(v, str):
                return [v]
        return []

    def drop_cols(self, frame: ast.AST, cols: list[str]) -> None:
        base = self.expr(frame)
        if isinstance(base, Data) and set(cols) & self.label_cols:
            self.set_base(frame, replace(base, has_label_col=False, label_col_line=None))

    def column_store(self, target: ast.Subscript, value: Any, stmt: ast.stmt) -> None:
        """`df['col'] = value`: the frame gains what the value carries."""
        base = self.expr(target.value)
        if not isinstance(base, Data):
            return
        cols = self.const_strings(target.slice)
        if isinstance(target.value, ast.Attribute) and target.value.attr in {"loc", "iloc"}:
            return
        at = self.here(stmt)
        new = base
        if isinstance(value, Data):
            if cols and set(cols) & self.label_cols:
                self.set_base(target.value, replace(base, has_label_col=True))
                return  # writing the label column itself
            if cols and TIME_WORDS.search(cols[0]) and self.is_datetime(stmt.value):
                self.time_cols.update(cols)
                new = replace(new, timed=True)
            derived = value.derived
            if value.label and not value.stat and not self.is_past_shift(stmt.value):
                derived = at
            elif value.label and value.stat and value.parts & {"full"} and not self.is_past_shift(stmt.value):
                derived = at  # a per-group mean of the label over every row: target encoding on all rows
            if value.taint and not new.taint:
                new = replace(new, taint=value.taint)
            if value.dup and not new.dup:
                new = replace(new, dup=value.dup)
            if value.timed:
                new = replace(new, timed=True)
            if derived and not new.derived:
                new = replace(new, derived=derived)
        self.set_base(target.value, new)

    def is_datetime(self, node: ast.AST) -> bool:
        return any(isinstance(n, ast.Call) and _name_of(n.func) in {"to_datetime", "date_range", "Timestamp"}
                   for n in ast.walk(node))

    def is_past_shift(self, node: ast.AST) -> bool:
        """A lag of the label (shift by a positive number, rolling over shifted values) is the past, not a leak."""
        for n in ast.walk(node):
            if isinstance(n, ast.Call) and _name_of(n.func) == "shift":
                arg = n.args[0] if n.args else next((k.value for k in n.keywords if k.arg == "periods"), None)
                if arg is None:
                    return True
                if isinstance(arg, ast.Constant) and isinstance(arg.value, int) and arg.value > 0:
                    return True
        return False

    # -- expressions ----------------------------------------------------------------------------------
    def expr(self, e: ast.AST | None) -> Any:
        if e is None:
            return None
        if isinstance(e, ast.Name):
            return self.env.get(e.id)
        if isinstance(e, ast.Constant):
            return e.value if isinstance(e.value, (str, int, float)) else None
        if isinstance(e, (ast.List, ast.Tuple, ast.Set)):
            items = [self.expr(x) for x in e.elts]
            return tuple(items) if isinstance(e, ast.Tuple) else Seq(items)
        if isinstance(e, ast.Dict):
            out = {}
            for k, v in zip(e.keys, e.values):
                val = self.expr(v)
                out[ast.unparse(k) if k is not None else len(out)] = val
            return out
        if isinstance(e, ast.Call):
            return self.call(e)
        if isinstance(e, ast.Attribute):
            base = self.expr(e.value)
            if isinstance(base, Data):
                if e.attr in {"T", "values", "index"}:
                    return base
                if e.attr in self.label_cols:
                    return replace(base, label=True, has_label_col=False)
                return replace(base, has_label_col=False) if e.attr not in {"loc", "iloc", "str", "dt"} else base
            if isinstance(base, Est) and e.attr.startswith("best_"):
                return base
            return None
        if isinstance(e, ast.Subscript):
            return self.subscript(e)
        if isinstance(e, ast.BinOp):
            left, right = self.expr(e.left), self.expr(e.right)
            if isinstance(left, Score) or isinstance(right, Score):
                return left if isinstance(left, Score) else right
            return self.combine(e, [left, right])
        if isinstance(e, ast.UnaryOp):
            return self.expr(e.operand)
        if isinstance(e, ast.BoolOp):
            vals = [self.expr(v) for v in e.values]
            return _merge(vals)
        if isinstance(e, ast.Compare):
            vals = [self.expr(e.left)] + [self.expr(c) for c in e.comparators]
            nodes = [e.left] + list(e.comparators)
            scores = [v for v in vals if isinstance(v, Score)]
            if scores and not any(isinstance(n, ast.Constant) for n in nodes):
                self.select(scores)
            d = _merge(vals)
            return d
        if isinstance(e, ast.IfExp):
            self.expr(e.test)
            return _merge([self.expr(e.body), self.expr(e.orelse)]) or self.expr(e.body)
        if isinstance(e, (ast.ListComp, ast.GeneratorExp, ast.SetComp)):
            for g in e.generators:
                self.assign(g.target, self.element(self.expr(g.iter), g.iter), ast.Pass(lineno=e.lineno))
            self.loop += 1
            try:
                v = self.expr(e.elt)
            finally:
                self.loop -= 1
            return v if isinstance(v, Data) else Seq([v])  # a list of rows is data
        if isinstance(e, ast.DictComp):
            for g in e.generators:
                self.assign(g.target, self.element(self.expr(g.iter), g.iter), ast.Pass(lineno=e.lineno))
            self.loop += 1
            try:
                v = self.expr(e.value)
            finally:
                self.loop -= 1
            return {"*": v}
        if isinstance(e, ast.Lambda):
            return None
        if isinstance(e, ast.JoinedStr):
            for v in e.values:
                if isinstance(v, ast.FormattedValue):
                    self.expr(v.value)
            return None
        if isinstance(e, ast.Starred):
            return self.expr(e.value)
        if isinstance(e, ast.NamedExpr):
            v = self.expr(e.value)
            self.env[e.target.id] = v
            return v
        return None

    def combine(self, node: ast.AST, values: list) -> Any:
        d = _merge(values)
        if d is None:
            return None
        datas = [v for v in values if isinstance(v, Data)]
        # Rows combined with a statistic of every row: the statistic leaks into each row.
        stats = [v for v in datas if v.stat and "full" in v.parts and not v.label]
        rows = [v for v in datas if not v.stat]
        if stats and rows and not d.taint:
            d = replace(d, taint=stats[0].taint or self.here(node) + ("a statistic",))
        # Row-wise use of the label makes label data; a statistic of the label over every row,
        # spread back onto rows, is target encoding on all rows; over training rows it is fair.
        label = any(v.label and not v.stat for v in datas) or (bool(datas) and all(v.label for v in datas))
        derived = d.derived
        if rows and any(v.label and v.stat and "full" in v.parts for v in datas) and not derived:
            derived = self.here(node)
        return replace(d, stat=all(v.stat for v in datas), label=label, derived=derived)

    def subscript(self, e: ast.Subscript) -> Any:
        base = self.expr(e.value)
        key = self.expr(e.slice) if not isinstance(e.slice, ast.Slice) else None
        if isinstance(base, (tuple,)) and isinstance(e.slice, ast.Constant) and isinstance(e.slice.value, int):
            try:
                return base[e.slice.value]
            except IndexError:
                return None
        if isinstance(base, Seq):
            return base.items[0] if base.items else None
        if isinstance(base, dict):
            if isinstance(e.slice, ast.Constant):
                return base.get(repr(e.slice.value), next(iter(base.values()), None))
            return next(iter(base.values()), None)
        if isinstance(base, Est):
            return base
        if isinstance(base, Score):
            return base
        if not isinstance(base, Data):
            return None
        cols = self.const_strings(e.slice)
        if cols and isinstance(e.slice, ast.Constant):
            if cols[0] in self.label_cols:
                return replace(base, label=True, has_label_col=False, derived=None)
            return replace(base, has_label_col=False, label=False,
                           timed=base.timed)
        if cols and isinstance(e.slice, (ast.List, ast.Name)):
            keeps = bool(set(cols) & self.label_cols)
            return replace(base, has_label_col=keeps, label=False,
                           label_col_line=self.here(e) if keeps else None)
        if isinstance(key, Data) and key.parts and "full" not in key.parts and "full" in base.parts:
            return replace(base, parts=key.parts)  # rows picked by a fold's indices
        return base

    # -- calls ----------------------------------------------------------------------------------------
    def kw(self, call: ast.Call, name: str) -> ast.AST | None:
        return next((k.value for k in call.keywords if k.arg == name), None)

    def call(self, c: ast.Call) -> Any:
        fname = _name_of(c.func)
        if isinstance(c.func, ast.Name) and fname in self.aliases and not isinstance(self.env.get(fname), Func):
            fname = self.aliases[fname]  # `from sklearn.model_selection import train_test_split as tts`
        if isinstance(c.func, ast.Attribute):
            recv = self.expr(c.func.value)
            if isinstance(recv, Est):
                return self.est_method(recv, fname, c)
            if isinstance(recv, Func):
                return None
            args = [self.expr(a) for a in c.args]
            kwargs = {k.arg: self.expr(k.value) for k in c.keywords}
            if isinstance(recv, Data):
                return self.data_method(recv, fname, c, args, kwargs)
            if isinstance(recv, Seq) and fname in {"append", "extend", "add"}:
                recv.items.extend(args)
                return None
            if isinstance(recv, dict) and fname in {"items", "values"}:
                return ("items", next(iter(recv.values()), None)) if fname == "items" else Seq(list(recv.values()))
            if isinstance(recv, dict) and fname == "get":
                return next(iter(recv.values()), None)
            if isinstance(recv, dict) and fname == "update":
                return None
            return self.library_call(fname, c, args, kwargs, module=ast.unparse(c.func.value))
        target = self.env.get(fname) if isinstance(c.func, ast.Name) else None
        if isinstance(target, Func):
            return self.call_user(target, c)
        args = [self.expr(a) for a in c.args]
        kwargs = {k.arg: self.expr(k.value) for k in c.keywords}
        return self.library_call(fname, c, args, kwargs, module="")

    def call_user(self, f: Func, c: ast.Call) -> Any:
        if self.depth > 8:
            return None
        self.called.add(id(f.node))
        params = [a.arg for a in f.node.args.posonlyargs + f.node.args.args]
        saved_env, saved_cell = dict(self.env), self.cell
        args = [self.expr(a) for a in c.args]
        kwargs = {k.arg: self.expr(k.value) for k in c.keywords if k.arg}
        local = dict(self.env)
        defaults = f.node.args.defaults
        for p, d in zip(params[len(params) - len(defaults):], defaults):
            local[p] = self.expr(d)
        for p, v in zip(params, args):
            local[p] = v
        local.update(kwargs)
        self.env, self.cell = local, f.cell
        self.depth += 1
        result = None
        try:
            for s in f.node.body:
                self.stmt(s)
        except _Return as r:
            result = r.value
        finally:
            self.depth -= 1
            globals_after = self.env
            self.env, self.cell = saved_env, saved_cell
            for name in [n for s in f.node.body if isinstance(s, ast.Global) for n in s.names]:
                self.env[name] = globals_after.get(name)  # `global x` writes reach the caller
        return result

    def library_call(self, fname: str, c: ast.Call, args: list, kwargs: dict, module: str) -> Any:
        at = self.here(c)
        src = ast.unparse(c) if fname[:1].isupper() or fname in PIPELINES else ""  # only estimators keep their code
        datas = [v for v in list(args) + list(kwargs.values()) if isinstance(v, Data)]
        if fname in TRANSFORMERS:
            return Est("transformer", fname, at[0], at[1], src)
        if fname in RESAMPLERS:
            return Est("resampler", fname, at[0], at[1], src)
        if fname in SEARCHES:
            inner = args[0] if args else kwargs.get("estimator")
            cv = kwargs.get("cv")
            return Est("search", fname, at[0], at[1], src, inner=inner, time_cv=isinstance(cv, Est) and cv.time_cv)
        if fname in PIPELINES:
            steps = args
            if args and isinstance(args[0], Seq):
                steps = [x[-1] if isinstance(x, tuple) and x else x for x in args[0].items]
            ests = [x for x in steps if isinstance(x, Est)]
            return Est("pipeline", fname, at[0], at[1], src, inner=ests[-1] if ests else None)
        if fname in SPLITTERS_TIME:
            return Est("splitter", fname, at[0], at[1], src, time_cv=True)
        if fname in {"KFold", "StratifiedKFold", "ShuffleSplit", "GroupKFold", "RepeatedKFold",
                     "RepeatedStratifiedKFold", "StratifiedShuffleSplit", "LeaveOneOut"}:
            return Est("splitter", fname, at[0], at[1], src)
        if MODEL_HINT.search(fname) and fname[:1].isupper():
            return Est("model", fname, at[0], at[1], src)
        if fname == "train_test_split":
            return self.split_call(c, args)
        if fname in CV_FUNCS:
            est = args[0] if args else kwargs.get("estimator")
            X = args[1] if len(args) > 1 else kwargs.get("X")
            cv = kwargs.get("cv")
            self.cv_check(est, X, cv, c)
            s = Score(frozenset({"cv"}), at[0], at[1])
            self.scores.append(s) if not self.speculative else None
            if fname == "cross_val_predict":
                return Data(parts=frozenset({"cv"}))
            return s
        if METRIC_HINT.search(fname):
            if fname not in self.metrics:
                self.metrics.append(fname)
            parts = frozenset().union(*(d.parts for d in datas)) if datas else frozenset()
            s = Score(parts, at[0], at[1])
            self.scores.append(s) if not self.speculative else None
            return s
        if fname in {"max", "min", "sorted", "argmax", "argmin", "nanargmax", "nanargmin", "idxmax", "idxmin"}:
            self.select([v for v in args if isinstance(v, (Score,))] + self.scores_in(args, kwargs))
            if args and isinstance(args[0], Seq):
                return args[0].items[0] if args[0].items else None
            return args[0] if args else None
        if fname in {"repeat", "tile"} and datas:
            return self.oversampled(datas[0], c)
        if fname == "resample" and datas:
            rep = kwargs.get("replace")
            outs = [self.oversampled(d, c) if rep is True or "n_samples" in kwargs else d for d in datas]
            return outs[0] if len(outs) == 1 else tuple(outs)
        if fname in {"concat", "vstack", "hstack", "column_stack", "concatenate", "r_", "append", "c_",
                     "row_stack", "stack", "merge", "DataFrame", "array", "asarray", "Series"}:
            return self.concat(fname, c, args, kwargs)
        if fname in {"read_csv", "read_parquet", "read_excel", "read_json", "read_sql", "read_table",
                     "read_feather", "load", "loadtxt", "genfromtxt", "fromfile"} or \
                fname.startswith(("make_", "load_", "fetch_")) or module in {"np.random", "numpy.random", "rng"} \
                or fname in {"rand", "randn", "normal", "uniform", "integers", "randint", "choice", "default_rng",
                             "poisson", "binomial", "exponential", "standard_normal", "random"}:
            timed = fname.startswith("read_") and self.kw(c, "parse_dates") is not None
            if fname.startswith(("make_", "load_", "fetch_")) and not self.kw(c, "as_frame"):
                d = self.new_data(timed=timed)
                return (d, replace(d, label=True))
            if fname in {"default_rng"}:
                return None
            if datas and fname in {"choice"}:
                return _merge(datas)
            is_random = module in {"np.random", "numpy.random", "rng"} or fname in {
                "rand", "randn", "normal", "uniform", "integers", "randint", "choice", "poisson", "binomial",
                "exponential", "standard_normal", "random"}
            return self.new_data(timed=timed, noise=is_random)
        if fname in {"date_range", "to_datetime", "period_range"}:
            return self.new_data(timed=True)
        if fname in {"len", "print", "display", "range", "enumerate", "zip", "isinstance", "type", "str", "repr",
                     "int", "float", "round", "set", "list", "dict", "tuple", "shape", "bool", "abs"}:
            if fname in {"list", "tuple", "sorted"} and args:
                return args[0]
            if fname in {"zip", "enumerate"} and args:
                return Seq([tuple(a for a in args)])
            if fname in {"float", "round", "abs"} and args and isinstance(args[0], Score):
                return args[0]
            return None
        if fname in REDUCTIONS and datas:
            d = _merge(datas)
            return replace(d, stat=True, taint=d.taint or (at + (fname,) if "full" in d.parts else None))
        if datas:
            return self.combine(c, list(args) + list(kwargs.values()))
        return None

    def scores_in(self, args: list, kwargs: dict) -> list:
        out = []
        for v in list(args) + list(kwargs.values()):
            if isinstance(v, (Seq, tuple)):
                out += self.scores_in(list(v.items if isinstance(v, Seq) else v), {})
            elif isinstance(v, dict):
                out += [x for x in v.values() if isinstance(x, Score)]
            elif isinstance(v, Score):
                out.append(v)
        return out

    def select(self, scores: list) -> None:
        """A score compared with another score or given to max/argmax: the data it came from chose something."""
        for s in scores:
            if isinstance(s, Score) and "test" in s.parts:
                self.leak("multitest", (s.line, s.cell))
            self.selected_scores.append(s)

    def oversampled(self, d: Data, c: ast.Call) -> Data:
        if "full" in d.parts and d.dup is None:
            return replace(d, dup=self.here(c))
        return d

    def concat(self, fname: str, c: ast.Call, args: list, kwargs: dict) -> Any:
        flat: list = []
        nodes: list = []
        for a, n in zip(args, c.args):
            if isinstance(a, (Seq, tuple)):
                elts = getattr(n, "elts", [])
                items = a.items if isinstance(a, Seq) else list(a)
                flat += items
                nodes += elts if len(elts) == len(items) else [None] * len(items)
            else:
                flat.append(a)
                nodes.append(n)
        if isinstance(kwargs.get("data"), Data):
            flat.append(kwargs["data"])
        datas = [d for d in flat if isinstance(d, Data)]
        if not datas:
            if fname == "DataFrame" and c.args and isinstance(c.args[0], ast.Dict):
                return self.frame_from_dict(c.args[0])
            if fname in {"DataFrame", "Series"} and isinstance(args[0] if args else None, dict):
                return self.frame_from_dict(c.args[0]) if isinstance(c.args[0], ast.Dict) else self.new_data()
            return None
        d = _merge(datas)
        at = self.here(c)
        axis_node = self.kw(c, "axis")
        across_columns = fname in {"hstack", "column_stack", "c_"} or (
            axis_node is not None and isinstance(axis_node, ast.Constant) and axis_node.value in (1, "columns"))
        if across_columns:
            labels = [x for x in datas if x.label]
            feats = [x for x in datas if not x.label]
            if labels and feats:
                d = replace(d, label=False, derived=at)
            return d
        if fname in {"concat", "vstack", "concatenate", "r_", "append", "row_stack"} and len(datas) > 1:
            # The same rows stacked twice before any split: duplicates will straddle train and test.
            roots = [x.root for x in datas if "full" in x.parts]
            if len(roots) != len(set(roots)) and all("full" in x.parts for x in datas):
                d = replace(d, dup=d.dup or at)
        return d

    def frame_from_dict(self, node: ast.Dict) -> Data:
        d = self.new_data()
        keys = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        vals = {k.value: self.expr(v) for k, v in zip(node.keys, node.values)
                if isinstance(k, ast.Constant) and isinstance(k.value, str)}
        timed = any(isinstance(v, Data) and v.timed for v in vals.values())
        derived = None
        for k, v in vals.items():
            if isinstance(v, Data) and v.derived:
                derived = v.derived
            if isinstance(v, Data) and v.taint:
                d = replace(d, taint=v.taint)
        if timed:
            self.time_cols.update(k for k, v in vals.items() if isinstance(v, Data) and v.timed)
        return replace(d, timed=timed, derived=derived, has_label_col=bool(set(keys) & self.label_cols))

    def data_method(self, recv: Data, fname: str, c: ast.Call, args: list, kwargs: dict) -> Any:
        inplace = self.kw(c, "inplace")
        if isinstance(inplace, ast.Constant) and inplace.value is True:
            # `df.drop(..., inplace=True)`: the frame itself changes and the call returns None.
            result = self.frame_method(recv, fname, c, args, kwargs)
            if isinstance(result, Data):
                self.set_base(c.func.value, result)
            return None
        return self.frame_method(recv, fname, c, args, kwargs)

    def frame_method(self, recv: Data, fname: str, c: ast.Call, args: list, kwargs: dict) -> Any:
        at = self.here(c)
        datas = [recv] + [v for v in list(args) + list(kwargs.values()) if isinstance(v, Data)]
        if fname == "drop":
            cols = []
            for n in list(c.args[:1]) + [k.value for k in c.keywords if k.arg in {"columns", "labels"}]:
                cols += self.const_strings(n)
            if set(cols) & self.label_cols:
                return replace(recv, has_label_col=False, label=False, label_col_line=None)
            if self.kw(c, "index") is not None or (c.args and isinstance(c.args[0], ast.Attribute)):
                return recv
            if recv.has_label_col:
                return replace(recv, label_col_line=recv.label_col_line or at)
            return recv
        if fname == "pop":
            cols = self.const_strings(c.args[0]) if c.args else []
            if set(cols) & self.label_cols:
                self.set_base(c.func.value, replace(recv, has_label_col=False, label_col_line=None))
                return replace(recv, label=True, has_label_col=False)
            return replace(recv, has_label_col=False)
        if fname in {"sort_values", "sort_index", "set_index"}:
            keys = self.const_strings(c.args[0]) if c.args else self.const_strings(self.kw(c, "by") or ast.Pass())
            timed = recv.timed or fname == "sort_index" and recv.timed or any(
                k in self.time_cols or TIME_WORDS.search(k) for k in keys)
            return replace(recv, timed=timed)
        if fname in {"shift", "rolling", "diff", "pct_change", "expanding", "ewm", "resample_time"}:
            return replace(recv, timed=True)
        if fname in {"fillna", "clip", "where", "mask", "replace", "apply", "map", "transform", "astype",
                     "reshape", "ravel", "flatten", "copy", "to_numpy", "dropna", "reset_index", "assign",
                     "select_dtypes", "rename", "round", "abs", "log", "cumsum", "rank", "groupby", "agg",
                     "get_dummies", "squeeze", "tolist", "to_frame", "interpolate", "merge", "join"}:
            out = self.combine(c, datas)
            if fname == "transform" and recv.label and c.args and isinstance(c.args[0], ast.Constant):
                out = replace(out, stat=True, label=True)
            if fname in {"groupby", "agg"}:
                out = replace(out, stat=fname == "agg" or out.stat)
            if fname == "assign":
                for k in c.keywords:
                    v = self.expr(k.value)
                    if isinstance(v, Data) and v.label and not self.is_past_shift(k.value):
                        out = replace(out, derived=out.derived or at)
            if recv.label and not out.stat:
                out = replace(out, label=True)
            return out
        if fname in {"sample"}:
            frac = self.kw(c, "frac")
            rep = self.kw(c, "replace")
            if (isinstance(rep, ast.Constant) and rep.value is True) or (
                    isinstance(frac, ast.Constant) and isinstance(frac.value, (int, float)) and frac.value > 1):
                return self.oversampled(recv, c)
            return recv
        if fname in {"repeat", "tile"}:
            return self.oversampled(recv, c)
        if fname in REDUCTIONS and isinstance(c.func, ast.Attribute) and isinstance(c.func.value, ast.Call) \
                and _name_of(c.func.value.func) in {"rolling", "expanding", "ewm"}:
            return replace(self.combine(c, datas), timed=True)  # a window over past rows, one value per row
        if fname in REDUCTIONS:
            d = _merge(datas)
            taint = d.taint or (at + (fname,) if "full" in d.parts and not recv.label else None)
            return replace(d, stat=True, taint=taint)
        return self.combine(c, datas)

    def split_call(self, c: ast.Call, args: list) -> tuple:
        arrays = [a for a in args if isinstance(a, Data)]
        shuffle = self.kw(c, "shuffle")
        shuffled = not (isinstance(shuffle, ast.Constant) and shuffle.value is False)
        self.on_split(arrays, c, shuffled=shuffled)
        out = []
        for a in args:
            if isinstance(a, Data):
                out += [replace(a, parts=frozenset({"train"})), replace(a, parts=frozenset({"test"}))]
            else:
                out += [None, None]
        return tuple(out)

    def on_split(self, arrays: list, node: ast.AST, shuffled: bool) -> None:
        # One leak of each kind per split: X and y oversampled together are one mistake.
        tainted = [a for a in arrays if a.taint]
        if tainted:
            self.leak("preprocessing", tainted[0].taint[:2], what=self.taint_what(tainted[0].taint), step=self.step_of(tainted[0].taint))
        dups = [a for a in arrays if a.dup]
        if dups:
            self.leak("overlap", dups[0].dup, what="Rows are duplicated or oversampled before the split")
        if shuffled and any(a.timed for a in arrays):
            self.leak("temporal", self.here(node), what="The split shuffles rows ordered in time")

    def step_of(self, taint: tuple) -> str:
        """The fitted step as code for the Pipeline fix (a statistic becomes the scaler that computes it)."""
        what = taint[2] if len(taint) > 2 else ""
        if what in TRANSFORMERS:
            return taint[3] if len(taint) > 3 and taint[3] else f"{what}()"
        return "StandardScaler()"  # a mean and a spread computed by hand are what a scaler learns

    def taint_what(self, taint: tuple) -> str:
        what = taint[2] if len(taint) > 2 else "a statistic"
        if what in REDUCTIONS:
            return f"The {what} computed here"
        if what == "a statistic":
            return "A statistic computed here"
        return f"{what}, fitted here,"

    def cv_check(self, est: Any, X: Any, cv: Any, c: ast.Call) -> None:
        if not isinstance(X, Data):
            return
        if X.taint:
            self.leak("preprocessing", X.taint[:2], what=self.taint_what(X.taint), step=self.step_of(X.taint))
        if X.dup:
            self.leak("overlap", X.dup, what="Rows are duplicated or oversampled before cross-validation")
        if X.timed and not (isinstance(cv, Est) and cv.time_cv):
            self.leak("temporal", self.here(c), what="Cross-validation without TimeSeriesSplit on rows ordered in time")
        self.check_features(X, c)
        if isinstance(est, Est) and est.kind == "search" and "test" in X.parts:
            self.leak("multitest", self.here(c))

    def check_features(self, X: Any, c: ast.AST) -> None:
        if not isinstance(X, Data):
            return
        if X.derived:
            self.leak("target", X.derived, what="A feature is computed from the label")
        elif X.label:
            self.leak("target", self.here(c), what="The label is used as a feature")
        elif X.has_label_col:
            self.leak("target", X.label_col_line or self.here(c), what="The feature table still holds the label column")

    def est_method(self, est: Est, fname: str, c: ast.Call) -> Any:
        args = [self.expr(a) for a in c.args]
        kwargs = {k.arg: self.expr(k.value) for k in c.keywords}
        X = args[0] if args else kwargs.get("X")
        at = self.here(c)
        if fname in {"set_params", "get_params"}:
            return est if fname == "set_params" else None
        if fname == "split" and est.kind == "splitter":
            if isinstance(X, Data):
                if X.taint:
                    self.leak("preprocessing", X.taint[:2], what=self.taint_what(X.taint), step=self.step_of(X.taint))
                if X.timed and not est.time_cv:
                    self.leak("temporal", at, what="Folds shuffled across time")
            return Seq([(Data(parts=frozenset({"train"}), noise=True), Data(parts=frozenset({"test"}), noise=True))])
        if est.kind in {"transformer", "resampler"} or (est.kind == "pipeline" and fname.startswith("fit_")
                                                         and fname != "fit_predict"):
            return self.transformer_method(est, fname, X, args, c)
        if fname in {"fit", "score", "predict", "predict_proba", "decision_function", "fit_predict"}:
            for d in (X, args[1] if len(args) > 1 else None):
                # A scaler fitted on every row after the split already happened: the parts carry it.
                if isinstance(d, Data) and d.taint and d.parts & {"train", "test", "val"} and "full" not in d.parts:
                    self.leak("preprocessing", d.taint[:2], what=self.taint_what(d.taint), step=self.step_of(d.taint))
        if fname == "fit":
            self.fits += 1
            name = est.inner.name if est.kind in {"search", "pipeline"} and isinstance(est.inner, Est) else est.name
            if name not in self.models:
                self.models.append(name)
            if isinstance(X, Data):
                self.check_features(X, c)
                if est.kind == "search" and "test" in X.parts:
                    self.leak("multitest", at)
                elif "test" in X.parts or "val" in X.parts and "train" in X.parts:
                    self.leak("overlap", at, what="The model is fitted on rows that include the test rows")
                if est.kind == "search":
                    # the search cross-validates inside the rows it is given
                    self.cv_check(est, X, Est("splitter", "cv", 0, None, time_cv=est.time_cv), c)
            est.fitted_on = X if isinstance(X, Data) else est.fitted_on
            return est
        if fname in {"predict", "predict_proba", "decision_function", "fit_predict", "predict_log_proba"}:
            if fname == "fit_predict":
                self.fits += 1
                est.fitted_on = X if isinstance(X, Data) else None
            if isinstance(X, Data):
                self.check_trained_on_all(est, X, c)
                return Data(parts=X.parts, root=X.root)
            return None
        if fname == "score":
            if isinstance(X, Data):
                self.check_trained_on_all(est, X, c)
            s = Score(X.parts if isinstance(X, Data) else frozenset(), at[0], at[1])
            self.scores.append(s) if not self.speculative else None
            return s
        if fname == "transform" and est.kind in {"model", "search"}:
            return X
        return None

    def check_trained_on_all(self, est: Est, X: Data, c: ast.AST) -> None:
        fit = est.fitted_on
        if fit is not None and "full" in fit.parts and X.parts & {"test", "val"} and fit.root == X.root:
            self.leak("overlap", self.here(c), what="The model was fitted on every row before the test rows were split off")

    def transformer_method(self, est: Est, fname: str, X: Any, args: list, c: ast.Call) -> Any:
        at = self.here(c)
        fitting = fname in {"fit", "fit_transform", "fit_resample", "fit_sample"}
        if fitting and isinstance(X, Data):
            if est.kind == "resampler":
                if "full" in X.parts:
                    d = replace(X, dup=at)
                    y = args[1] if len(args) > 1 and isinstance(args[1], Data) else None
                    return (d, replace(y, dup=at) if y else None)
                return (X, args[1] if len(args) > 1 else None)
            est.fitted_on = X
            if "test" in X.parts or ("val" in X.parts and "train" in X.parts):
                self.leak("preprocessing", at, what=f"{est.name}", step=est.src or f"{est.name}()")
            elif "full" in X.parts and not X.label:
                est.full_fit = at
            if len(args) > 1 and isinstance(args[1], Data) and args[1].label and "full" in X.parts:
                est.full_fit = at  # a supervised selector looked at every label
        if fname == "fit":
            return est
        if fname in {"transform", "fit_transform", "inverse_transform"} and isinstance(X, Data):
            out = X
            if est.full_fit and not X.label:
                out = replace(X, taint=X.taint or (est.full_fit + (est.name, est.src)))
                self.taint_src = est.src
            if est.kind == "pipeline":
                return X
            return out
        return X if isinstance(X, Data) else None

    def uncalled(self, funcs: list[Func]) -> None:
        """Functions the file defines but never calls (called from another module or a test) are analysed
        on their own, their parameters standing for rows not yet split; their scores are not counted
        as the file's evaluation."""
        self.speculative = True
        try:
            for f in funcs:
                if id(f.node) in self.called:
                    continue
                args = f.node.args.posonlyargs + f.node.args.args
                env = dict(self.env)
                for a in args:
                    env[a.arg] = self.new_data(label=bool(LABEL_WORDS.match(a.arg)))
                saved, saved_cell = self.env, self.cell
                self.env, self.cell = env, f.cell
                self.depth += 1
                try:
                    for st in f.node.body:
                        self.stmt(st)
                except (_Return, RecursionError):
                    pass
                except _Budget:
                    self.truncated = True
                    return
                finally:
                    self.depth -= 1
                    self.env, self.cell = saved, saved_cell
        finally:
            self.speculative = False

    def finish(self) -> None:
        # The fixes name the candidate's own model where the file shows one.
        model = next((m for m in self.models if MODEL_HINT.search(m)), None)
        if model:
            for lk in self.leaks.values():
                lk.fix = lk.fix.replace("LogisticRegression()", f"{model}()")
        held = [s for s in self.scores if s.parts & HELDOUT]
        own = [s for s in self.scores if s.parts and s.parts <= {"train", "full"}]
        if own and not held:
            first = min(own, key=lambda s: ((s.cell or 0), s.line))
            self.leak("eval_on_train", (first.line, first.cell))


# -- entry points -------------------------------------------------------------------------------------
MAGIC = re.compile(r"^\s*[%!]")


def clean_cell_source(src: str) -> str:
    """IPython magics and shell lines become `pass` so line numbers stay put."""
    return "\n".join("pass" if MAGIC.match(line) else line for line in src.split("\n"))


def _label_names(trees: list[ast.AST]) -> tuple[set[str], set[str]]:
    """Column names used as the label: `y = df['churn']`, `df.pop('churn')`, `drop(columns=['churn'])` + fit."""
    cols: set[str] = set()
    label_vars: set[str] = set()
    aliases = {a.asname: a.name for tree in trees for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
               for a in n.names if a.asname}
    for tree in trees:
        for n in ast.walk(tree):
            if isinstance(n, ast.Assign):
                names = [t.id for t in n.targets if isinstance(t, ast.Name)]
                for t in n.targets:
                    if isinstance(t, ast.Tuple):
                        names += [e.id for e in t.elts if isinstance(e, ast.Name)]
                if any(LABEL_WORDS.match(x) for x in names):
                    v = n.value
                    if isinstance(v, ast.Attribute) and isinstance(v.value, ast.Name) and not isinstance(
                            n.targets[0], ast.Tuple):
                        if v.attr not in {"values", "T", "index", "shape", "columns"}:
                            cols.add(v.attr)
                    while isinstance(v, (ast.Attribute, ast.Call)) and not (
                            isinstance(v, ast.Call) and _name_of(v.func) == "pop"):
                        v = v.value if isinstance(v, ast.Attribute) else v.func
                    if isinstance(v, ast.Subscript) and isinstance(v.slice, ast.Constant) and isinstance(
                            v.slice.value, str):
                        cols.add(v.slice.value)
                    if isinstance(v, ast.Call) and _name_of(v.func) == "pop" and v.args and isinstance(
                            v.args[0], ast.Constant):
                        cols.add(str(v.args[0].value))
                    label_vars.update(x for x in names if LABEL_WORDS.match(x))
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Subscript):
                # df['target'] = ...: a column named like a label is one
                t = n.targets[0].slice
                if isinstance(t, ast.Constant) and isinstance(t.value, str) and LABEL_WORDS.match(t.value):
                    cols.add(t.value)
            if isinstance(n, ast.Call) and (_name_of(n.func) in {"fit", "cross_val_score", "cross_validate",
                                                                  "cross_val_predict", "fit_resample"}
                                            or aliases.get(_name_of(n.func), _name_of(n.func)) == "train_test_split"
                                            and len(n.args) == 2):
                # fit(X, df['col']) and train_test_split(X, df['col']) name the label directly
                for a in n.args[1:2]:
                    if isinstance(a, ast.Subscript) and isinstance(a.slice, ast.Constant) and isinstance(
                            a.slice.value, str):
                        cols.add(a.slice.value)
    return cols, label_vars


def run_program(cells: list[tuple[int | None, ast.Module]], order: list[int] | None = None) -> Analyzer:
    """The analyser after one pass over parsed cells (cell index, tree); `order` re-orders them when recorded."""
    trees = [t for _, t in cells]
    label_cols, label_vars = _label_names(trees)
    seq = cells if order is None else [cells[i] for i in order]
    an = Analyzer(label_cols, label_vars)
    for cell, tree in seq:
        an.run(tree.body, cell)
    an.uncalled(an.defined)
    an.finish()
    return an


def analyze_cells(cells: list[tuple[int | None, ast.Module]], order: list[int] | None = None) -> list[Leak]:
    """Leaks in a program given as parsed cells, sorted by place."""
    an = run_program(cells, order)
    return sorted(an.leaks.values(), key=lambda lk: ((lk.cell or 0), lk.line, lk.kind))


def analyze_source(src: str) -> list[Leak]:
    return analyze_cells([(None, ast.parse(src))])
