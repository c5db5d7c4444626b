"""Forecast daily sales."""
import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split
rng = np.random.default_rng(0)
df = pd.DataFrame({'date': pd.date_range('2020-01-01', periods=100), 'sales': rng.normal(size=100)})
df['lag1'] = df['sales'].shift(1)
df = df.dropna()
X_train, X_test, y_train, y_test = train_test_split(df[['lag1']], df['sales'], random_state=0)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
