import numpy as np
from sklearn.impute import SimpleImputer


def impute_train_test(X_train, X_test, strategy="median"):
    # SimpleImputer drops all-missing training columns, changing the shapes.
    imp = SimpleImputer(strategy=strategy).fit(X_train)
    return imp.transform(X_train), imp.transform(X_test)
