import numpy as np
from sklearn.model_selection import GroupKFold, cross_val_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def group_cv_accuracy(X, y, groups, n_splits=3, n_neighbors=3):
    pipe = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=n_neighbors))
    scores = cross_val_score(pipe, X, y, groups=groups, cv=GroupKFold(n_splits=n_splits), scoring="accuracy")
    return [float(s) for s in scores]
