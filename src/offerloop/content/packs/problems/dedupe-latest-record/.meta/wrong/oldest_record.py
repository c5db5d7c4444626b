def dedupe_contacts(contacts):
    df = contacts.assign(email=contacts["email"].str.strip().str.lower())
    df = df.sort_values("updated", kind="stable")
    first = df.groupby("email").head(1).set_index("email")[["name", "updated"]]
    out = first.join(df.groupby("email")["phone"].first()).sort_index().reset_index()
    return out[["email", "name", "updated", "phone"]]
