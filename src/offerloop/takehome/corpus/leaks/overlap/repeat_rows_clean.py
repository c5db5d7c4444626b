import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
from sklearn.naive_bayes import GaussianNB
from sklearn.model_selection import train_test_split
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
X_train, y_train = np.repeat(X_train, 2, axis=0), np.repeat(y_train, 2)
print(GaussianNB().fit(X_train, y_train).score(X_test, y_test))
