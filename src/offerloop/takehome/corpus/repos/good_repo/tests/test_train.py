from src.train import load_data, train


def test_train_scores_held_out():
    X, y = load_data()
    model, score = train(X, y)
    assert 0.5 < score <= 1.0
