from sklearn.model_selection import GroupKFold, cross_val_score
from sklearn.neighbors import KNeighborsClassifier


def group_cv_accuracy(X, y, groups, n_splits=3, n_neighbors=3):
    # Right folds, raw features: the widest-scaled feature decides every distance.
    knn = KNeighborsClassifier(n_neighbors=n_neighbors)
    return [float(s) for s in cross_val_score(knn, X, y, groups=groups, cv=GroupKFold(n_splits=n_splits))]
