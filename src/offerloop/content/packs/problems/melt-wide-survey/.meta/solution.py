import pandas as pd


def survey_to_long(survey: pd.DataFrame) -> pd.DataFrame:
    questions = [c for c in survey.columns if c != "respondent"]
    long = survey.melt(id_vars="respondent", value_vars=questions, var_name="question", value_name="answer")
    long = long.dropna(subset=["answer"])
    position = long["question"].map({q: i for i, q in enumerate(questions)})
    long = long.assign(_pos=position).sort_values(["respondent", "_pos"]).drop(columns="_pos")
    long["answer"] = long["answer"].astype("int64")
    return long.reset_index(drop=True)
