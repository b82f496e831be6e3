// Review in the page: accept or reject a quote for its cell; rename, merge and split themes. Kept in localStorage
// (per run), so a reload keeps it, and handed back as two files: theme_edits.csv (theme_id,label,merge_into,split_into,
// which `themes --edits` / `run --edits` apply) and reviewed_quotes.csv (which `run --review` / `matrix --review`
// read: rejected quotes are left out of the matrices). Merges and renames show at once; a split is applied by the
// next run (it re-clusters the theme's findings) and is listed as asked for.
(function () {
  const { D, F, A, el, csv, download, themeById, state } = CF;
  const KEY = "council-findings-review:" + D.run_id;
  let R = { decisions: {}, renames: {}, merges: {}, splits: {}, texts: [] };
  // A first visit starts from the review file the run's matrices were made with (if any), so the counts agree.
  R.decisions = Object.assign({}, D.review);
  try { R = Object.assign(R, JSON.parse(localStorage.getItem(KEY) || "{}")); } catch (error) { /* no storage: the review lasts for this visit */ }
  const indexOf = new Map(F.id.map((id, i) => [id, i]));
  function save() {
    try { localStorage.setItem(KEY, JSON.stringify(R)); } catch (error) { /* as above */ }
    CF.refresh();
  }
  function themeOf(t) {
    let seen = 0;
    while (R.merges[t] !== undefined && seen++ < 1000) t = R.merges[t];
    return t;
  }
  function label(t) { return R.renames[t] || (themeById.get(t) || { label: String(t) }).label; }
  function isRejected(i) {
    const d = R.decisions[F.id[i]];
    return !!d && d.d === "rejected" && d.theme === themeOf(F.theme[i]);
  }
  function decide(i, decision) {
    const id = F.id[i], now = R.decisions[id];
    if (now && now.d === decision) delete R.decisions[id];
    else R.decisions[id] = { d: decision, theme: themeOf(F.theme[i]) };
    save();
  }
  function buttons(i) {
    const box = el("div", { class: "review", role: "group", "aria-label": "Review this quote" });
    const d = R.decisions[F.id[i]], now = d && d.theme === themeOf(F.theme[i]) ? d.d : "";
    [["accepted", "Accept", "✓"], ["rejected", "Reject", "✗"]].forEach(([decision, name, mark]) => {
      const b = el("button", { class: "small decision " + decision, "data-decision": decision, "aria-pressed": String(now === decision),
        title: `${name} this quote for this cell (click again to undo)` }, `${mark} ${name}${now === decision ? "ed" : ""}`);
      b.addEventListener("click", () => decide(i, decision));
      box.append(b);
    });
    return box;
  }

  function themeTools(cell) {
    const box = document.getElementById("theme-tools");
    box.replaceChildren();
    if (cell.kind !== "theme") {
      box.append(el("p", { class: "hint" }, cell.kind === "broad" ? "Open the broad theme (▸) to rename, merge or split its sub-themes."
        : "A saved question: review its quotes here; it is not a theme."));
      return;
    }
    const t = cell.id;
    if (themeById.get(t).keywords) box.append(el("p", { class: "keywords" }, "Key phrases: " + themeById.get(t).keywords));
    const rename = el("form", { class: "tool", "data-tool": "rename" });
    const name = el("input", { type: "text", value: label(t), "aria-label": "New name", size: 28 });
    rename.append(el("label", null, "Rename "), name, el("button", { class: "small", type: "submit" }, "Rename"));
    rename.addEventListener("submit", (event) => {
      event.preventDefault();
      const value = name.value.trim();
      if (value && value !== themeById.get(t).label) R.renames[t] = value; else delete R.renames[t];
      save();
    });
    const merge = el("form", { class: "tool", "data-tool": "merge" });
    const target = el("select", { "aria-label": "Merge into theme" });
    D.themes.filter((x) => x.id !== t && themeOf(x.id) === x.id)
      .sort((p, q) => label(p.id).localeCompare(label(q.id)))
      .forEach((x) => target.append(el("option", { value: x.id }, `${label(x.id)} (theme #${x.id})`)));  // an id, not a count
    merge.append(el("label", null, "Merge into "), target, el("button", { class: "small", type: "submit" }, "Merge"));
    merge.addEventListener("submit", (event) => {
      event.preventDefault();
      R.merges[t] = Number(target.value);
      closeAfter();
    });
    const split = el("form", { class: "tool", "data-tool": "split" });
    const parts = el("input", { type: "number", min: 2, max: 12, value: R.splits[t] || 2, "aria-label": "Number of sub-themes" });
    split.append(el("label", null, "Split into "), parts, el("button", { class: "small", type: "submit" }, "Ask for split"));
    split.addEventListener("submit", (event) => {
      event.preventDefault();
      const n = Math.max(2, Math.min(12, Number(parts.value) || 2));
      R.splits[t] = n;
      save();
    });
    box.append(rename, merge, split);
    if (R.splits[t]) box.append(el("p", { class: "hint" }, `Split into ${R.splits[t]} asked for: the next run with this theme_edits.csv re-clusters these findings.`));
  }
  function closeAfter() { save(); CF.closeQuotes(); }

  function editsCsv() {
    const ids = new Set([...Object.keys(R.renames), ...Object.keys(R.merges), ...Object.keys(R.splits)].map(Number));
    const rows = [...ids].sort((p, q) => p - q).map((t) => [t, R.renames[t] || "",
      R.merges[t] !== undefined ? themeOf(t) : "", R.splits[t] && R.merges[t] === undefined ? R.splits[t] : ""]);
    return csv(["theme_id", "label", "merge_into", "split_into"], rows);
  }
  function reviewedCsv() {
    const columns = ["decision", "theme_id", "theme_label", "authority", "finding_id", "doc_id", "document", "date",
      "section", "para_ref", "page", "source", "lead_in", "text"];
    const rows = Object.entries(R.decisions).filter(([id]) => indexOf.has(id)).map(([id, d]) => {
      const i = indexOf.get(id), doc = CF.docOf(i);
      return [d.d, d.theme, label(d.theme), A[F.authority[i]], id, doc.id, doc.title, doc.when || doc.date, D.vocab.section[F.section[i]],
        F.para[i], F.page.length ? F.page[i] || "" : "", doc.web || !doc.href ? CF.sourceLink(i) : `corpus file ${doc.file}`, F.lead_in.length ? F.lead_in[i] : "", F.text[i]];
    }).sort((p, q) => (p[3] + p[2]).localeCompare(q[3] + q[2]) || p[0].localeCompare(q[0]));
    return csv(columns, rows);
  }

  function drawReview() {
    const box = document.getElementById("view-review");
    box.replaceChildren(el("h2", null, "Review"));
    const decisions = Object.values(R.decisions);
    box.append(el("p", null, `${decisions.filter((d) => d.d === "accepted").length} quotes accepted, ` +
      `${decisions.filter((d) => d.d === "rejected").length} rejected; ${Object.keys(R.renames).length} themes renamed, ` +
      `${Object.keys(R.merges).length} merged, ${Object.keys(R.splits).length} splits asked for. Kept in this browser for this run.`));
    const actions = el("div", { class: "toolbar" });
    const edits = el("button", { id: "download-edits" }, "Download theme_edits.csv");
    edits.addEventListener("click", () => download("theme_edits.csv", editsCsv()));
    const quotes = el("button", { id: "download-quotes" }, "Download reviewed quotes");
    quotes.addEventListener("click", () => download("reviewed_quotes.csv", reviewedCsv()));
    const clear = el("button", { id: "review-clear", class: "small" }, "Clear the review");
    clear.addEventListener("click", () => {
      if (clear.dataset.armed) { R = { decisions: {}, renames: {}, merges: {}, splits: {}, texts: [] }; save(); }
      else { clear.dataset.armed = "1"; clear.textContent = "Click again to clear everything"; }
    });
    actions.append(edits, quotes, clear);
    box.append(actions);
    box.append(el("p", { class: "hint" }, "Apply them to the run: python -m pipeline run --corpus CORPUS --out RUN --edits theme_edits.csv --review reviewed_quotes.csv (or themes RUN --edits theme_edits.csv, then matrix RUN --review reviewed_quotes.csv)."));
    const ids = [...new Set([...Object.keys(R.renames), ...Object.keys(R.merges), ...Object.keys(R.splits)].map(Number))].sort((p, q) => p - q);
    const decided = Object.keys(R.decisions).filter((id) => indexOf.has(id)).map((id) => indexOf.get(id));
    if (decided.length) {
      box.append(el("h3", null, `Reviewed quotes (${decided.length})`));
      const list = el("ol", { class: "quote-list", id: "reviewed-list" });
      CF.lazyList(list, decided, (i) => CF.quoteItem(i, { theme: true, cell: true }));
      box.append(list);
    }
    if (ids.length) {
      box.append(el("h3", null, "Theme edits"));
      const table = el("table", { class: "plain", id: "edits" });
      const hr = el("tr");
      ["Theme", "Name in the run", "New name", "Merged into", "Split into", ""].forEach((h) => hr.append(el("th", { scope: "col" }, h)));
      table.append(hr);
      ids.forEach((t) => {
        const tr = el("tr");
        const undo = el("button", { class: "small", "data-undo": t }, "Undo");
        undo.addEventListener("click", () => { delete R.renames[t]; delete R.merges[t]; delete R.splits[t]; save(); });
        tr.append(el("td", null, t), el("td", null, (themeById.get(t) || {}).label || ""), el("td", null, R.renames[t] || ""),
          el("td", null, R.merges[t] !== undefined ? label(themeOf(t)) : ""), el("td", null, R.splits[t] || ""));
        const last = el("td");
        last.append(undo);
        tr.append(last);
        table.append(tr);
      });
      box.append(table);
    }
  }
  // Searches saved as rows of the matrix (kept with the review, in this browser).
  function texts() { return R.texts; }
  function addText(q) { if (q.trim() && !R.texts.includes(q.trim())) { R.texts.push(q.trim()); save(); } }
  function removeText(k) { R.texts.splice(k, 1); save(); }
  CF.review = { texts, addText, removeText, themeOf, label, isRejected, buttons, themeTools, editsCsv, reviewedCsv, drawReview, state: () => R };
})();
