import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
X_fit, X_val, y_fit, y_val = train_test_split(X_train, y_train, random_state=0)
best_c, best_score = None, 0.0
for c in [0.01, 0.1, 1.0, 10.0]:
    model = LogisticRegression(C=c).fit(X_fit, y_fit)
    score = model.score(X_val, y_val)
    if score > best_score:
        best_c, best_score = c, score
final = LogisticRegression(C=best_c).fit(X_train, y_train)
print(best_c, final.score(X_test, y_test))
