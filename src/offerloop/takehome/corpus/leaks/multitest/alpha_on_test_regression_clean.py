import numpy as np
from sklearn.datasets import make_regression
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error
X, y = make_regression(n_samples=200, n_features=6, noise=5.0, random_state=0)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
X_fit, X_val, y_fit, y_val = train_test_split(X_train, y_train, random_state=0)
errors = {}
for alpha in [0.1, 1.0, 10.0]:
    errors[alpha] = mean_squared_error(y_val, Ridge(alpha=alpha).fit(X_fit, y_fit).predict(X_val))
alpha = min(errors, key=errors.get)
print(alpha, mean_squared_error(y_test, Ridge(alpha=alpha).fit(X_train, y_train).predict(X_test)))
