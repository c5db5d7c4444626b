import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
from sklearn.svm import SVC
from sklearn.model_selection import train_test_split
rng = np.random.default_rng(0)
X_aug = np.vstack([X, X + rng.normal(0, 0.01, X.shape)])  # leak: overlap
y_aug = np.concatenate([y, y])
X_train, X_test, y_train, y_test = train_test_split(X_aug, y_aug, random_state=0)
print(SVC().fit(X_train, y_train).score(X_test, y_test))
