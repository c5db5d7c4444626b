import json

ADD = ["offers", "add", "--company", "Acme", "--base", "200000", "--bonus-pct", "15", "--equity", "400000",
       "--vesting", "25,25,25,25", "--sign-on", "50000", "--level", "senior", "--company-type", "big-tech"]


def test_add_prints_the_example_figures_as_json(cli):
    result = cli(*ADD, "--json")
    assert result.exit_code == 0, result.output
    offer = json.loads(result.output)
    assert offer["year_totals"] == [380000, 330000, 330000, 330000]
    assert offer["annualized"] == 342500


def test_add_prints_a_readable_table(cli):
    result = cli(*ADD)
    assert result.exit_code == 0, result.output
    assert "Year 1: $380,000" in result.output and "Annualised: $342,500" in result.output


def test_compare_json_lists_each_offer_with_year_totals_and_annualized(cli):
    cli(*ADD)
    back = [a if a != "25,25,25,25" else "5,15,40,40" for a in ADD]
    back[back.index("Acme")] = "Backload"
    cli(*back)
    result = cli("offers", "compare", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {r["company"]: r["year_totals"][0] for r in rows} == {"Acme": 380000, "Backload": 300000}
    assert all(len(r["year_totals"]) == 4 and r["annualized"] == 342500 for r in rows)
    text = cli("offers", "compare")
    assert "$380,000" in text.output and "$300,000" in text.output


def test_vesting_that_does_not_add_to_100_is_one_clear_error(cli):
    result = cli("offers", "add", "--company", "X", "--base", "100k", "--equity", "1000", "--vesting", "25,25,25")
    assert result.exit_code == 2
    assert "add up to 75, not 100" in result.output
    assert json.loads(cli("offers", "list", "--json").output) == []


def test_compare_across_currencies_is_refused_with_a_sentence(cli):
    cli(*ADD)
    cli("offers", "add", "--company", "Berlin", "--base", "90000", "--currency", "EUR")
    result = cli("offers", "compare")
    assert result.exit_code == 2
    assert "different currencies (EUR, USD)" in result.output
    assert json.loads(cli("offers", "compare", "--currency", "EUR", "--json").output)[0]["company"] == "Berlin"


def _add(cli, *args) -> str:
    return str(json.loads(cli(*args, "--json").output)["id"])


def test_edit_show_advice_and_remove_with_confirmation(cli):
    n = _add(cli, *ADD)
    result = cli("offers", "edit", n, "--deadline", "24h", "--written", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["written_offer"] is True
    shown = cli("offers", "show", n)
    assert "within the Senior (5+ years) at Big tech (FAANG) range" in " ".join(shown.output.split())
    assert "under 72" in shown.output
    advice = json.loads(cli("offers", "advice", n, "--json").output)
    assert advice["stance"] == "hold"
    kept = cli("offers", "remove", n, input="n\n")
    assert kept.exit_code == 1 and "Nothing deleted" in kept.output
    gone = cli("offers", "remove", n, input="y\n")
    assert gone.exit_code == 0 and "Deleted the offer from Acme" in gone.output
    missing = cli("offers", "show", n)
    assert missing.exit_code == 2 and f"no offer {n}" in missing.output


def test_advice_changes_when_a_competing_offer_is_added(cli):
    n = _add(cli, *ADD, "--written")
    before = json.loads(cli("offers", "advice", n, "--json").output)
    cli("offers", "add", "--company", "Globex", "--base", "250k", "--bonus-pct", "10", "--equity", "300k",
        "--vesting", "25,25,25,25", "--level", "senior", "--company-type", "big-tech")
    after = json.loads(cli("offers", "advice", n, "--json").output)
    assert (before["stance"], after["stance"]) == ("hold", "negotiate")
    assert "Globex" in after["script"] and "Globex" not in before["script"]


def test_market_points_and_profile_commands(cli):
    result = cli("offers", "market", "set", "senior", "big-tech", "--low", "400k", "--high", "600k", "--json")
    assert json.loads(result.output)["low"] == 400000
    shown = json.loads(cli("offers", "market", "show", "--json").output)
    assert len(shown) == 9
    n = _add(cli, *ADD)
    assert json.loads(cli("offers", "show", n, "--json").output)["market"]["range"]["position"] == "below"
    assert cli("offers", "market", "reset", "--yes").exit_code == 0
    point = json.loads(cli("offers", "points", "add", "--total", "350k", "--company", "Acme", "--json").output)
    assert point["total_comp"] == 350000
    assert "Acme" in cli("offers", "points", "list").output
    assert cli("offers", "points", "remove", str(point["id"]), "--yes").exit_code == 0
    assert json.loads(cli("offers", "profile", "--rare-skills", "--json").output) == {"rare_skills": True}


def test_options_offer_from_the_cli(cli):
    result = cli("offers", "add", "--company", "Seed", "--base", "150k", "--options", "40000", "--strike", "1.25",
                 "--price", "6.25", "--price-basis", "preferred", "--vesting", "25,25,25,25", "--json")
    offer = json.loads(result.output)
    assert offer["equity"]["kind"] == "options" and offer["year_totals"] == [200000] * 4
    assert any("Options valued" in a for a in offer["assumptions"])


def test_accept_as_is_flag_reaches_the_advice(cli):
    n = _add(cli, *ADD, "--written")
    cli("offers", "profile", "--rare-skills")
    assert json.loads(cli("offers", "advice", n, "--json").output)["stance"] == "ask"
    cli("offers", "edit", n, "--accept-as-is")
    assert json.loads(cli("offers", "advice", n, "--json").output)["stance"] == "hold"
