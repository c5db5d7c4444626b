from model import make_model


def test_make():
    assert make_model(1)
