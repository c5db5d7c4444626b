import pandas as pd


def retention_table(events: pd.DataFrame) -> pd.DataFrame:
    """Cohorts ("YYYY-MM") by months since cohort (0..K): share of the cohort active, NaN where not observed."""
    raise NotImplementedError
