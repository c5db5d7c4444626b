import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
print(cross_val_score(LogisticRegression(), X, y, cv=5).mean())
