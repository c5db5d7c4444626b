"""The labelled leakage corpus, as scenarios: each one is written once and yields a leaking and a clean
program. Lines starting `#@leak ` appear only in the leaking program, `#@clean ` only in the clean
one; the leaking statement carries the comment `# leak: <kind>` (the label the agreement report reads;
the analyser never sees comments). `# %%` separates notebook cells; a scenario marked as a notebook
is written as .ipynb with a markdown cell in front, so cell indices count markdown cells.

Every program makes its own small synthetic data and runs in about a second.
"""

NP = """import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
"""

PD = """import numpy as np
import pandas as pd
rng = np.random.default_rng(0)
df = pd.DataFrame({"age": rng.normal(40, 10, 240), "income": rng.normal(50, 15, 240),
                   "visits": rng.poisson(3, 240), "city": rng.choice(["a", "b", "c"], 240)})
df["churn"] = (df["income"] + rng.normal(0, 5, 240) > 50).astype(int)
"""

TS = """import numpy as np
import pandas as pd
rng = np.random.default_rng(1)
df = pd.DataFrame({"date": pd.date_range("2021-01-01", periods=260, freq="D"),
                   "sales": np.cumsum(rng.normal(0, 1, 260)) + 50})
df["lag1"] = df["sales"].shift(1)
df["lag7"] = df["sales"].shift(7)
df = df.dropna()
"""

SCENARIOS: dict[str, list[tuple[str, bool, str]]] = {"preprocessing": [], "overlap": [], "multitest": [],
                                                      "eval_on_train": [], "target": [], "temporal": []}


def add(kind: str, name: str, notebook: bool, body: str) -> None:
    SCENARIOS[kind].append((name, notebook, body))


# ---------------------------------------------------------------- preprocessing
add("preprocessing", "scaler_before_split", False, NP + """from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
#@leak X = StandardScaler().fit_transform(X)  # leak: preprocessing
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
#@leak model = LogisticRegression()
#@clean model = make_pipeline(StandardScaler(), LogisticRegression())
model.fit(X_train, y_train)
print("test accuracy", model.score(X_test, y_test))
""")
add("preprocessing", "minmax_fit_then_transform", False, NP + """from sklearn.preprocessing import MinMaxScaler
from sklearn.svm import SVC
from sklearn.model_selection import train_test_split
scaler = MinMaxScaler()
#@leak scaler.fit(X)  # leak: preprocessing
#@leak X_scaled = scaler.transform(X)
#@leak X_train, X_test, y_train, y_test = train_test_split(X_scaled, y, random_state=1)
#@clean X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=1)
#@clean scaler.fit(X_train)
#@clean X_train = scaler.transform(X_train)
#@clean X_test = scaler.transform(X_test)
clf = SVC().fit(X_train, y_train)
print(clf.score(X_test, y_test))
""")
add("preprocessing", "imputer_on_frame", True, PD + """df.loc[::7, "income"] = np.nan
from sklearn.impute import SimpleImputer
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
features = ["age", "income", "visits"]
# %%
imputer = SimpleImputer(strategy="median")
#@leak df[features] = imputer.fit_transform(df[features])  # leak: preprocessing
train, test = train_test_split(df, test_size=0.2, random_state=0)
#@clean train = train.copy()
#@clean test = test.copy()
#@clean train[features] = imputer.fit_transform(train[features])
#@clean test[features] = imputer.transform(test[features])
# %%
model = RandomForestClassifier(n_estimators=30, random_state=0)
model.fit(train[features], train["churn"])
print("accuracy", model.score(test[features], test["churn"]))
""")
add("preprocessing", "pca_then_cv", False, NP + """from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
#@leak X_low = PCA(n_components=3).fit_transform(X)  # leak: preprocessing
#@leak scores = cross_val_score(LogisticRegression(), X_low, y, cv=5)
#@clean scores = cross_val_score(make_pipeline(PCA(n_components=3), LogisticRegression()), X, y, cv=5)
print(scores.mean())
""")
add("preprocessing", "selectkbest_before_split", True, NP + """from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.tree import DecisionTreeClassifier
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
# %%
selector = SelectKBest(f_classif, k=4)
#@leak X_sel = selector.fit_transform(X, y)  # leak: preprocessing
#@leak X_train, X_test, y_train, y_test = train_test_split(X_sel, y, random_state=0)
#@leak tree = DecisionTreeClassifier(random_state=0)
#@clean X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
#@clean tree = Pipeline([("select", selector), ("tree", DecisionTreeClassifier(random_state=0))])
# %%
tree.fit(X_train, y_train)
print(tree.score(X_test, y_test))
""")
add("preprocessing", "manual_standardise", False, NP + """from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
#@leak X = (X - X.mean(axis=0)) / X.std(axis=0)  # leak: preprocessing
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=2)
#@clean mu, sd = X_train.mean(axis=0), X_train.std(axis=0)
#@clean X_train = (X_train - mu) / sd
#@clean X_test = (X_test - mu) / sd
lr = LogisticRegression().fit(X_train, y_train)
print(lr.score(X_test, y_test))
""")
add("preprocessing", "fillna_with_mean", False, PD + """df.loc[::5, "age"] = np.nan
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
#@leak df["age"] = df["age"].fillna(df["age"].mean())  # leak: preprocessing
X = df[["age", "income", "visits"]]
y = df["churn"]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
#@clean fill = X_train["age"].mean()
#@clean X_train = X_train.fillna({"age": fill})
#@clean X_test = X_test.fillna({"age": fill})
model = LogisticRegression(max_iter=500).fit(X_train, y_train)
print(model.score(X_test, y_test))
""")
add("preprocessing", "tfidf_on_all_texts", True, """import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.naive_bayes import MultinomialNB
from sklearn.model_selection import train_test_split
rng = np.random.default_rng(0)
words = ["good", "bad", "great", "awful", "fine", "poor", "nice", "meh"]
texts = [" ".join(rng.choice(words, 6)) for _ in range(200)]
labels = np.array([int(("good" in t) or ("great" in t)) for t in texts])
# %%
vec = TfidfVectorizer()
#@leak X = vec.fit_transform(texts)  # leak: preprocessing
#@leak X_train, X_test, y_train, y_test = train_test_split(X, labels, random_state=0)
#@clean t_train, t_test, y_train, y_test = train_test_split(texts, labels, random_state=0)
#@clean X_train = vec.fit_transform(t_train)
#@clean X_test = vec.transform(t_test)
# %%
nb = MultinomialNB().fit(X_train, y_train)
print(nb.score(X_test, y_test))
""")
add("preprocessing", "scaler_on_train_and_test", False, NP + """from sklearn.preprocessing import RobustScaler
from sklearn.neighbors import KNeighborsClassifier
from sklearn.model_selection import train_test_split
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=3)
scaler = RobustScaler()
#@leak scaler.fit(np.vstack([X_train, X_test]))  # leak: preprocessing
#@clean scaler.fit(X_train)
knn = KNeighborsClassifier().fit(scaler.transform(X_train), y_train)
print(knn.score(scaler.transform(X_test), y_test))
""")
add("preprocessing", "helper_function_scales", False, NP + """from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split


def prepare(features):
    scaler = StandardScaler()
    return scaler.fit_transform(features)  # leak: preprocessing


#@leak X_ready = prepare(X)
#@leak X_train, X_test, y_train, y_test = train_test_split(X_ready, y, random_state=0)
#@clean X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
#@clean X_train = prepare(X_train)
#@clean X_test = StandardScaler().fit(X_train).transform(X_test)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
""")

# ---------------------------------------------------------------- overlap
add("overlap", "upsample_minority_before_split", False, PD + """from sklearn.utils import resample
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
features = ["age", "income", "visits"]
#@leak minority = df[df["churn"] == 1]
#@leak extra = resample(minority, replace=True, n_samples=80, random_state=0)  # leak: overlap
#@leak df = pd.concat([df, extra])
train, test = train_test_split(df, test_size=0.25, random_state=0)
#@clean minority = train[train["churn"] == 1]
#@clean extra = resample(minority, replace=True, n_samples=80, random_state=0)
#@clean train = pd.concat([train, extra])
model = LogisticRegression(max_iter=500).fit(train[features], train["churn"])
print(model.score(test[features], test["churn"]))
""")
add("overlap", "duplicate_rows_by_concat", True, PD + """from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
features = ["age", "income", "visits"]
# %%
#@leak df = pd.concat([df, df[df["churn"] == 1]])  # leak: overlap
X_train, X_test, y_train, y_test = train_test_split(df[features], df["churn"], random_state=4)
#@clean pos = X_train[y_train == 1]
#@clean X_train = pd.concat([X_train, pos])
#@clean y_train = pd.concat([y_train, y_train[y_train == 1]])
# %%
rf = RandomForestClassifier(n_estimators=25, random_state=0).fit(X_train, y_train)
print(rf.score(X_test, y_test))
""")
add("overlap", "fit_on_all_rows", False, NP + """from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score
model = LogisticRegression()
#@leak model.fit(X, y)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
#@clean model.fit(X_train, y_train)
pred = model.predict(X_test)  # leak: overlap
print(accuracy_score(y_test, pred))
""")
add("overlap", "bootstrap_frame", False, PD + """from sklearn.tree import DecisionTreeClassifier
from sklearn.model_selection import train_test_split
features = ["age", "income", "visits"]
#@leak df = df.sample(n=400, replace=True, random_state=0)  # leak: overlap
train, test = train_test_split(df, random_state=0)
#@clean train = train.sample(n=300, replace=True, random_state=0)
tree = DecisionTreeClassifier(random_state=0).fit(train[features], train["churn"])
print(tree.score(test[features], test["churn"]))
""")
add("overlap", "train_on_train_plus_test", True, NP + """from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=5)
# %%
#@leak X_all = np.vstack([X_train, X_test])
#@leak y_all = np.concatenate([y_train, y_test])
model = LogisticRegression()
#@leak model.fit(X_all, y_all)  # leak: overlap
#@clean model.fit(X_train, y_train)
# %%
print("held-out accuracy", model.score(X_test, y_test))
""")
add("overlap", "noise_augmentation_before_split", False, NP + """from sklearn.svm import SVC
from sklearn.model_selection import train_test_split
rng = np.random.default_rng(0)
#@leak X_aug = np.vstack([X, X + rng.normal(0, 0.01, X.shape)])  # leak: overlap
#@leak y_aug = np.concatenate([y, y])
#@leak X_train, X_test, y_train, y_test = train_test_split(X_aug, y_aug, random_state=0)
#@clean X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
#@clean X_train = np.vstack([X_train, X_train + rng.normal(0, 0.01, X_train.shape)])
#@clean y_train = np.concatenate([y_train, y_train])
print(SVC().fit(X_train, y_train).score(X_test, y_test))
""")
add("overlap", "oversample_helper", False, NP + """from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split


def oversample(features, labels):
    idx = np.where(labels == 1)[0]
    return np.vstack([features, features[idx]]), np.concatenate([labels, labels[idx]])  # leak: overlap


#@leak X_res, y_res = oversample(X, y)
#@leak X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, random_state=0)
#@clean X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
#@clean X_train, y_train = oversample(X_train, y_train)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
""")
add("overlap", "resample_arrays_notebook", True, NP + """from sklearn.utils import resample
from sklearn.neighbors import KNeighborsClassifier
from sklearn.model_selection import train_test_split
# %%
#@leak X_big, y_big = resample(X, y, replace=True, n_samples=400, random_state=0)  # leak: overlap
#@leak X_train, X_test, y_train, y_test = train_test_split(X_big, y_big, random_state=0)
#@clean X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
#@clean X_train, y_train = resample(X_train, y_train, replace=True, n_samples=400, random_state=0)
# %%
knn = KNeighborsClassifier(n_neighbors=3).fit(X_train, y_train)
print(knn.score(X_test, y_test))
""")
add("overlap", "cv_on_doubled_rows", False, NP + """from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
#@leak X_twice = np.concatenate([X, X])  # leak: overlap
#@leak y_twice = np.concatenate([y, y])
#@leak print(cross_val_score(LogisticRegression(), X_twice, y_twice, cv=5).mean())
#@clean print(cross_val_score(LogisticRegression(), X, y, cv=5).mean())
""")
add("overlap", "repeat_rows", False, NP + """from sklearn.naive_bayes import GaussianNB
from sklearn.model_selection import train_test_split
#@leak X_rep = np.repeat(X, 2, axis=0)  # leak: overlap
#@leak y_rep = np.repeat(y, 2)
#@leak X_train, X_test, y_train, y_test = train_test_split(X_rep, y_rep, random_state=0)
#@clean X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
#@clean X_train, y_train = np.repeat(X_train, 2, axis=0), np.repeat(y_train, 2)
print(GaussianNB().fit(X_train, y_train).score(X_test, y_test))
""")

# ---------------------------------------------------------------- multitest
add("multitest", "tune_c_on_test", False, NP + """from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
#@clean X_fit, X_val, y_fit, y_val = train_test_split(X_train, y_train, random_state=0)
best_c, best_score = None, 0.0
for c in [0.01, 0.1, 1.0, 10.0]:
#@leak     model = LogisticRegression(C=c).fit(X_train, y_train)
#@leak     score = model.score(X_test, y_test)  # leak: multitest
#@clean     model = LogisticRegression(C=c).fit(X_fit, y_fit)
#@clean     score = model.score(X_val, y_val)
    if score > best_score:
        best_c, best_score = c, score
final = LogisticRegression(C=best_c).fit(X_train, y_train)
print(best_c, final.score(X_test, y_test))
""")
add("multitest", "pick_model_by_test", True, NP + """from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.tree import DecisionTreeClassifier
from sklearn.model_selection import train_test_split, cross_val_score
from sklearn.metrics import accuracy_score
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
# %%
models = {"lr": LogisticRegression(), "rf": RandomForestClassifier(n_estimators=20, random_state=0),
          "tree": DecisionTreeClassifier(random_state=0)}
results = {}
for name, model in models.items():
#@leak     model.fit(X_train, y_train)
#@leak     results[name] = accuracy_score(y_test, model.predict(X_test))  # leak: multitest
#@clean     results[name] = cross_val_score(model, X_train, y_train, cv=3).mean()
# %%
best = max(results, key=results.get)
chosen = models[best].fit(X_train, y_train)
print(best, chosen.score(X_test, y_test))
""")
add("multitest", "grid_search_on_test", False, NP + """from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.svm import SVC
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
search = GridSearchCV(SVC(), {"C": [0.1, 1, 10]}, cv=3)
#@leak search.fit(X_test, y_test)  # leak: multitest
#@clean search.fit(X_train, y_train)
print(search.best_params_, search.score(X_test, y_test))
""")
add("multitest", "threshold_on_test", True, NP + """from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import f1_score
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=1)
#@clean X_fit, X_val, y_fit, y_val = train_test_split(X_train, y_train, random_state=1)
# %%
#@leak model = LogisticRegression().fit(X_train, y_train)
#@leak proba = model.predict_proba(X_test)[:, 1]
#@clean model = LogisticRegression().fit(X_fit, y_fit)
#@clean proba = model.predict_proba(X_val)[:, 1]
best_t, best_f1 = 0.5, 0.0
for t in [0.3, 0.4, 0.5, 0.6]:
#@leak     f1 = f1_score(y_test, proba > t)  # leak: multitest
#@clean     f1 = f1_score(y_val, proba > t)
    if f1 > best_f1:
        best_t, best_f1 = t, f1
# %%
print(best_t, f1_score(y_test, model.predict_proba(X_test)[:, 1] > best_t))
""")
add("multitest", "argmax_over_k", False, NP + """from sklearn.neighbors import KNeighborsClassifier
from sklearn.model_selection import train_test_split, cross_val_score
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
ks = [1, 3, 5, 7, 9]
scores = []
for k in ks:
    knn = KNeighborsClassifier(n_neighbors=k)
#@leak     scores.append(knn.fit(X_train, y_train).score(X_test, y_test))  # leak: multitest
#@clean     scores.append(cross_val_score(knn, X_train, y_train, cv=3).mean())
best_k = ks[int(np.argmax(scores))]
print(best_k, KNeighborsClassifier(n_neighbors=best_k).fit(X_train, y_train).score(X_test, y_test))
""")
add("multitest", "evaluate_helper", False, NP + """from sklearn.tree import DecisionTreeClassifier
from sklearn.model_selection import train_test_split
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
#@clean X_fit, X_val, y_fit, y_val = train_test_split(X_train, y_train, random_state=0)


def evaluate(model):
#@leak     return model.score(X_test, y_test)  # leak: multitest
#@clean     return model.score(X_val, y_val)


best_depth, best = 1, -1.0
for depth in range(1, 6):
#@leak     tree = DecisionTreeClassifier(max_depth=depth, random_state=0).fit(X_train, y_train)
#@clean     tree = DecisionTreeClassifier(max_depth=depth, random_state=0).fit(X_fit, y_fit)
    acc = evaluate(tree)
    if acc > best:
        best_depth, best = depth, acc
print(best_depth, DecisionTreeClassifier(max_depth=best_depth).fit(X_train, y_train).score(X_test, y_test))
""")
add("multitest", "feature_count_on_test", False, NP + """from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
#@clean X_fit, X_val, y_fit, y_val = train_test_split(X_train, y_train, random_state=2)
best_n, best_acc = 1, 0.0
for n in range(1, 9):
#@leak     lr = LogisticRegression().fit(X_train[:, :n], y_train)
#@leak     acc = lr.score(X_test[:, :n], y_test)  # leak: multitest
#@clean     lr = LogisticRegression().fit(X_fit[:, :n], y_fit)
#@clean     acc = lr.score(X_val[:, :n], y_val)
    if acc > best_acc:
        best_n, best_acc = n, acc
print(best_n, LogisticRegression().fit(X_train[:, :best_n], y_train).score(X_test[:, :best_n], y_test))
""")
add("multitest", "sorted_leaderboard", True, NP + """from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.model_selection import train_test_split, cross_val_score
from sklearn.metrics import roc_auc_score
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=7)
# %%
board = []
for n in [10, 30]:
    for make in [RandomForestClassifier, GradientBoostingClassifier]:
        m = make(n_estimators=n, random_state=0)
#@leak         m.fit(X_train, y_train)
#@leak         board.append((roc_auc_score(y_test, m.predict_proba(X_test)[:, 1]), n))  # leak: multitest
#@clean         board.append((cross_val_score(m, X_train, y_train, cv=3, scoring="roc_auc").mean(), n))
# %%
top = sorted(board, reverse=True)[0]
print(top)
final = RandomForestClassifier(n_estimators=top[1], random_state=0).fit(X_train, y_train)
print(roc_auc_score(y_test, final.predict_proba(X_test)[:, 1]))
""")
add("multitest", "alpha_on_test_regression", False, """import numpy as np
from sklearn.datasets import make_regression
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error
X, y = make_regression(n_samples=200, n_features=6, noise=5.0, random_state=0)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
#@clean X_fit, X_val, y_fit, y_val = train_test_split(X_train, y_train, random_state=0)
errors = {}
for alpha in [0.1, 1.0, 10.0]:
#@leak     errors[alpha] = mean_squared_error(y_test, Ridge(alpha=alpha).fit(X_train, y_train).predict(X_test))  # leak: multitest
#@clean     errors[alpha] = mean_squared_error(y_val, Ridge(alpha=alpha).fit(X_fit, y_fit).predict(X_val))
alpha = min(errors, key=errors.get)
print(alpha, mean_squared_error(y_test, Ridge(alpha=alpha).fit(X_train, y_train).predict(X_test)))
""")
add("multitest", "random_search_on_test", False, NP + """from sklearn.model_selection import RandomizedSearchCV, train_test_split
from sklearn.ensemble import RandomForestClassifier
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
search = RandomizedSearchCV(RandomForestClassifier(random_state=0), {"max_depth": [2, 4, 6]}, n_iter=3, cv=3,
                            random_state=0)
#@leak search.fit(X_test, y_test)  # leak: multitest
#@clean search.fit(X_train, y_train)
print(search.best_params_, search.score(X_test, y_test))
""")

# ---------------------------------------------------------------- eval_on_train
add("eval_on_train", "score_on_fit_rows", False, NP + """from sklearn.ensemble import RandomForestClassifier
#@clean from sklearn.model_selection import train_test_split
#@clean X, X_test, y, y_test = train_test_split(X, y, random_state=0)
model = RandomForestClassifier(n_estimators=20, random_state=0).fit(X, y)
#@leak print("accuracy", model.score(X, y))  # leak: eval_on_train
#@clean print("accuracy", model.score(X_test, y_test))
""")
add("eval_on_train", "split_but_train_metric", True, NP + """from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
# %%
model = LogisticRegression().fit(X_train, y_train)
# %%
#@leak print(accuracy_score(y_train, model.predict(X_train)))  # leak: eval_on_train
#@clean print(accuracy_score(y_test, model.predict(X_test)))
""")
add("eval_on_train", "regression_train_error", False, """import numpy as np
from sklearn.datasets import make_regression
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error
X, y = make_regression(n_samples=150, n_features=4, noise=3.0, random_state=1)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
reg = LinearRegression().fit(X_train, y_train)
#@leak rmse = mean_squared_error(y_train, reg.predict(X_train)) ** 0.5  # leak: eval_on_train
#@clean rmse = mean_squared_error(y_test, reg.predict(X_test)) ** 0.5
print("rmse", rmse)
""")
add("eval_on_train", "classification_report_train", False, NP + """from sklearn.tree import DecisionTreeClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import classification_report
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
tree = DecisionTreeClassifier(random_state=0).fit(X_train, y_train)
#@leak print(classification_report(y_train, tree.predict(X_train)))  # leak: eval_on_train
#@clean print(classification_report(y_test, tree.predict(X_test)))
""")
add("eval_on_train", "report_helper", False, NP + """from sklearn.svm import SVC
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score


def report(model, features, labels):
    print("accuracy", accuracy_score(labels, model.predict(features)))  # leak: eval_on_train


X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
svc = SVC().fit(X_train, y_train)
#@leak report(svc, X_train, y_train)
#@clean report(svc, X_test, y_test)
""")
add("eval_on_train", "frame_in_sample", True, PD + """from sklearn.linear_model import LogisticRegression
features = ["age", "income", "visits"]
#@clean from sklearn.model_selection import train_test_split
#@clean df, holdout = train_test_split(df, random_state=0)
# %%
model = LogisticRegression(max_iter=500).fit(df[features], df["churn"])
# %%
#@leak print("in-sample accuracy", model.score(df[features], df["churn"]))  # leak: eval_on_train
#@clean print("held-out accuracy", model.score(holdout[features], holdout["churn"]))
""")
add("eval_on_train", "roc_auc_train", False, NP + """from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
gb = GradientBoostingClassifier(n_estimators=20, random_state=0).fit(X_train, y_train)
#@leak auc = roc_auc_score(y_train, gb.predict_proba(X_train)[:, 1])  # leak: eval_on_train
#@clean auc = roc_auc_score(y_test, gb.predict_proba(X_test)[:, 1])
print("auc", auc)
""")
add("eval_on_train", "f1_on_everything", True, NP + """from sklearn.neighbors import KNeighborsClassifier
from sklearn.metrics import f1_score
#@clean from sklearn.model_selection import cross_val_score
# %%
knn = KNeighborsClassifier(n_neighbors=5)
knn.fit(X, y)
# %%
#@leak print(f1_score(y, knn.predict(X)))  # leak: eval_on_train
#@clean print(cross_val_score(knn, X, y, cv=5, scoring="f1").mean())
""")
add("eval_on_train", "pipeline_train_score", False, NP + """from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
pipe = make_pipeline(StandardScaler(), LogisticRegression()).fit(X_train, y_train)
#@leak print(pipe.score(X_train, y_train))  # leak: eval_on_train
#@clean print(pipe.score(X_test, y_test))
""")
add("eval_on_train", "r2_on_fit", False, """import numpy as np
from sklearn.datasets import make_regression
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import r2_score
X, y = make_regression(n_samples=150, n_features=5, noise=4.0, random_state=2)
#@clean from sklearn.model_selection import train_test_split
#@clean X, X_hold, y, y_hold = train_test_split(X, y, random_state=0)
rf = RandomForestRegressor(n_estimators=20, random_state=0).fit(X, y)
#@leak print("r2", r2_score(y, rf.predict(X)))  # leak: eval_on_train
#@clean print("r2", r2_score(y_hold, rf.predict(X_hold)))
""")

# ---------------------------------------------------------------- target
add("target", "ratio_from_label", False, PD + """from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
#@leak df["value"] = df["churn"] * df["income"]  # leak: target
#@clean df["value"] = df["income"] / (df["visits"] + 1)
X = df.drop(columns=["churn", "city"])
y = df["churn"]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(LogisticRegression(max_iter=500).fit(X_train, y_train).score(X_test, y_test))
""")
add("target", "label_not_dropped", True, PD + """from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
df["id"] = np.arange(len(df))
# %%
#@leak X = df.drop(columns=["id", "city"])  # leak: target
#@clean X = df.drop(columns=["id", "city", "churn"])
y = df["churn"]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
# %%
rf = RandomForestClassifier(n_estimators=20, random_state=0).fit(X_train, y_train)
print(rf.score(X_test, y_test))
""")
add("target", "target_encoding_all_rows", False, PD + """from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
features = ["age", "income", "city_rate"]
#@leak df["city_rate"] = df.groupby("city")["churn"].transform("mean")  # leak: target
train, test = train_test_split(df, random_state=0)
#@clean train, test = train.copy(), test.copy()
#@clean rates = train.groupby("city")["churn"].mean()
#@clean train["city_rate"] = train["city"].map(rates)
#@clean test["city_rate"] = test["city"].map(rates)
model = LogisticRegression(max_iter=500).fit(train[features], train["churn"])
print(model.score(test[features], test["churn"]))
""")
add("target", "label_stacked_into_features", False, NP + """from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
rng = np.random.default_rng(0)
#@leak X_more = np.column_stack([X, y + rng.normal(0, 0.1, len(y))])  # leak: target
#@clean X_more = np.column_stack([X, rng.normal(0, 0.1, len(y))])
X_train, X_test, y_train, y_test = train_test_split(X_more, y, random_state=0)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
""")
add("target", "feature_helper_uses_label", True, PD + """from sklearn.tree import DecisionTreeClassifier
from sklearn.model_selection import train_test_split


def add_features(frame):
#@leak     frame["engagement"] = frame["visits"] * 2 + frame["churn"]  # leak: target
#@clean     frame["engagement"] = frame["visits"] * 2 + frame["age"] / 10
    return frame


# %%
df = add_features(df)
X = df[["age", "income", "engagement"]]
y = df["churn"]
# %%
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(DecisionTreeClassifier(random_state=0).fit(X_train, y_train).score(X_test, y_test))
""")
add("target", "label_in_column_list", False, PD + """from sklearn.naive_bayes import GaussianNB
from sklearn.model_selection import train_test_split
#@leak X = df[["age", "income", "visits", "churn"]]  # leak: target
#@clean X = df[["age", "income", "visits"]]
y = df["churn"]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(GaussianNB().fit(X_train, y_train).score(X_test, y_test))
""")
add("target", "flag_copy_of_label", False, PD + """from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
#@leak df["is_lost"] = (df["churn"] == 1).astype(int)  # leak: target
#@clean df["is_old"] = (df["age"] > 50).astype(int)
y = df.pop("churn")
X = df.drop(columns=["city"])
print(cross_val_score(LogisticRegression(max_iter=500), X, y, cv=5).mean())
""")
add("target", "regression_residual_feature", False, """import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split
rng = np.random.default_rng(3)
df = pd.DataFrame({"rooms": rng.integers(1, 6, 200), "area": rng.normal(80, 20, 200)})
df["price"] = df["area"] * 3 + df["rooms"] * 10 + rng.normal(0, 5, 200)
#@leak df["price_per_m2"] = df["price"] / df["area"]  # leak: target
#@clean df["area_per_room"] = df["area"] / df["rooms"]
X = df.drop(columns=["price"])
y = df["price"]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
""")
add("target", "assign_future_label", True, PD + """from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
# %%
#@leak df = df.assign(churn_copy=df["churn"] * 1.0)  # leak: target
#@clean df = df.assign(income_k=df["income"] / 1000)
X = df.drop(columns=["churn", "city"])
y = df["churn"]
# %%
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(RandomForestClassifier(n_estimators=20, random_state=0).fit(X_train, y_train).score(X_test, y_test))
""")
add("target", "mean_label_by_city_map", False, PD + """from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
#@leak rates = df.groupby("city")["churn"].mean()
#@leak df["city_rate"] = df["city"].map(rates)  # leak: target
#@leak X = df[["age", "income", "city_rate"]]
#@clean X = df[["age", "income"]]
y = df["churn"]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(LogisticRegression(max_iter=500).fit(X_train, y_train).score(X_test, y_test))
""")

# ---------------------------------------------------------------- temporal
add("temporal", "shuffled_split_of_days", False, TS + """from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split
X = df[["lag1", "lag7"]]
y = df["sales"]
#@leak X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)  # leak: temporal
#@clean X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, shuffle=False)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
""")
add("temporal", "kfold_cv_on_series", True, TS + """from sklearn.linear_model import Ridge
from sklearn.model_selection import cross_val_score, TimeSeriesSplit
X = df[["lag1", "lag7"]]
y = df["sales"]
# %%
#@leak scores = cross_val_score(Ridge(), X, y, cv=5)  # leak: temporal
#@clean scores = cross_val_score(Ridge(), X, y, cv=TimeSeriesSplit(n_splits=5))
print(scores.mean())
""")
add("temporal", "shuffled_kfold_loop", False, TS + """from sklearn.linear_model import LinearRegression
from sklearn.model_selection import KFold, TimeSeriesSplit
X = df[["lag1", "lag7"]].to_numpy()
y = df["sales"].to_numpy()
#@leak folds = KFold(n_splits=4, shuffle=True, random_state=0)
#@clean folds = TimeSeriesSplit(n_splits=4)
errs = []
for tr, te in folds.split(X):  # leak: temporal
    m = LinearRegression().fit(X[tr], y[tr])
    errs.append(m.score(X[te], y[te]))
print(np.mean(errs))
""")
add("temporal", "sample_as_train", False, TS + """from sklearn.ensemble import RandomForestRegressor
features = ["lag1", "lag7"]
#@leak train = df.sample(frac=0.8, random_state=0)  # leak: temporal
#@leak test = df.drop(train.index)
#@clean cut = int(len(df) * 0.8)
#@clean train = df.iloc[:cut]
#@clean test = df.iloc[cut:]
rf = RandomForestRegressor(n_estimators=20, random_state=0).fit(train[features], train["sales"])
print(rf.score(test[features], test["sales"]))
""")
add("temporal", "parsed_timestamps", True, """import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split
rng = np.random.default_rng(2)
raw = pd.DataFrame({"ts": [f"2022-03-{d:02d} {h:02d}:00" for d in range(1, 29) for h in range(0, 24, 4)],
                    "load": rng.normal(100, 10, 168)})
# %%
raw["ts"] = pd.to_datetime(raw["ts"])
raw = raw.sort_values("ts")
raw["prev"] = raw["load"].shift(1)
raw = raw.dropna()
# %%
#@leak train, test = train_test_split(raw, test_size=0.25)  # leak: temporal
#@clean train, test = train_test_split(raw, test_size=0.25, shuffle=False)
reg = LinearRegression().fit(train[["prev"]], train["load"])
print(reg.score(test[["prev"]], test["load"]))
""")
add("temporal", "split_numpy_series", False, """import numpy as np
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split
import pandas as pd
rng = np.random.default_rng(4)
days = pd.date_range("2020-01-01", periods=300, freq="D")
level = np.cumsum(rng.normal(0, 1, 300))
frame = pd.DataFrame({"day": days, "level": level})
frame["prev"] = frame["level"].shift(1)
frame = frame.dropna()
#@leak a_train, a_test, b_train, b_test = train_test_split(frame[["prev"]], frame["level"], random_state=0)  # leak: temporal
#@clean a_train, a_test, b_train, b_test = train_test_split(frame[["prev"]], frame["level"], shuffle=False)
print(Ridge().fit(a_train, b_train).score(a_test, b_test))
""")
add("temporal", "rolling_features_cv", False, TS + """from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import cross_val_score, TimeSeriesSplit
df["mean7"] = df["lag1"].rolling(7).mean()
df = df.dropna()
X = df[["lag1", "lag7", "mean7"]]
y = df["sales"]
#@leak print(cross_val_score(GradientBoostingRegressor(n_estimators=20), X, y, cv=3).mean())  # leak: temporal
#@clean print(cross_val_score(GradientBoostingRegressor(n_estimators=20), X, y, cv=TimeSeriesSplit(3)).mean())
""")
add("temporal", "monthly_notebook", True, """import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split
rng = np.random.default_rng(5)
# %%
months = pd.DataFrame({"month": pd.date_range("2010-01-01", periods=120, freq="MS"),
                       "demand": 100 + np.arange(120) * 0.5 + rng.normal(0, 3, 120)})
months["last"] = months["demand"].shift(1)
months = months.dropna()
# %%
#@leak tr, te = train_test_split(months, test_size=0.2, random_state=1)  # leak: temporal
#@clean tr, te = months.iloc[:96], months.iloc[96:]
lin = LinearRegression().fit(tr[["last"]], tr["demand"])
print(lin.score(te[["last"]], te["demand"]))
""")
add("temporal", "sorted_events_shuffle", False, """import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
rng = np.random.default_rng(6)
events = pd.DataFrame({"event_time": pd.to_datetime("2023-01-01") + pd.to_timedelta(rng.integers(0, 10000, 200), unit="m"),
                       "amount": rng.normal(20, 5, 200)})
events = events.sort_values("event_time")
events["fraud"] = (events["amount"] > 25).astype(int)
events["prev_amount"] = events["amount"].shift(1)
events = events.dropna()
#@leak tr, te = train_test_split(events, random_state=0)  # leak: temporal
#@clean tr, te = train_test_split(events, shuffle=False)
clf = LogisticRegression().fit(tr[["amount", "prev_amount"]], tr["fraud"])
print(clf.score(te[["amount", "prev_amount"]], te["fraud"]))
""")
add("temporal", "hourly_shuffled_split_frame", False, TS + """from sklearn.tree import DecisionTreeRegressor
from sklearn.model_selection import train_test_split
features = ["lag1", "lag7"]
#@leak train, test = train_test_split(df, test_size=0.3, shuffle=True, random_state=3)  # leak: temporal
#@clean train, test = train_test_split(df, test_size=0.3, shuffle=False)
tree = DecisionTreeRegressor(max_depth=4).fit(train[features], train["sales"])
print(tree.score(test[features], test["sales"]))
""")
