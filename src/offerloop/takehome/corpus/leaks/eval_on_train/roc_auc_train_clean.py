import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
gb = GradientBoostingClassifier(n_estimators=20, random_state=0).fit(X_train, y_train)
auc = roc_auc_score(y_test, gb.predict_proba(X_test)[:, 1])
print("auc", auc)
