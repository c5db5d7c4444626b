import numpy as np
from sklearn.datasets import make_regression
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error
X, y = make_regression(n_samples=150, n_features=4, noise=3.0, random_state=1)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
reg = LinearRegression().fit(X_train, y_train)
rmse = mean_squared_error(y_test, reg.predict(X_test)) ** 0.5
print("rmse", rmse)
