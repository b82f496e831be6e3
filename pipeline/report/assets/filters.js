// Search and filters: which findings every view shows. A facet with nothing ticked keeps all its values. Each
// value's count is what the findings would number if it were ticked: the search and every other facet applied.
(function () {
  const { D, F, A, N, el, state, docs } = CF;
  function coded(values) {  // distinct values (sorted) and codes per document
    const vocabulary = [...new Set(values)].sort();
    const index = new Map(vocabulary.map((v, i) => [v, i]));
    return { vocabulary, codes: values.map((v) => index.get(v)) };
  }
  function byDocument(attribute, names) {
    const perDoc = coded(docs.map((d) => d[attribute] || ""));
    const code = new Int32Array(N);
    for (let i = 0; i < N; i++) code[i] = F.doc[i] >= 0 ? perDoc.codes[F.doc[i]] : 0;
    return { values: perDoc.vocabulary, labels: perDoc.vocabulary.map((v) => (names && names[v]) || v || "(none)"), code };
  }
  const TYPES = { inspection_report: "Inspection report", committee_minutes: "Committee minutes",
    scrutiny_report: "Scrutiny report", council_motion: "Council motion", other: "Other" };
  const facets = [
    { key: "authority", title: "Authority", values: A, labels: A, code: Int32Array.from(F.authority) },
    Object.assign({ key: "type", title: "Document type" }, byDocument("type", TYPES)),
    Object.assign({ key: "framework", title: "Inspection framework" }, byDocument("framework", { "": "not an inspection / none" })),
    Object.assign({ key: "year", title: "Year" }, byDocument("year")),
    { key: "kind", title: "Kind", values: D.vocab.kind, labels: D.vocab.kind, code: Int32Array.from(F.kind) },
    { key: "polarity", title: "Polarity", values: D.vocab.polarity, labels: D.vocab.polarity, code: Int32Array.from(F.polarity) },
    { key: "voice", title: "Voice", values: D.vocab.voice, labels: D.vocab.voice, code: Int32Array.from(F.voice) },
    // who a council document reports speaking: members, officers, inspectors, children and young people themselves
    { key: "speaker", title: "Speaker (council documents)", values: D.vocab.speaker || [],
      labels: (D.vocab.speaker || []).map((v) => v || "none said"), code: Int32Array.from(F.speaker || []) },
    { key: "document", title: "Document (inspection or meeting)", select: true,
      values: docs.map((d) => d.id), labels: docs.map((d) => `${d.authority} · ${d.when || d.date} · ${d.title}`),
      code: Int32Array.from(F.doc, (d) => Math.max(d, 0)) },
  ].filter((f) => f.values.length > 1 || (f.values.length === 1 && f.values[0] !== ""));
  facets.forEach((f) => { f.selected = new Set(); f.counts = new Int32Array(f.values.length); });

  function recompute() {
    const terms = state.terms, active = state.active, chosen = facets.filter((f) => f.selected.size);
    // state.filtered: the findings the filters keep, whatever the search (the base of the matrix's shares).
    const filtered = state.filtered;
    facets.forEach((f) => f.counts.fill(0));
    let n = 0;
    for (let i = 0; i < N; i++) {
      let failed = null, nFailed = 0;
      for (const f of chosen) if (!f.selected.has(f.code[i])) { failed = f; if (++nFailed > 1) break; }
      filtered[i] = nFailed === 0 ? 1 : 0;
      if (terms.length) {
        const text = CF.lowerText(i);
        let ok = true;
        for (const t of terms) if (!text.includes(t)) { ok = false; break; }
        if (!ok) { active[i] = 0; continue; }
      }
      if (nFailed === 0) { active[i] = 1; n++; for (const f of facets) f.counts[f.code[i]]++; }
      else { active[i] = 0; if (nFailed === 1) failed.counts[failed.code[i]]++; }
    }
    state.nActive = n;
  }

  const box = document.getElementById("filters");
  function drawFilters() {
    box.replaceChildren(el("h2", { class: "visually-hidden" }, "Filters"));
    const clear = el("button", { class: "small", id: "filters-clear" }, "Clear filters");
    clear.addEventListener("click", () => { facets.forEach((f) => f.selected.clear()); drawFilters(); CF.refresh(); });
    box.append(clear);
    facets.forEach((f) => {
      const set = el("fieldset", { "data-facet": f.key });
      set.append(el("legend", null, f.title));
      if (f.select) {
        const select = el("select", { "aria-label": f.title, "data-facet": f.key });
        select.append(el("option", { value: "-1" }, "all documents"));
        f.labels.forEach((label, v) => select.append(el("option", { value: v }, label)));
        select.addEventListener("change", () => {
          f.selected.clear();
          if (select.value !== "-1") f.selected.add(Number(select.value));
          CF.refresh();
        });
        f.control = select;
        set.append(select);
      } else {
        f.boxes = f.values.map((value, v) => {
          const label = el("label", { class: "facet" });
          const input = el("input", { type: "checkbox", value: v, "data-value": value });
          input.checked = f.selected.has(v);
          input.addEventListener("change", () => { input.checked ? f.selected.add(v) : f.selected.delete(v); CF.refresh(); });
          const count = el("span", { class: "count" });
          label.append(input, el("span", { class: "name" }, f.labels[v]), count);
          set.append(label);
          return { label, count };
        });
      }
      box.append(set);
    });
    updateCounts();
  }
  function updateCounts() {
    facets.forEach((f) => {
      if (f.select) {
        [...f.control.options].slice(1).forEach((o, v) => { o.textContent = `${f.labels[v]} (${f.counts[v]})`; });
      } else {
        f.boxes.forEach(({ label, count }, v) => {
          count.textContent = f.counts[v].toLocaleString("en-GB");
          label.classList.toggle("empty", f.counts[v] === 0);
        });
      }
    });
    const q = document.getElementById("q-count");
    let counted = 0;  // what the matrix counts: repeats and stock text are shown but not counted
    const uncounted = CF.uncounted || [];
    for (let i = 0; i < N; i++) if (state.active[i] && !uncounted[i]) counted++;
    q.textContent = (state.nActive === N ? `${N.toLocaleString("en-GB")} findings` :
      `${state.nActive.toLocaleString("en-GB")} of ${N.toLocaleString("en-GB")} findings`) +
      (counted < state.nActive ? ` · ${counted.toLocaleString("en-GB")} counted (repeats and stock text are not)` : "");
  }

  let timer = null;
  function onSearch(event) {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state.q = event.target.value;
      state.terms = CF.parseQuery(state.q);
      document.getElementById("save-search").disabled = !state.terms.length;
      CF.refresh();
      document.body.dataset.query = state.q;  // the search now shown (what a script driving the page waits for)
    }, 180);
  }
  document.getElementById("save-search").addEventListener("click", () => CF.review.addText(state.q));
  ["input", "search", "change"].forEach((type) => document.getElementById("q").addEventListener(type, onSearch));
  const toggle = document.getElementById("filters-toggle");
  toggle.addEventListener("click", () => {
    const layout = document.getElementById("layout");
    layout.classList.remove("filters-yielded");
    const shown = layout.classList.toggle("no-filters");
    toggle.setAttribute("aria-expanded", String(!shown));
  });
  Object.assign(CF, { facets, recompute, drawFilters, updateCounts });
})();
