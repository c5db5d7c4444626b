from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def stratified_ap_scores(X, y, n_splits=4, random_state=0, C=1.0):
    out = []
    for tr, te in StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=random_state).split(X, y):
        pipe = make_pipeline(StandardScaler(), LogisticRegression(C=C, class_weight="balanced")).fit(X[tr], y[tr])
        out.append(float(average_precision_score(y[te], pipe.predict(X[te]))))  # 0/1 labels, not scores
    return out
