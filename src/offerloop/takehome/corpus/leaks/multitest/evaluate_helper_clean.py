import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
from sklearn.tree import DecisionTreeClassifier
from sklearn.model_selection import train_test_split
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
X_fit, X_val, y_fit, y_val = train_test_split(X_train, y_train, random_state=0)


def evaluate(model):
    return model.score(X_val, y_val)


best_depth, best = 1, -1.0
for depth in range(1, 6):
    tree = DecisionTreeClassifier(max_depth=depth, random_state=0).fit(X_fit, y_fit)
    acc = evaluate(tree)
    if acc > best:
        best_depth, best = depth, acc
print(best_depth, DecisionTreeClassifier(max_depth=best_depth).fit(X_train, y_train).score(X_test, y_test))
