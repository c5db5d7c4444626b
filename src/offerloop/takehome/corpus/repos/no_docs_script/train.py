import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

df = pd.read_csv('/Users/alice/Desktop/churn/train.csv')
y = df['churn']
X = df.drop(columns=['churn'])
X_train, X_test, y_train, y_test = train_test_split(X, y)
model = RandomForestClassifier().fit(X_train, y_train)
print('accuracy', model.score(X_train, y_train))
