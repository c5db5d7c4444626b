"""Issue 18: a card CSV the csv module cannot read (a field past its 131,072-character limit) is one
sentence naming the right row and a 422, never a 500, and no card is stored."""

import pytest

from offerloop.cards.csvio import parse_cards_csv
from offerloop.errors import InvalidInput

HUGE = '"' + "x" * 131_073 + '"'
LIMIT = "a field is longer than 131,072 characters."


@pytest.mark.parametrize("text, message", [
    (f"question,answer\nWhat is drift?,{HUGE}\n", f"The CSV file cannot be read at row 2: {LIMIT}"),
    ("question,answer\nWhat is drift?,Inputs change.\nWhat is skew?," + "y" * 131_073,
     f"The CSV file cannot be read at row 3: {LIMIT}"),
    (f"{HUGE},answer\n", f"The CSV header cannot be read: {LIMIT}"),
])
def test_a_field_over_the_csv_limit_is_one_sentence_naming_the_row(text, message):
    with pytest.raises(InvalidInput) as err:
        parse_cards_csv(text)
    assert str(err.value) == message


def test_the_api_refuses_it_with_422_and_stores_no_card(client, ol):
    text = f"question,answer\nWhat is drift?,Inputs change.\nWhat is skew?,{HUGE}\n"
    r = client.post("/api/cards/import-csv", files={"file": ("c.csv", text.encode(), "text/csv")})
    assert r.status_code == 422, r.text
    assert r.json()["error"] == f"The CSV file cannot be read at row 3: {LIMIT}"
    assert not [i for i in ol.cards.items() if i.own]
