import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
from sklearn.svm import SVC
from sklearn.model_selection import train_test_split
rng = np.random.default_rng(0)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
X_train = np.vstack([X_train, X_train + rng.normal(0, 0.01, X_train.shape)])
y_train = np.concatenate([y_train, y_train])
print(SVC().fit(X_train, y_train).score(X_test, y_test))
