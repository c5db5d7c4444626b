import numpy as np
import pandas as pd
rng = np.random.default_rng(0)
df = pd.DataFrame({"age": rng.normal(40, 10, 240), "income": rng.normal(50, 15, 240),
                   "visits": rng.poisson(3, 240), "city": rng.choice(["a", "b", "c"], 240)})
df["churn"] = (df["income"] + rng.normal(0, 5, 240) > 50).astype(int)
from sklearn.naive_bayes import GaussianNB
from sklearn.model_selection import train_test_split
X = df[["age", "income", "visits", "churn"]]  # leak: target
y = df["churn"]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(GaussianNB().fit(X_train, y_train).score(X_test, y_test))
