"""User A's data for the isolation test: one object of every kind, made through the published API,
each carrying a marker string that must never appear in anything user B is shown."""

from __future__ import annotations

import io
import uuid
import zipfile
from pathlib import Path

ROOT = Path(__file__).parents[2]
PROBLEM = "two-sum"
DESIGN = "fraud-detection"

RESUME = """# {marker} Lovelace
ada@example.com

## Experience
### ML engineer, Acme (2021-2025)
- Built a ranking model in PyTorch that raised click-through by 12% for 3 million users.
- Cut training time from 9 hours to 2 by moving feature joins into Spark.

## Skills
Python, PyTorch, scikit-learn, SQL, Spark

## Education
MSc Computer Science, 2021
"""

TAKEHOME = '''"""Churn model {marker}."""
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

df = pd.read_csv("churn.csv")
X, y = df.drop(columns=["churned"]), df["churned"]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
'''

DESIGN_TEXT = """Problem: detect card fraud for {marker} at checkout within 100 ms. Metrics: precision at a fixed
recall and the dollar loss avoided. Data: labelled chargebacks arrive weeks late, so labels are delayed.
Features: velocity counts per card and merchant, device fingerprint, amount z-score. Model: gradient
boosted trees, retrained weekly, a rules layer for new patterns. Serving: online feature store, a
threshold chosen on cost. Monitoring: drift of the score distribution, alert on precision drop."""


def _ok(r, what: str) -> dict:
    assert r.status_code < 300, f"creating {what} failed: {r.status_code} {r.text[:300]}"
    return r.json() if r.content else {}


def make_everything(client) -> tuple[dict[str, object], str]:
    """({kind: id}, marker) for one signed-in client: every kind of owned object the API makes."""
    marker = "MARK" + uuid.uuid4().hex[:10].upper()
    ids: dict[str, object] = {}
    app = _ok(client.post("/api/applications", json={
        "company": f"{marker} Labs", "role": "ML engineer", "type": "big-tech",
        "job_description": f"{marker}: Python, PyTorch, Spark and ranking models."}), "an application")
    ids["application_id"] = app["id"]
    base = f"/api/applications/{app['id']}"
    ids["contact_id"] = _ok(client.post(f"{base}/contacts", json={"name": f"{marker} Recruiter"}), "a contact")["id"]
    ids["flag_id"] = _ok(client.post(f"{base}/flags", json={"group": "process", "text": f"{marker} flag"}), "a flag")["id"]
    _ok(client.post(f"{base}/notes", json={"text": f"{marker} note"}), "a note")
    interview = _ok(client.post(f"{base}/interviews", json={
        "round": "ml-coding", "at": "2031-03-04T10:00:00+00:00", "interviewers": [f"{marker} Dana"]}), "an interview")
    ids["interview_id"] = interview["id"]
    ivbase = f"{base}/interviews/{interview['id']}"
    ids["question_id"] = _ok(client.post(f"{ivbase}/questions", json={"text": f"{marker} asked about leakage"}),
                             "an interview question")["id"]
    _ok(client.put(f"{ivbase}/thank-you", json={"text": f"Thank you {marker} for the chat."}), "a thank-you note")
    ids["offer_id"] = _ok(client.post("/api/offers", json={"company": f"{marker} Corp", "base": 200_000}),
                          "an offer")["id"]
    ids["point_id"] = _ok(client.post("/api/offers/points", json={"total_comp": "350k", "company": f"{marker} Co"}),
                          "a data point")["id"]
    ids["story_id"] = _ok(client.post("/api/stories", json={
        "title": f"{marker} launch", "text": f"I shipped the {marker} ranking model on time and CTR rose 12%."}),
        "a story")["id"]
    ids["answer_id"] = _ok(client.post("/api/stories/answers", json={
        "kind": "pitch", "text": f"I am {marker}, an ML engineer who ships ranking models."}), "a pitch")["id"]
    ids["loop_id"] = _ok(client.post("/api/mock/loops", json={"rounds": ["theory", "behavioral"]}),
                         "a mock loop")["id"]
    ids["resume_id"] = _ok(client.post("/api/resumes", files={
        "file": ("ada.md", RESUME.format(marker=marker).encode(), "text/markdown")}, data={"name": marker}),
        "a resume")["id"]
    ids["description_id"] = _ok(client.post("/api/resume/descriptions", json={
        "text": f"{marker} seeks a senior ML engineer: Python, PyTorch, Spark, ranking, A/B tests."}),
        "a job description")["id"]
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as z:
        z.writestr("churn/train.py", TAKEHOME.format(marker=marker))
        z.writestr("churn/README.md", f"# Churn {marker}\nRun `python train.py`.\n")
    review = _ok(client.post("/api/takehome/reviews", files={"file": ("churn.zip", zipped.getvalue(),
                                                                         "application/zip")}), "a take-home review")
    ids["review_id"] = review["review_id"]
    ids["takehome_id"] = review["takehome_id"]
    _ok(client.put(f"/api/takehome/{review['takehome_id']}/application", json={"application_id": app["id"]}),
        "a take-home tied to the application")
    attempt = _ok(client.post("/api/design/review", json={"case": DESIGN, "text": DESIGN_TEXT.format(marker=marker),
                                                         "save": True}), "a design attempt")
    ids["attempt_id"] = attempt["attempt_id"]
    _ok(client.put(f"/api/design/drafts/{DESIGN}", json={"sections": {"problem": f"{marker} draft design"}}), "a design draft")
    ids["own_card"] = _ok(client.post("/api/cards/own", json={
        "question": f"What does {marker} measure?", "answer": f"{marker} measures recall."}), "an own card")["slug"]
    solution = (ROOT / f"src/offerloop/content/packs/problems/{PROBLEM}/.meta/solution.py").read_text()
    _ok(client.post(f"/api/problems/{PROBLEM}/submissions", json={"code": f"# {marker}\n" + solution}),
        "a submission")
    ids["submission_id"] = _ok(client.get(f"/api/problems/{PROBLEM}/submissions"), "the attempts list")[0]["id"]
    _ok(client.put(f"/api/problems/{PROBLEM}/draft", json={"code": f"# {marker} draft\n"}), "a problem draft")
    _ok(client.put(f"/api/resume/applications/{app['id']}", json={"resume_id": ids["resume_id"],
                                                                   "description_id": ids["description_id"]}),
        "documents tied to the application")
    return ids, marker
