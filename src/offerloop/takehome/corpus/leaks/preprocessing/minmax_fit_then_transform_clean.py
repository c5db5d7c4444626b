import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
from sklearn.preprocessing import MinMaxScaler
from sklearn.svm import SVC
from sklearn.model_selection import train_test_split
scaler = MinMaxScaler()
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=1)
scaler.fit(X_train)
X_train = scaler.transform(X_train)
X_test = scaler.transform(X_test)
clf = SVC().fit(X_train, y_train)
print(clf.score(X_test, y_test))
