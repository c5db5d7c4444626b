import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split
rng = np.random.default_rng(3)
df = pd.DataFrame({"rooms": rng.integers(1, 6, 200), "area": rng.normal(80, 20, 200)})
df["price"] = df["area"] * 3 + df["rooms"] * 10 + rng.normal(0, 5, 200)
df["price_per_m2"] = df["price"] / df["area"]  # leak: target
X = df.drop(columns=["price"])
y = df["price"]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
