EXAMPLE = {"company": "Acme", "base": 200000, "bonus_pct": 15, "equity_grant": 400000, "vesting": [25, 25, 25, 25],
           "sign_on": 50000, "level": "senior", "company_type": "big-tech"}
FORM = {"company": "Acme", "base": "200000", "bonus_pct": "15", "equity_grant": "400000", "vesting": "25,25,25,25",
        "sign_on": "50000", "level": "senior", "company_type": "big-tech", "equity_kind": "auto", "currency": "USD"}


def test_api_create_list_compare_patch_delete(client):
    created = client.post("/api/offers", json=EXAMPLE)
    assert created.status_code == 201
    offer = created.json()
    assert offer["year_totals"] == [380000, 330000, 330000, 330000] and offer["annualized"] == 342500
    assert [o["id"] for o in client.get("/api/offers").json()] == [offer["id"]]
    patched = client.patch(f"/api/offers/{offer['id']}", json={"vesting": [5, 15, 40, 40]})
    assert patched.json()["year_totals"][0] == 300000
    compared = client.get("/api/offers/compare").json()
    assert compared[0]["annualized"] == 342500
    detail = client.get(f"/api/offers/{offer['id']}").json()
    assert detail["advice"]["stance"] in ("hold", "ask", "negotiate") and "script" in detail["advice"]
    assert client.delete(f"/api/offers/{offer['id']}").json() == {"deleted": offer["id"]}
    assert client.get(f"/api/offers/{offer['id']}").status_code == 404


def test_api_errors_are_one_sentence(client):
    bad = client.post("/api/offers", json={**EXAMPLE, "vesting": [50, 40]})
    assert bad.status_code == 422
    assert bad.json()["error"] == "The vesting percentages 50,40 add up to 90, not 100."
    typo = client.post("/api/offers", json={**EXAMPLE, "basee": 1})
    assert typo.status_code == 422
    client.post("/api/offers", json={**EXAMPLE, "currency": "EUR"})
    client.post("/api/offers", json=EXAMPLE)
    mixed = client.get("/api/offers/compare")
    assert mixed.status_code == 422 and "different currencies" in mixed.json()["error"]
    assert len(client.get("/api/offers/compare", params={"currency": "USD"}).json()) == 1


def test_api_market_points_profile(client):
    assert len(client.get("/api/offers/market").json()) == 9
    assert client.put("/api/offers/market/senior/big-tech", json={"low": 1, "high": 2}).json()["high"] == 2
    assert client.post("/api/offers/market/reset").json()[6]["low"] == 300000
    point = client.post("/api/offers/points", json={"total_comp": "350k", "company": "Acme"}).json()
    assert client.get("/api/offers/points").json()[0]["total_comp"] == 350000
    assert client.delete(f"/api/offers/points/{point['id']}").json() == {"deleted": point["id"]}
    assert client.put("/api/offers/profile", json={"rare_skills": True}).json() == {"rare_skills": True}


def test_page_form_adds_and_shows_the_figures_table_chart_and_advice(client):
    empty = client.get("/offers")
    assert empty.status_code == 200 and "No offers yet" in empty.text
    posted = client.post("/offers", data=FORM, follow_redirects=False)
    n = client.get("/api/offers").json()[0]["id"]
    assert posted.status_code == 303 and posted.headers["location"] == f"/offers#offer-{n}"
    page = client.get("/offers").text
    assert "$380,000" in page and "$342,500" in page
    assert "<svg" in page and 'data-value="380000"' in page
    assert 'data-stance="hold"' in page and "Counter-offer script" in page
    assert 'data-flag="no-written-offer"' in page


def test_page_form_error_keeps_what_was_typed(client):
    response = client.post("/offers", data={**FORM, "vesting": "25,25,25", "company": "Typo Inc"})
    assert response.status_code == 422
    assert "add up to 75, not 100" in response.text
    assert 'value="Typo Inc"' in response.text and 'value="25,25,25"' in response.text
    assert client.get("/api/offers").json() == []


def test_page_edit_then_delete_through_a_confirmation(client):
    client.post("/offers", data=FORM)
    n = client.get("/api/offers").json()[0]["id"]
    form = client.get(f"/offers/{n}/edit").text
    assert 'value="25,25,25,25"' in form and "Save changes" in form
    client.post(f"/offers/{n}", data={**FORM, "vesting": "5,15,40,40", "written_offer": "on", "status": "pending"})
    offer = client.get(f"/api/offers/{n}").json()
    assert offer["year_totals"][0] == 300000 and offer["written_offer"] is True
    confirm = client.get(f"/offers/{n}/delete")
    assert "Delete the offer from Acme?" in confirm.text
    assert client.get("/api/offers").json() != []
    client.post(f"/offers/{n}/delete")
    assert client.get("/api/offers").json() == []


def test_page_refuses_mixed_currencies_and_offers_a_choice(client):
    client.post("/offers", data=FORM)
    client.post("/offers", data={**FORM, "company": "Berlin", "currency": "EUR"})
    page = client.get("/offers").text
    assert "different currencies (EUR, USD)" in page
    chosen = client.get("/offers", params={"currency": "EUR"}).text
    assert "Offers in EUR" in chosen and "€342,500" in chosen


def test_market_page_edits_ranges_and_data_points(client):
    assert "Guide (US, 2025)" in client.get("/offers/market").text
    client.post("/offers/market", data={"senior:big-tech:low": "400000", "senior:big-tech:high": "600000"})
    ranges = client.get("/api/offers/market").json()
    assert (ranges[6]["low"], ranges[6]["high"]) == (400000, 600000)
    bad = client.post("/offers/market", data={"senior:big-tech:low": "900000", "senior:big-tech:high": "600000"})
    assert bad.status_code == 422 and "above the high end" in bad.text
    client.post("/offers/points", data={"total_comp": "350000", "company": "Acme", "currency": "USD"})
    assert client.get("/api/offers/points").json()[0]["company"] == "Acme"
    client.post("/offers/market/reset")
    assert client.get("/api/offers/market").json()[6]["low"] == 300000
