from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def oof_probabilities(X, y, n_splits=5, random_state=0):
    cv = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=random_state)
    pipe = make_pipeline(StandardScaler(), LogisticRegression())
    return cross_val_predict(pipe, X, y, cv=cv, method="predict_proba")[:, 1]
