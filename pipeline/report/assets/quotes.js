// Quotes: a cell's findings in a side panel (its own column, never over the matrix), each with its lead-in set
// apart, its document, date, section, paragraph, page and a link to the source; long lists render in steps.
(function () {
  const { D, F, A, el, marked, state, docOf, sourceLink } = CF;
  const STEP = 60;

  // Renders `items` into `list` STEP at a time: more as the end scrolls into view, or on the button.
  function lazyList(list, items, render) {
    list.replaceChildren();
    let shown = 0;
    const more = el("li", { class: "more" });
    const button = el("button", { class: "small" });
    more.append(button);
    function step() {
      const part = items.slice(shown, shown + STEP);
      more.remove();
      part.forEach((i) => list.append(render(i)));
      shown += part.length;
      if (shown < items.length) { button.textContent = `Show more (${items.length - shown} left)`; list.append(more); }
    }
    button.addEventListener("click", step);
    list.renderAll = () => { while (shown < items.length) step(); };
    if ("IntersectionObserver" in window) {
      new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting) && more.isConnected) step(); })
        .observe(more);
    }
    step();
  }

  function quoteItem(i, options) {
    const li = el("li", { class: "q", "data-finding": F.id[i] });
    const leadIn = F.lead_in.length ? F.lead_in[i] : "";
    if (leadIn) {
      const lead = el("p", { class: "lead" });
      lead.append(el("span", { class: "lead-label" }, "Lead-in"), marked("span", null, leadIn));
      li.append(lead);
    }
    li.append(marked("p", { class: "quote" }, F.text[i]));
    const doc = docOf(i), meta = el("div", { class: "source" });
    const polarity = D.vocab.polarity[F.polarity[i]];
    meta.append(el("span", { class: "tag " + polarity }, polarity), el("span", { class: "tag" }, D.vocab.kind[F.kind[i]]),
      el("span", { class: "tag" }, D.vocab.voice[F.voice[i]]));
    if (CF.uncounted[i]) {  // shown, as the findings are, but not counted in the matrix and the comparisons
      li.classList.add("uncounted");
      meta.append(el("span", { class: "tag not-counted", title: "The matrix, the comparisons and the counts of this " +
        "page leave out repeats of another finding and stock text" }, `${CF.uncountedReason.get(i)}, not counted`));
    }
    if (options && options.theme) meta.append(el("span", { class: "tag theme" }, CF.review.label(CF.review.themeOf(F.theme[i]))));
    // Codebook mode: the codes the finding was given and its similarity to each (finding_codes.csv), or none.
    if (F.codes && F.codes.length) meta.append(el("span", { class: "tag codes", title: "Codebook codes given to this finding, " +
      "most fitting first, each with the finding's cosine similarity to the code's centre (finding_codes.csv); the first is " +
      "its theme. A finding no code fits is grouped into a discovered theme." }, F.codes[i] ? "codes: " + F.codes[i] : "fits no code"));
    meta.append(document.createTextNode(A[F.authority[i]] + " · "));
    const open = el("button", { class: "link doc-link", "data-doc": F.doc[i], "data-finding": F.id[i],
      title: "Open the document with its findings marked" }, doc.title || doc.file || "document");
    open.addEventListener("click", () => CF.openDocument(F.doc[i], i));
    meta.append(open);
    const section = D.vocab.section[F.section[i]];
    const parts = [(doc.type || "").replace(/_/g, " "), doc.when || doc.date, section, F.para[i] ? "para " + F.para[i] : "",
      F.page.length && F.page[i] ? "p. " + F.page[i] : ""];
    meta.append(document.createTextNode(parts.filter(Boolean).map((p) => " · " + p).join("")));
    const source = CF.sourceAnchor(i);
    if (source) meta.append(document.createTextNode(" · "), source);
    li.append(meta);
    if (options && options.cell) li.append(CF.review.buttons(i, options.cell));
    if (CF.review.isRejected(i)) li.classList.add("rejected");
    return li;
  }

  const panel = document.getElementById("quotes"), layout = document.getElementById("layout");
  function openCell(kind, id, a) {
    state.cell = { kind, id, a };
    document.querySelectorAll("#heat td.cell.selected").forEach((c) => c.classList.remove("selected"));
    const td = document.querySelector(`#heat td.cell[data-kind="${kind}"][data-theme="${id}"][data-authority="${CSS.escape(A[a])}"]`);
    if (td) td.classList.add("selected");
    drawQuotes();
    panel.hidden = false;
    panel.scrollTop = 0;  // a newly opened cell starts at its title, not where the last one was scrolled to
    layout.classList.add("with-quotes");
    // Below 1600 px the filters give way to the quotes, so the matrix keeps every authority's column in view.
    if (window.innerWidth < 1600 && !layout.classList.contains("no-filters")) { layout.classList.add("no-filters", "filters-yielded"); }
    document.getElementById("quotes-title").focus({ preventScroll: true });
  }
  function drawQuotes() {
    const cell = state.cell;
    if (!cell) return;
    const items = CF.cellFindings(cell.kind, cell.id, cell.a), row = CF.rowFor(cell.kind, cell.id);
    document.getElementById("quotes-title").textContent = `${row.label} — ${A[cell.a]} (${countedOf(items)})`;
    document.getElementById("evidence-slot").replaceChildren(CF.evidenceBox(cell.kind, cell.id, cell.a));
    CF.review.themeTools(cell);
    lazyList(document.getElementById("quotes-list"), items, (i) => quoteItem(i, { cell, theme: cell.kind !== "theme" }));
  }
  // "19 findings" when every quote listed is counted, else "19 counted; 21 listed: 2 repeats not counted": the matrix cell,
  // the comparison and the Authorities view count what the matrix counts (no repeats, stock text or rejected quotes).
  function countedOf(items) {
    const left = new Map();
    let counted = 0;
    items.forEach((i) => {
      const why = CF.uncounted[i] ? CF.uncountedReason.get(i) : CF.review.isRejected(i) ? "rejected" : "";
      if (why) left.set(why, (left.get(why) || 0) + 1); else counted++;
    });
    if (!left.size) return CF.pluralise(counted, "finding");
    const plural = { repeat: "repeats", "stock text": "stock text", rejected: "rejected" };
    return `${counted} counted; ${items.length} listed: ` + [...left.entries()].map(([why, n]) =>
      `${n} ${n === 1 ? why : plural[why] || why}${why === "rejected" ? "" : " not counted"}`).join(", ");
  }
  function closeQuotes() {
    panel.hidden = true;
    layout.classList.remove("with-quotes");
    if (layout.classList.contains("filters-yielded")) layout.classList.remove("no-filters", "filters-yielded");
    const cell = state.cell;
    state.cell = null;
    const td = cell && document.querySelector(`#heat td.cell.selected`);
    if (td) { td.classList.remove("selected"); td.focus(); }
  }
  document.getElementById("quotes-close").addEventListener("click", closeQuotes);
  // Printing prints every quote of the list on show, not only those rendered so far.
  window.addEventListener("beforeprint", () => {
    document.querySelectorAll(".quote-list").forEach((list) => { if (list.renderAll && list.offsetParent !== null) list.renderAll(); });
  });
  document.addEventListener("keydown", (event) => { if (event.key === "Escape" && !panel.hidden) closeQuotes(); });

  // The findings view: every finding under the search and filters, with its theme.
  function drawFindings() {
    const items = [];
    for (let i = 0; i < CF.N; i++) if (state.active[i]) items.push(i);
    document.getElementById("findings-hint").textContent = state.terms.length
      ? `${items.length} findings hold ${state.terms.map((t) => `“${t}”`).join(" and ")} (under the filters).`
      : `${items.length} findings under the filters. Type in the search box to find words or "a phrase".`;
    lazyList(document.getElementById("findings-list"), items, (i) => quoteItem(i, { theme: true }));
  }
  Object.assign(CF, { lazyList, quoteItem, countedOf, openCell, drawQuotes, closeQuotes, drawFindings });
})();
