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

  // The view whose findings are exactly those the search and filters keep (null when none is).
  function matching() {
    const active = state.active;
    return views.find((v) => { for (let i = 0; i < N; i++) if ((active[i] === 1 && !uncounted[i]) !== (v.member[i] === 1)) return false; return true; }) || null;
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
      } else unsupported.push(f.key === "authority" ? "authorities (the comparison sets each authority against all the others)" : "one document");
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
  // The evidence box of a theme cell's quote panel: what the view's comparison file says of this cell.
  function evidenceBox(kind, theme, a) {
    const box = el("div", { class: "evidence", id: "evidence" });
    const v = state.compared;
    if (kind !== "theme") {
      box.append(el("p", { class: "muted" }, "The comparison files measure sub-themes: open one for its interval and evidence."));
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
    // "leans similar" comes from the difference's interval: without one, there is no lean to report
    const leans = c.direction && !missing(c.difference_low) ? ` · leans ${c.direction}` : "";
    add("Call", (c.distinctive ? "distinctive" : "not distinctive") + leans +
      (c.p_adjusted !== null ? ` · p adjusted ${c.p_adjusted}` : ""), { class: "call" });
    add("Counts", `${c.count} findings, ${c.documents_with_theme} of ${c.n_documents} documents raise it`);
    box.append(dl);
    return box;
  }
  Object.assign(CF, { views, uncounted, uncountedReason, matching, whyNone, whyNoneNodes, cellOf, applyView, drawSwitch, cellWords, evidenceBox, pct, points });
})();
