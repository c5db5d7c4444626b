import numpy as np
from sklearn.model_selection import GroupKFold
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler


def group_cv_accuracy(X, y, groups, n_splits=3, n_neighbors=3):
    out = []
    for tr, te in GroupKFold(n_splits=n_splits).split(X, y, groups):
        scaler = StandardScaler().fit(X[tr])
        knn = KNeighborsClassifier(n_neighbors=n_neighbors).fit(scaler.transform(X[tr]), y[tr])
        out.append(float(np.mean(knn.predict(scaler.transform(X[te])) == y[te])))
    return out
