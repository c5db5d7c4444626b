def survey_to_long(survey):
    questions = [c for c in survey.columns if c != "respondent"]
    long = survey.melt(id_vars="respondent", var_name="question", value_name="answer").dropna(subset=["answer"])
    long = long.assign(_pos=long["question"].map({q: i for i, q in enumerate(questions)}))
    return long.sort_values(["respondent", "_pos"]).drop(columns="_pos").reset_index(drop=True)
