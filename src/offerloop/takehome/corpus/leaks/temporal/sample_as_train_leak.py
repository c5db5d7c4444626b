import numpy as np
import pandas as pd
rng = np.random.default_rng(1)
df = pd.DataFrame({"date": pd.date_range("2021-01-01", periods=260, freq="D"),
                   "sales": np.cumsum(rng.normal(0, 1, 260)) + 50})
df["lag1"] = df["sales"].shift(1)
df["lag7"] = df["sales"].shift(7)
df = df.dropna()
from sklearn.ensemble import RandomForestRegressor
features = ["lag1", "lag7"]
train = df.sample(frac=0.8, random_state=0)  # leak: temporal
test = df.drop(train.index)
rf = RandomForestRegressor(n_estimators=20, random_state=0).fit(train[features], train["sales"])
print(rf.score(test[features], test["sales"]))
