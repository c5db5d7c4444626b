import numpy as np
import pandas as pd
rng = np.random.default_rng(0)
df = pd.DataFrame({"age": rng.normal(40, 10, 240), "income": rng.normal(50, 15, 240),
                   "visits": rng.poisson(3, 240), "city": rng.choice(["a", "b", "c"], 240)})
df["churn"] = (df["income"] + rng.normal(0, 5, 240) > 50).astype(int)
df.loc[::5, "age"] = np.nan
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
X = df[["age", "income", "visits"]]
y = df["churn"]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
fill = X_train["age"].mean()
X_train = X_train.fillna({"age": fill})
X_test = X_test.fillna({"age": fill})
model = LogisticRegression(max_iter=500).fit(X_train, y_train)
print(model.score(X_test, y_test))
