import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
from sklearn.model_selection import RandomizedSearchCV, train_test_split
from sklearn.ensemble import RandomForestClassifier
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
search = RandomizedSearchCV(RandomForestClassifier(random_state=0), {"max_depth": [2, 4, 6]}, n_iter=3, cv=3,
                            random_state=0)
search.fit(X_test, y_test)  # leak: multitest
print(search.best_params_, search.score(X_test, y_test))
