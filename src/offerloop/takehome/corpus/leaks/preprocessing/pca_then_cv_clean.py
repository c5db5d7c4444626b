import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
scores = cross_val_score(make_pipeline(PCA(n_components=3), LogisticRegression()), X, y, cv=5)
print(scores.mean())
