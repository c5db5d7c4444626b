// The mock round page: the clock (kept by the server, so a closed tab loses nothing), phases,
// answers checked through each bank's feedback, and the scorecard. Plain JavaScript, no libraries.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("round-data").textContent);
  var base = "/api/mock/loops/" + data.loop.id + "/rounds/" + data.position;
  var loadedAt = Date.now();
  var $ = function (id) { return document.getElementById(id); };
  var draftKey = function (i) { return "mock:" + data.loop.id + ":" + data.position + ":" + i; };

  function fmt(sec) {
    sec = Math.max(0, Math.floor(sec));
    return Math.floor(sec / 60) + ":" + String(sec % 60).padStart(2, "0");
  }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function list(items) {
    var ul = el("ul");
    items.forEach(function (t) { ul.appendChild(el("li", t)); });
    return ul;
  }
  function showError(msg) {
    var box = $("error");
    box.textContent = msg || "";
    box.hidden = !msg;
  }
  function call(path, body) {
    showError("");
    return fetch(base + path, {method: "POST", headers: {"Content-Type": "application/json"},
                               body: JSON.stringify(body || {})})
      .then(function (r) {
        return r.json().then(function (j) {
          if (!r.ok) { throw new Error(j.error || ("The request failed (" + r.status + ").")); }
          return j;
        });
      });
  }

  function elapsed() {
    var extra = data.state === "running" ? (Date.now() - loadedAt) / 1000 : 0;
    return data.elapsed_seconds + extra;
  }

  function renderClock() {
    var e = elapsed();
    var clock = $("clock");
    clock.textContent = fmt(e);
    clock.classList.toggle("over", e > data.minutes * 60);
    $("state").textContent = {pending: "not started", running: "running", paused: "paused",
                              submitted: "submitted"}[data.state] || data.state;
    var start = 0;
    document.querySelectorAll("#phases li").forEach(function (li, i) {
      var end = i < data.phase_marks.length ? data.phase_marks[i] : (i === data.phase_marks.length ? e : null);
      var used = li.querySelector(".phase-used");
      li.classList.remove("done", "over");
      li.removeAttribute("aria-current");
      if (end === null) { used.textContent = ""; return; }
      var spent = end - start;
      start = end;
      used.textContent = "· " + fmt(spent);
      if (spent > data.phases[i].minutes * 60) li.classList.add("over");
      if (i < data.phase_marks.length) li.classList.add("done");
      else if (data.state !== "submitted") li.setAttribute("aria-current", "step");
    });
  }

  function renderControls() {
    var s = data.state, done = s === "submitted";
    $("resume").textContent = s === "pending" ? "Start" : "Resume";
    $("resume").disabled = s === "running" || done;
    $("pause").disabled = s !== "running";
    $("next-phase").disabled = s !== "running" || data.phase_marks.length >= data.phases.length - 1;
    document.querySelectorAll("button.check, textarea.answer, button.speak, select.pick-story, button.use-saved").forEach(function (b) {
      b.disabled = s !== "running";
    });
    $("submit-round").disabled = s === "pending" || done;
    $("submit-section").hidden = done;
  }

  function renderFeedback(i, item) {
    var box = $("feedback-" + i);
    box.textContent = "";
    var r = item.result;
    if (!r) return;
    if (item.type === "card") {
      box.appendChild(el("p", "Key points covered: " + Math.round(100 * (r.score || 0)) + "%", "score"));
      var lines = (r.feedback || []).map(function (f) { return f.text; });
      if (lines.length) box.appendChild(list(lines));
      if (r.answer) {
        var d = el("details"); d.appendChild(el("summary", "Model answer")); d.appendChild(el("p", r.answer));
        box.appendChild(d);
      }
    } else if (item.type === "story") {
      var parts = ["situation", "task", "action", "result"].map(function (p) { return (r[p] ? "✓ " : "✗ ") + p; });
      box.appendChild(el("p", "STAR: " + parts.join(" · ") + (r.quantified_result ? " · measured result" : " · no number in the result"), "score"));
      box.appendChild(el("p", "Length: " + r.length + " (about " + fmt(r.speaking_seconds) + " spoken)"));
      if ((r.suggestions || []).length) box.appendChild(list(r.suggestions));
    } else if (item.type === "builder") {
      box.appendChild(el("p", "Length: " + r.length + " (about " + fmt(r.speaking_seconds) + " spoken, aim for " +
                               fmt(r.target_seconds[0]) + "-" + fmt(r.target_seconds[1]) + ")", "score"));
      if ((r.suggestions || []).length) box.appendChild(list(r.suggestions));
    } else if (item.type === "problem") {
      box.appendChild(el("p", "Judge: " + r.verdict.replace("_", " ") + ", " + r.passed + "/" + r.total +
                               " tests, " + r.attempts + " submission(s).", "score"));
    } else if (item.type === "design") {
      box.appendChild(el("p", "Design review: " + r.score + "/100.", "score"));
    } else {
      box.appendChild(el("p", item.type === "ask" ? (r.count + " question(s) ready.") : (r.words + " words."), "score"));
      if ((r.suggestions || []).length) box.appendChild(list(r.suggestions));
    }
  }

  function renderScorecard() {
    var card = data.scorecard, box = $("scorecard-body");
    $("scorecard").hidden = !card;
    box.textContent = "";
    if (!card) return;
    var p = el("p", "Signal: ");
    var sig = el("b", card.signal, "signal signal-" + card.signal.replace(" ", "-"));
    sig.id = "round-signal";
    p.appendChild(sig);
    box.appendChild(p);
    var wrap = el("div", null, "table-wrap"), table = el("table"), head = el("tr");
    ["", "Rating", "Evidence", "You", "Why"].forEach(function (h) { head.appendChild(el("th", h)); });
    table.appendChild(head);
    [["technical", "Technical"], ["problem_solving", "Problem solving"], ["communication", "Communication"]].forEach(function (d) {
      var v = card.ratings[d[0]], tr = el("tr");
      tr.dataset.dimension = d[0];
      tr.appendChild(el("th", d[1]));
      tr.appendChild(el("td", v.rating + "/4", "rating"));
      tr.appendChild(el("td", String(v.evidence)));
      tr.appendChild(el("td", v.self === null || v.self === undefined ? "·" : String(v.self)));
      var why = el("td"); why.appendChild(list(v.reasons)); tr.appendChild(why);
      table.appendChild(tr);
    });
    wrap.appendChild(table);
    box.appendChild(wrap);
    box.appendChild(list(card.reasons));
    var phases = card.phases.filter(function (u) { return u.reached; }).map(function (u) {
      return u.name + ": " + fmt(u.used) + " of " + fmt(u.planned) + (u.over ? " (over by " + fmt(u.over) + ")" : "");
    });
    if (phases.length) { box.appendChild(el("h3", "Time per phase")); box.appendChild(list(phases)); }
    var back = el("a", "Back to the loop");
    back.href = "/mock/" + data.loop.id;
    box.appendChild(back);
  }

  function update(round) {
    data = Object.assign(data, round);
    loadedAt = Date.now();
    renderClock(); renderControls(); renderScorecard();
  }

  // the clock
  $("resume").addEventListener("click", function () { call("/resume").then(update).catch(function (e) { showError(e.message); }); });
  $("pause").addEventListener("click", function () { call("/pause").then(update).catch(function (e) { showError(e.message); }); });
  $("next-phase").addEventListener("click", function () { call("/next-phase").then(update).catch(function (e) { showError(e.message); }); });

  // speaking timers for the pitch and the builders
  var speaking = {};
  document.querySelectorAll("button.speak").forEach(function (b) {
    var i = b.dataset.index;
    speaking[i] = {seconds: 0, timer: null};
    b.addEventListener("click", function () {
      var s = speaking[i];
      if (s.timer) {
        clearInterval(s.timer); s.timer = null;
        b.textContent = "Start speaking timer"; b.setAttribute("aria-pressed", "false");
      } else {
        var t0 = Date.now() - s.seconds * 1000;
        s.timer = setInterval(function () {
          s.seconds = Math.floor((Date.now() - t0) / 1000);
          $("speak-" + i).textContent = fmt(s.seconds);
        }, 250);
        b.textContent = "Stop speaking timer"; b.setAttribute("aria-pressed", "true");
      }
    });
  });

  // answers: unsent text is kept in this browser, sent answers in the store
  document.querySelectorAll("textarea.answer").forEach(function (t) {
    var saved = localStorage.getItem(draftKey(t.dataset.index));
    if (saved && !t.value) t.value = saved;
    t.addEventListener("input", function () { localStorage.setItem(draftKey(t.dataset.index), t.value); });
  });
  document.querySelectorAll("button.use-saved").forEach(function (b) {
    b.addEventListener("click", function () {
      var i = b.dataset.index, area = $("answer-" + i);
      area.value = data.items[i - 1].saved;  // say it aloud against the timer, then check it
      localStorage.setItem(draftKey(i), area.value);
    });
  });
  document.querySelectorAll("select.pick-story").forEach(function (sel) {
    sel.addEventListener("change", function () {
      var i = sel.dataset.index, item = data.items[i - 1], area = $("answer-" + i);
      if (sel.value === "") return;
      area.value = item.stories[parseInt(sel.value, 10)].text;  // then edit it to fit the question
      localStorage.setItem(draftKey(i), area.value);
    });
  });
  document.querySelectorAll("button.check").forEach(function (b) {
    b.addEventListener("click", function () {
      var i = b.dataset.index, area = $("answer-" + i), body = {};
      if (area) body.text = area.value;
      if (speaking[i] && speaking[i].seconds) body.seconds = speaking[i].seconds;
      b.disabled = true;
      call("/items/" + i, body).then(function (out) {
        data.items[i - 1] = out.item;
        renderFeedback(i, out.item);
        localStorage.removeItem(draftKey(i));
        update(out.round);
      }).catch(function (e) { showError(e.message); renderControls(); });
    });
  });

  $("self-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var body = {};
    ["technical", "problem_solving", "communication"].forEach(function (d) {
      var c = document.querySelector("input[name=" + d + "]:checked");
      if (c) body[d] = parseInt(c.value, 10);
    });
    $("submit-round").disabled = true;
    call("/submit", body).then(function (out) { update(out.round); $("scorecard").scrollIntoView(); })
      .catch(function (e) { showError(e.message); renderControls(); });
  });

  // Leaving the page (closing the tab, going elsewhere) pauses the clock, as a real break would.
  window.addEventListener("pagehide", function () {
    if (data.state === "running" && navigator.sendBeacon) navigator.sendBeacon(base + "/pause");
  });

  data.items.forEach(function (item, k) { renderFeedback(k + 1, item); });
  update({});
  setInterval(renderClock, 1000);
})();
