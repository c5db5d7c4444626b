import numpy as np


def impute_train_test(X_train, X_test, strategy="median"):
    # Computes fill values on train and test together.
    both = np.vstack([X_train, X_test])
    with np.errstate(all="ignore"):
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fill = np.nanmedian(both, axis=0) if strategy == "median" else np.nanmean(both, axis=0)
    fill = np.nan_to_num(fill)
    return np.where(np.isnan(X_train), fill, X_train), np.where(np.isnan(X_test), fill, X_test)
