// Behavioral pages: live story feedback, the answer builders and the rehearsal timer.
// Plain JavaScript; every page also works without it (forms post to the server).
(function () {
  "use strict";

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function clock(seconds) {
    seconds = Math.max(0, Math.floor(seconds));
    return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
  }
  function debounce(fn, ms) {
    var t = null;
    return function () { clearTimeout(t); t = setTimeout(fn, ms); };
  }
  function postJSON(url, body) {
    return fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })
      .then(function (r) {
        return r.json().then(function (data) {
          if (!r.ok) { throw new Error(data.error || "The request failed."); }
          return data;
        });
      });
  }
  // Text longer than the server keeps is refused here, before anything is sent, so a big paste
  // never costs the user the page: fields carry data-max (characters) and data-name (words).
  function guardLengths(form) {
    if (!form) { return; }
    var box = document.createElement("p");
    box.className = "error";
    box.id = form.id + "-too-long";
    box.setAttribute("role", "alert");
    box.hidden = true;
    form.insertBefore(box, form.firstChild);
    var check = function () {
      var over = Array.prototype.filter.call(form.querySelectorAll("[data-max]"), function (el) {
        return el.value.length > parseInt(el.dataset.max, 10);
      });
      if (!over.length) { box.hidden = true; box.textContent = ""; return null; }
      var el = over[0];
      box.textContent = "The " + (el.dataset.name || el.name) + " is " + el.value.length.toLocaleString("en") +
        " characters long; it can hold " + parseInt(el.dataset.max, 10).toLocaleString("en") +
        ". Shorten it to save: your text stays here until you do.";
      box.hidden = false;
      return el;
    };
    form.addEventListener("input", check);
    form.addEventListener("submit", function (e) {
      var el = check();
      if (el) { e.preventDefault(); e.stopImmediatePropagation(); el.focus(); }
    }, true);
    check();
    return check;
  }
  guardLengths(document.getElementById("story-form"));
  guardLengths(document.getElementById("builder-form"));
  guardLengths(document.getElementById("practice-form"));

  function phrases(list) {
    return list.map(function (p) { return "<mark>" + esc(p.phrase) + "</mark>" + (p.count > 1 ? " x" + p.count : ""); }).join(", ");
  }

  // Mirrors the feedback macro in templates/stories/_macros.html.
  function renderFeedback(fb) {
    var parts = ["situation", "task", "action", "result"].map(function (p) {
      return '<li class="' + (fb[p] ? "ok" : "bad") + '">' + p.charAt(0).toUpperCase() + p.slice(1) + ": " +
        (fb[p] ? "present" : "missing") + "</li>";
    }).join("");
    var quant = fb.quantified_result ? "yes (" + esc(fb.quantities.join(", ")) + ")" :
      (fb.result ? "no number in the result" : "no result");
    var ratio = fb.i_we_ratio === null ? "" : " (" + Math.round(fb.i_we_ratio * 100) + "% I)";
    var html = '<div class="fb"><p class="next-edit"><strong>Next edit:</strong> <span data-role="next-edit">' +
      esc(fb.suggestions[0]) + "</span></p>" + '<ul class="star-parts">' + parts + "</ul>" +
      '<dl class="facts"><dt>Quantified result</dt><dd class="' + (fb.quantified_result ? "ok" : "bad") + '">' + quant + "</dd>" +
      '<dt>"I" vs "we" in the action</dt><dd class="' + (fb.we_count > fb.i_count ? "warn" : "") + '">' +
      fb.i_count + " / " + fb.we_count + ratio + "</dd>" +
      '<dt>Length</dt><dd class="' + (fb.length === "on target" ? "ok" : "warn") + '">' + fb.words + " words, about " +
      clock(fb.speaking_seconds) + " spoken (target " + clock(fb.target_seconds[0]) + "-" + clock(fb.target_seconds[1]) +
      ": " + esc(fb.length) + ")</dd>";
    if (fb.vague_phrases.length) { html += "<dt>Vague phrases</dt><dd>" + phrases(fb.vague_phrases) + "</dd>"; }
    if (fb.filler_words.length) { html += "<dt>Filler words</dt><dd>" + phrases(fb.filler_words) + "</dd>"; }
    html += "</dl>";
    if (fb.suggestions.length > 1) {
      html += '<p>Then:</p><ol class="then">' + fb.suggestions.slice(1).map(function (s) { return "<li>" + esc(s) + "</li>"; }).join("") + "</ol>";
    }
    return html + "</div>";
  }

  // A start/stop timer counting up toward data-limit seconds (3:00 for the pitch); onStop(seconds, status).
  function setupTimer(onStop) {
    var toggle = document.getElementById("timer-toggle");
    if (!toggle) { return; }
    var display = document.getElementById("timer-display");
    var bar = document.getElementById("timer-progress");
    var status = document.getElementById("timer-status");
    var limit = parseInt(toggle.dataset.limit, 10);
    var started = null, tick = null;
    var show = function (s) {
      display.textContent = clock(s);
      bar.value = Math.min(s, limit);
      toggle.closest(".timer").classList.toggle("over", s > limit);
    };
    toggle.addEventListener("click", function () {
      if (started === null) {
        started = Date.now();
        show(0);
        tick = setInterval(function () { show((Date.now() - started) / 1000); }, 250);
        toggle.textContent = "Stop timer";
        status.textContent = "Timing: speak your answer aloud.";
        return;
      }
      clearInterval(tick);
      var seconds = Math.max(1, Math.round((Date.now() - started) / 1000));
      started = null;
      show(seconds);
      toggle.textContent = "Start timer";
      status.textContent = "You took " + clock(seconds) + ", " + (seconds > limit ?
        "over the " + clock(limit) + " limit by " + clock(seconds - limit) + "." : "within " + clock(limit) + ".");
      onStop(seconds, status);
    });
  }

  // -- story form ------------------------------------------------------------------------------
  var storyForm = document.getElementById("story-form");
  if (storyForm) {
    var out = document.getElementById("feedback");
    var partsBox = document.getElementById("parts-fields");
    var freeBox = document.getElementById("free-fields");
    var mode = function () { return storyForm.querySelector('input[name="mode"]:checked').value; };
    var showMode = function () {
      var free = mode() === "free";
      partsBox.hidden = free;
      freeBox.hidden = !free;
    };
    var analyze = function () {
      var body = mode() === "free" ? { text: storyForm.text.value } : {
        situation: storyForm.situation.value, task: storyForm.task.value,
        action: storyForm.action.value, result: storyForm.result.value
      };
      postJSON("/api/stories/analyze", body)
        .then(function (fb) { out.innerHTML = renderFeedback(fb); })
        .catch(function (e) { out.innerHTML = '<p class="error">' + esc(e.message) + "</p>"; });
    };
    var later = debounce(analyze, 250);
    storyForm.addEventListener("input", function (e) {
      if (["situation", "task", "action", "result", "text"].indexOf(e.target.name) >= 0) { later(); }
    });
    storyForm.addEventListener("change", function (e) {
      if (e.target.name === "mode") {
        // Carry what was written across, so switching form never loses text.
        if (mode() === "free" && !storyForm.text.value.trim()) {
          var labelled = ["situation", "task", "action", "result"].filter(function (p) { return storyForm[p].value.trim(); })
            .map(function (p) { return p.charAt(0).toUpperCase() + p.slice(1) + ": " + storyForm[p].value.trim(); });
          storyForm.text.value = labelled.join("\n");
        }
        showMode();
        analyze();
      }
    });
    showMode();
    analyze();
  }

  // -- answer builders ------------------------------------------------------------------------
  var builder = document.getElementById("builder-form");
  if (builder) {
    var kind = builder.dataset.kind;
    var textBox = document.getElementById("answer-text");
    var edited = document.getElementById("edited");
    var fbBox = document.getElementById("answer-feedback");
    var fields = function () {
      var data = {};
      builder.querySelectorAll("[data-field]").forEach(function (el) { data[el.dataset.field] = el.value; });
      return data;
    };
    var refresh = function (rebuild) {
      var body = { kind: kind, fields: fields(), company: builder.company.value, role: builder.role ? builder.role.value : "" };
      if (!rebuild && edited.value === "1") { body.text = textBox.value; }
      postJSON("/api/stories/answers/preview", body).then(function (data) {
        if (rebuild || edited.value !== "1") { textBox.value = data.text; }
        var fb = data.feedback;
        var html = '<p class="next-edit"><strong>Next edit:</strong> ' + esc(fb.suggestions[0]) + "</p><p>" + fb.words +
          " words, about " + clock(fb.speaking_seconds) + " spoken (" + esc(fb.length) + ").</p>";
        if (fb.generic_phrases.length) { html += "<p>Generic: " + phrases(fb.generic_phrases) + "</p>"; }
        if (fb.suggestions.length > 1) {
          html += '<ol class="then">' + fb.suggestions.slice(1).map(function (s) { return "<li>" + esc(s) + "</li>"; }).join("") + "</ol>";
        }
        fbBox.innerHTML = html;
      }).catch(function (e) { fbBox.innerHTML = '<p class="error">' + esc(e.message) + "</p>"; });
    };
    var later2 = debounce(function () { refresh(false); }, 250);
    builder.addEventListener("input", function (e) {
      if (e.target === textBox) { edited.value = "1"; }
      later2();
    });
    document.getElementById("rebuild").addEventListener("click", function () { edited.value = "0"; refresh(true); });
    var app = document.getElementById("application");
    if (app) {
      app.addEventListener("change", function () {
        var opt = app.options[app.selectedIndex];
        if (!opt.value) { return; }
        builder.company.value = opt.dataset.company;
        if (builder.role) { builder.role.value = opt.dataset.role; }
        refresh(false);
      });
    }

    // A stopped timer always records a rehearsal: an answer not saved yet is saved first (and the
    // page then edits that saved answer, so pressing Save later does not make a second one).
    var saveFirst = function () {
      var id = builder.dataset.answerId;
      if (id) { return Promise.resolve(id); }
      var body = { kind: kind, fields: fields(), company: builder.company.value, role: builder.role ? builder.role.value : "" };
      if (edited.value === "1") { body.text = textBox.value; }
      return postJSON("/api/stories/answers", body).then(function (saved) {
        builder.dataset.answerId = String(saved.id);
        builder.querySelector('input[name="id"]').value = String(saved.id);
        if (window.history && history.replaceState) {
          history.replaceState(null, "", location.pathname + "?id=" + saved.id);
        }
        return String(saved.id);
      });
    };
    setupTimer(function (seconds, status) {
      saveFirst()
        .then(function (id) { return postJSON("/api/stories/answers/" + id + "/rehearsals", { seconds: seconds }); })
        .then(function () { status.textContent += " Rehearsal recorded."; })
        .catch(function (e) { status.textContent += " Not recorded: " + e.message; });
    });
  }

  // -- a story's page: time a telling of it ---------------------------------------------------
  var storyTimer = document.getElementById("story-timer");
  if (storyTimer) {
    setupTimer(function (seconds, status) {
      postJSON("/api/stories/" + storyTimer.dataset.storyId + "/rehearsals", { seconds: seconds })
        .then(function (r) {
          status.textContent += r.length === "short" ? " Under 2:00: there is room for more of what you did." :
            (r.length === "long" ? " Trim the situation first." : " Right in the 2:00-3:00 window.");
          status.textContent += " Recorded.";
        })
        .catch(function (e) { status.textContent += " " + e.message; });
    });
  }

  // -- practice a question ---------------------------------------------------------------------
  var practice = document.getElementById("practice-form");
  if (practice) {
    var answer = document.getElementById("practice-text");
    var pout = document.getElementById("feedback");
    var questionId = document.getElementById("practice-question").dataset.uuid;
    var check = function () {
      postJSON("/api/stories/analyze", { text: answer.value })
        .then(function (fb) { pout.innerHTML = renderFeedback(fb); })
        .catch(function (e) { pout.innerHTML = '<p class="error">' + esc(e.message) + "</p>"; });
    };
    answer.addEventListener("input", debounce(check, 250));
    practice.addEventListener("submit", function (e) {
      var title = document.getElementById("practice-title");
      if (!title.value.trim()) {
        e.preventDefault();
        title.setCustomValidity("Give the story a title to keep it.");
        title.reportValidity();
        title.setCustomValidity("");
      }
    });
    setupTimer(function (seconds, status) {
      postJSON("/api/stories/practice", { question: questionId, text: answer.value, seconds: seconds })
        .then(function () { status.textContent += " Practice recorded."; })
        .catch(function (e) { status.textContent += " " + e.message; });
    });
  }
})();
