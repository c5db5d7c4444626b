import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
rng = np.random.default_rng(0)
X_more = np.column_stack([X, y + rng.normal(0, 0.1, len(y))])  # leak: target
X_train, X_test, y_train, y_test = train_test_split(X_more, y, random_state=0)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
