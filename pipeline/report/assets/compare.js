// The run's comparison views (headline: inspectorate findings of inspection reports; council documents; all
// findings): each presets the filters, and while the search and filters select exactly a view's findings, the
// matrix shows that view's comparison file (distinctive outlines, intervals, evidence words, the difference sort).
// Any other selection matches no comparison, and then none is shown: counts and shares only.
(function () {
  const { D, F, N, el, state, docs } = CF;
  const uncounted = new Uint8Array(N);
  F.uncounted.forEach((i) => { uncounted[i] = 1; });
  // Why a finding is not counted ("repeat" or "stock text"), by finding.
  const uncountedReason = new Map(F.uncounted.map((i, k) => [i, (F.uncounted_reason || [])[k] || "repeat or stock text"]));
  // Per view, which findings it counts (as pipeline/views.select does) and its comparison cells by theme.
  const views = D.views.map((v) => {
    const member = new Uint8Array(N), want = (key, value) => !v.preset[key] || v.preset[key].includes(value);
    for (let i = 0; i < N; i++) {
      const doc = docs[F.doc[i]] || {};
      member[i] = !uncounted[i] && want("kind", D.vocab.kind[F.kind[i]]) && want("voice", D.vocab.voice[F.voice[i]])
        && want("type", doc.type || "") ? 1 : 0;
    }
    const cells = new Map(), col = new Map(v.columns.map((c, k) => [c, k + 2]));
    v.cells.forEach((row) => {
      const record = { theme: row[0], a: row[1] };
      v.columns.forEach((c) => { record[c] = row[col.get(c)]; });
      if (!cells.has(row[0])) cells.set(row[0], new Map());
      cells.get(row[0]).set(row[1], record);
    });
    return Object.assign({}, v, { member, cellMap: cells });
  });

  // The view whose findings are exactly those the search and filters keep (null when none is).
  function matching() {
    const active = state.active;
    return views.find((v) => { for (let i = 0; i < N; i++) if ((active[i] === 1 && !uncounted[i]) !== (v.member[i] === 1)) return false; return true; }) || null;
  }
  function cellOf(theme, a) {
    const v = state.compared;
    const row = v && v.cellMap.get(theme);
    return (row && row.get(a)) || null;
  }
  // Set the filters to a view's preset: every other facet cleared, the search emptied.
  function applyView(key) {
    const v = views.find((x) => x.key === key);
    if (!v) return;
    CF.facets.forEach((f) => {
      f.selected.clear();
      const wanted = v.preset[f.key];
      if (wanted) f.values.forEach((value, k) => { if (wanted.includes(value)) f.selected.add(k); });
      if (f.control) f.control.value = "-1";
    });
    const q = document.getElementById("q");
    q.value = ""; state.q = ""; state.terms = [];
    document.getElementById("save-search").disabled = true;
    CF.drawFilters();
    CF.refresh();
  }
  const box = document.getElementById("compare-views");
  const TITLES = { headline: "what inspectors found in inspection reports (kind finding, inspectorate voice)",
    council: "council documents: minutes, scrutiny reports, motions", all: "every finding, pooled" };
  function drawSwitch() {
    box.replaceChildren(el("span", { class: "switch-label" }, "Compare:"));
    views.forEach((v) => {
      const on = state.compared === v;
      const b = el("button", { "data-compare": v.key, "aria-pressed": String(on), class: on ? "on" : "",
        title: v.preset && Object.keys(v.preset).length ? TITLES[v.key] : v.describe }, v.title);
      b.addEventListener("click", () => applyView(v.key));
      box.append(b);
    });
    if (!state.compared && views.length) box.append(el("span", { class: "switch-none" }, "your filters: no comparison"));
  }
  function pct(v) { return v === null || v === undefined ? "?" : (100 * v).toFixed(1) + "%"; }
  function points(v) {
    if (v === null || v === undefined) return "?";
    const text = Math.abs(100 * v).toFixed(1);
    return text === "0.0" ? text : (v > 0 ? "+" : "−") + text;
  }
  // Plain words for one cell of the comparison file, for a title attribute.
  function cellWords(c) {
    if (!c) return "";
    return `share ${pct(c.share)} (95% interval ${pct(c.share_low)} to ${pct(c.share_high)}); others ${pct(c.share_others)}; ` +
      `difference ${points(c.difference)} points (${points(c.difference_low)} to ${points(c.difference_high)}); ${c.evidence}` +
      (c.distinctive ? "; distinctive" : "");
  }
  // The evidence box of a theme cell's quote panel: what the view's comparison file says of this cell.
  function evidenceBox(kind, theme, a) {
    const box = el("div", { class: "evidence", id: "evidence" });
    const v = state.compared;
    if (kind !== "theme") {
      box.append(el("p", { class: "muted" }, "The comparison files measure sub-themes: open one for its interval and evidence."));
      return box;
    }
    if (!v) {
      box.append(el("p", { class: "muted" }, "No comparison: your search and filters match none of the run's views (" +
        views.map((x) => x.title.toLowerCase()).join(", ") + "), so no interval applies to these counts."));
      return box;
    }
    const c = cellOf(theme, a);
    box.append(el("h3", null, `Comparison (${v.title.toLowerCase()}, ${v.file || "no comparison file"})`));
    if (!c) { box.append(el("p", { class: "muted" }, "This theme and authority have no row in the comparison file.")); return box; }
    const dl = el("dl");
    const add = (term, text, attrs) => { dl.append(el("dt", null, term), el("dd", attrs || null, text)); };
    add("Evidence", c.evidence, { class: "evidence-words" });
    add("Share", `${pct(c.share)} (95% interval ${pct(c.share_low)} to ${pct(c.share_high)}): mean of the documents' shares`, { class: "share" });
    add("Other authorities", pct(c.share_others));
    add("Difference", `${points(c.difference)} points (95% interval ${points(c.difference_low)} to ${points(c.difference_high)})`, { class: "difference" });
    add("Call", (c.distinctive ? "distinctive" : "not distinctive") + (c.direction ? ` · leans ${c.direction}` : "") +
      (c.p_adjusted !== null ? ` · p adjusted ${c.p_adjusted}` : ""), { class: "call" });
    add("Counts", `${c.count} findings, ${c.documents_with_theme} of ${c.n_documents} documents raise it`);
    box.append(dl);
    return box;
  }
  Object.assign(CF, { views, uncounted, uncountedReason, matching, cellOf, applyView, drawSwitch, cellWords, evidenceBox, pct, points });
})();
