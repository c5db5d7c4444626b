import numpy as np
from sklearn.datasets import make_regression
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import r2_score
X, y = make_regression(n_samples=150, n_features=5, noise=4.0, random_state=2)
from sklearn.model_selection import train_test_split
X, X_hold, y, y_hold = train_test_split(X, y, random_state=0)
rf = RandomForestRegressor(n_estimators=20, random_state=0).fit(X, y)
print("r2", r2_score(y_hold, rf.predict(X_hold)))
