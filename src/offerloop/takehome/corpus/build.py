"""Write the leakage corpus files from `scenarios.py`: `python -m offerloop.takehome.corpus.build`.

The written files are committed; this script is how they were made and how they are remade after a
scenario changes. Output: leaks/<kind>/<name>_leak.py|.ipynb and <name>_clean.py|.ipynb.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

HERE = Path(__file__).parent
MARK = re.compile(r"\s*# leak: (\w+)\s*$")


def variant(body: str, leak: bool) -> str:
    out = []
    for line in body.split("\n"):
        if line.startswith("#@leak "):
            if not leak:
                continue
            line = line[len("#@leak "):]
        elif line.startswith("#@clean "):
            if leak:
                continue
            line = line[len("#@clean "):]
        if not leak:
            line = MARK.sub("", line)
        out.append(line)
    return "\n".join(out)


def to_notebook(src: str, title: str) -> str:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_markdown_cell(f"# {title}\nSynthetic data, small enough to run in a second."))
    for i, chunk in enumerate(re.split(r"^# %%\s*$", src, flags=re.M)):
        chunk = chunk.strip("\n")
        if chunk:
            nb.cells.append(nbformat.v4.new_code_cell(chunk, execution_count=len(nb.cells)))
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nbformat.writes(nb)


def main() -> None:
    from offerloop.takehome.corpus.scenarios import SCENARIOS

    root = HERE / "leaks"
    if root.exists():
        shutil.rmtree(root)
    for kind, items in SCENARIOS.items():
        (root / kind).mkdir(parents=True)
        for name, notebook, body in items:
            for leak in (True, False):
                src = variant(body, leak)
                stem = f"{name}_{'leak' if leak else 'clean'}"
                if notebook:
                    (root / kind / f"{stem}.ipynb").write_text(to_notebook(src, name.replace("_", " ")))
                else:
                    (root / kind / f"{stem}.py").write_text(src.replace("# %%\n", ""))
    build_repos()


# -- the take-home repositories: small projects with the findings they must and must not get ----------
def _nb(cells: list[tuple[str, str, int | None, str | None]]) -> str:
    """cells: (kind, source, execution_count, saved error name or None)."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    for kind, src, count, error in cells:
        if kind == "markdown":
            nb.cells.append(nbformat.v4.new_markdown_cell(src))
            continue
        cell = nbformat.v4.new_code_cell(src, execution_count=count)
        if error:
            cell.outputs.append(nbformat.v4.new_output("error", ename=error, evalue="saved while exploring",
                                                       traceback=[]))
        nb.cells.append(cell)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nbformat.writes(nb)


GOOD_README = """# Churn prediction

## Summary
We built a logistic regression that predicts churn; it reaches 0.86 accuracy on the held-out test set.

## Approach
A scikit-learn Pipeline (StandardScaler, LogisticRegression) fitted on the training split only.

## Results
| Metric | Value |
|--------|-------|
| Accuracy | 86.1% |
| F1-Score | 84.0% |

Baseline (most frequent class): 61.0%

## Setup
```bash
pip install -r requirements.txt
python src/train.py
```

## Project Structure
```
src/train.py      training and evaluation
tests/            unit tests
```

## Key Decisions
1. **Model choice:** logistic regression, because it is fast and explainable.

## What I'd Do With More Time
- [ ] Hyperparameter tuning
"""

GOOD_TRAIN = '''"""Train and evaluate the churn model."""

import numpy as np
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

SEED = 42


def load_data():
    """Synthetic stand-in for the churn table."""
    return make_classification(n_samples=300, n_features=6, random_state=SEED)


def train(X, y):
    """Fit the pipeline on the training rows and return it with the test score."""
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=SEED)
    model = make_pipeline(StandardScaler(), LogisticRegression())
    model.fit(X_train, y_train)
    return model, model.score(X_test, y_test)


if __name__ == "__main__":
    np.random.seed(SEED)
    X, y = load_data()
    print(train(X, y)[1])
'''

REPOS: dict[str, dict] = {
    "good_repo": {
        "files": {
            "README.md": GOOD_README,
            "requirements.txt": "numpy==1.26.4\nscikit-learn==1.5.0\npandas==2.2.2\n",
            "src/train.py": GOOD_TRAIN,
            "tests/test_train.py": "from src.train import load_data, train\n\n\ndef test_train_scores_held_out():\n"
                                   "    X, y = load_data()\n    model, score = train(X, y)\n    assert 0.5 < score <= 1.0\n",
            "explore.ipynb": ("nb", [("markdown", "# Exploration", None, None),
                                     ("code", "import pandas as pd\nimport numpy as np\nnp.random.seed(0)", 1, None),
                                     ("code", "df = pd.DataFrame({'a': np.random.rand(10)})\ndf.describe()", 2, None)]),
        },
        "must": [],
        "must_not": ["no_readme", "readme_incomplete", "no_requirements", "no_tests", "hardcoded_path",
                     "notebook_too_long", "notebook_out_of_order", "notebook_has_errors", "no_evaluation",
                     "eval_on_train", "leakage", "no_seed", "syntax_error", "notebook_unreadable",
                     "requirements_unpinned", "undeclared_dependency", "few_docstrings", "unsafe_path"],
    },
    "leaky_notebook": {
        "files": {
            "README.md": "# My take-home\n\nSee the notebook.\n",
            "requirements.txt": "pandas\nscikit-learn\nnumpy\n",
            "analysis.ipynb": ("nb", [
                ("markdown", "# Analysis", None, None),
                ("code", "import numpy as np\nfrom sklearn.datasets import make_classification\n"
                         "from sklearn.preprocessing import StandardScaler\n"
                         "from sklearn.model_selection import train_test_split\n"
                         "from sklearn.linear_model import LogisticRegression\n"
                         "X, y = make_classification(n_samples=200, random_state=0)", 1, None),
                ("code", "X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)", 3, None),
                ("code", "X = StandardScaler().fit_transform(X)", 2, None),
                ("code", "model = LogisticRegression().fit(X_train, y_train)\nmodel.score(X_test, y_test)", 4,
                 "NameError"),
            ]),
        },
        "must": ["leakage", "notebook_out_of_order", "notebook_has_errors", "readme_incomplete",
                 "requirements_unpinned", "no_tests"],
        "must_not": ["no_readme", "no_requirements", "no_evaluation", "eval_on_train"],
    },
    "no_docs_script": {
        "files": {
            "train.py": "import pandas as pd\nfrom sklearn.ensemble import RandomForestClassifier\n"
                        "from sklearn.model_selection import train_test_split\n\n"
                        "df = pd.read_csv('/Users/alice/Desktop/churn/train.csv')\n"
                        "y = df['churn']\nX = df.drop(columns=['churn'])\n"
                        "X_train, X_test, y_train, y_test = train_test_split(X, y)\n"
                        "model = RandomForestClassifier().fit(X_train, y_train)\n"
                        "print('accuracy', model.score(X_train, y_train))\n",
        },
        "must": ["no_readme", "no_requirements", "no_tests", "hardcoded_path", "eval_on_train", "no_seed"],
        "must_not": ["leakage", "no_evaluation", "readme_incomplete", "syntax_error"],
    },
    "long_notebook": {
        "files": {
            "README.md": GOOD_README.replace("python src/train.py", "jupyter nbconvert --execute model.ipynb"),
            "requirements.txt": "numpy==1.26.4\nscikit-learn==1.5.0\n",
            "test_smoke.py": "def test_numbers():\n    assert 1 + 1 == 2\n",
            "model.ipynb": ("nb", [("markdown", "# Model", None, None),
                                   ("code", "import numpy as np\nfrom sklearn.datasets import make_classification\n"
                                            "from sklearn.linear_model import LogisticRegression\n"
                                            "X, y = make_classification(n_samples=100, random_state=1)", 1, None)]
                            + [("code", "\n".join(f"v{i}_{j} = {j}" for j in range(25)), i + 2, None)
                               for i in range(42)]
                            + [("code", "model = LogisticRegression().fit(X, y)\nprint(model.coef_)", 44, None)]),
        },
        "must": ["notebook_too_long", "no_evaluation"],
        "must_not": ["eval_on_train", "leakage", "no_readme", "no_tests", "no_requirements", "notebook_out_of_order"],
    },
    "broken_files": {
        "files": {
            "README.md": GOOD_README,
            "requirements.txt": "numpy==1.26.4\npandas==2.2.2\nscikit-learn==1.5.0\n",
            "tests/test_nothing.py": "def test_ok():\n    assert True\n",
            "half_written.py": "def f(:\n    return 1\n",
            "corrupt.ipynb": '{"cells": [ {"cell_type": "code", "sou',
            "forecast.py": '"""Forecast daily sales."""\nimport numpy as np\nimport pandas as pd\n'
                           "from sklearn.linear_model import LinearRegression\n"
                           "from sklearn.model_selection import train_test_split\n"
                           "rng = np.random.default_rng(0)\n"
                           "df = pd.DataFrame({'date': pd.date_range('2020-01-01', periods=100), "
                           "'sales': rng.normal(size=100)})\n"
                           "df['lag1'] = df['sales'].shift(1)\ndf = df.dropna()\n"
                           "X_train, X_test, y_train, y_test = train_test_split(df[['lag1']], df['sales'], "
                           "random_state=0)\n"
                           "print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))\n",
            "outside_link": ("link", "/etc/hostname"),
        },
        "must": ["syntax_error", "notebook_unreadable", "leakage", "unsafe_path"],
        "must_not": ["no_readme", "no_tests", "no_requirements", "no_evaluation"],
    },
    "undocumented_package": {
        "files": {
            "README.md": "# Fraud\n\n## Summary\nA classifier for fraud.\n\n## Setup\npip install -r requirements.txt\n",
            "requirements.txt": "numpy==1.26.4\nscikit-learn==1.5.0\n",
            "tests/test_model.py": "from model import make_model\n\n\ndef test_make():\n    assert make_model(1)\n",
            "model.py": "import numpy as np\nimport lightgbm\nfrom sklearn.datasets import make_classification\n"
                        "from sklearn.model_selection import train_test_split\n"
                        "from sklearn.tree import DecisionTreeClassifier\n\n\n"
                        "def make_data():\n    return make_classification(n_samples=200, random_state=0)\n\n\n"
                        "def make_model(depth):\n    return DecisionTreeClassifier(max_depth=depth, random_state=0)\n\n\n"
                        "def split(X, y):\n    return train_test_split(X, y, random_state=0)\n\n\n"
                        "def pick(X_train, X_test, y_train, y_test):\n    best, best_acc = 1, 0.0\n"
                        "    for d in range(1, 6):\n"
                        "        acc = make_model(d).fit(X_train, y_train).score(X_test, y_test)\n"
                        "        if acc > best_acc:\n            best, best_acc = d, acc\n    return best, best_acc\n\n\n"
                        "X, y = make_data()\nX_train, X_test, y_train, y_test = split(X, y)\n"
                        "print(pick(X_train, X_test, y_train, y_test))\n",
        },
        "must": ["few_docstrings", "undeclared_dependency", "leakage", "readme_incomplete"],
        "must_not": ["no_tests", "no_requirements", "requirements_unpinned", "no_readme", "no_seed"],
    },
}


def build_repos() -> None:
    import json
    import os

    root = HERE / "repos"
    if root.exists():
        shutil.rmtree(root)
    expected = {}
    for name, spec in REPOS.items():
        for rel, content in spec["files"].items():
            p = root / name / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, tuple) and content[0] == "nb":
                p.write_text(_nb(content[1]))
            elif isinstance(content, tuple) and content[0] == "link":
                os.symlink(content[1], p)
            else:
                p.write_text(content)
        expected[name] = {"must": spec["must"], "must_not": spec["must_not"]}
    (HERE / "repos_expected.json").write_text(json.dumps(expected, indent=2) + "\n")


if __name__ == "__main__":
    main()
