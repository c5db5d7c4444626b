import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
from sklearn.svm import SVC
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score


def report(model, features, labels):
    print("accuracy", accuracy_score(labels, model.predict(features)))  # leak: eval_on_train


X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
svc = SVC().fit(X_train, y_train)
report(svc, X_train, y_train)
