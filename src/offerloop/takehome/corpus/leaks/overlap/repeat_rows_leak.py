import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
from sklearn.naive_bayes import GaussianNB
from sklearn.model_selection import train_test_split
X_rep = np.repeat(X, 2, axis=0)  # leak: overlap
y_rep = np.repeat(y, 2)
X_train, X_test, y_train, y_test = train_test_split(X_rep, y_rep, random_state=0)
print(GaussianNB().fit(X_train, y_train).score(X_test, y_test))
