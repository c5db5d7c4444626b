import pandas as pd


def dedupe_contacts(contacts: pd.DataFrame) -> pd.DataFrame:
    df = contacts.assign(email=contacts["email"].str.strip().str.lower())
    df = df.sort_values("updated", kind="stable")  # ties keep input order: later rows come last
    latest = df.groupby("email").tail(1).set_index("email")[["name", "updated"]]
    phone = df.groupby("email")["phone"].last()  # last non-missing
    out = latest.join(phone).sort_index().reset_index()
    return out[["email", "name", "updated", "phone"]]
