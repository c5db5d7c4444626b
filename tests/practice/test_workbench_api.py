"""The problem page's API: drafts saved as you type, and every past attempt openable."""

WRONG = "def two_sum(nums, target):\n    return [0, 0]\n"


def test_draft_round_trip_and_the_page_opens_on_it(client, ol):
    assert client.get("/api/problems/two-sum/draft").json() == {"slug": "two-sum", "code": None, "updated_at": None}
    r = client.put("/api/problems/two-sum/draft", json={"code": "# thinking\n"})
    assert r.status_code == 200 and r.json()["code"] == "# thinking\n"
    client.put("/api/problems/two-sum/draft", json={"code": "# thinking harder\n"})  # replaces, one row per problem
    got = client.get("/api/problems/two-sum/draft").json()
    assert got["code"] == "# thinking harder\n" and got["updated_at"]
    assert "# thinking harder" in client.get("/problems/two-sum").text
    assert client.delete("/api/problems/two-sum/draft").json() == {"slug": "two-sum", "deleted": True}
    assert client.delete("/api/problems/two-sum/draft").json()["deleted"] is False
    assert client.get("/api/problems/two-sum/draft").json()["code"] is None


def test_draft_bad_input_is_a_4xx_with_a_sentence(client):
    assert client.put("/api/problems/two-sum/draft", json={}).status_code == 422
    assert client.put("/api/problems/two-sum/draft", json={"code": "x" * 200_001}).status_code == 422
    r = client.put("/api/problems/two-sum/draft", json={"code": "€" * 100_000})  # 300 kB of UTF-8
    assert 400 <= r.status_code < 500 and "at most" in r.json()["error"]
    r = client.put("/api/problems/no-such-problem/draft", json={"code": ""})
    assert r.status_code == 404 and "no problem" in r.json()["error"]
    spec = client.get("/openapi.json").json()
    body = spec["paths"]["/api/problems/{slug}/draft"]["put"]["requestBody"]["content"]["application/json"]["schema"]
    assert body["$ref"].endswith("/ProblemDraftIn")
    assert spec["components"]["schemas"]["ProblemDraftIn"]["properties"]["code"]["maxLength"] == 200_000


def test_each_past_submission_opens_with_its_code_and_result(client, ol):
    ol.problems.submit("two-sum", WRONG)
    crash = "def two_sum(nums, target):\n    return 1 / 0\n"  # not accepted either: no scaling check to wait for
    ol.problems.submit("two-sum", crash)
    newest, oldest = client.get("/api/problems/two-sum/submissions").json()
    got = client.get(f"/api/problems/two-sum/submissions/{oldest['id']}").json()
    assert got["code"] == WRONG and got["verdict"] == "wrong_answer" and got["result"]["verdict"] == "wrong_answer"
    assert got["result"]["cases"][0]["input"] == {"args": [[2, 7, 11, 15], 9], "kwargs": {}}
    got = client.get(f"/api/problems/two-sum/submissions/{newest['id']}").json()
    assert got["code"] == crash and got["verdict"] == "runtime_error" and "ZeroDivisionError" in got["result"]["reason"]
    # Ids are bounded; another problem's attempt is not this problem's.
    assert client.get("/api/problems/two-sum/submissions/0").status_code == 422
    assert client.get(f"/api/problems/two-sum/submissions/{2**31}").status_code == 422
    assert client.get("/api/problems/two-sum/submissions/abc").status_code == 422
    r = client.get(f"/api/problems/kmeans/submissions/{oldest['id']}")
    assert r.status_code == 404 and "no attempt" in r.json()["error"]
    assert client.get("/api/problems/two-sum/submissions/999999").status_code == 404


def test_drafts_belong_to_their_user(ol):
    other = ol.for_user("someone-else")
    ol.problems.save_draft("two-sum", "# mine\n")
    assert other.problems.draft("two-sum") is None
    other.problems.save_draft("two-sum", "# theirs\n")
    assert ol.problems.draft("two-sum")["code"] == "# mine\n"


def test_drafts_travel_with_export_and_import(ol, cli, tmp_path):
    from typer.testing import CliRunner

    from offerloop.app import Offerloop
    from offerloop.cli.main import app as cli_app
    from offerloop.settings import Settings

    ol.problems.save_draft("two-sum", "# half done\n")
    export = tmp_path / "all.json"
    assert cli("export", str(export)).exit_code == 0
    fresh = tmp_path / "fresh"
    r = CliRunner().invoke(cli_app, ["import", str(export)], env={"OFFERLOOP_DATA_DIR": str(fresh), "OFFERLOOP_DATABASE_URL": None})
    assert r.exit_code == 0, r.output
    with Offerloop(Settings(data_dir=fresh, database_url=None, judge_workers=1)) as other:
        assert other.problems.draft("two-sum")["code"] == "# half done\n"


def test_attempts_list_takes_a_bounded_limit(client, ol):
    for _ in range(3):
        ol.problems.submit("two-sum", WRONG)
    assert len(client.get("/api/problems/two-sum/submissions").json()) == 3
    assert len(client.get("/api/problems/two-sum/submissions?limit=2").json()) == 2
    assert client.get("/api/problems/two-sum/submissions?limit=0").status_code == 422
    assert client.get("/api/problems/two-sum/submissions?limit=10001").status_code == 422
