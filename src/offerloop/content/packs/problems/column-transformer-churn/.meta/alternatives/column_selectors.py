from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def churn_probabilities(train, y_train, test, C=1.0):
    # Columns chosen by dtype selectors at fit time; named steps.
    prep = make_column_transformer(
        (Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]),
         make_column_selector(dtype_include="number")),
        (OneHotEncoder(handle_unknown="ignore"), make_column_selector(dtype_exclude="number")),
    )
    model = Pipeline([("prep", prep), ("clf", LogisticRegression(C=C))]).fit(train, y_train)
    return model.predict_proba(test)[:, 1]
