import pandas as pd


def tag_indicators(items):
    # A set of clean tags per item, then the table built from the sorted vocabulary.
    tags = {}
    for item, text in zip(items["item_id"], items["tags"]):
        pieces = text.split("|") if isinstance(text, str) else []
        tags[int(item)] = {p.strip().lower() for p in pieces if p.strip()}
    vocab = sorted(set().union(*tags.values()))
    ids = sorted(tags)
    return pd.DataFrame({t: [int(t in tags[i]) for i in ids] for t in vocab},
                        index=pd.Index(ids, name="item_id"))
