// Applications tracker: JSON-backed forms, the kanban board (drag and drop plus a stage select
// for keyboard users), checklist ticks, and local display of UTC times. No libraries.
(function () {
  "use strict";

  var flash = document.getElementById("tr-flash");

  function say(message, isError) {
    if (!flash) { if (isError) window.alert(message); return; }
    flash.textContent = message;
    flash.hidden = false;
    flash.classList.toggle("error", !!isError);
  }

  var pending = sessionStorage.getItem("tr-flash");
  if (pending) { sessionStorage.removeItem("tr-flash"); say(pending, false); }

  // After a CSV import the page reloads; the rows left out (bad or duplicate) are listed by number.
  function showSkipped(rows) {
    var box = document.getElementById("csv-skipped");
    if (!box || !rows.length) return;
    var list = box.querySelector("ul");
    list.textContent = "";
    rows.forEach(function (r) {
      var li = document.createElement("li");
      li.className = r.kind === "bad" ? "bad" : "";
      li.textContent = "Row " + r.row + " (" + (r.kind === "bad" ? "bad" : "duplicate") + "): " + r.error + ".";
      list.appendChild(li);
    });
    box.querySelector(".n").textContent = rows.length;
    box.hidden = false;
  }
  var skippedRows = sessionStorage.getItem("tr-skipped");
  if (skippedRows) {
    sessionStorage.removeItem("tr-skipped");
    try { showSkipped(JSON.parse(skippedRows)); } catch (e) { /* an old or foreign value: nothing to list */ }
  }

  async function call(method, url, body) {
    var opts = { method: method, headers: { "Accept": "application/json" } };
    if (body !== undefined) {
      opts.headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(body);
    }
    var res = await fetch(url, opts);
    var data = null;
    if (res.status !== 204) { try { data = await res.json(); } catch (e) { data = null; } }
    if (!res.ok) throw new Error((data && data.error) || ("The request failed (HTTP " + res.status + ")."));
    return data;
  }

  function formBody(form) {
    var body = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.disabled) return;
      var v = el.value, kind = el.dataset.type;
      if (kind === "int") { if (v === "") return; v = parseInt(v, 10); }
      else if (kind === "list") { v = v.split(",").map(function (s) { return s.trim(); }).filter(Boolean); }
      else if (kind === "local-datetime") { if (v === "") return; v = new Date(v).toISOString(); }
      body[el.name] = v;
    });
    return body;
  }

  function after(data, then) {
    if (data && data.warnings && data.warnings.length) sessionStorage.setItem("tr-flash", data.warnings.join(" "));
    if (then && then !== "reload") window.location.href = then; else window.location.reload();
  }

  document.querySelectorAll("form[data-api]").forEach(function (form) {
    form.addEventListener("submit", async function (ev) {
      ev.preventDefault();
      var err = form.querySelector(".form-error");
      var btn = form.querySelector("button[type=submit]");
      if (err) err.textContent = "";
      if (btn) btn.disabled = true;
      try {
        var data = await call(form.dataset.method || "POST", form.dataset.api, formBody(form));
        after(data, form.dataset.then);
      } catch (e) {
        if (err) err.textContent = e.message; else say(e.message, true);
        if (btn) btn.disabled = false;
      }
    });
  });

  // Buttons that post or delete without a form; deletes always ask first.
  document.addEventListener("click", async function (ev) {
    var copy = ev.target.closest("[data-copy]");
    if (copy) {
      var area = document.getElementById(copy.dataset.copy);
      area.select();
      try { await navigator.clipboard.writeText(area.value); say("Copied to the clipboard.", false); }
      catch (e) { say("Select the text and copy it with Ctrl+C.", false); }
      return;
    }
    var b = ev.target.closest("[data-post],[data-delete]");
    if (!b) return;
    ev.preventDefault();
    if (b.dataset.confirm && !window.confirm(b.dataset.confirm)) return;
    var url = b.dataset.post || b.dataset.delete;
    var method = b.dataset.delete ? "DELETE" : (b.dataset.method || "POST");
    var body = b.dataset.body ? JSON.parse(b.dataset.body) : undefined;
    b.disabled = true;
    try { after(await call(method, url, body), b.dataset.then); }
    catch (e) { say(e.message, true); b.disabled = false; }
  });

  // Checklist ticks save at once; a failure puts the box back.
  document.addEventListener("change", async function (ev) {
    var box = ev.target.closest("input[data-tick]");
    if (!box) return;
    try { await call("PUT", box.dataset.tick, { key: box.value, done: box.checked }); }
    catch (e) { box.checked = !box.checked; say(e.message, true); }
  });

  // The red-flag form: picking a listed flag also picks its group.
  var preset = document.getElementById("f-preset");
  if (preset) preset.addEventListener("change", function () {
    var opt = preset.selectedOptions[0];
    if (opt && opt.dataset.group) document.getElementById("f-group").value = opt.dataset.group;
  });

  document.querySelectorAll("[data-default-tz]").forEach(function (el) {
    if (!el.value) el.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  });

  document.querySelectorAll("time[data-local]").forEach(function (t) {
    var d = new Date(t.getAttribute("datetime"));
    if (!isNaN(d)) { t.title = t.textContent; t.textContent = d.toLocaleString([], { dateStyle: "medium", timeStyle: "short" }); }
  });

  // CSV import: check first; when some rows are bad, list them and ask before importing the rest.
  var csvForm = document.getElementById("csv-import");
  if (csvForm) csvForm.addEventListener("submit", async function (ev) {
    ev.preventDefault();
    var out = document.getElementById("csv-report");
    var file = document.getElementById("csv-file").files[0];
    var strict = document.getElementById("csv-strict").checked;
    out.textContent = "";
    if (!file) return;
    var text = await file.text();
    async function send(confirmed) {
      var res = await fetch("/api/applications/import-csv?strict=" + strict + "&confirm=" + confirmed,
        { method: "POST", headers: { "Content-Type": "text/csv", "Accept": "application/json" }, body: text });
      var data = await res.json();
      if (!res.ok) throw new Error(data.error || ("The import failed (HTTP " + res.status + ")."));
      return data;
    }
    function skipped(data) {
      var rows = data.errors.map(function (e) { return { row: e.row, kind: "bad", error: e.error }; })
        .concat(data.duplicates.map(function (e) { return { row: e.row, kind: "duplicate", error: e.error }; }));
      return rows.sort(function (a, b) { return a.row - b.row; });
    }
    function show(data) {
      var list = document.createElement("ul");
      skipped(data).forEach(function (e) {
        var li = document.createElement("li");
        if (e.kind === "bad") li.className = "bad";
        li.textContent = "Row " + e.row + (e.kind === "bad" ? ": " : " (duplicate, skipped): ") + e.error + ".";
        list.appendChild(li);
      });
      if (data.unknown_columns.length) {
        var li = document.createElement("li"); li.textContent = "Unknown columns, ignored: " + data.unknown_columns.join(", ") + "."; list.appendChild(li);
      }
      out.appendChild(list);
    }
    try {
      var data = await send(false);
      show(data);
      if (data.needs_confirmation) {
        if (!window.confirm(data.errors.length + " row(s) are bad (listed on the page). Import the other " + data.good_rows + "?")) {
          out.appendChild(document.createTextNode("Nothing was imported."));
          return;
        }
        data = await send(true);
      }
      if (data.imported.length) {
        sessionStorage.setItem("tr-flash", "Imported " + data.imported.length + " application(s)." +
          (data.unknown_columns.length ? " Unknown columns were ignored: " + data.unknown_columns.join(", ") + "." : ""));
        sessionStorage.setItem("tr-skipped", JSON.stringify(skipped(data)));
        window.location.reload();
      } else if (data.duplicates.length) {
        showSkipped(skipped(data));
        out.appendChild(document.createTextNode("Nothing was imported: every row repeats an application you have."));
      } else if (!data.errors.length) {
        out.appendChild(document.createTextNode("The file has no application rows."));
      }
    } catch (e) {
      var p = document.createElement("p"); p.className = "error"; p.textContent = e.message; out.appendChild(p);
    }
  });

  // -- the board -------------------------------------------------------------------------------
  var board = document.getElementById("board");
  if (!board) return;
  var status = document.getElementById("board-status");

  // A column shows its most recent cards only, so its count is the stored total, moved by one.
  function bump(col, by) {
    var c = col && col.querySelector(".count");
    if (c) c.textContent = (parseInt(c.textContent, 10) || 0) + by;
  }

  async function moveCard(card, stage, keepFocus) {
    if (!card || card.dataset.stage === stage) return;
    var select = card.querySelector(".stage-select");
    status.textContent = "";
    if (card.dataset.stages.split(",").indexOf(stage) < 0) {
      status.textContent = card.querySelector(".card-title").textContent + " cannot move to that stage: its company type has no such stage.";
      return;
    }
    try {
      await call("POST", "/api/applications/" + card.dataset.id + "/move", { stage: stage });
    } catch (e) {
      status.textContent = e.message;
      select.value = card.dataset.stage;
      return;
    }
    var from = card.closest(".column");
    var target = board.querySelector('.column[data-stage="' + stage + '"]');
    card.dataset.stage = stage;
    select.value = stage;
    var label = select.selectedOptions[0].textContent;
    if (target) target.querySelector(".cards").prepend(card); else card.remove();  // one column shown: it leaves
    bump(from, -1);
    bump(target, 1);
    if (keepFocus && target) card.querySelector(".move-btn").focus();
    say(card.querySelector(".card-title").textContent + " moved to " + label + ".", false);
  }

  var dragged = null;
  board.addEventListener("dragstart", function (e) {
    var card = e.target.closest(".card");
    if (!card) return;
    dragged = card;
    e.dataTransfer.setData("text/plain", card.dataset.id);
    e.dataTransfer.effectAllowed = "move";
    card.classList.add("dragging");
  });
  board.addEventListener("dragend", function () {
    if (dragged) dragged.classList.remove("dragging");
    dragged = null;
    board.querySelectorAll(".over").forEach(function (c) { c.classList.remove("over"); });
  });
  board.querySelectorAll(".column").forEach(function (col) {
    col.addEventListener("dragover", function (e) { e.preventDefault(); e.dataTransfer.dropEffect = "move"; col.classList.add("over"); });
    col.addEventListener("dragleave", function (e) { if (!col.contains(e.relatedTarget)) col.classList.remove("over"); });
    col.addEventListener("drop", function (e) {
      e.preventDefault();
      col.classList.remove("over");
      var id = e.dataTransfer.getData("text/plain");
      moveCard(board.querySelector('.card[data-id="' + id + '"]'), col.dataset.stage, false);
    });
  });
  // Keyboard alternative: choose in the select, then press Move. (Arrow keys change a closed
  // select's value at once in some browsers, so moving on "change" would save every step.)
  board.addEventListener("click", function (e) {
    var btn = e.target.closest(".move-btn");
    if (!btn) return;
    var card = btn.closest(".card");
    moveCard(card, card.querySelector(".stage-select").value, true);
  });
})();
