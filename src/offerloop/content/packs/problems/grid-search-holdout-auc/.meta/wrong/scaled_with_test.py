import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold
from sklearn.preprocessing import StandardScaler


def tune_and_test(X_train, y_train, X_test, y_test, Cs, n_splits=4):
    # Fits the scaler on train and test together, outside the search.
    scaler = StandardScaler().fit(np.vstack([X_train, X_test]))
    search = GridSearchCV(LogisticRegression(), {"C": Cs}, cv=StratifiedKFold(n_splits), scoring="roc_auc")
    search.fit(scaler.transform(X_train), y_train)
    return {"best_C": float(search.best_params_["C"]), "cv_auc": float(search.best_score_),
            "test_auc": float(roc_auc_score(y_test, search.predict_proba(scaler.transform(X_test))[:, 1]))}
