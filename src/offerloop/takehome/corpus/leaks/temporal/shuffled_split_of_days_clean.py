import numpy as np
import pandas as pd
rng = np.random.default_rng(1)
df = pd.DataFrame({"date": pd.date_range("2021-01-01", periods=260, freq="D"),
                   "sales": np.cumsum(rng.normal(0, 1, 260)) + 50})
df["lag1"] = df["sales"].shift(1)
df["lag7"] = df["sales"].shift(7)
df = df.dropna()
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split
X = df[["lag1", "lag7"]]
y = df["sales"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, shuffle=False)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
