import numpy as np
import pandas as pd
rng = np.random.default_rng(0)
df = pd.DataFrame({"age": rng.normal(40, 10, 240), "income": rng.normal(50, 15, 240),
                   "visits": rng.poisson(3, 240), "city": rng.choice(["a", "b", "c"], 240)})
df["churn"] = (df["income"] + rng.normal(0, 5, 240) > 50).astype(int)
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
features = ["age", "income", "city_rate"]
train, test = train_test_split(df, random_state=0)
train, test = train.copy(), test.copy()
rates = train.groupby("city")["churn"].mean()
train["city_rate"] = train["city"].map(rates)
test["city_rate"] = test["city"].map(rates)
model = LogisticRegression(max_iter=500).fit(train[features], train["churn"])
print(model.score(test[features], test["churn"]))
