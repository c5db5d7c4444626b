def survey_to_long(survey):
    questions = [c for c in survey.columns if c != "respondent"]
    long = survey.melt(id_vars="respondent", var_name="question", value_name="answer")
    long = long.assign(_pos=long["question"].map({q: i for i, q in enumerate(questions)}))
    long = long.sort_values(["respondent", "_pos"]).drop(columns="_pos")
    long["answer"] = long["answer"].fillna(0).astype("int64")
    return long.reset_index(drop=True)
