import pandas as pd


def stack_exports(exports):
    out = pd.concat([df.assign(source=k) for k, df in enumerate(exports)], ignore_index=True)
    return out
