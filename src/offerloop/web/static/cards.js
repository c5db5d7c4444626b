// Review page: fetch the due queue, show one card, check the typed answer, rate it. No framework.
(function () {
  "use strict";
  const root = document.getElementById("review");
  if (!root) return;
  const $ = (id) => document.getElementById(id);
  const topic = root.dataset.topic || "";
  const box = $("answer-box");
  let current = null;     // the card on screen
  let revealed = false;   // feedback shown, waiting for a rating
  let suggested = null;
  let startedAt = 0;
  let busy = false;

  function showError(message) {
    const el = $("error");
    el.textContent = message;
    el.hidden = !message;
  }

  async function call(method, url, body) {
    const response = await fetch(url, {
      method,
      headers: body ? { "Content-Type": "application/json" } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(data.error || `The server answered ${response.status}.`);
    return data;
  }

  async function next() {
    showError("");
    const query = new URLSearchParams({ learn_ahead: "true" });
    if (topic) query.set("topic", topic);
    let queue;
    try {
      queue = await call("GET", `/api/cards/due?${query}`);
    } catch (err) {
      showError(err.message);
      return;
    }
    $("queue-counts").textContent = `${queue.counts.due} due · ${queue.counts.new} new`;
    if (!queue.cards.length) {
      current = null;
      $("card").hidden = true;
      $("empty").hidden = false;
      return;
    }
    current = queue.cards[0];
    revealed = false;
    suggested = null;
    $("empty").hidden = true;
    $("card").hidden = false;
    $("feedback").hidden = true;
    $("card-meta").textContent = [current.topic || "own card", current.difficulty, current.state].filter(Boolean).join(" · ");
    $("question").textContent = current.question;
    box.value = "";
    box.disabled = false;
    startedAt = Date.now();
    box.focus();
  }

  async function reveal() {
    if (!current || revealed || busy) return;
    busy = true;
    try {
      // an empty box asks to reveal the model answer; a typed one is judged
      const typed = box.value.trim().length > 0;
      const url = `/api/cards/${encodeURIComponent(current.slug)}`;
      const result = typed ? await call("POST", `${url}/answer`, { text: box.value }) : await call("GET", `${url}/reveal`);
      render(result);
    } catch (err) {
      showError(err.message);
    } finally {
      busy = false;
    }
  }

  function render(result) {
    revealed = true;
    suggested = result.suggested_rating;
    box.disabled = true;
    const typed = box.value.trim().length > 0;
    $("score").textContent = typed && result.score !== null
      ? `Score ${Math.round(result.score * 100)}%: ${result.covered.length} of ${result.points.length} key points covered` +
        (result.contradicted.length + result.misconceptions.length
          ? `, ${result.contradicted.length + result.misconceptions.length} wrong` : "") +
        `. Suggested rating: ${suggested}.`
      : (result.points.length ? "Key points:" : "");
    // what was wrong first: misconceptions and contradicted points, with the correction and the
    // model answer's sentence; then what is missing; then what was covered
    const wrongList = $("wrong-list");
    wrongList.replaceChildren();
    const wrongItems = [];
    for (const m of (typed ? result.misconceptions || [] : [])) {
      wrongItems.push(wrongItem(`You said: “${m.evidence || m.claim}”`, `Misconception: ${m.claim}. ${m.correction}`, m.correct));
    }
    for (const p of (typed ? result.points : [])) {
      if (p.status !== "contradicted") continue;
      wrongItems.push(wrongItem(`You said: “${p.evidence}”`, `Correct: ${p.point}.`, p.correct));
    }
    wrongList.append(...wrongItems);
    $("wrong").hidden = wrongItems.length === 0;
    const kw = $("keyword-list");
    kw.hidden = !(typed && result.keyword_list);
    kw.textContent = kw.hidden ? "" : (result.feedback.find((f) => f.kind === "keyword_list") || {}).text || "";
    const order = { contradicted: 0, missed: 1, partial: 1, covered: 2 };
    const points = typed ? [...result.points].sort((a, b) => order[a.status] - order[b.status]) : result.points;
    $("points-title").hidden = !typed || !points.length;
    const list = $("points");
    list.replaceChildren();
    for (const p of points) {
      const li = document.createElement("li");
      li.className = typed ? p.status : "";
      li.textContent = p.point;
      if (typed && p.evidence && p.status !== "contradicted") {
        const ev = document.createElement("span");
        ev.className = "evidence";
        ev.textContent = ` (you said: “${p.evidence}”)`;
        li.appendChild(ev);
      }
      list.appendChild(li);
    }
    $("model-answer").textContent = result.answer || "No answer written yet.";
    const follow = $("follow-ups");
    follow.replaceChildren();
    if (result.follow_ups && result.follow_ups.length) {
      const h = document.createElement("h3");
      h.textContent = "Follow-ups an interviewer may ask";
      const ul = document.createElement("ul");
      for (const f of result.follow_ups) {
        const li = document.createElement("li");
        li.textContent = f;
        ul.appendChild(li);
      }
      follow.append(h, ul);
    }
    for (const el of document.querySelectorAll("[data-interval]")) {
      el.textContent = result.next_interval[el.dataset.interval] || "";
    }
    for (const b of document.querySelectorAll("[data-rating]")) {
      b.classList.toggle("secondary", b.dataset.rating !== suggested);
    }
    $("feedback").hidden = false;
    const target = document.querySelector(`[data-rating="${suggested || "good"}"]`);
    if (target) target.focus();
  }

  function wrongItem(said, correction, modelSentence) {
    const li = document.createElement("li");
    li.textContent = said;
    const fix = document.createElement("span");
    fix.className = "correction";
    fix.textContent = correction;
    li.appendChild(fix);
    if (modelSentence) {
      const model = document.createElement("span");
      model.className = "model";
      model.textContent = `Model answer: “${modelSentence}”`;
      li.appendChild(model);
    }
    return li;
  }

  async function rate(rating) {
    if (!current || !revealed || busy) return;
    busy = true;
    try {
      const result = await call("POST", `/api/cards/${encodeURIComponent(current.slug)}/review`, {
        rating,
        text: box.value.trim() ? box.value : null,
        duration_ms: Math.min(Date.now() - startedAt, 86400000),
      });
      $("status").textContent = `Rated ${result.rating}: next review in ${result.interval}.`;
      busy = false;
      await next();
    } catch (err) {
      showError(err.message);
    } finally {
      busy = false;
    }
  }

  $("reveal").addEventListener("click", reveal);
  for (const b of document.querySelectorAll("[data-rating]")) {
    b.addEventListener("click", () => rate(b.dataset.rating));
  }
  const keys = { "1": "again", "2": "hard", "3": "good", "4": "easy" };
  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.metaKey) return;
    const inBox = event.target === box;
    if (inBox) {
      // Enter checks the answer (Shift+Enter is a new line); Space in an empty box just reveals.
      if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); reveal(); }
      else if (event.key === " " && !box.value.trim()) { event.preventDefault(); reveal(); }
      else if (event.key === "Escape") { box.blur(); }
      return;
    }
    const tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "select" || tag === "textarea") return;
    if (event.key === " " && !revealed) { event.preventDefault(); reveal(); }
    else if (revealed && keys[event.key]) { event.preventDefault(); rate(keys[event.key]); }
  });
  next();
})();
