// The review page's behaviour: plain JavaScript, no library, no network.
// The data (see cleaner/review_data.py) is read once from the JSON block;
// the views are redrawn from `state` by render(), and the address's hash
// (#doc=NAME&rule=ID&edit=N) mirrors the state so that views can be linked.
"use strict";
(function () {
  const dataText = document.getElementById("data").textContent;
  const DATA = JSON.parse(dataText);
  const RULES = DATA.rules, REASONS = DATA.reasons, DOCS = DATA.documents;
  const BUILTIN = /^(canonical|unicode|typography)\//;
  const $ = (id) => document.getElementById(id);
  const number = new Intl.NumberFormat("en");
  const percent = (x) => (100 * x).toFixed(x > 0 && x < 0.001 ? 3 : 1) + "%";
  const count = (n, word) => number.format(n) + " " + word + (n === 1 ? "" : "s");
  const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

  const state = { rule: -1, doc: 0, hideBuiltin: true, minLost: 0, sortKey: "removed", sortDir: -1, marked: new Set() };
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const docIndex = new Map(DOCS.map((d, i) => [d.name, i]));

  // Per document: its clean text (the original shown, with its edits applied)
  // and the rules its edits are credited to.
  for (const doc of DOCS) {
    const pieces = [];
    let pos = 0;
    for (const [start, end, inserted] of doc.edits) {
      pieces.push(doc.original.slice(pos, start), inserted);
      pos = end;
    }
    pieces.push(doc.original.slice(pos));
    doc.clean = pieces.join("");
    doc.rules = new Set(doc.edits.map((e) => e[3]));
  }

  // -- marks, kept in the browser's storage for this report ------------------
  const storeKey = "scrapeclean-review:" + fingerprint(dataText);
  function fingerprint(text) { // FNV-1a, enough to tell two reports apart
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return (h >>> 0).toString(16) + "-" + text.length;
  }
  try { for (const key of JSON.parse(localStorage.getItem(storeKey) || "[]")) state.marked.add(key); } catch (e) { /* no storage on this page */ }
  function saveMarks() {
    try { localStorage.setItem(storeKey, JSON.stringify([...state.marked])); } catch (e) { /* marks live until the page closes */ }
  }

  // -- which edits are drawn as removals ----------------------------------------
  function shown(edit) {
    if (state.rule >= 0) return edit[3] === state.rule;
    return !(state.hideBuiltin && BUILTIN.test(RULES[edit[3]].id));
  }
  function visibleSpace(text) { // a removal of spaces or line breaks only must still be seen
    if (/\S/.test(text)) return text;
    return text.replace(/\n/g, "↵\n").replace(/\u00a0/g, "⍽").replace(/\t/g, "→").replace(/ /g, "·") || "∅";
  }
  // A removal drawn struck through with its rule's label; `key` names it for marks.
  function markup(key, rule, reason, line, column, others, removed, inserted, id) {
    const wrong = state.marked.has(key), name = RULES[rule].id;
    const title = name + ": " + reason + "\nline " + line + ", column " + column
      + (others.length ? "\nwith " + others.map((r) => RULES[r].id).join(", ") : "")
      + "\nclick to " + (wrong ? "unmark" : "mark as wrong");
    return '<span class="edit' + (wrong ? " wrong" : "") + '"' + (id ? ' id="' + id + '"' : "") + ' data-key="' + key
      + '" data-rule="' + esc(name) + '" title="' + esc(title) + '"><span class="tag">' + esc(name) + "</span><del>"
      + esc(visibleSpace(removed)) + "</del>" + (inserted ? "<ins>" + esc(inserted) + "</ins>" : "") + "</span>";
  }
  function editMarkup(d, e) {
    const [start, end, inserted, rule, reason, line, column, others] = DOCS[d].edits[e];
    return markup(d + ":" + e, rule, REASONS[reason], line, column, others, DOCS[d].original.slice(start, end), inserted, "e" + d + "-" + e);
  }

  // -- rule table (rows are in the file; sorting moves them) ---------------------------
  function renderRules() {
    const body = $("rule-table").tBodies[0], rows = [...body.rows].filter((row) => row.dataset.rule);
    const value = (row) => { const v = row.dataset[state.sortKey === "share" ? "removed" : state.sortKey]; return /^\d+$/.test(v) ? Number(v) : v; };
    rows.sort((a, b) => {
      const x = value(a), y = value(b);
      return (x < y ? -1 : x > y ? 1 : 0) * state.sortDir || ruleIndex.get(a.dataset.rule) - ruleIndex.get(b.dataset.rule);
    });
    for (const row of rows) {
      body.appendChild(row);
      row.classList.toggle("selected", ruleIndex.get(row.dataset.rule) === state.rule);
    }
    for (const th of document.querySelectorAll("#rule-table th")) {
      th.classList.toggle("sorted", th.dataset.key === state.sortKey);
      th.classList.toggle("up", state.sortDir > 0);
    }
    $("rule-filter").innerHTML = state.rule < 0 ? "Showing every rule."
      : "Showing only <code>" + esc(RULES[state.rule].id) + '</code>. <button type="button" id="all-rules">show every rule</button>';
  }

  // -- gallery --------------------------------------------------------------------
  // An example lives in a sampled document (marks are shared with the document
  // view) or, for a rule the sample missed, only here.
  function exampleKey(i, j) {
    const example = DATA.gallery[i][j];
    return example.doc !== null && example.edit < DOCS[example.doc].edits.length ? example.doc + ":" + example.edit : "g:" + i + ":" + j;
  }
  function snippet(i, j) {
    const example = DATA.gallery[i][j], place = esc(example.name) + " line " + example.line;
    const link = "#doc=" + encodeURIComponent(example.name) + "&rule=" + encodeURIComponent(RULES[i].id) + "&edit=" + example.edit;
    const where = example.doc === null ? place + " (not among the sampled documents)" : '<a href="' + esc(link) + '">' + place + "</a>";
    return '<li class="example"><div class="where">' + where + "</div><pre>" + esc(example.before)
      + markup(exampleKey(i, j), i, example.reason, example.line, example.column, [], example.removed, example.inserted)
      + esc(example.after) + "</pre></li>";
  }
  function renderGallery() {
    const rules = state.rule >= 0 ? [state.rule] : RULES.map((r, i) => i).filter((i) => !(state.hideBuiltin && BUILTIN.test(RULES[i].id)));
    $("gallery-body").innerHTML = rules.map((i) => {
      const examples = DATA.gallery[i];
      const body = examples.length ? "<ol>" + examples.map((example, j) => snippet(i, j)).join("") + "</ol>"
        : '<p class="none">its edits are all part of other rules\' removals</p>';
      return '<div class="rule-examples" data-rule="' + esc(RULES[i].id) + '"><h3><code>' + esc(RULES[i].id) + "</code> <small>"
        + count(RULES[i].edits, "edit") + " in " + count(RULES[i].documents, "document") + "</small></h3>" + body + "</div>";
    }).join("") || '<p class="none">no rule to show (built-in edits are hidden)</p>';
  }

  // -- documents ------------------------------------------------------------------
  function listed() {
    return DOCS.map((d, i) => i).filter((i) => (state.rule < 0 || DOCS[i].rules.has(state.rule)) && (state.minLost === 0 || DOCS[i].lost * 100 > state.minLost));
  }
  let drawn = -1; // the document in the view
  function renderDocuments() {
    const docs = listed();
    if (docs.length && !docs.includes(state.doc)) state.doc = docs[0];
    $("doc-count").textContent = docs.length + " of " + DOCS.length + " sampled documents shown";
    $("doc-list").innerHTML = docs.map((i) =>
      '<li data-doc="' + i + '"' + (i === state.doc ? ' class="active"' : "") + ' title="' + esc(DOCS[i].name) + '"><span class="name">'
      + esc(DOCS[i].name) + '</span><span class="lost">' + percent(DOCS[i].lost) + "</span></li>").join("")
      || '<li class="none">no sampled document matches</li>';
    const doc = docs.length ? DOCS[state.doc] : null;
    $("doc-view").hidden = !doc;
    if (!doc) return;
    $("doc-name").textContent = doc.name + " · lost " + percent(doc.lost) + " · " + count(doc.edits.length, "edit");
    const notes = doc.warnings.slice();
    if (!doc.complete) notes.push("only the first " + number.format(doc.original.length) + " of " + number.format(doc.chars) + " characters are shown");
    $("doc-warnings").innerHTML = notes.map((w) => "<li>" + esc(w) + "</li>").join("");
    const pieces = [];
    let pos = 0;
    doc.edits.forEach((edit, e) => {
      const [start, end] = edit;
      pieces.push(esc(doc.original.slice(pos, start)));
      pieces.push(shown(edit) ? editMarkup(state.doc, e) : esc(doc.original.slice(start, end)));
      pos = end;
    });
    pieces.push(esc(doc.original.slice(pos)));
    $("original").innerHTML = pieces.join("");
    $("clean").textContent = doc.clean;
    if (drawn !== state.doc) $("original").scrollTop = $("clean").scrollTop = 0; // a new document starts at its top
    drawn = state.doc;
    const list = $("doc-list"), active = list.querySelector("li.active");
    if (active && (active.offsetTop < list.scrollTop || active.offsetTop + active.offsetHeight > list.scrollTop + list.clientHeight)) {
      list.scrollTop = active.offsetTop - list.clientHeight / 2; // the list only: the page stays where the reader is
    }
  }

  // -- marked removals as YAML keep: examples ----------------------------------------
  function yamlString(text) { // a JSON string is a YAML double-quoted scalar once YAML's non-printables are escaped
    return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
      (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
  }
  function marked(key) { // [rule, keep text] of a marked removal, or null if this page has no such removal
    const [kind, a, b] = key.split(":");
    if (kind === "g") {
      const example = DATA.gallery[a] && DATA.gallery[a][b];
      return example ? [Number(a), example.keep] : null;
    }
    const edit = DOCS[kind] && DOCS[kind].edits[a];
    return edit ? [edit[3], DOCS[kind].original.slice(edit[8], edit[9])] : null;
  }
  function keepYaml() {
    const groups = new Map();
    for (const found of [...state.marked].map(marked).filter(Boolean)) {
      const [rule, text] = found;
      if (!groups.has(rule)) groups.set(rule, new Set());
      groups.get(rule).add(text);
    }
    if (!groups.size) return "";
    const lines = [
      "# Removals marked as wrong in a scrapeclean review (scrapeclean " + DATA.run.version + ", ruleset " + (DATA.run.ruleset || "").slice(0, 16) + ").",
      "# Paste each rule's list under its examples: in the file named, then run: clean rules test FILE",
    ];
    for (const rule of [...groups.keys()].sort((a, b) => a - b)) {
      lines.push(RULES[rule].id + ":" + (RULES[rule].defined ? "  # " + RULES[rule].defined : ""));
      for (const text of groups.get(rule)) lines.push("      - keep: " + yamlString(text));
    }
    return lines.join("\n") + "\n";
  }
  function renderMarked() {
    const yaml = keepYaml();
    $("marked-count").textContent = state.marked.size + (state.marked.size === 1 ? " removal" : " removals");
    $("yaml").value = yaml;
    $("download").href = yaml ? "data:text/yaml;charset=utf-8," + encodeURIComponent(yaml) : "#marked";
  }

  // -- state, address and events ---------------------------------------------------------
  function render(everything = true) { // moving between documents redraws only the document views
    if (everything) {
      renderRules();
      renderGallery();
      renderMarked();
    }
    renderDocuments();
    const params = new URLSearchParams();
    if (DOCS[state.doc]) params.set("doc", DOCS[state.doc].name);
    if (state.rule >= 0) params.set("rule", RULES[state.rule].id);
    history.replaceState(null, "", "#" + params.toString().replace(/\+/g, "%20"));
  }
  function fromHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    state.rule = ruleIndex.has(params.get("rule")) ? ruleIndex.get(params.get("rule")) : -1;
    if (docIndex.has(params.get("doc"))) {
      state.doc = docIndex.get(params.get("doc"));
      state.minLost = 0;
      $("min-lost").value = "0";
    }
    render();
    const edit = params.get("edit") && $("e" + state.doc + "-" + params.get("edit"));
    if (edit) {
      edit.scrollIntoView({ block: "center" });
      edit.classList.add("flash");
    }
  }
  function step(by) {
    const docs = listed(), at = docs.indexOf(state.doc);
    if (!docs.length) return;
    state.doc = docs[Math.min(docs.length - 1, Math.max(0, at + by))];
    render(false);
  }

  $("rule-table").tHead.addEventListener("click", (event) => {
    const th = event.target.closest("th");
    if (!th) return;
    state.sortDir = th.dataset.key === state.sortKey ? -state.sortDir : th.dataset.key === "id" || th.dataset.key === "safety" ? 1 : -1;
    state.sortKey = th.dataset.key;
    renderRules();
  });
  $("rule-table").tBodies[0].addEventListener("click", (event) => {
    const row = event.target.closest("tr[data-rule]");
    if (!row) return;
    const rule = ruleIndex.get(row.dataset.rule);
    state.rule = state.rule === rule ? -1 : rule;
    render();
  });
  $("rule-filter").addEventListener("click", (event) => {
    if (event.target.id === "all-rules") { state.rule = -1; render(); }
  });
  $("hide-builtin").addEventListener("change", (event) => { state.hideBuiltin = event.target.checked; render(); });
  $("min-lost").addEventListener("input", (event) => { state.minLost = Math.max(0, Number(event.target.value) || 0); render(false); });
  $("doc-list").addEventListener("click", (event) => {
    const item = event.target.closest("li[data-doc]");
    if (item) { state.doc = Number(item.dataset.doc); render(false); }
  });
  $("prev").addEventListener("click", () => step(-1));
  $("next").addEventListener("click", () => step(1));
  function toggleMark(event) {
    const edit = event.target.closest(".edit");
    if (!edit) return;
    const key = edit.dataset.key;
    if (state.marked.has(key)) state.marked.delete(key); else state.marked.add(key);
    saveMarks();
    const scroll = window.scrollY;
    render();
    window.scrollTo(0, scroll);
  }
  $("original").addEventListener("click", toggleMark);
  $("original").addEventListener("scroll", (event) => { // the clean text follows, in proportion
    const from = event.target, to = $("clean");
    to.scrollTop = from.scrollTop / Math.max(1, from.scrollHeight - from.clientHeight) * (to.scrollHeight - to.clientHeight);
  });
  $("gallery-body").addEventListener("click", (event) => { if (!event.target.closest("a")) toggleMark(event); });
  document.addEventListener("keydown", (event) => {
    if (event.target.closest("input, textarea, select") || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "j" || event.key === "ArrowRight") { step(1); event.preventDefault(); }
    if (event.key === "k" || event.key === "ArrowLeft") { step(-1); event.preventDefault(); }
  });
  window.addEventListener("hashchange", fromHash);

  fromHash();
})();
