from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def stratified_ap_scores(X, y, n_splits=4, random_state=0, C=1.0):
    # Shuffled but unstratified: positives land unevenly.
    pipe = make_pipeline(StandardScaler(), LogisticRegression(C=C, class_weight="balanced"))
    cv = KFold(n_splits=n_splits, shuffle=True, random_state=random_state)
    return [float(s) for s in cross_val_score(pipe, X, y, cv=cv, scoring="average_precision")]
