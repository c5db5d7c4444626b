from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def tune_and_test(X_train, y_train, X_test, y_test, Cs, n_splits=4):
    pipe = make_pipeline(StandardScaler(), LogisticRegression())
    search = GridSearchCV(pipe, {"logisticregression__C": list(Cs)}, cv=StratifiedKFold(n_splits=n_splits), scoring="roc_auc")
    search.fit(X_train, y_train)
    test_auc = roc_auc_score(y_test, search.predict_proba(X_test)[:, 1])
    return {"best_C": float(search.best_params_["logisticregression__C"]), "cv_auc": float(search.best_score_),
            "test_auc": float(test_auc)}
