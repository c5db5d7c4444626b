import numpy as np
import lightgbm
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier


def make_data():
    return make_classification(n_samples=200, random_state=0)


def make_model(depth):
    return DecisionTreeClassifier(max_depth=depth, random_state=0)


def split(X, y):
    return train_test_split(X, y, random_state=0)


def pick(X_train, X_test, y_train, y_test):
    best, best_acc = 1, 0.0
    for d in range(1, 6):
        acc = make_model(d).fit(X_train, y_train).score(X_test, y_test)
        if acc > best_acc:
            best, best_acc = d, acc
    return best, best_acc


X, y = make_data()
X_train, X_test, y_train, y_test = split(X, y)
print(pick(X_train, X_test, y_train, y_test))
