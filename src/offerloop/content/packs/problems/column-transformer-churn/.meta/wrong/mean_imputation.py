from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def churn_probabilities(train, y_train, test, C=1.0):
    num = list(train.select_dtypes("number").columns)
    cat = [c for c in train.columns if c not in num]
    prep = ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(), StandardScaler()), num),  # the mean, not the median
        ("cat", OneHotEncoder(handle_unknown="ignore"), cat),
    ])
    return make_pipeline(prep, LogisticRegression(C=C)).fit(train, y_train).predict_proba(test)[:, 1]
