"""Programs written after the corpus was frozen, in other styles (aliases, inplace edits, scaling
after the split, ColumnTransformer, helper modules): the analyser must generalise beyond the corpus."""

import textwrap

import pytest

from offerloop.takehome.leakage import analyze_source

HEAD = """
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import train_test_split as tts, cross_val_score, GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler, OneHotEncoder
rng = np.random.default_rng(0)
df = pd.DataFrame({"a": rng.normal(size=300), "b": rng.normal(size=300), "c": rng.choice(["x", "y"], 300)})
df["label"] = (df["a"] > 0).astype(int)
"""

CASES = [
    ("alias_split_after_fillna_inplace", {("preprocessing", "df.fillna(df.mean(numeric_only=True), inplace=True)")}, """
df.fillna(df.mean(numeric_only=True), inplace=True)
X = df[["a", "b"]]
y = df["label"]
X_tr, X_te, y_tr, y_te = tts(X, y, random_state=0)
print(accuracy_score(y_te, LogisticRegression().fit(X_tr, y_tr).predict(X_te)))
"""),
    ("drop_label_inplace_is_clean", set(), """
y = df["label"]
df.drop("label", axis=1, inplace=True)
X = pd.get_dummies(df)
X_tr, X_te, y_tr, y_te = tts(X, y, random_state=0)
print(RandomForestClassifier(random_state=0).fit(X_tr, y_tr).score(X_te, y_te))
"""),
    ("scaler_fitted_on_all_after_split", {("preprocessing", "sc.fit(X)")}, """
X = df[["a", "b"]].values
y = df["label"].values
X_tr, X_te, y_tr, y_te = tts(X, y, random_state=1)
sc = StandardScaler()
sc.fit(X)
clf = LogisticRegression().fit(sc.transform(X_tr), y_tr)
print(clf.score(sc.transform(X_te), y_te))
"""),
    ("column_transformer_pipeline_is_clean", set(), """
pre = ColumnTransformer([("num", StandardScaler(), ["a", "b"]), ("cat", OneHotEncoder(), ["c"])])
pipe = Pipeline([("pre", pre), ("clf", LogisticRegression())])
X = df.drop(columns=["label"])
y = df["label"]
print(cross_val_score(pipe, X, y, cv=5).mean())
X_tr, X_te, y_tr, y_te = tts(X, y, random_state=0, stratify=y)
print(pipe.fit(X_tr, y_tr).score(X_te, y_te))
"""),
    ("grid_search_then_one_test_score_is_clean", set(), """
X = df[["a", "b"]]
y = df["label"]
X_tr, X_te, y_tr, y_te = tts(X, y, random_state=0)
gs = GridSearchCV(LogisticRegression(), {"C": [0.1, 1, 10]}, cv=3).fit(X_tr, y_tr)
print(gs.best_params_, f1_score(y_te, gs.predict(X_te)))
"""),
    # The line is the column drop that leaves the label in: where the feature table was meant to be cleaned.
    ("label_kept_by_copy", {("target", 'X = X.drop(columns=["c"])')}, """
y = df["label"]
X = df.copy()
X = X.drop(columns=["c"])
X_tr, X_te, y_tr, y_te = tts(X, y, random_state=0)
print(LogisticRegression().fit(X_tr, y_tr).score(X_te, y_te))
"""),
    ("helper_split_then_scale_train_only_is_clean", set(), """
def split(frame):
    return tts(frame[["a", "b"]], frame["label"], random_state=0)


def scale(train, test):
    s = StandardScaler().fit(train)
    return s.transform(train), s.transform(test)


X_tr, X_te, y_tr, y_te = split(df)
X_tr, X_te = scale(X_tr, X_te)
print(LogisticRegression().fit(X_tr, y_tr).score(X_te, y_te))
"""),
    ("best_of_models_on_test_in_a_comprehension", {("multitest", "scores = {n: m.fit(X_tr, y_tr).score(X_te, y_te) for n, m in models.items()}")}, """
X = df[["a", "b"]]
y = df["label"]
X_tr, X_te, y_tr, y_te = tts(X, y, random_state=0)
models = {"lr": LogisticRegression(), "rf": RandomForestClassifier(random_state=0)}
scores = {n: m.fit(X_tr, y_tr).score(X_te, y_te) for n, m in models.items()}
best = max(scores, key=scores.get)
print(best, scores[best])
"""),
    ("concat_with_a_sample_of_itself", {("overlap", "df = pd.concat([df, df.sample(frac=0.3, random_state=0)])")}, """
df = pd.concat([df, df.sample(frac=0.3, random_state=0)])
X_tr, X_te, y_tr, y_te = tts(df[["a", "b"]], df["label"], random_state=0)
print(LogisticRegression().fit(X_tr, y_tr).score(X_te, y_te))
"""),
    ("pca_fit_then_transform_chained", {("preprocessing", "X_new = PCA(2).fit(X).transform(X)")}, """
from sklearn.decomposition import PCA
X = df[["a", "b"]].to_numpy()
X_new = PCA(2).fit(X).transform(X)
X_tr, X_te, y_tr, y_te = tts(X_new, df["label"], random_state=0)
print(LogisticRegression().fit(X_tr, y_tr).score(X_te, y_te))
"""),
    ("label_encoder_on_the_target_is_clean", set(), """
from sklearn.preprocessing import LabelEncoder
y = LabelEncoder().fit_transform(df["c"])
X = df[["a", "b"]]
X_tr, X_te, y_tr, y_te = tts(X, y, random_state=0)
print(LogisticRegression().fit(X_tr, y_tr).score(X_te, y_te))
"""),
    ("stateless_log_transform_is_clean", set(), """
X = np.log1p(np.abs(df[["a", "b"]].to_numpy()))
X_tr, X_te, y_tr, y_te = tts(X, df["label"], random_state=0)
print(LogisticRegression().fit(X_tr, y_tr).score(X_te, y_te))
"""),
    ("divide_by_the_max_of_all_rows", {("preprocessing", "X = X / X.max(axis=0)")}, """
X = df[["a", "b"]].to_numpy()
X = X / X.max(axis=0)
X_tr, X_te, y_tr, y_te = tts(X, df["label"], random_state=0)
print(LogisticRegression().fit(X_tr, y_tr).score(X_te, y_te))
"""),
    ("tile_before_split", {("overlap", "X2 = np.tile(X, (2, 1))")}, """
X = df[["a", "b"]].to_numpy()
y = df["label"].to_numpy()
X2 = np.tile(X, (2, 1))
y2 = np.tile(y, 2)
X_tr, X_te, y_tr, y_te = tts(X2, y2, random_state=0)
print(LogisticRegression().fit(X_tr, y_tr).score(X_te, y_te))
"""),
    ("date_cutoff_split_is_clean", set(), """
df["date"] = pd.date_range("2021-01-01", periods=len(df), freq="D")
df = df.sort_values("date")
train = df[df["date"] < "2021-09-01"]
test = df[df["date"] >= "2021-09-01"]
m = LogisticRegression().fit(train[["a", "b"]], train["label"])
print(m.score(test[["a", "b"]], test["label"]))
"""),
    ("tuning_by_cross_validation_is_clean", set(), """
X = df[["a", "b"]]
y = df["label"]
X_tr, X_te, y_tr, y_te = tts(X, y, random_state=0)
best, best_c = -1.0, None
for C in [0.1, 1.0, 10.0]:
    s = cross_val_score(LogisticRegression(C=C), X_tr, y_tr, cv=5).mean()
    if s > best:
        best, best_c = s, C
print(LogisticRegression(C=best_c).fit(X_tr, y_tr).score(X_te, y_te))
"""),
    ("only_training_scores_twice", {("eval_on_train", "print(model.score(X, y))")}, """
X = df[["a", "b"]]
y = df["label"]
model = LogisticRegression().fit(X, y)
print(model.score(X, y))
print(f1_score(y, model.predict(X)))
"""),
    ("target_mean_per_group_over_all_rows", {("target", 'df["c_rate"] = df.groupby("c")["label"].transform("mean")')}, """
df["c_rate"] = df.groupby("c")["label"].transform("mean")
X = df[["a", "b", "c_rate"]]
X_tr, X_te, y_tr, y_te = tts(X, df["label"], random_state=0)
print(LogisticRegression().fit(X_tr, y_tr).score(X_te, y_te))
"""),
    ("binned_feature_is_clean", set(), """
df["a_bin"] = pd.cut(df["a"], bins=[-10, -1, 0, 1, 10], labels=False)
X = df[["a_bin", "b"]]
X_tr, X_te, y_tr, y_te = tts(X, df["label"], random_state=0)
print(LogisticRegression().fit(X_tr, y_tr).score(X_te, y_te))
"""),
    ("leaderboard_sorted_by_test_score", {("multitest", "    results[name] = accuracy_score(y_te, m.fit(X_tr, y_tr).predict(X_te))")}, """
X_tr, X_te, y_tr, y_te = tts(df[["a", "b"]], df["label"], random_state=0)
results = {}
for name, m in {"lr": LogisticRegression(), "rf": RandomForestClassifier(random_state=0)}.items():
    results[name] = accuracy_score(y_te, m.fit(X_tr, y_tr).predict(X_te))
ranked = sorted(results.items(), key=lambda kv: kv[1], reverse=True)
print(ranked[0])
"""),
]


@pytest.mark.parametrize("name,expected,body", CASES, ids=[c[0] for c in CASES])
def test_fresh_program(name, expected, body):
    src = textwrap.dedent(HEAD + body)
    lines = src.split("\n")
    want = {(kind, lines.index(stmt) + 1) for kind, stmt in expected}
    got = {(lk.kind, lk.line) for lk in analyze_source(src)}
    assert got == want
