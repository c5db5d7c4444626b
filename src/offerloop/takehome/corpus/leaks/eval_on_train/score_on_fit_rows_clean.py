import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
X, X_test, y, y_test = train_test_split(X, y, random_state=0)
model = RandomForestClassifier(n_estimators=20, random_state=0).fit(X, y)
print("accuracy", model.score(X_test, y_test))
