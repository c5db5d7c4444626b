import numpy as np
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split
import pandas as pd
rng = np.random.default_rng(4)
days = pd.date_range("2020-01-01", periods=300, freq="D")
level = np.cumsum(rng.normal(0, 1, 300))
frame = pd.DataFrame({"day": days, "level": level})
frame["prev"] = frame["level"].shift(1)
frame = frame.dropna()
a_train, a_test, b_train, b_test = train_test_split(frame[["prev"]], frame["level"], random_state=0)  # leak: temporal
print(Ridge().fit(a_train, b_train).score(a_test, b_test))
