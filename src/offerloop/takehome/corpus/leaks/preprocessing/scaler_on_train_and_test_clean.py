import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
from sklearn.preprocessing import RobustScaler
from sklearn.neighbors import KNeighborsClassifier
from sklearn.model_selection import train_test_split
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=3)
scaler = RobustScaler()
scaler.fit(X_train)
knn = KNeighborsClassifier().fit(scaler.transform(X_train), y_train)
print(knn.score(scaler.transform(X_test), y_test))
