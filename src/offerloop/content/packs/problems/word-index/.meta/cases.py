from offerloop.judge.cases import case


def visible():
    return [
        case({"b": "The cat sat.", "a": "A cat! A hat?"}, name="two documents"),
        case({}, name="no documents"),
    ]


def hidden(rng):
    cases = [
        case({"x": ""}, name="an empty document"),
        case({"x": "... !!! ?"}, name="only punctuation"),
        case({"d2": "Hello hello HELLO", "d1": "hello"}, name="case and repeats"),
        case({"q": '"quoted" (words), here;', "r": "here: quoted"}, name="punctuation on both ends"),
        case({"z": "don't stop", "y": "dont stop"}, name="inner apostrophes stay"),
        case({"3": "a b", "10": "b c", "2": "c a"}, name="ids sort as strings"),
        case({"t": "tabs\tand\nnewlines  spaces"}, name="any whitespace"),
    ]
    vocab = ["red", "Green", "blue!", "(cyan)", "red.", "BLUE", "green?"]
    for n in (4, 12):
        docs = {f"doc{int(i)}": " ".join(vocab[int(j)] for j in rng.integers(0, len(vocab), size=int(rng.integers(0, 8))))
                for i in rng.permutation(n)}
        cases.append(case(docs, name=f"random {n} documents"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: docs maps string ids to string texts."""
    (docs,) = args
    assert isinstance(docs, dict), "docs is a dict"
    assert all(type(k) is str and type(v) is str for k, v in docs.items()), "string ids map to string texts"
