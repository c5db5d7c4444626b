"""Issue 19, point 6: a CSV with an unclosed quote creates nothing, and says which row opened it."""

import pytest

from offerloop.cards.csvio import parse_cards_csv
from offerloop.errors import InvalidInput

UNCLOSED = ("question,answer,topic\n"
            "What is data drift?,Inputs change over time.,mlops\n"
            "\"What is a feature store?,A shared store of features.,mlops\n"
            "What is a shadow deployment?,Run the new model silently beside the old.,mlops\n")


def test_an_unclosed_quote_is_one_sentence_naming_the_row():
    with pytest.raises(InvalidInput) as err:
        parse_cards_csv(UNCLOSED)
    message = str(err.value)
    assert message.startswith("Nothing was imported: row 3 opens a quote")
    assert message.count(".") == 1 and message.endswith(".")


def test_an_unclosed_quote_stores_no_card(ol):
    before = len(ol.cards.items())
    with pytest.raises(InvalidInput, match="row 3"):
        ol.cards.import_csv_text(UNCLOSED)
    assert len(ol.cards.items()) == before and not [i for i in ol.cards.items() if i.own]


def test_quotes_that_close_still_import(ol):
    text = 'question,answer\n"What is bias, in one line?","The error from wrong assumptions, ""systematic""."\n'
    rows = parse_cards_csv(text)
    assert rows[0].question == "What is bias, in one line?" and rows[0].answer.endswith('"systematic".')


def test_the_api_and_the_page_refuse_it_and_add_nothing(client, ol):
    r = client.post("/api/cards/import-csv", files={"file": ("c.csv", UNCLOSED.encode(), "text/csv")})
    assert r.status_code == 422 and "row 3 opens a quote" in r.json()["error"]
    page = client.post("/cards/import", files={"file": ("c.csv", UNCLOSED.encode(), "text/csv")})
    assert page.status_code in (200, 422) and "row 3 opens a quote" in page.text
    assert not [i for i in ol.cards.items() if i.own]
