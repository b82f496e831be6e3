// The authority x theme matrix: broad themes, each opening on its sub-themes, saved questions on top. Counts are
// recounted from the findings under the search, the filters and the review (rejected quotes and merges), so they
// agree with what the next run's matrices count. Shares weigh each document the same (an authority's share is
// the mean of its documents' shares, as matrix_*_share.csv). "Distinctive" outlines and the difference sort come
// from the comparison file of the view the filters match (compare.js), as written; none when none matches.
(function () {
  const { D, F, A, N, el, state, themeById, broadById, heat } = CF;
  const CONCERN = D.vocab.polarity.indexOf("concern");
  let tallies = null;

  const counted = (i) => state.active[i] && !CF.uncounted[i] && !CF.review.isRejected(i);
  // The base of the shares: the findings the filters keep, whatever the search. Under a search a share is the
  // part of the authority's findings (filters only) that match the search and sit in the theme, weighed by
  // document as without one; never the share among the search's hits alone (that is 100% once summed).
  const inBase = (i) => state.filtered[i] && !CF.uncounted[i] && !CF.review.isRejected(i);
  const searching = () => state.terms.length > 0;
  function tally() {
    const counts = new Map(), concern = new Map(), shares = new Map(), totals = new Int32Array(A.length);
    const baseTotals = new Int32Array(A.length);
    const row = (map, t, Kind) => { let r = map.get(t); if (!r) { r = new (Kind || Int32Array)(A.length); map.set(t, r); } return r; };
    // Document weights: a finding weighs 1 / (its document's findings in the base x its authority's documents).
    const perDoc = new Map(), docsOf = new Int32Array(A.length);
    const docKey = (i) => F.doc[i] >= 0 ? F.doc[i] : -1 - F.authority[i];
    for (let i = 0; i < N; i++) {
      if (!inBase(i)) continue;
      baseTotals[F.authority[i]]++;
      const d = docKey(i);
      if (!perDoc.has(d)) { perDoc.set(d, 0); docsOf[F.authority[i]]++; }
      perDoc.set(d, perDoc.get(d) + 1);
    }
    const weight = (i) => 1 / (perDoc.get(docKey(i)) * docsOf[F.authority[i]]);
    // Codebook mode: a finding counts under each of its codes, and once under each broad theme they fall in.
    const broad = CF.hasMore ? { counts: new Map(), concern: new Map(), shares: new Map() } : null;
    const broadKey = (t) => { const theme = themeById.get(t); return theme && broadById.has(theme.parent) ? theme.parent : -1; };
    for (let i = 0; i < N; i++) {
      if (!counted(i)) continue;
      const a = F.authority[i], w = weight(i), isConcern = F.polarity[i] === CONCERN, themes = CF.themesOf(i);
      themes.forEach((t) => {
        row(counts, t)[a]++;
        row(shares, t, Float64Array)[a] += w;
        if (isConcern) row(concern, t)[a]++;
      });
      totals[a]++;
      if (broad) new Set(themes.map(broadKey)).forEach((b) => {
        row(broad.counts, b)[a]++;
        row(broad.shares, b, Float64Array)[a] += w;
        if (isConcern) row(broad.concern, b)[a]++;
      });
    }
    const searches = customRows().map((row) => {
      const r = new Int32Array(A.length), rc = new Int32Array(A.length), rs = new Float64Array(A.length);
      for (let i = 0; i < N; i++) {
        if (counted(i) && row.has(i)) { r[F.authority[i]]++; rs[F.authority[i]] += weight(i); if (F.polarity[i] === CONCERN) rc[F.authority[i]]++; }
      }
      return { counts: r, concern: rc, shares: rs };
    });
    tallies = { counts, concern, shares, totals, baseTotals, docsOf, searches, broad };
  }
  // Custom rows: questions saved by `pipeline search --save` (their findings by meaning) and searches saved in the
  // page (the findings holding their words); each counts its findings under the current search and filters.
  function customRows() {
    const asked = D.searches.map((s) => { const set = new Set(s.findings); return { label: "Question: " + s.question, has: (i) => set.has(i) }; });
    const typed = CF.review.texts().map((q, k) => {
      const terms = CF.parseQuery(q);
      return { label: "Search: " + q, saved: k, has: (i) => terms.every((t) => CF.lowerText(i).includes(t)) };
    });
    return asked.concat(typed);
  }
  const zero = new Int32Array(A.length), zeroShare = new Float64Array(A.length);
  function sumRows(map, ids, Kind) {
    const out = new (Kind || Int32Array)(A.length);
    ids.forEach((t) => { const r = map.get(t); if (r) r.forEach((v, a) => { out[a] += v; }); });
    return out;
  }
  // Rows of the matrix: {kind, id, label, counts, concern, z, distinct, children}
  function rows() {
    const live = D.themes.filter((t) => CF.review.themeOf(t.id) === t.id);
    const themeRow = (t) => {
      const cells = A.map((_, a) => CF.cellOf(t.id, a));
      return { kind: "theme", id: t.id, label: CF.review.label(t.id), keywords: t.keywords,
        counts: tallies.counts.get(t.id) || zero, concern: tallies.concern.get(t.id) || zero,
        shares: tallies.shares.get(t.id) || zeroShare, cells,
        diff: cells.map((c) => (c && c.difference !== null ? Math.abs(c.difference) : 0)),
        distinct: cells.map((c) => !!(c && c.distinctive)) };
    };
    if (!D.broad.length) return live.map(themeRow);
    const groups = new Map();
    live.forEach((t) => {
      const key = broadById.has(t.parent) ? t.parent : -1;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(themeRow(t));
    });
    return [...groups.entries()].map(([id, children]) => {
      const ids = children.map((c) => c.id), b = broadById.get(id), own = tallies.broad;
      return { kind: "broad", id, label: b ? b.label : "Other themes", keywords: b ? b.keywords : "", children,
        counts: own ? own.counts.get(id) || zero : sumRows(tallies.counts, ids),
        concern: own ? own.concern.get(id) || zero : sumRows(tallies.concern, ids),
        shares: own ? own.shares.get(id) || zeroShare : sumRows(tallies.shares, ids, Float64Array), cells: A.map(() => null),
        diff: A.map((_, a) => Math.max(0, ...children.map((c) => c.diff[a]))),
        distinct: A.map(() => false), childDistinct: children.reduce((s, c) => s + c.distinct.filter(Boolean).length, 0) };
    });
  }
  const size = (r) => r.counts.reduce((s, v) => s + v, 0);
  const spread = (r) => r.counts.filter((v) => v > 0).length;
  // By difference: rows with distinctive cells first, then the largest |difference| of the view's comparison file.
  const called = (r) => r.childDistinct !== undefined ? r.childDistinct : r.distinct.filter(Boolean).length;
  const difference = (r) => called(r) * 10 + Math.max(0, ...r.diff);
  const ORDER = {
    shared: (p, q) => spread(q) - spread(p) || size(q) - size(p),
    size: (p, q) => size(q) - size(p),
    difference: (p, q) => (state.compared ? difference(q) - difference(p) : 0) || size(q) - size(p),
    name: (p, q) => p.label.localeCompare(q.label),
  };
  function value(r, a) {
    if (state.mode === "share") return r.shares[a];
    return state.mode === "concern" ? r.concern[a] : r.counts[a];
  }
  const fmt = (v) => (state.mode === "share" ? (100 * v).toFixed(1) + "%" : String(v));

  function cell(r, a, max) {
    const v = value(r, a);
    const c = r.cells[a];
    const td = el("td", { class: "cell", tabindex: 0, role: "button", "data-kind": r.kind, "data-theme": r.id,
      "data-authority": A[a], title: `${r.label} · ${A[a]}: ${fmt(v)}${state.mode === "share" ? (searching() ? " of the authority's findings match the search here (mean of the documents' shares)" : " (mean of the documents' shares)") : state.mode === "concern" ? ` concern findings${searching() ? " matching the search" : ""}` : ` findings${searching() ? " matching the search" : ""}`}` +
        (c ? `\n${state.compared.title}: ${CF.cellWords(c)}` : "") }, fmt(v));
    td.style.background = heat(max ? v / max : 0);
    td.style.color = max && v / max > 0.55 ? "#fff" : "#1d2733";
    // The comparison file of the view the filters match (none: no marks).
    if (r.distinct[a]) td.classList.add("distinct");
    const s = state.cell;
    if (s && s.kind === r.kind && s.id === r.id && s.a === a) td.classList.add("selected");
    return td;
  }
  function headCell(r, depth) {
    const th = el("th", { class: "theme depth-" + depth, scope: "row", title: r.keywords || r.label });
    if (r.kind === "broad") {
      const open = state.expanded.has(r.id);
      const toggle = el("button", { class: "toggle", "aria-expanded": String(open), "data-broad": r.id,
        "aria-label": `${open ? "Collapse" : "Expand"} ${r.label}` }, open ? "▾" : "▸");
      th.append(toggle);
    }
    th.append(el("span", { class: "label" }, r.label));
    if (r.kind === "broad") th.append(el("small", null, `${r.children.length} sub-theme${r.children.length === 1 ? "" : "s"}`));
    return th;
  }
  // How many of a view's comparison cells are distinctive, in words ("none of its 147 authority-theme cells").
  function distinctCount(v) {
    const at = 2 + v.columns.indexOf("distinctive"), n = v.cells.filter((row) => row[at]).length;
    return `${n ? n.toLocaleString("en-GB") : "none"} of its ${v.cells.length.toLocaleString("en-GB")} authority-theme cells`;
  }
  // What the matrix shows: the view matched and its comparison file, or that none matches.
  function drawNote() {
    const note = document.getElementById("view-note"), v = state.compared;
    note.replaceChildren();
    if (v) {
      note.append(el("strong", null, v.title + ": "), document.createTextNode(
        `${v.describe} (${v.n_findings.toLocaleString("en-GB")} findings in ${v.n_documents} documents). ` +
        (v.file ? `Outlined cells are those ${v.file} calls distinctive: ${distinctCount(v)}; open a cell for its ` +
          "interval, evidence and whether its difference can be cited."
          : "No comparison file for this view (one authority?): no cell is outlined.")));
    } else {
      note.append(el("strong", null, "No comparison: "), document.createTextNode(
        "your search and filters match none of the run's views, so no cell is outlined and the difference sort is off. " +
        "Choose a view under Compare to see one. "));
      const why = el("span", { class: "why-none" });
      why.append(...CF.whyNoneNodes());
      note.append(why);
    }
    note.classList.toggle("none", !v);
    const option = document.querySelector("#sort option[value='difference']");
    option.disabled = !v || !v.file;
  }
  function drawMatrix() {
    tally();
    drawNote();
    const table = document.getElementById("heat");
    const head = el("thead"), hr = el("tr");
    hr.append(el("th", { scope: "col" }, "Theme"), el("th", { scope: "col", class: "n", title: "Findings counted under the search and filters, all authorities together " +
      "(a count, whatever the cells show)" }, "Findings"));
    A.forEach((name, a) => hr.append(el("th", { scope: "col", title: searching() ?
      `${tallies.totals[a]} of ${tallies.baseTotals[a]} findings counted in ${tallies.docsOf[a]} documents match the search` :
      `${tallies.totals[a]} findings counted in ${tallies.docsOf[a]} documents` }, name)));
    head.append(hr);
    const body = el("tbody");
    const top = rows().filter((r) => size(r) > 0 || state.nActive === N).sort(ORDER[state.sort]);
    const maxOf = (list) => Math.max(0, ...list.flatMap((r) => A.map((_, a) => value(r, a))));
    const topMax = maxOf(top);
    customRows().forEach((c, k) => {
      const r = { kind: "search", id: k, label: c.label, counts: tallies.searches[k].counts, shares: tallies.searches[k].shares,
        concern: tallies.searches[k].concern, cells: A.map(() => null), diff: A.map(() => 0), distinct: A.map(() => false) };
      const tr = el("tr", { class: "custom" }), th = headCell(r, 0);
      if (c.saved !== undefined) th.prepend(el("button", { class: "remove", "data-remove": c.saved, "aria-label": `Remove the row ${c.label}` }, "×"));
      tr.append(th, el("td", { class: "n" }, size(r)));
      const m = maxOf([r]);
      A.forEach((_, a) => tr.append(cell(r, a, m)));
      body.append(tr);
    });
    top.forEach((r) => {
      const tr = el("tr", { class: r.kind });
      tr.append(headCell(r, 0), el("td", { class: "n" }, size(r)));
      A.forEach((_, a) => tr.append(cell(r, a, topMax)));
      body.append(tr);
      if (r.kind === "broad" && state.expanded.has(r.id)) {
        const kids = r.children.filter((c) => size(c) > 0 || state.nActive === N).sort(ORDER[state.sort]);
        const kidMax = maxOf(kids);
        kids.forEach((c) => {
          const sub = el("tr", { class: "sub" });
          sub.append(headCell(c, 1), el("td", { class: "n" }, size(c)));
          A.forEach((_, a) => sub.append(cell(c, a, kidMax)));
          body.append(sub);
        });
      }
    });
    table.replaceChildren(head, body);
    const legend = document.getElementById("legend");
    const bar = el("span", { class: "bar" });
    bar.style.background = `linear-gradient(90deg, ${heat(0)}, ${heat(0.5)}, ${heat(1)})`;
    legend.replaceChildren(el("span", null, "0"), bar, el("span", null, fmt(topMax)),
      el("span", { id: "legend-words" }, legendWords()),
      el("span", { class: "muted" }, "(broad themes on this scale; sub-themes are shaded against the other sub-themes " +
        "of their broad theme, so compare shades within a group, and read the numbers across groups)"));
  }
  // What a cell holds, in the words of the legend: under a search, the part of the authority's findings that
  // match it (shares) or the matching findings themselves (counts).
  function legendWords() {
    if (!searching()) {
      return state.mode === "share" ? "share: mean of the authority's documents' shares (each document weighs the same)" +
        (CF.hasMore ? "; a finding counts under each of its codes, so an authority's shares can sum above 100%" : "") :
        state.mode === "concern" ? "count of findings that are concerns" : "count of findings (counts follow document length and number)";
    }
    const q = `"${state.q.trim()}"`;
    return state.mode === "share" ?
      `share of the authority's findings (under the filters) that match the search ${q} and sit in the theme: ` +
      "mean of its documents' shares, each document weighs the same and one without a match counts 0 " +
      "(not the share among the matches)" :
      state.mode === "concern" ? `count of findings matching the search ${q} that are concerns` :
        `count of findings matching the search ${q}`;
  }
  function rowFor(kind, id) {
    if (kind === "search") return { kind, id, label: customRows()[id].label };
    if (kind === "broad") { const b = broadById.get(id); return { kind, id, label: b ? b.label : "Other themes" }; }
    return { kind, id, label: CF.review.label(id) };
  }
  // The findings behind a cell under the search and filters (rejected ones included, shown as rejected).
  function cellFindings(kind, id, a) {
    const out = [];
    const member = kind === "search" ? customRows()[id] : null;
    for (let i = 0; i < N; i++) {
      if (!state.active[i] || F.authority[i] !== a) continue;
      if (state.mode === "concern" && F.polarity[i] !== CONCERN) continue;
      const inBroad = (t) => (themeById.get(t) || {}).parent === id || (id === -1 && !broadById.has((themeById.get(t) || {}).parent));
      if (kind === "search" ? member.has(i) : CF.themesOf(i).some((t) => (kind === "theme" ? t === id : inBroad(t)))) out.push(i);
    }
    return out;
  }

  const table = document.getElementById("heat");
  table.addEventListener("click", (event) => {
    const remove = event.target.closest("button.remove");
    if (remove) { CF.closeQuotes(); CF.review.removeText(Number(remove.dataset.remove)); return; }
    const toggle = event.target.closest("button.toggle");
    if (toggle) {
      const id = Number(toggle.dataset.broad);
      state.expanded.has(id) ? state.expanded.delete(id) : state.expanded.add(id);
      drawMatrix();
      const again = table.querySelector(`button.toggle[data-broad="${id}"]`);
      if (again) again.focus();
      return;
    }
    const td = event.target.closest("td.cell");
    if (td) CF.openCell(td.dataset.kind, Number(td.dataset.theme), A.indexOf(td.dataset.authority));
  });
  table.addEventListener("keydown", (event) => {
    const td = event.target.closest("td.cell");
    if (td && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); td.click(); }
  });
  document.querySelectorAll("#view-matrix .controls button").forEach((b) => b.addEventListener("click", () => {
    state.mode = b.dataset.mode;
    document.querySelectorAll("#view-matrix .controls button").forEach((x) => {
      x.classList.toggle("on", x === b); x.setAttribute("aria-pressed", String(x === b));
    });
    drawMatrix();
    if (state.cell) CF.drawQuotes();
  }));
  document.getElementById("sort").addEventListener("change", (event) => { state.sort = event.target.value; drawMatrix(); });
  document.getElementById("expand-all").addEventListener("click", () => { D.broad.forEach((b) => state.expanded.add(b.id)); state.expanded.add(-1); drawMatrix(); });
  document.getElementById("collapse-all").addEventListener("click", () => { state.expanded.clear(); drawMatrix(); });
  Object.assign(CF, { drawMatrix, cellFindings, rowFor, customRows });
})();
