from pathlib import Path

import pytest

from offerloop.content.loader import load_bank
from offerloop.judge.pool import JudgePool

PACKS = Path(__file__).parent / "packs"


@pytest.fixture(scope="session")
def fixture_bank():
    bank = load_bank(PACKS)
    assert bank.issues == []
    return bank


@pytest.fixture(scope="session")
def real_bank():
    return load_bank()


@pytest.fixture(scope="session")
def pool():
    p = JudgePool(workers=2)
    yield p
    p.close()
