"""Issue 19, point 6: a 1.1 MB paste is refused with a sentence and the typed text stays on the page."""

BIG = "We rebuilt the pipeline. " * 44_000 + "END-OF-PASTE"  # about 1.1 MB


def test_the_story_form_answers_422_and_keeps_every_field(client, ol):
    r = client.post("/stories/new", data={"title": "Pipeline rebuild", "mode": "parts", "situation": BIG,
                                          "task": "Keep the task", "action": "Keep the action", "result": "Keep it"})
    assert len(BIG) > 1_000_000
    assert r.status_code == 422
    assert "longer than 20000 characters" in r.text
    assert "END-OF-PASTE" in r.text and "Keep the action" in r.text and 'value="Pipeline rebuild"' in r.text
    assert ol.stories.list() == []


def test_editing_a_story_keeps_the_text_too(client, ol):
    story = ol.stories.add("Short one", text="We shipped a model that cut fraud losses by 12% in a quarter.")
    r = client.post(f"/stories/{story['id']}/edit", data={"title": "Short one", "mode": "free", "text": BIG})
    assert r.status_code == 422 and "END-OF-PASTE" in r.text
    assert ol.stories.get(story["id"])["text"].startswith("We shipped")


def test_the_answer_builder_answers_422_and_keeps_the_text(client, ol):
    r = client.post("/stories/answers/save", data={"kind": "pitch", "text": BIG, "edited": "1", "company": "Acme"})
    assert r.status_code == 422 and "END-OF-PASTE" in r.text
    assert "longer than" in r.text
