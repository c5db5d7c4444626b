import pandas as pd


def survey_to_long(survey: pd.DataFrame) -> pd.DataFrame:
    """respondent, question, answer (int): answered questions only, by respondent then question order."""
    raise NotImplementedError
