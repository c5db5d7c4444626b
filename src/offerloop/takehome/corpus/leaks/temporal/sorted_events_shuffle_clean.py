import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
rng = np.random.default_rng(6)
events = pd.DataFrame({"event_time": pd.to_datetime("2023-01-01") + pd.to_timedelta(rng.integers(0, 10000, 200), unit="m"),
                       "amount": rng.normal(20, 5, 200)})
events = events.sort_values("event_time")
events["fraud"] = (events["amount"] > 25).astype(int)
events["prev_amount"] = events["amount"].shift(1)
events = events.dropna()
tr, te = train_test_split(events, shuffle=False)
clf = LogisticRegression().fit(tr[["amount", "prev_amount"]], tr["fraud"])
print(clf.score(te[["amount", "prev_amount"]], te["fraud"]))
