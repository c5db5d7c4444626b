import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler


def _fit(X, y, C):
    scaler = StandardScaler().fit(X)
    return scaler, LogisticRegression(C=C).fit(scaler.transform(X), y)


def tune_and_test(X_train, y_train, X_test, y_test, Cs, n_splits=4):
    # The search written out: mean fold AUC per C, the first best wins, refit on all training rows.
    folds = list(StratifiedKFold(n_splits=n_splits).split(X_train, y_train))
    means = []
    for C in Cs:
        aucs = []
        for tr, va in folds:
            scaler, model = _fit(X_train[tr], y_train[tr], C)
            aucs.append(roc_auc_score(y_train[va], model.predict_proba(scaler.transform(X_train[va]))[:, 1]))
        means.append(np.mean(aucs))
    best = int(np.argmax(means))
    scaler, model = _fit(X_train, y_train, Cs[best])
    test_auc = roc_auc_score(y_test, model.predict_proba(scaler.transform(X_test))[:, 1])
    return {"best_C": float(Cs[best]), "cv_auc": float(means[best]), "test_auc": float(test_auc)}
