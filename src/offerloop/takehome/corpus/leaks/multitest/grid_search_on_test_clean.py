import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.svm import SVC
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
search = GridSearchCV(SVC(), {"C": [0.1, 1, 10]}, cv=3)
search.fit(X_train, y_train)
print(search.best_params_, search.score(X_test, y_test))
