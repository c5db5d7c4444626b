from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def stratified_ap_scores(X, y, n_splits=4, random_state=0, C=1.0):
    pipe = make_pipeline(StandardScaler(), LogisticRegression(C=C, class_weight="balanced"))
    cv = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=random_state)
    return [float(s) for s in cross_val_score(pipe, X, y, cv=cv, scoring="roc_auc")]  # the wrong metric
