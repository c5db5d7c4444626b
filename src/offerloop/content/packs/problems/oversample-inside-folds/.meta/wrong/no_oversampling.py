from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, recall_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def oversampled_cv(X, y, n_splits=4, random_state=0):
    # Skips the resampling: recall at 0.5 stays low.
    recall, ap = [], []
    for train, test in StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=random_state).split(X, y):
        model = make_pipeline(StandardScaler(), LogisticRegression()).fit(X[train], y[train])
        recall.append(float(recall_score(y[test], model.predict(X[test]))))
        ap.append(float(average_precision_score(y[test], model.predict_proba(X[test])[:, 1])))
    return {"recall": recall, "average_precision": ap}
