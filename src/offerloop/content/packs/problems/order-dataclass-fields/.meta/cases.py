from offerloop.judge.cases import driver

# Every driver gets this helper: call something and describe what happened as plain data.
_PRE = """
def _try(f, *a, **k):
    try:
        return ["ok", f(*a, **k)]
    except Exception as e:
        return ["raised", type(e).__name__]
"""


def _d(body, name, params=None):
    return driver(_PRE + body, name=name, params=params)


def visible():
    return [
        _d("""
def drive(ns):
    O = ns["Order"]
    a, b = O("  ada "), O("bob")
    a.add("pen", 2, 150)
    return [a.customer, a.total_cents(), repr(b.items), O("x", note="gift") == O("x"), repr(O("x", note="gift"))]
""", "fresh lists, note ignored", params={"customers": ["  ada ", "bob", "x"], "lines": [["pen", 2, 150]]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    import dataclasses
    O, L = ns["Order"], ns["LineItem"]
    return [[f.name for f in dataclasses.fields(O)], [f.name for f in dataclasses.fields(L)],
            [(f.name, f.compare, f.repr) for f in dataclasses.fields(O)]]
""", "the fields and their options", params={"customers": [], "lines": []}),
        _d("""
def drive(ns):
    L = ns["LineItem"]
    item = L("cup", 3, 250)
    return [item.subtotal_cents, _try(setattr, item, "qty", 5)[0], item.qty, len({L("a", 1, 1), L("a", 1, 1), L("b", 1, 1)}),
            repr(item)]
""", "line items are frozen values", params={"customers": [], "lines": [["cup", 3, 250], ["a", 1, 1], ["b", 1, 1]]}),
        _d("""
def drive(ns):
    O = ns["Order"]
    o = O("cy")
    out = [_try(lambda: repr(o.add("x", 0, 100))), _try(lambda: repr(o.add("x", 1, -1))), len(o.items),
           repr(o.add("free", 1, 0)), o.total_cents()]
    out += [_try(O, "   ")[0], _try(O, "")[0], _try(hash, o)[0]]
    return out
""", "validation adds nothing", params={"customers": ["cy"], "lines": [["x", 0, 100], ["x", 1, -1], ["free", 1, 0]], "blank_customers": ["   ", ""]}),
        _d("""
def drive(ns):
    O = ns["Order"]
    mine = []
    o = O("dee", mine)
    o.add("a", 1, 10)
    o2 = O("dee", [ns["LineItem"]("a", 1, 10)], note="n")
    return [len(mine), mine is o.items, o == o2, o != O("dee"), O("e") == O(" e ")]
""", "a given list is used as it is", params={"customers": ["dee", "e", " e "], "lines": [["a", 1, 10]]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    lines = [[f"sku{int(s)}", int(q), int(p)] for s, q, p in zip(rng.integers(0, 50, size=6),
                                                              rng.integers(-1, 5, size=6), rng.integers(-20, 900, size=6))]
    return [_d(f"""
def drive(ns):
    O = ns["Order"]
    orders = [O("c" + str(i)) for i in range(3)]
    log = []
    for i, (name, qty, price) in enumerate({lines!r}):
        log.append(_try(lambda: orders[i % 3].add(name, qty, price).subtotal_cents))
    return [log, [o.total_cents() for o in orders], [len(o.items) for o in orders]]
""", "generated orders", params={"customers": ["c0", "c1", "c2"], "lines": lines})]


def check_case(args, kwargs):
    """The prompt's promise: customers are strings (blank ones only to see ValueError); lines are [str name, int qty, int price]."""
    assert all(type(c) is str and c.strip() for c in args["customers"]), "customers have a name"
    assert all(type(c) is str and not c.strip() for c in args.get("blank_customers", [])), "the ValueError customers are blank"
    for name, qty, price in args["lines"]:
        assert type(name) is str and type(qty) is int and type(price) is int, f"{[name, qty, price]!r}: a name and int qty and price"
