import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=2)
mu, sd = X_train.mean(axis=0), X_train.std(axis=0)
X_train = (X_train - mu) / sd
X_test = (X_test - mu) / sd
lr = LogisticRegression().fit(X_train, y_train)
print(lr.score(X_test, y_test))
