// The other views: documents with their findings marked, inspections side by side and the recommendation tracker
// (only when the run has inspections.csv / tracker.csv), the map coloured by broad theme, methods and run record.
(function () {
  const { D, F, A, N, el, svg, marked, state, docs, themeById, broadById } = CF;

  function broadOf(i) {
    const t = themeById.get(CF.review.themeOf(F.theme[i]));
    return t && broadById.has(t.parent) ? broadById.get(t.parent) : null;
  }
  function colourOf(i) { const b = broadOf(i); return b ? b.colour : "#888"; }
  // Whether a theme's label names a topic (report/data.py's `names_topic`), or the reviewer has renamed it.
  function namesTopic(t) {
    const theme = themeById.get(t);
    return !theme || theme.topic !== false || CF.review.label(t) !== theme.label;
  }
  function swatch(colour) { const s = el("span", { class: "swatch" }); s.style.background = colour; return s; }

  // Documents: the list (findings counted under the search and filters) and one document's text with its findings
  // marked in the colour of their broad theme.
  let openDoc = -1, focusFinding = -1;
  // Which count the list gives: three numbers for one report can otherwise read as a contradiction.
  const COUNT_WORDS = "findings: the document's findings under the current search and filters (the page opens on the " +
    "headline view: inspectorate findings of kind finding in inspection reports; run.json's inputs[].findings counts every " +
    "kind: finding, context, action, recommendation). counted: those less repeats of another finding and stock text, as " +
    "the matrices count them; for an inspection report under the headline view, inspections.csv's n_findings and the " +
    "Inspections view's \"counted\".";
  function drawDocuments() {
    const counts = new Int32Array(docs.length), counted = new Int32Array(docs.length);
    for (let i = 0; i < N; i++) if (state.active[i] && F.doc[i] >= 0) { counts[F.doc[i]]++; if (!CF.uncounted[i]) counted[F.doc[i]]++; }
    // the same number the Inspections view and the matrices give (repeats and stock text not counted), beside all
    const howMany = (k) => counted[k] === counts[k] ? `${counts[k]} findings` : `${counts[k]} findings, ${counted[k]} counted`;
    const list = document.getElementById("doc-list");
    list.replaceChildren();
    docs.map((d, k) => k).filter((k) => counts[k] > 0 || state.nActive === N)
      .sort((p, q) => (docs[p].authority + docs[p].date).localeCompare(docs[q].authority + docs[q].date))
      .forEach((k) => {
        const d = docs[k], li = el("li");
        const b = el("button", { class: "doc-button" + (k === openDoc ? " on" : ""), "data-doc": k, "aria-current": k === openDoc ? "true" : null });
        b.append(el("strong", null, d.title), el("span", { class: "muted" }, ` ${d.authority} · ${d.when || d.date} · ${d.type.replace(/_/g, " ")} · `),
          el("span", { class: "muted doc-count", title: COUNT_WORDS }, howMany(k)));
        b.addEventListener("click", () => { openDoc = k; focusFinding = -1; drawDocuments(); });
        li.append(b);
        list.append(li);
      });
    drawDocument();
  }
  function drawDocument() {
    const view = document.getElementById("doc-view");
    view.replaceChildren();
    if (openDoc < 0) { view.append(el("p", { class: "hint" }, "Choose a document to read it with its findings marked by theme.")); return; }
    const d = docs[openDoc];
    view.append(el("h2", null, d.title));
    const meta = el("p", { class: "muted" }, `${d.authority} · ${d.when || d.date} · ${d.type.replace(/_/g, " ")}${d.framework ? " · " + d.framework : ""}${d.href && !d.web ? "" : " · " + d.file}`);  // a corpus file's link names it
    const source = CF.sourceAnchor(-1, d);
    if (source) meta.append(document.createTextNode(" · "), source);
    view.append(meta);
    const mine = [];
    for (let i = 0; i < N; i++) if (F.doc[i] === openDoc && state.active[i]) mine.push(i);
    mine.sort((p, q) => F.start[p] - F.start[q]);
    const legend = el("ul", { class: "map-legend inline" }), seen = new Map();
    mine.forEach((i) => { const b = broadOf(i); const key = b ? b.label : "Other"; seen.set(key, (seen.get(key) || 0) + 1); if (!seen.has("#" + key)) seen.set("#" + key, colourOf(i)); });
    [...seen.keys()].filter((k) => !k.startsWith("#")).forEach((k) => { const li = el("li"); li.append(swatch(seen.get("#" + k)), el("span", null, `${k} (${seen.get(k)})`)); legend.append(li); });
    view.append(legend);
    const body = el("div", { class: "doc-text" });
    if (d.text === null || d.text === undefined) {
      body.append(el("p", { class: "hint" }, "The document's text is not embedded in this report (corpus too large); its findings in order:"));
      const ol = el("ol", { class: "quote-list" });
      CF.lazyList(ol, mine, (i) => CF.quoteItem(i, { theme: true }));
      body.append(ol);
    } else {
      let at = 0;
      mine.forEach((i) => {
        if (F.start[i] < at) return;
        body.append(document.createTextNode(d.text.slice(at, F.start[i])));
        const t = CF.review.themeOf(F.theme[i]);
        const mark = marked("mark", { class: "fm", "data-finding": F.id[i], "data-theme": t, tabindex: 0,
          title: `${(broadOf(i) || { label: "" }).label} › ${CF.review.label(t)}` }, d.text.slice(F.start[i], F.end[i]));
        mark.style.setProperty("--c", colourOf(i));
        if (i === focusFinding) mark.classList.add("focus");
        body.append(mark);
        at = F.end[i];
      });
      body.append(document.createTextNode(d.text.slice(at)));
    }
    view.append(body);
    const target = view.querySelector("mark.focus");
    if (target) target.scrollIntoView({ block: "center" });
  }
  function openDocument(k, i) {
    openDoc = k; focusFinding = i === undefined ? -1 : i;
    CF.show("documents");
  }

  // A table of the run folder ({columns, rows}) as one object per row; a missing value (null) as `missing`.
  function records(table, missing = null) {
    return table ? table.rows.map((r) => Object.fromEntries(table.columns.map((c, k) => [c, r[k] === null ? missing : r[k]]))) : [];
  }
  // Whether the authority filter shows `name` (no authority ticked: all shown).
  function authorityShown(name) {
    const f = CF.facets.find((x) => x.key === "authority");
    return !f || !f.selected.size || f.selected.has(A.indexOf(name));
  }

  // The rows of a run table (inspections.csv, tracker.csv, whatever their columns) that the authority filter and the
  // search leave.
  function rowsOf(table) {
    const a = table.columns.indexOf("authority");
    const terms = state.terms;
    return table.rows.filter((r) => (a < 0 || authorityShown(r[a]))
      && (!terms.length || terms.every((t) => r.join(" ").toLowerCase().includes(t))));
  }
  // A table of the run folder shown as written (tracker.csv without the tracker's own columns): authority filter and
  // search applied.
  function drawTable(box, table) {
    const rows = rowsOf(table);
    box.append(el("p", { class: "hint" }, `${rows.length} of ${table.total} rows (authority filter and search applied).`));
    const wrap = el("div", { class: "table-wrap" }), t = el("table", { class: "plain tracker" });
    const hr = el("tr");
    table.columns.forEach((c) => hr.append(el("th", { scope: "col" }, c.replace(/_/g, " "))));
    const head = el("thead"), body = el("tbody");
    head.append(hr);
    t.append(head, body);
    CF.lazyList(body, rows, (r) => { const tr = el("tr"); r.forEach((v) => tr.append(marked("td", null, v))); return tr; });
    wrap.append(t);
    box.append(wrap);
  }

  // The map: dots coloured by broad theme; findings outside the search and filters fade.
  let dots = null;
  function drawMap() {
    const box = document.getElementById("scatter"), tip = document.getElementById("tip");
    if (!D.map.length) { box.replaceWith(el("p", { class: "hint" }, "No vectors in this run folder.")); dots = []; return; }
    if (!dots) {
      dots = D.map.map(([x, y], i) => {
        const dot = svg("circle", { cx: (20 + x * 960).toFixed(1), cy: (600 - y * 580).toFixed(1), r: 3.2, fill: colourOf(i), "data-i": i });
        box.append(dot);
        return dot;
      });
      box.addEventListener("mouseover", (event) => {
        const i = Number(event.target.getAttribute("data-i"));
        if (Number.isNaN(i) || event.target.tagName !== "circle") return;
        const b = broadOf(i);
        tip.replaceChildren(el("strong", null, `${b ? b.label + " › " : ""}${CF.review.label(CF.review.themeOf(F.theme[i]))}`),
          el("div", null, `${A[F.authority[i]]}: ${F.text[i].slice(0, 240)}${F.text[i].length > 240 ? "…" : ""}`));
        tip.hidden = false;
        const rect = box.getBoundingClientRect();
        tip.style.left = Math.max(0, Math.min(rect.width - 380, event.clientX - rect.left + 12)) + "px";
        tip.style.top = (event.clientY - rect.top + 14) + "px";
      });
      box.addEventListener("mouseleave", () => { tip.hidden = true; });
    }
    const counts = new Map();
    dots.forEach((dot, i) => {
      dot.setAttribute("class", state.active[i] ? "" : "off");
      dot.setAttribute("fill", colourOf(i));
      if (state.active[i]) { const b = broadOf(i); const key = b ? b.id : -1; counts.set(key, (counts.get(key) || 0) + 1); }
    });
    const legend = document.getElementById("map-legend");
    legend.replaceChildren();
    [...D.broad, { id: -1, label: "Other themes", colour: "#888" }].filter((b) => counts.get(b.id)).forEach((b) => {
      const li = el("li");
      const button = el("button", { class: "legend-item", "data-broad": b.id, "aria-pressed": "false" });
      button.append(swatch(b.colour), el("span", null, `${b.label} (${counts.get(b.id).toLocaleString("en-GB")} drawn)`));
      button.addEventListener("click", () => {
        const on = button.getAttribute("aria-pressed") !== "true";
        legend.querySelectorAll("button").forEach((x) => x.setAttribute("aria-pressed", "false"));
        button.setAttribute("aria-pressed", String(on));
        dots.forEach((dot, i) => dot.classList.toggle("dim", on && (broadOf(i) || { id: -1 }).id !== b.id));
      });
      li.append(button);
      legend.append(li);
    });
    if (D.map.length < N) legend.append(el("li", { class: "muted" }, `The first ${D.map.length} of ${N} findings are drawn.`));
    // The matrix leaves repeats and stock text out of its counts; the map draws every finding the filters keep.
    legend.append(el("li", { class: "muted map-counts" }, "Counts of the dots drawn: repeats and stock text are drawn " +
      "too, so a broad theme here can count a few more findings than in the matrix."));
  }

  // An inspection's date as two short lines, "2012" and "31 Jul" (a year or anything else as written, one line).
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function periodLines(value) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
    return m ? [m[1], `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]}`] : [String(value)];
  }

  // One card per authority: its findings under the filters, top themes, the themes comparison.csv calls
  // distinctive for it, the Ofsted judgements of its inspection reports (grades council documents state, apart) and its themes over the years (trends.csv).
  function drawAuthorities() {
    const box = document.getElementById("view-authorities");
    box.replaceChildren(el("h2", null, "Authorities"));
    const counts = A.map(() => new Map()), totals = new Int32Array(A.length), concerns = new Int32Array(A.length);
    const skipped = new Int32Array(A.length);  // repeats and stock text: listed elsewhere, counted nowhere
    const concern = D.vocab.polarity.indexOf("concern");
    for (let i = 0; i < N; i++) {
      if (!state.active[i] || CF.review.isRejected(i)) continue;
      if (CF.uncounted[i]) { skipped[F.authority[i]]++; continue; }
      const a = F.authority[i];
      CF.themesOf(i).forEach((t) => counts[a].set(t, (counts[a].get(t) || 0) + 1));  // codebook mode: each code
      totals[a]++;
      if (F.polarity[i] === concern) concerns[a]++;
    }
    const grid = el("div", { class: "cards" });
    const docTypes = new Map(D.documents.map((d) => [d.id, d.type]));
    A.forEach((name, a) => {
      if (!totals[a] && state.nActive !== N) return;
      const card = el("div", { class: "card", "data-authority": name });
      card.append(el("h3", null, name), el("p", { class: "muted" }, `${totals[a]} findings counted under the filters, ${concerns[a]} of them concerns` +
        (skipped[a] ? ` (${skipped[a]} more are repeats or stock text, not counted, as in the matrix)` : "")));
      // Largest themes that name a topic first: a "Mixed findings ..." sub-theme, however large, tells a reader no
      // subject, so those are listed apart, after, as such; then the broad themes, which name the authority's subjects.
      const ranked = [...counts[a].entries()].sort((p, q) => q[1] - p[1] || p[0] - q[0]);
      card.append(el("strong", null, "Largest named themes"));
      const top = el("ol");
      ranked.filter(([t]) => namesTopic(t)).slice(0, 5).forEach(([t, n]) =>
        top.append(el("li", null, `${CF.review.label(t)} (${n} findings)`)));
      card.append(top);
      const unnamed = ranked.slice(0, 5).filter(([t]) => !namesTopic(t));
      if (unnamed.length) card.append(el("p", { class: "muted" }, "Also among its five largest, themes of no single " +
        `topic: ${unnamed.map(([t, n]) => `${CF.review.label(t)} (${n} findings)`).join("; ")}.`));
      const byBroad = new Map();
      ranked.forEach(([t, n]) => { const b = broadById.get((themeById.get(t) || {}).parent);
        if (b) byBroad.set(b.id, (byBroad.get(b.id) || 0) + n); });
      if (byBroad.size) {
        card.append(el("strong", null, "Largest broad themes"));
        const broadTop = el("ol");
        [...byBroad.entries()].sort((p, q) => q[1] - p[1] || p[0] - q[0]).slice(0, 3).forEach(([b, n]) =>
          broadTop.append(el("li", null, `${broadById.get(b).label} (${n} findings)`)));
        card.append(broadTop);
      }
      const v = state.compared;
      card.append(el("strong", null, v ? `Distinctive themes (${v.file || "no comparison file"}, ${v.title.toLowerCase()})` : "Distinctive themes"));
      const distinct = el("ul");
      // Called: raised more (distinctive) first, then raised less where the adjusted test says so (the cell box
      // calls both citable); a theme of no single topic is said to be one, as its difference names no subject.
      const cells = v ? D.themes.map((t) => CF.cellOf(t.id, a)).filter(Boolean) : [];
      const raisedMore = cells.filter((c) => c.distinctive).sort((p, q) => q.difference - p.difference);
      const raisedLess = cells.filter((c) => CF.calledLess(c)).sort((p, q) => p.difference - q.difference);
      const called = raisedMore.slice(0, 6).concat(raisedLess.slice(0, Math.max(0, 6 - Math.min(6, raisedMore.length))));
      const cellText = (c) => `${CF.review.label(c.theme)} (${CF.pct(c.share)} against ${CF.pct(c.share_others)}, difference ` +
        `${CF.points(c.difference)} points, 95% interval ${CF.points(c.difference_low)} to ${CF.points(c.difference_high)}; ${c.evidence})` +
        (namesTopic(c.theme) ? "" : "; a theme of no single topic: read its quotes before saying what differs");
      const calledText = (c) => (c.distinctive ? "" : "raises less (adjusted test): ") + cellText(c);
      if (!v) distinct.append(el("li", { class: "muted" }, "no comparison: your filters match none of the run's views"));
      else if (!called.length) {
        distinct.append(el("li", null, cells.length && cells.every((c) => Number(c.n_documents) <= 1)
          ? "none: the authority has one document in this view, so no interval, and no theme can be called distinctive"
          : "none stands out"));
      }
      called.forEach((c) => distinct.append(el("li", null, calledText(c))));
      card.append(distinct);
      // When nothing is distinctive, the leads: differences whose 95% interval lies clear of zero but that are not
      // called distinctive (the adjusted p over every cell of the view, or fewer than two of its documents raising
      // the theme), marked as leads to read, not results to cite. Themes it raises more first, then less.
      if (v && !called.length) {
        const known = (x) => x !== null && x !== undefined && x !== "";
        const clear = (c) => !c.distinctive && !CF.calledLess(c) && known(c.difference_low) && known(c.difference_high) &&
          (Number(c.difference_low) > 0 || Number(c.difference_high) < 0);
        const more = cells.filter((c) => clear(c) && Number(c.difference_low) > 0).sort((p, q) => q.difference - p.difference);
        const less = cells.filter((c) => clear(c) && Number(c.difference_high) < 0).sort((p, q) => p.difference - q.difference);
        if (more.length || less.length) {
          const leads = el("div", { class: "leads" });
          leads.append(el("strong", null, `Leads, not results (${more.length + less.length})`), el("p", { class: "muted small" },
            "The 95% interval of the difference from the other authorities lies clear of zero, but the comparison does not call " +
            `it distinctive: with ${v.cells.length.toLocaleString("en-GB")} authority-theme cells tested, a difference this large can arise by chance, ` +
            "or too few of its documents raise the theme. Read the quotes; do not cite the difference."));
          const list = el("ul", { class: "lead-list" });
          more.slice(0, 5).forEach((c) => list.append(el("li", { "data-theme": c.theme }, `raises more: ${cellText(c)}`)));
          less.slice(0, Math.max(0, 5 - Math.min(5, more.length))).forEach((c) =>
            list.append(el("li", { "data-theme": c.theme }, `raises less: ${cellText(c)}`)));
          const shown = list.children.length;
          if (more.length + less.length > shown) list.append(el("li", { class: "muted" },
            `and ${more.length + less.length - shown} more (${more.length} raised more, ${less.length} less in all; comparison file ${v.file || ""})`));
          leads.append(list);
          card.append(leads);
        }
      }
      // by date (a stable sort keeps each report's own order of areas); grade words as sentences, whatever their case
      const grades = D.judgements.filter((j) => j.authority === name).sort((p, q) => String(p.date).localeCompare(String(q.date)));
      const sentence = (w) => { const t = String(w || ""); return t.charAt(0).toUpperCase() + t.slice(1).toLowerCase(); };
      // Only an inspection report's own grades are Ofsted judgements; a grade a council document states (a motion
      // or minutes quoting the report) is listed apart, as what that document says.
      const typeOf = (j) => (docTypes.get(j.doc_id) || "");
      const gradeTable = (rows, title, note) => {
        if (!rows.length) return;
        card.append(el("strong", null, title));
        const table = el("table", { class: "plain " + (note ? "stated-grades" : "ofsted-grades") });
        rows.forEach((j) => {
          const tr = el("tr");
          tr.append(el("td", null, j.date), el("td", null, j.area), el("td", null, sentence(j.grade_text)));
          if (note) tr.append(el("td", { class: "muted" }, `stated in a council document (${typeOf(j).replace(/_/g, " ") || "not a report"})`));
          table.append(tr);
        });
        card.append(table);
      };
      gradeTable(grades.filter((j) => typeOf(j) === "inspection_report"), "Ofsted judgements (inspection reports)");
      gradeTable(grades.filter((j) => typeOf(j) !== "inspection_report"), "Grades stated in council documents", true);
      const trend = D.trends[name];
      if (trend) {
        card.append(el("strong", null, "Over its inspections (share of each inspection report's inspectorate findings, trends.csv)"));
        // Readable at the card's width: the theme wraps, each inspection's date is two short lines (year, then day and
        // month), the full date in its title; a card with more inspections than fit takes the whole row.
        const wrap = el("div", { class: "table-wrap" }), table = el("table", { class: "plain trend-table" }), hr = el("tr");
        if (trend.years.length > 5) card.classList.add("wide");
        hr.append(el("th", { scope: "col" }, "Theme"));
        trend.years.forEach((y) => {
          const th = el("th", { scope: "col", class: "period", title: String(y) });
          periodLines(y).forEach((line) => th.append(el("span", null, line)));
          hr.append(th);
        });
        table.append(hr);
        // the six largest themes that name a topic: a mixed theme's share moving is no subject's trend
        const named = trend.rows.filter((r) => namesTopic(r.theme)).slice(0, 6);
        const mixed = trend.rows.slice(0, 6).filter((r) => !namesTopic(r.theme));
        named.forEach((r) => {
          const tr = el("tr");
          tr.append(el("td", null, CF.review.label(r.theme)));
          r.shares.forEach((v) => tr.append(el("td", { class: "share" }, (100 * v).toFixed(0) + "%")));
          table.append(tr);
        });
        wrap.append(table);
        card.append(wrap);
        if (mixed.length) card.append(el("p", { class: "muted trend-mixed" }, "Not shown, as they name no single topic: " +
          mixed.map((r) => CF.review.label(r.theme)).join("; ") + "."));
      }
      grid.append(card);
    });
    box.append(grid);
    CF.drawPairs(box);
  }

  function drawMethods() {
    const box = document.getElementById("view-methods");
    box.replaceChildren(el("h2", null, "Methods"));
    D.methods.forEach((p) => { box.append(el("h3", null, p.title), el("p", { class: "methods" }, p.text)); });
    box.append(el("h2", null, "Run record"));
    D.record.forEach((t) => {
      box.append(el("h3", null, t.title));
      const wrap = el("div", { class: "table-wrap" }), table = el("table", { class: "plain record" });
      if (t.columns.some(Boolean)) { const hr = el("tr"); t.columns.forEach((c) => hr.append(el("th", { scope: "col" }, c))); table.append(hr); }
      t.rows.forEach((r) => {
        const tr = el("tr", r[1] === "skipped" ? { class: "skipped" } : null);
        r.forEach((v, k) => tr.append(el(k === 0 && t.columns[0] === "" ? "th" : "td", null, v)));
        table.append(tr);
      });
      wrap.append(table);
      box.append(wrap);
    });
  }
  Object.assign(CF, { drawAuthorities, drawDocuments, openDocument, drawTable, drawMap, drawMethods, records, authorityShown, rowsOf });
})();
