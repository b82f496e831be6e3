// The run's comparison views (headline: inspectorate findings of inspection reports; council documents; all
// findings): each presets the filters, and while the search and filters select exactly a view's findings, the
// matrix shows that view's comparison file (distinctive outlines, intervals, evidence words, the difference sort).
// Any other selection matches no comparison, and then none is shown: counts and shares only.
(function () {
  const { D, F, A, N, el, state, docs } = CF;
  const uncounted = new Uint8Array(N);
  F.uncounted.forEach((i) => { uncounted[i] = 1; });
  // Why a finding is not counted ("repeat" or "stock text"), by finding.
  const uncountedReason = new Map(F.uncounted.map((i, k) => [i, (F.uncounted_reason || [])[k] || "repeat or stock text"]));
  // Per view, which findings it counts (as pipeline/views.select does) and its comparison cells by theme.
  // A restricted view (written by `matrix --framework ...`) lists its findings (members) and has no preset.
  const views = D.views.map((v) => {
    const member = new Uint8Array(N), want = (key, value) => !v.preset[key] || v.preset[key].includes(value);
    if (v.members) v.members.forEach((i) => { if (i >= 0) member[i] = 1; });
    else for (let i = 0; i < N; i++) {
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

  // The view whose findings, among the authorities the filter shows, are exactly those the search and filters keep
  // (null when none is). The authority filter leaves the view as it is: the comparison sets each authority against
  // all the others over the view's whole selection, so an authority's cells are the same whether the others are
  // shown or not (cellOf gives none for an authority the filter hides).
  function matching() {
    const active = state.active, shown = A.map((name) => CF.authorityShown(name));
    return views.find((v) => {
      for (let i = 0; i < N; i++) {
        if (shown[F.authority[i]] && (active[i] === 1 && !uncounted[i]) !== (v.member[i] === 1)) return false;
      }
      return true;
    }) || null;
  }
  // Why no comparison applies, in plain words, with the command that writes one for the filters ticked: the
  // intervals are computed per run for each default view's whole selection, so they cannot apply to a part of it.
  // A value as one word of a POSIX shell command: as it is when plain, else in single quotes (a ' inside as '\'').
  const shellWord = (value) => /^[\w.+\/:=@-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
  const OPTIONS = { kind: "--kind", voice: "--voice", polarity: "--polarity", type: "--doc-type", framework: "--framework" };
  function whyNone() {
    if (state.terms.length) {
      return { text: "A word search keeps only the findings holding its words, and the run's intervals are computed " +
        "for each view's whole selection, so none applies to the matches. Clear the search to see the comparison." };
    }
    const active = state.active;
    const holds = (v) => { for (let i = 0; i < N; i++) if (active[i] && !uncounted[i] && !v.member[i]) return false; return true; };
    const within = views.filter((v) => v.preset && holds(v)).sort((p, q) => p.n_findings - q.n_findings)[0];
    const args = [], unsupported = [];
    CF.facets.forEach((f) => {
      if (!f.selected.size) return;
      const values = [...f.selected].map((k) => f.values[k]).sort();
      if (OPTIONS[f.key]) values.forEach((value) => args.push(`${OPTIONS[f.key]} ${shellWord(value)}`));
      else if (f.key === "year") {
        const years = values.map(Number).filter((y) => y > 0), low = Math.min(...years), high = Math.max(...years);
        if (years.length) args.push(`--from ${low} --to ${high}`);
        if (years.length && high - low + 1 !== years.length) unsupported.push("years that are not one run of years (--from/--to take one period)");
      } else if (f.key !== "authority") unsupported.push("one document");  // an authority keeps its view's comparison
    });
    const base = within ? `They narrow the ${within.title.toLowerCase()} view, whose intervals (${within.file || "no comparison file"}) ` +
      "are computed per run for that view's whole selection and cannot apply to a part of it. " :
      "The run's intervals are computed per run for each default view's whole selection and cannot apply to this one. ";
    const command = args.length ? `python -m pipeline matrix RUN_DIR ${args.join(" ")}` : "";
    return { text: base + (command ? "For intervals of this restriction, run (RUN_DIR: the folder of this report) " : ""),
      command, rebuild: command ? "python -m pipeline report RUN_DIR" : "",
      between: ": it writes a restricted matrix and its comparison__….csv with their own intervals; then ",
      after: command ? " rebuilds this page, which shows them while these filters are ticked" +
        (unsupported.length ? `; it cannot restrict to ${unsupported.join(" or ")}.` : ".") :
        (unsupported.length ? `No run restricts to ${unsupported.join(" or ")}.` : "") };
  }
  // whyNone as nodes: the words, the command in <code>.
  function whyNoneNodes() {
    const w = whyNone();
    const nodes = [document.createTextNode(w.text)];
    if (w.command) nodes.push(el("code", { class: "command" }, w.command), document.createTextNode(w.between),
      el("code", { class: "rebuild" }, w.rebuild));
    if (w.after) nodes.push(document.createTextNode(w.after));
    return nodes;
  }
  function cellOf(theme, a) {
    const v = state.compared;
    if (!CF.authorityShown(A[a])) return null;  // hidden by the authority filter: no outline, no call
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
      if (!v.preset) {  // a restricted view: shown while the filters match it, chosen by ticking them
        if (on) box.append(el("button", { "data-compare": v.key, "aria-pressed": "true", class: "on", title: v.describe }, v.title));
        return;
      }
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
  // A comparison interval in words; the file leaves it empty when the authority has too few documents in the view
  // (one document gives none), and then the page says so instead of "? to ?".
  const missing = (v) => v === null || v === undefined;
  function span(c, low, high, format) {
    if (missing(low) || missing(high)) return `no interval: ${Number(c.n_documents) === 1 ? "one document only" : "too few documents"}`;
    return `95% interval ${format(low)} to ${format(high)}`;
  }
  // Plain words for one cell of the comparison file, for a title attribute.
  function cellWords(c) {
    if (!c) return "";
    return `share ${pct(c.share)} (${span(c, c.share_low, c.share_high, pct)}); other authorities ${pct(c.share_others)}; ` +
      `difference ${points(c.difference)} points (${span(c, c.difference_low, c.difference_high, points)}); ${c.evidence}` +
      (c.distinctive ? "; distinctive" : "");
  }
  // Whether the cell's difference can be cited, in plain words: only a distinctive cell is a result; an interval
  // clear of zero without it is a lead (the adjusted p counts every authority and theme of the view); one document,
  // or one document raising it, is no evidence of a difference between authorities.
  // A cell the adjusted test calls "raised less": a result as much as a distinctive one, in the other direction.
  function calledLess(c) { return !c.distinctive && !!c.direction_unadjusted && c.direction === "under"; }
  function citeWords(c, v) {
    const cells = v.cells.length, one = Number(c.n_documents) === 1, single = Number(c.documents_with_theme) === 1;
    if (c.distinctive) return "Citable as a difference: at least two of its documents raise the theme, the interval " +
      `lies above zero and the adjusted p (over all ${cells} authority-theme cells of this view) is below 0.05. Quote the findings below.`;
    if (calledLess(c)) return "Citable as a difference: the authority raises the theme less than the others (the interval " +
      `lies below zero, at least two of the other authorities' documents raise it, and the adjusted p over all ${cells} cells is below 0.05).`;
    if (one) return "Not citable as a difference: the authority has one document in this view, so there is no interval.";
    if (missing(c.difference_low)) return "Not citable as a difference: too few documents for an interval.";
    if (single) return "Not citable as a difference: it rests on one document; cite the quotes as that document's words only.";
    if (!(c.difference_low > 0 || c.difference_high < 0)) {
      return "Not citable as a difference: the interval includes zero (no measurable difference from the other authorities).";
    }
    if (c.p_adjusted === null || c.p_adjusted >= 0.05) return "A lead, not a result: the interval lies clear of zero, but " +
      `with ${cells} authority-theme cells tested a difference this large could arise by chance were the authorities no ` +
      `different (p adjusted ${c.p_adjusted === null ? "not computed: too few documents on the side that raises it more raise it" : c.p_adjusted + " \u2265 0.05"}). Cite the quotes, not the difference.`;
    return "A lead, not a result: only a theme an authority raises more than the others, in at least two of its " +
      "documents, is marked distinctive.";
  }
  // The evidence box of a theme cell's quote panel: what the view's comparison file says of this cell.
  function evidenceBox(kind, theme, a) {
    const box = el("div", { class: "evidence", id: "evidence" });
    const v = state.compared;
    if (kind !== "theme") {  // a broad theme, or a custom row (a saved question or search), which no comparison measures
      box.append(el("p", { class: "muted" }, kind === "broad" ? "The comparison files measure sub-themes: open one for its interval and evidence."
        : "A saved question or search is no theme: the comparison files give it no interval, so its counts cannot be cited as a difference between authorities. Read its quotes."));
      return box;
    }
    if (!v) {
      const p = el("p", { class: "muted why-none" }, "No comparison: your search and filters match none of the run's views (" +
        views.map((x) => x.title.toLowerCase()).join(", ") + "), so no interval applies to these counts. ");
      p.append(...whyNoneNodes());
      box.append(p);
      return box;
    }
    const c = cellOf(theme, a);
    box.append(el("h3", null, `Comparison (${v.title.toLowerCase()}, ${v.file || "no comparison file"})`));
    if (!c) { box.append(el("p", { class: "muted" }, "This theme and authority have no row in the comparison file.")); return box; }
    const dl = el("dl");
    const add = (term, text, attrs) => { dl.append(el("dt", null, term), el("dd", attrs || null, text)); };
    add("Evidence", c.evidence, { class: "evidence-words" });
    add("Share", `${pct(c.share)} (${span(c, c.share_low, c.share_high, pct)}): mean of the authority's documents' shares`, { class: "share" });
    add("Other authorities", `${pct(c.share_others)}: mean share over all the other authorities' documents`);
    add("Difference", `${points(c.difference)} points (${span(c, c.difference_low, c.difference_high, points)})`, { class: "difference" });
    // "leans similar" comes from the difference's own interval (direction_unadjusted; older runs' direction was
    // that one): without an interval, there is no lean to report. The call is the adjusted test's.
    const lean = c.direction_unadjusted || (c.direction === "not called" ? "" : c.direction);
    const leans = lean && !missing(c.difference_low) ? ` · leans ${lean} (unadjusted)` : "";
    const call = c.distinctive ? "distinctive" : calledLess(c) ? "raised less (adjusted test)" : "not distinctive";
    add("Call", call + leans +
      (c.p_adjusted !== null ? ` · p adjusted ${c.p_adjusted}` : ""), { class: "call" });
    add("Counts", `${c.count} findings, ${c.documents_with_theme} of ${c.n_documents} documents raise it`);
    box.append(dl, el("p", { class: "cite" }, citeWords(c, v)));
    return box;
  }
  Object.assign(CF, { views, uncounted, uncountedReason, matching, whyNone, whyNoneNodes, cellOf, calledLess, applyView, drawSwitch, cellWords, evidenceBox, pct, points });
})();
