"""Issue 18: a CSV the csv module cannot read (a field past its 131,072-character limit) is one sentence
and a 422 naming the row, never a 500, and nothing is imported."""

from datetime import datetime, timezone

import pytest

from offerloop.errors import InvalidInput
from offerloop.tracker.csvio import parse

NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)
GOOD = "company,role,type\nAcme,MLE,startup\n"
HUGE = '"' + "x" * 131_073 + '"'


@pytest.mark.parametrize("text, row", [
    (GOOD + f"Beta,DS,big_tech,applied,,,,,,{HUGE}\n", 3),  # a quoted job description over the limit
    (GOOD + "Beta,DS,startup\n" + "y" * 131_073, 4),  # an unquoted one, last line without a newline
    (f"{HUGE},role,type\n", 1),  # in the header
])
def test_a_field_over_the_csv_limit_is_one_sentence_naming_the_row(text, row):
    with pytest.raises(InvalidInput) as err:
        parse(text, NOW)
    message = str(err.value)
    assert message == f"The CSV file cannot be read at row {row}: a field is longer than 131,072 characters."


def test_a_field_just_under_the_limit_is_read():
    text = "company,role,type,job_description\nBeta,DS,startup," + "z" * 131_000 + "\n"
    report = parse(text, NOW)
    assert [n for n, _ in report.rows] == [2] and len(report.rows[0][1]["job_description"]) == 131_000


def test_the_api_refuses_it_with_422_and_imports_nothing(client):
    body = GOOD + f"Beta,DS,big_tech,applied,,,,,,{HUGE}\n"
    for query in ("", "?confirm=true", "?strict=true"):
        r = client.post("/api/applications/import-csv" + query, content=body, headers={"content-type": "text/csv"})
        assert r.status_code == 422, r.text
        assert r.json()["error"] == "The CSV file cannot be read at row 3: a field is longer than 131,072 characters."
    assert client.get("/api/applications").json() == []
