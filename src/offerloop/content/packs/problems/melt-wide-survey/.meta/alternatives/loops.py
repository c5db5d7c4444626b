import math

import pandas as pd


def survey_to_long(survey):
    # Plain loops over the rows in respondent order and the columns in asked order.
    questions = [c for c in survey.columns if c != "respondent"]
    rows = []
    for _, r in survey.sort_values("respondent").iterrows():
        for q in questions:
            if not math.isnan(r[q]):
                rows.append({"respondent": r["respondent"], "question": q, "answer": int(r[q])})
    return pd.DataFrame(rows, columns=["respondent", "question", "answer"]).astype({"answer": "int64"})
