"""Train and evaluate the churn model."""

import numpy as np
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

SEED = 42


def load_data():
    """Synthetic stand-in for the churn table."""
    return make_classification(n_samples=300, n_features=6, random_state=SEED)


def train(X, y):
    """Fit the pipeline on the training rows and return it with the test score."""
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=SEED)
    model = make_pipeline(StandardScaler(), LogisticRegression())
    model.fit(X_train, y_train)
    return model, model.score(X_test, y_test)


if __name__ == "__main__":
    np.random.seed(SEED)
    X, y = load_data()
    print(train(X, y)[1])
