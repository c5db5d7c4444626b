import numpy as np
import pandas as pd
rng = np.random.default_rng(0)
df = pd.DataFrame({"age": rng.normal(40, 10, 240), "income": rng.normal(50, 15, 240),
                   "visits": rng.poisson(3, 240), "city": rng.choice(["a", "b", "c"], 240)})
df["churn"] = (df["income"] + rng.normal(0, 5, 240) > 50).astype(int)
from sklearn.tree import DecisionTreeClassifier
from sklearn.model_selection import train_test_split
features = ["age", "income", "visits"]
train, test = train_test_split(df, random_state=0)
train = train.sample(n=300, replace=True, random_state=0)
tree = DecisionTreeClassifier(random_state=0).fit(train[features], train["churn"])
print(tree.score(test[features], test["churn"]))
