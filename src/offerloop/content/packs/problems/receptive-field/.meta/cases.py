from offerloop.judge.cases import case


def visible():
    return [
        case([[3, 1], [3, 1]], name="two 3x3 convolutions"),
        case([[3, 1], [2, 2], [3, 1]], name="a pooling layer in the middle"),
    ]


def hidden(rng):
    cases = [
        case([], name="no layers"),
        case([[7, 2]], name="a single strided layer"),
        case([[1, 1], [1, 1]], name="1x1 convolutions"),
        case([[7, 2], [3, 2], [3, 1], [3, 1]], name="a ResNet-like stem"),
        case([[2, 2], [2, 2], [2, 2], [3, 1]], name="three poolings, then a conv"),
    ]
    for i in range(4):
        layers = [[int(rng.integers(1, 6)), int(rng.integers(1, 3))] for _ in range(int(rng.integers(2, 8)))]
        cases.append(case(layers, name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a list of [kernel_size, stride] pairs of positive integers."""
    (layers,) = args
    assert isinstance(layers, list), "layers must be a list"
    for i, layer in enumerate(layers):
        assert len(layer) == 2, f"layer {i} is not a [kernel_size, stride] pair"
        k, s = layer
        assert type(k) is int and type(s) is int and k >= 1 and s >= 1, f"layer {i} = {layer}: kernel and stride must be positive ints"
