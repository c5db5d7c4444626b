import numpy as np
import pandas as pd
rng = np.random.default_rng(0)
df = pd.DataFrame({"age": rng.normal(40, 10, 240), "income": rng.normal(50, 15, 240),
                   "visits": rng.poisson(3, 240), "city": rng.choice(["a", "b", "c"], 240)})
df["churn"] = (df["income"] + rng.normal(0, 5, 240) > 50).astype(int)
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
df["is_lost"] = (df["churn"] == 1).astype(int)  # leak: target
y = df.pop("churn")
X = df.drop(columns=["city"])
print(cross_val_score(LogisticRegression(max_iter=500), X, y, cv=5).mean())
