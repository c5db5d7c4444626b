import numpy as np
from sklearn.datasets import make_classification
X, y = make_classification(n_samples=240, n_features=8, n_informative=4, random_state=0)
from sklearn.neighbors import KNeighborsClassifier
from sklearn.model_selection import train_test_split, cross_val_score
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
ks = [1, 3, 5, 7, 9]
scores = []
for k in ks:
    knn = KNeighborsClassifier(n_neighbors=k)
    scores.append(knn.fit(X_train, y_train).score(X_test, y_test))  # leak: multitest
best_k = ks[int(np.argmax(scores))]
print(best_k, KNeighborsClassifier(n_neighbors=best_k).fit(X_train, y_train).score(X_test, y_test))
