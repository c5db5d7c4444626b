def survey_to_long(survey):
    long = survey.melt(id_vars="respondent", var_name="question", value_name="answer").dropna(subset=["answer"])
    long["answer"] = long["answer"].astype("int64")
    return long.reset_index(drop=True)
