import numpy as np
import pandas as pd
rng = np.random.default_rng(1)
df = pd.DataFrame({"date": pd.date_range("2021-01-01", periods=260, freq="D"),
                   "sales": np.cumsum(rng.normal(0, 1, 260)) + 50})
df["lag1"] = df["sales"].shift(1)
df["lag7"] = df["sales"].shift(7)
df = df.dropna()
from sklearn.tree import DecisionTreeRegressor
from sklearn.model_selection import train_test_split
features = ["lag1", "lag7"]
train, test = train_test_split(df, test_size=0.3, shuffle=True, random_state=3)  # leak: temporal
tree = DecisionTreeRegressor(max_depth=4).fit(train[features], train["sales"])
print(tree.score(test[features], test["sales"]))
