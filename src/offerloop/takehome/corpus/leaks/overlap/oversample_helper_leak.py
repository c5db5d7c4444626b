import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split


def oversample(features, labels):
    idx = np.where(labels == 1)[0]
    return np.vstack([features, features[idx]]), np.concatenate([labels, labels[idx]])  # leak: overlap


X_res, y_res = oversample(X, y)
X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, random_state=0)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
