// The inspections view: each authority's inspection reports side by side with their grades (inspections.csv), and
// per theme what each inspection raised: a concern, a strength, both, a neutral mention or nothing, with the
// quotes (inspection_changes.csv: inspectorate findings of inspection reports, the headline view). Then, when the
// run graded enough reports (grade_themes.csv, grade_positions.csv), the run's grade context: which themes' concern
// shares go with which overall grades, as a small interval plot, and where each inspection sits. A toggle adds,
// under each inspection, what the authority's council documents dated from that report to the next inspection say
// in each theme (their findings, counted as the matrices count), so a theme the report raised and the council's
// documents never took up shows as such.
(function () {
  const { D, el, svg, marked, state, records, authorityShown } = CF;
  const GRADE_CLASS = { outstanding: "g1", good: "g2", "requires improvement": "g3", adequate: "g3", inadequate: "g4" };
  const GRADE_COLOUR = { 1: "#1b7a3d", 2: "#5aa469", 3: "#d08a00", 4: "#b23a2e" };
  const STATUS_WORDS = { concern: "concern", strength: "strength", "concern and strength": "both", mentioned: "mentioned", "not mentioned": "—" };

  function grade(word) { return el("span", { class: "grade " + (GRADE_CLASS[word] || "") }, word || "no grade read"); }
  let showChanged = false, showAreas = false, showCouncil = false, detail = null, order = "raised";
  // Rows are broad themes (inspection_changes_broad.csv) first when the run has them, themes on request.
  let level = null;
  const broadLevel = () => level === "broad";
  const parentOf = (theme) => (CF.themeById.get(theme) || {}).parent;
  // The rows a finding counts under at the level shown: its themes, or their broad themes (once each).
  const unitsOf = (i) => (broadLevel() ? [...new Set(CF.themesOf(i).map(parentOf))].filter((b) => b !== undefined && b >= 0) : CF.themesOf(i));
  const rowLabel = (id) => (broadLevel() ? CF.broadLabel(id) : CF.review.label(id));
  // Row orders: most raised (concern + strength findings over the inspections), largest change in share between the
  // authority's last two inspections, or theme name.
  const ORDERS = [["raised", "most raised first"], ["latest change", "largest change at the latest inspection first"],
    ["name", "theme name"]];
  const COUNCIL_TYPES = ((CF.views.find((v) => v.key === "council") || {}).preset || {}).type ||
    ["committee_minutes", "scrutiny_report", "council_motion"];
  // Dates compared on the characters both have, as the matrices' periods: a document dated "2019" alone is on or
  // after a report of 2019-05-08, and on or after (so outside) a next inspection of 2019 too.
  const notBefore = (date, from) => { const n = Math.min(date.length, from.length); return date.slice(0, n) >= from.slice(0, n); };
  // For each of an authority's inspections (oldest first): its council documents dated from the report's
  // publication to the next inspection's, and their countable findings by theme.
  function councilAfter(name, mine) {
    const uncounted = new Set(CF.F.uncounted);
    const periods = mine.map((r, k) => ({ from: r.published || "", to: (mine[k + 1] || {}).published || "", docs: new Set(), byTheme: new Map() }));
    const placed = CF.docs.map((d) => {
      if (d.authority !== name || !COUNCIL_TYPES.includes(d.type) || !d.date) return -1;
      let at = -1;
      periods.forEach((p, k) => { if (p.from && notBefore(d.date, p.from) && (!p.to || !notBefore(d.date, p.to))) at = k; });
      if (at >= 0) periods[at].docs.add(d.id);
      return at;
    });
    for (let i = 0; i < CF.N; i++) {
      const at = placed[CF.F.doc[i]];
      if (at < 0 || uncounted.has(i)) continue;
      const m = periods[at].byTheme;
      unitsOf(i).forEach((theme) => {  // codebook mode: under each of the finding's codes (or their broad themes)
        if (!m.has(theme)) m.set(theme, []);
        m.get(theme).push(i);
      });
    }
    return periods;
  }
  const MOVED = 2;  // a share change (points of the report's findings) the "changed" toggle and the cells mark
  // The change in share from the authority's previous inspection (inspection_changes.csv share_change), in points.
  // Computed from the previous inspection's share when the file has no share_change column (a run made before it).
  const known = (v) => v !== undefined && v !== null && v !== "";
  const shareChange = (c, before) => {
    if (!c) return null;
    if (known(c.share_change)) return 100 * Number(c.share_change);
    return !("share_change" in c) && before && known(c.share) && known(before.share) ? 100 * (Number(c.share) - Number(before.share)) : null;
  };
  // The size of a row's change in share between the authority's last two inspections, in points (0 when either is
  // missing: a theme only one of them raised still has a change, from or to a share of 0 in trends.csv).
  const latestChange = (row) => {
    const k = row.list.length - 1;
    return k > 0 ? Math.abs(shareChange(row.list[k], row.list[k - 1]) || 0) : 0;
  };
  const pointsText = (v) => { const t = Math.abs(v).toFixed(1); return t === "0.0" ? "±0.0" : (v > 0 ? "+" : "−") + t; };

  function drawInspections() {
    const box = document.getElementById("view-inspections");
    box.replaceChildren(el("h2", null, "Inspections side by side"));
    const inspections = records(D.tables.inspections);
    if (!inspections.length || !("doc_id" in inspections[0])) { drawGeneric(box); drawNational(box); return; }
    const broadRows = D.tables.changes_broad && D.tables.changes_broad.rows.length;
    if (!level || (level === "broad" && !broadRows)) level = broadRows ? "broad" : "theme";
    const changes = records(broadLevel() ? D.tables.changes_broad : D.tables.changes), terms = state.terms;
    const areas = D.tables.inspections.columns.filter((c) => c.startsWith("grade: "));
    box.append(el("p", { class: "hint" }, "What inspectors found in inspection reports (the headline view: kind finding, inspectorate voice; " +
      "inspections.csv and inspection_changes.csv). Each column is an inspection with its grades; each row a theme: raised as a concern, " +
      "a strength, both, only mentioned, or not mentioned (—). Click a cell for its quotes. The authority filter and the search " +
      "(on theme names and quotes) apply." + (D.tables.changes && D.tables.changes.total > D.tables.changes.rows.length
        ? ` Only the first ${D.tables.changes.rows.length} of ${D.tables.changes.total} rows of inspection_changes.csv are embedded.` : "")));
    const toggle = el("label", { class: "inline-toggle" });
    const input = el("input", { type: "checkbox", id: "changed-only" });
    input.checked = showChanged;
    input.addEventListener("change", () => { showChanged = input.checked; drawInspections(); });
    toggle.append(input, document.createTextNode(` only themes whose status changed between inspections, or whose share of the report moved by ${MOVED} points or more`));
    const toggleAreas = el("label", { class: "inline-toggle" });
    const areasBox = el("input", { type: "checkbox", id: "show-areas" });
    areasBox.checked = showAreas;
    areasBox.addEventListener("change", () => { showAreas = areasBox.checked; drawInspections(); });
    toggleAreas.append(areasBox, document.createTextNode(" every judgement area's grade (else the overall grade only)"));
    const toggleCouncil = el("label", { class: "inline-toggle" });
    const councilBox = el("input", { type: "checkbox", id: "show-council" });
    councilBox.checked = showCouncil;
    councilBox.addEventListener("change", () => { showCouncil = councilBox.checked; drawInspections(); });
    toggleCouncil.append(councilBox, document.createTextNode(" what the council's documents said after each report (minutes, " +
      "scrutiny reports, motions dated from the report to the next inspection)"));
    const orderBox = el("label", { class: "inline-toggle" }, "Order rows: ");
    const orderSelect = el("select", { id: "inspections-order" });
    ORDERS.forEach(([value, words]) => { const o = el("option", { value }, words); if (value === order) o.selected = true; orderSelect.append(o); });
    orderSelect.addEventListener("change", () => { order = orderSelect.value; drawInspections(); });
    orderBox.append(orderSelect);
    const levels = el("div", { class: "inspection-level", role: "radiogroup", "aria-label": "Rows" });
    if (broadRows) {
      levels.append(el("span", null, "Rows: "));
      [["broad", "broad themes (inspection_changes_broad.csv)"], ["theme", "themes (inspection_changes.csv)"]].forEach(([value, words]) => {
        const input = el("input", { type: "radio", name: "inspection-level", id: `inspection-level-${value}`, value });
        input.checked = level === value;
        input.addEventListener("change", () => { level = value; detail = null; drawInspections(); });
        levels.append(input, el("label", { for: `inspection-level-${value}` }, ` ${words} `));
      });
    }
    box.append(levels, toggle, toggleAreas, toggleCouncil, orderBox, el("p", { class: "muted small" }, "In a cell: concern / strength findings of the report in the theme, " +
      "and beside them the theme's share of all the report's findings (trends.csv), and under it the change in that share from the " +
      `previous inspection in points (bold from ${MOVED} point). Reports differ in length (each column says ` +
      "how many findings it has): compare shares across inspections, not counts. A change marked * follows a change of " +
      "inspection framework (the column says “new framework”): the frameworks ask different questions and lay reports out " +
      "differently, so part of such a change may be the framework's, not the council's."));
    if (showCouncil) box.append(el("p", { class: "muted small council-note" }, "Under each cell, \u201ccouncil n\u201d: the findings " +
      "of the authority's council documents dated from that report's publication to the next inspection's, in the theme (repeats " +
      "and stock text not counted, whatever the filters); \u201ccouncil \u2014\u201d: none, so the documents of this corpus did not take " +
      "the theme up (they may have elsewhere: the corpus holds only what was collected). A document dated by its year alone counts " +
      "from that year's report. Click a cell for the council's quotes. council_after_inspections.csv holds these numbers (without " +
      "the page's merges of themes)" + (CF.hasMore ? "; a finding counts under each of its codes." : ".")));
    const names = [...new Set(inspections.map((r) => r.authority))].filter(authorityShown).sort();
    names.forEach((name) => {
      const mine = inspections.filter((r) => r.authority === name).sort((p, q) => Number(p.inspection_no) - Number(q.inspection_no));
      const council = showCouncil ? councilAfter(name, mine) : null;
      // A report of another framework than the one before it is structured, graded and written differently: its
      // shares and their change from the previous inspection partly measure the framework, not the council.
      const reframed = mine.map((r, k) => k > 0 && (mine[k - 1].framework || "") !== (r.framework || ""));
      // One of two reports inspected only part of the service (inspection_changes.csv `comparison` "different
      // scope": a 2012-2013 looked-after-children inspection beside a whole-service one): its changes are not shown
      // as changes, since every theme's share moves with what was inspected.
      const mineChanges = changes.filter((c) => c.authority === name);
      const rescoped = mine.map((r) => mineChanges.find((c) => c.doc_id === r.doc_id && c.comparison === "different scope"));
      const section = el("section", { class: "inspection-grid", "data-authority": name });
      section.append(el("h3", null, `${name}: ${mine.length} inspection${mine.length === 1 ? "" : "s"}`));
      const wrap = el("div", { class: "table-wrap" }), table = el("table", { class: "plain changes" });
      const head = el("thead"), hr = el("tr");
      hr.append(el("th", { scope: "col" }, broadLevel() ? "Broad theme" : "Theme"));
      mine.forEach((r) => {
        const th = el("th", { scope: "col", "data-doc": r.doc_id });
        const dates = r.inspection_start && r.inspection_end ? `inspected ${r.inspection_start} to ${r.inspection_end}; ` : "";
        th.setAttribute("title", `${r.label}: ${dates}published ${r.published || "date not stated"}`);
        th.append(el("div", null, r.published || r.label), el("div", { class: "muted" }, r.framework || ""), grade(r.overall));
        const before = mine[mine.indexOf(r) - 1];
        if (reframed[mine.indexOf(r)]) th.append(el("div", { class: "framework-change warn small",
          title: "The frameworks ask different questions, grade different areas and lay reports out differently: part of a change " +
            "in a theme's share from the previous inspection may be the framework's, not the council's." },
          `new framework: was ${before.framework || "not read"}`));
        const scoped = rescoped[mine.indexOf(r)];
        if (scoped) th.append(el("div", { class: "scope-change warn small", title: scoped.change },
          `not compared: ${scoped.previous_scope === "whole service" ? "this report" : "the previous report"} inspected ` +
          `${scoped.previous_scope === "whole service" ? scoped.scope : scoped.previous_scope}`));
        if (r.n_findings) th.append(el("div", { class: "muted small n-findings", title: "inspectorate findings of kind finding counted in this view (inspections.csv n_findings): repeats of another " +
            "finding and stock text are not counted. The Documents list gives them beside all the report's findings of the " +
            "current filters; run.json's inputs[].findings counts every kind." },
          `${CF.pluralise(Number(r.n_findings), "finding")} counted`));
        if (council) {
          const n = council[mine.indexOf(r)].docs.size;
          th.append(el("div", { class: "muted small council-docs" }, n ? `then ${CF.pluralise(n, "council document")}` : "then no council documents"));
        }
        hr.append(th);
      });
      head.append(hr);
      areas.filter((c) => showAreas && mine.some((r) => r[c])).forEach((c) => {
        const tr = el("tr", { class: "area" });
        tr.append(el("th", { scope: "row" }, c.slice(7)));
        mine.forEach((r) => { const td = el("td"); if (r[c]) td.append(grade(r[c])); tr.append(td); });
        head.append(tr);
      });
      const body = el("tbody");
      const byTheme = new Map();
      changes.filter((c) => c.authority === name).forEach((c) => {
        if (!byTheme.has(c.theme_id)) byTheme.set(c.theme_id, new Map());
        byTheme.get(c.theme_id).set(c.doc_id, c);
      });
      const rows = [...byTheme.entries()].map(([theme, cells]) => {
        const list = mine.map((r) => cells.get(r.doc_id));
        const total = list.reduce((s, c) => s + (c ? Number(c.concern) + Number(c.strength) : 0), 0);
        const statuses = list.map((c) => (c ? c.status : "not mentioned"));
        const moved = list.some((c, k) => Math.abs(shareChange(c, list[k - 1]) || 0) >= MOVED);
        // a status that changes only across reports of different scope is no change
        const compared = statuses.some((s, k) => k > 0 && !rescoped[k] && s !== statuses[k - 1]);
        return { theme: Number(theme), label: rowLabel(Number(theme)), list, total, changed: compared || moved,
          text: list.map((c) => (c ? c.concern_quote + " " + c.strength_quote : "")).join(" ").toLowerCase() };
      }).filter((r) => (!showChanged || r.changed) && (!terms.length || terms.every((t) => (r.label.toLowerCase() + " " + r.text).includes(t))))
        .sort(order === "name" ? (p, q) => p.label.localeCompare(q.label)
          : order === "latest change" ? (p, q) => latestChange(q) - latestChange(p) || q.total - p.total || p.label.localeCompare(q.label)
            : (p, q) => q.total - p.total || p.label.localeCompare(q.label));
      rows.forEach((r) => {
        const tr = el("tr", { "data-theme": r.theme });
        tr.append(el("th", { scope: "row" }, r.label));
        r.list.forEach((c, k) => {
          const status = c ? c.status : "not mentioned";
          const td = el("td", { class: "status s-" + status.replace(/ /g, "-") });
          const words = STATUS_WORDS[status] + (c && (Number(c.concern) || Number(c.strength)) ? ` ${c.concern}/${c.strength}` : "");
          const share = c && c.share !== undefined && c.share !== null && c.share !== "" ? Number(c.share) : null;
          const b = el("button", { class: "status-button", "data-doc": mine[k].doc_id, "data-theme": r.theme,
            title: `${r.label}, ${mine[k].label}: ${status}` + (c ? ` (${c.concern} concern, ${c.strength} strength findings; ${c.change})` : "") +
              (share !== null ? `; ${c.count} findings in the theme, ${(100 * share).toFixed(1)}% of the report's ${mine[k].n_findings || ""} findings` : "") }, words);
          // a cell with both concern and strength findings is shaded in their proportion, concern from the left, so
          // "both 2/38" reads as mostly strength rather than as an even split
          const sides = c ? Number(c.concern) + Number(c.strength) : 0;
          if (status === "concern and strength" && sides > 0) {
            const left = Math.round((100 * Number(c.concern)) / sides);
            b.style.background = `linear-gradient(90deg, #fbe0dc ${left}%, #dcefe1 ${left}%)`;
            b.dataset.concernShare = String(left);
          }
          if (share !== null) b.append(el("span", { class: "share-of-report" }, `${(100 * share).toFixed(1)}%`));
          // the share's change from the previous inspection, so a theme that keeps its status but takes far more or
          // less of the report says so (points of the report's findings)
          const moved = k ? shareChange(c, r.list[k - 1]) : null;
          if (moved !== null) b.append(el("span", { class: "share-change" + (Math.abs(moved) >= MOVED ? " moved" : "") + (reframed[k] ? " reframed" : ""),
            title: "change in share from the previous inspection, in points of the report's findings" + (reframed[k]
              ? "; the previous inspection was of another framework, so part of the change may be the framework's" : "") },
            `${pointsText(moved)} pts${reframed[k] ? " *" : ""}`));
          if (council) {
            const said = (council[k].byTheme.get(r.theme) || []).length;
            b.append(el("span", { class: "council-after" + (said ? "" : " none"), title: said ? `${CF.pluralise(said, "finding")} of the ` +
              `council's ${CF.pluralise(council[k].docs.size, "document")} dated from this report to the next inspection are in the theme`
              : (council[k].docs.size ? "none of the council's documents dated from this report to the next inspection speaks of the theme"
                : "the corpus holds no council documents dated from this report to the next inspection") }, `council ${said || "\u2014"}`));
          }
          // the quotes open under the council's whole table: brought into view, or a click seems to do nothing
          b.addEventListener("click", () => {
            detail = { authority: name, doc: mine[k].doc_id, theme: r.theme };
            drawDetail(section, c, mine[k], r, council && council[k]);
            section.querySelector(".change-detail").scrollIntoView({ block: "start" });
          });
          td.append(b);
          tr.append(td);
        });
        body.append(tr);
      });
      if (!rows.length) body.append(el("tr", null, el("td", { colspan: mine.length + 1, class: "muted" }, "No theme matches.")));
      table.append(head, body);
      wrap.append(table);
      section.append(wrap, el("div", { class: "change-detail" }));
      box.append(section);
      if (detail && detail.authority === name) {
        const r = rows.find((x) => x.theme === detail.theme), k = mine.findIndex((x) => x.doc_id === detail.doc);
        if (r && k >= 0) drawDetail(section, r.list[k], mine[k], r, council && council[k]);
      }
    });
    drawNational(box);
  }
  // Quotes of one inspection and theme: the typical concern and strength (inspection_changes.csv), then every
  // finding of the report in the theme under the search and filters.
  function drawDetail(section, c, inspection, row, council) {
    const box = section.querySelector(".change-detail");
    box.replaceChildren(el("h4", null, `${row.label} · ${inspection.label} (${inspection.overall || "no grade read"})`));
    // What the cell counts: its findings by polarity and their share of the report's findings (trends.csv).
    const counted = c && c.count !== undefined && c.count !== null && c.count !== "" ? `; ${CF.pluralise(Number(c.count), "finding")} ` +
      `in the theme (${c.concern} concern, ${c.strength} strength, ${Number(c.count) - Number(c.concern) - Number(c.strength)} neutral), ` +
      `${(100 * Number(c.share)).toFixed(1)}% of the report's ${inspection.n_findings || ""} findings` : "";
    box.append(el("p", { class: "muted cell-counts" }, c ? `now ${c.status}; ${c.change === "first inspection" ? "the authority's first inspection in this run" : "since the previous inspection: " + c.change}${counted}` : "not mentioned in this inspection"));
    ["concern", "strength"].forEach((polarity) => {
      if (!c || !c[polarity + "_quote"]) return;
      const p = marked("p", { class: `quote ${polarity}-quote` }, c[polarity + "_quote"]);
      p.prepend(el("span", { class: "tag " + polarity }, polarity));
      box.append(p);
      // Where the quote is (inspection_changes.csv names its finding): document, section, paragraph, page, source.
      const at = c[polarity + "_finding_id"] ? CF.F.id.indexOf(c[polarity + "_finding_id"]) : -1;
      if (at >= 0) box.append(CF.quoteItem(at).querySelector(".source"));
    });
    const doc = CF.docs.findIndex((d) => d.id === inspection.doc_id), items = [];
    for (let i = 0; i < CF.N; i++) if (CF.F.doc[i] === doc && state.active[i] && unitsOf(i).includes(row.theme)) items.push(i);
    if (items.length) {
      const list = el("ol", { class: "quote-list" });
      box.append(el("p", { class: "muted" }, `All ${items.length} findings of this report in the theme (under the filters):`), list);
      CF.lazyList(list, items, (i) => CF.quoteItem(i));
    }
    if (!council) return;
    const said = council.byTheme.get(row.theme) || [];
    const period = `dated from this report (${council.from}) to ${council.to ? `the next inspection (${council.to})` : "now"}`;
    if (!council.docs.size) { box.append(el("p", { class: "muted council-said" }, `The corpus holds no council documents of the authority ${period}.`)); return; }
    box.append(el("p", { class: "muted council-said" }, said.length
      ? `The council's documents ${period}: ${CF.pluralise(said.length, "finding")} in the theme, of ${CF.pluralise(council.docs.size, "document")}:`
      : `Not taken up: no finding of the council's documents ${period} (${CF.pluralise(council.docs.size, "document")}) is in the theme.`));
    if (said.length) {
      const list = el("ol", { class: "quote-list council-quotes" });
      box.append(list);
      CF.lazyList(list, said, (i) => CF.quoteItem(i));
    }
  }
  // inspections.csv without the columns of pipeline/inspections.py (an older or hand-made table): cards.
  function drawGeneric(box) {
    const table = D.tables.inspections;
    if (!table) { box.append(el("p", { class: "hint" }, "This run has no inspections.csv.")); return; }
    const a = table.columns.indexOf("authority"), rows = CF.rowsOf(table);
    box.append(el("p", { class: "hint" }, `${rows.length} of ${table.total} rows of inspections.csv (authority filter and search applied).`));
    const grid = el("div", { class: "side-by-side" });
    const groups = a < 0 ? [["", rows]] : [...new Set(rows.map((r) => r[a]))].sort().map((name) => [name, rows.filter((r) => r[a] === name)]);
    groups.forEach(([name, part]) => {
      const column = el("div", { class: "column" });
      if (name) column.append(el("h3", null, name));
      part.forEach((r) => {
        const card = el("dl", { class: "card" });
        table.columns.forEach((c, k) => { if (k !== a && r[k] !== "") card.append(el("dt", null, c.replace(/_/g, " ")), marked("dd", null, r[k])); });
        column.append(card);
      });
      grid.append(column);
    });
    box.append(grid);
  }

  let scope = null;
  // The figure whose quotes are open under the national context: { theme, grade } (a dot of the plot or a row of the
  // table), and which findings grade_themes.csv counted (D.findings.national: the headline view's findings of graded
  // reports, judgement sentences left out), so the quotes are exactly the concerns behind the figure.
  let nationalPick = null, nationalMember = null;
  function nationalQuotes(theme, g) {
    const F = CF.F;
    if (!nationalMember) {
      nationalMember = new Uint8Array(CF.N);
      (F.national || []).forEach((i) => { if (i >= 0) nationalMember[i] = 1; });
    }
    const byDoc = new Map(records(D.tables.inspections).map((r) => [r.doc_id, r]));
    const concern = D.vocab.polarity.indexOf("concern"), items = [];
    for (let i = 0; i < CF.N; i++) {
      if (!nationalMember[i] || (F.theme[i] !== theme && !CF.furtherThemes(i).includes(theme)) || F.polarity[i] !== concern) continue;
      const r = byDoc.get(CF.docOf(i).id);
      if (r && r.overall === g && (scope === "all" || r.framework === scope)) items.push(i);
    }
    return items;
  }
  function pickNational(theme, g) {
    nationalPick = { theme: String(theme), grade: g };
    drawInspections();
    const target = document.getElementById("national-quotes");
    if (target) target.scrollIntoView();
  }
  function nationalQuotesBox(rows) {
    const box = el("div", { class: "national-quotes", id: "national-quotes" });
    const r = nationalPick && rows.find((x) => x.theme_id === nationalPick.theme && x.grade === nationalPick.grade);
    if (!r) {
      box.append(el("p", { class: "muted small" }, "Click a dot of the plot, or a theme in the table, for the concern findings behind its figure."));
      return box;
    }
    const items = nationalQuotes(Number(r.theme_id), r.grade), reports = new Set(items.map((i) => CF.F.doc[i])).size;
    const close = el("button", { class: "small", id: "national-quotes-close" }, "Close");
    close.addEventListener("click", () => { nationalPick = null; drawInspections(); });
    box.append(el("h3", null, `${CF.review.label(Number(r.theme_id))}: concerns in the ${r.grade} reports`), close,
      el("p", { class: "muted small" }, `${CF.pluralise(items.length, "concern finding")} of ${reports} of the ${r.n_reports} ${r.grade} reports ` +
        `(${scope === "all" ? "every framework" : scope}); the figure, ${CF.pct(Number(r.concern_share))}, is the mean over the ${r.n_reports} reports of ` +
        "each report's concerns in the theme over all its findings. Sentences stating a judgement are left out, as in the figure."));
    const list = el("ul", { class: "quote-list national-quote-list" });
    box.append(list);
    CF.lazyList(list, items, (i) => CF.quoteItem(i));
    return box;
  }
  function drawNational(box) {
    const table = records(D.tables.grade_themes);
    if (!table.length) return;
    const section = el("section", { class: "national", id: "national" });
    const scopes = [...new Set(table.map((r) => r.framework))];
    if (!scopes.includes(scope)) scope = scopes.includes("all") ? "all" : scopes[0];
    const rows = table.filter((r) => r.framework === scope);
    const grades = [...new Map(rows.map((r) => [r.grade, Number(r.grade_order)])).entries()].sort((p, q) => p[1] - q[1]);
    const nOf = (g) => Math.max(...rows.filter((r) => r.grade === g).map((r) => Number(r.n_reports)));
    // The run's graded reports in this scope (grade_positions.csv's n_reports; older runs: the grades shown).
    const inScope = records(D.tables.grade_positions).filter((p) => scope === "all" || p.framework === scope);
    const counted = Math.max(0, ...inScope.map((p) => Number(scope === "all" ? p.n_reports : p.n_reports_framework) || 0));
    const nGraded = counted || grades.reduce((sum, [g]) => sum + nOf(g), 0);
    section.append(el("h2", null, `Among this run's ${nGraded} graded reports: themes and overall grades`));
    const authorities = Math.max(...rows.map((r) => Number(r.n_authorities)));
    section.append(el("p", { class: "hint" }, `Over the graded inspection reports of this run only, not every council's (grade_themes.csv, ${scope === "all" ? "every framework" : scope}): ` +
      grades.map(([g]) => `${nOf(g)} ${g}`).join(", ") + `. For each theme, the mean over reports of the share of a report's findings that are concerns in the theme, ` +
      "with its 95% interval over reports; sentences stating a judgement are left out so a grade cannot explain itself. " +
      "Few reports give wide intervals: read the differences as leads, not results. Themes shown: the largest difference " +
      `between the ${grades[grades.length - 1][0]} reports and the others.`));
    if (scopes.length > 1) {
      const select = el("select", { id: "national-scope", "aria-label": "Reports compared" });
      scopes.forEach((s) => select.append(el("option", { value: s }, s === "all" ? "every framework" : s)));
      select.value = scope;
      select.addEventListener("change", () => { scope = select.value; drawInspections(); });
      const label = el("label", { class: "inline-toggle" }, "Reports compared: ");
      label.append(select);
      section.append(label);
    }
    const worst = grades[grades.length - 1][0];
    const top = rows.filter((r) => r.grade === worst).sort((p, q) => Number(q.difference) - Number(p.difference)).slice(0, 10).map((r) => r.theme_id);
    const max = Math.max(0.01, ...rows.filter((r) => top.includes(r.theme_id)).map((r) => Number(r.concern_share_high) || 0));
    const W = 820, left = 300, right = 20, rowH = 26, H = 34 + top.length * rowH;
    const plot = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "grade-plot", role: "img", "aria-label": "Concern share per theme and grade" });
    const x = (v) => left + (W - left - right) * Math.min(1, v / max);
    for (let k = 0; k <= 4; k++) {
      const v = (max * k) / 4;
      plot.append(svg("line", { x1: x(v), x2: x(v), y1: 18, y2: H - 4, stroke: "#e3e7ec" }));
      const t = svg("text", { x: x(v), y: 12, "text-anchor": "middle", "font-size": 10, fill: "#5b6776" });
      t.textContent = (100 * v).toFixed(1) + "%";
      plot.append(t);
    }
    top.forEach((theme, k) => {
      const y = 30 + k * rowH, label = svg("text", { x: left - 8, y: y + 4, "text-anchor": "end", "font-size": 11, fill: "#1d2733" });
      const full = CF.review.label(Number(theme)), tipLabel = svg("title", {});
      label.textContent = full.length > 46 ? full.slice(0, 45) + "…" : full;  // the whole name in its title and the table below
      tipLabel.textContent = full;
      label.append(tipLabel);
      plot.append(label);
      grades.forEach(([g, order], j) => {
        const r = rows.find((x2) => x2.theme_id === theme && x2.grade === g);
        if (!r) return;
        const yy = y - 6 + (12 * j) / Math.max(1, grades.length - 1), colour = GRADE_COLOUR[order] || "#555";
        plot.append(svg("line", { x1: x(Number(r.concern_share_low)), x2: x(Number(r.concern_share_high)), y1: yy, y2: yy, stroke: colour, "stroke-width": 2 }));
        const picked = nationalPick && nationalPick.theme === theme && nationalPick.grade === g;
        const dot = svg("circle", { cx: x(Number(r.concern_share)), cy: yy, r: picked ? 5 : 3.5, fill: colour, class: "grade-dot",
          "data-theme": theme, "data-grade": g, tabindex: 0, role: "button" });
        dot.addEventListener("click", () => pickNational(theme, g));
        dot.addEventListener("keydown", (event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); pickNational(theme, g); } });
        const tip = svg("title", {});
        tip.textContent = `${r.theme_label}, ${g}: ${(100 * r.concern_share).toFixed(1)}% (${(100 * r.concern_share_low).toFixed(1)} to ${(100 * r.concern_share_high).toFixed(1)}), ${r.n_reports} reports. Click for the quotes`;
        dot.append(tip);
        plot.append(dot);
      });
    });
    section.append(plot);
    const legend = el("ul", { class: "map-legend inline" });
    grades.forEach(([g, order]) => { const li = el("li"); const s = el("span", { class: "swatch" }); s.style.background = GRADE_COLOUR[order] || "#555"; li.append(s, el("span", null, `${g} (${nOf(g)} reports)`)); legend.append(li); });
    section.append(legend);
    section.append(el("p", { class: "muted" }, `No grade has reports of more than ${authorities} authorities.`));
    section.append(differenceTable(rows, top, worst, grades), nationalQuotesBox(rows));
    // Where each inspection of the authorities shown sits, for the themes plotted.
    // Within a framework's scope, only that framework's inspections: their percentile_framework places them among its
    // reports (a SIF report is never placed among ILACS ones).
    const positions = records(D.tables.grade_positions).filter((p) => top.includes(p.theme_id) && authorityShown(p.authority) &&
      (scope === "all" || p.framework === scope));
    // Within a framework's scope an inspection is placed among the reports of its framework (percentile_framework),
    // else among every graded report; the cell gives the concern share itself beside the position.
    const within = scope !== "all";
    const minPlaced = Number(D.min_placed) || 0;
    const unplaced = counted > 0 && counted < minPlaced;  // too few reports to place one among them
    const placed = (p) => {
      const percentile = Number(within ? p.percentile_framework : p.percentile);
      if (p.position === "none" || Number(p.concern_share) === 0) return { words: "no concern", top: false };
      if (unplaced) return { words: `${(100 * Number(p.concern_share)).toFixed(1)}%`, top: false, percentile: null };
      if (p.percentile === "" || Number.isNaN(percentile)) return { words: p.position, top: false };
      const words = percentile >= 90 ? "top tenth" : percentile >= 75 ? "top quarter" : percentile >= 25 ? "middle half" : "bottom quarter";
      return { words: `${(100 * Number(p.concern_share)).toFixed(1)}% · ${words} (${Math.round(percentile)})`, top: percentile >= 75, percentile };
    };
    if (positions.length) {
      section.append(el("h3", null, "Where each inspection sits (grade_positions.csv)"));
      section.append(el("p", { class: "muted small positions-note" }, unplaced
        ? `In a cell: the report's concern share in the theme (its concern findings in the theme over all its findings). ` +
          `No position or percentile: this run has ${nGraded} graded ${within ? scope + " " : ""}reports, fewer than the ${minPlaced} ` +
          "a position needs (among fewer, a \"top tenth\" holds at most one report and one report more or less moves a percentile " +
          "by over five points). \"no concern\": the report raises none in the theme."
        : "In a cell: the report's concern share in the theme (its concern findings " +
        "in the theme over all its findings), then where that share sits and its percentile (the share of the other " +
        (within ? `graded ${scope} reports` : "graded reports, of every framework") + ` with a lower concern share, among ${nGraded}): top tenth, top quarter, ` +
        "middle half, bottom quarter. \"no concern\": the report raises none in the theme. A high share says what a report spends " +
        "its words on, not how serious the concern is."));
      const wrap = el("div", { class: "table-wrap" }), t = el("table", { class: "plain positions" }), hr = el("tr");
      hr.append(el("th", { scope: "col" }, "Inspection"));
      top.forEach((theme) => hr.append(el("th", { scope: "col" }, CF.review.label(Number(theme)))));
      t.append(hr);
      const docsSeen = [...new Map(positions.map((p) => [p.doc_id, p])).values()].sort((p, q) => (p.authority + p.published).localeCompare(q.authority + q.published));
      docsSeen.forEach((d) => {
        const tr = el("tr");
        const th = el("th", { scope: "row" }, `${d.authority} ${d.published} `);
        th.append(grade(d.overall));
        tr.append(th);
        top.forEach((theme) => {
          const p = positions.find((x2) => x2.doc_id === d.doc_id && x2.theme_id === theme);
          const where = p ? placed(p) : null;
          const td = el("td", { class: where && where.top ? "pos-top" : "" });
          if (where && where.percentile !== undefined) {
            // from the figure to its quotes: the inspection's cell of this theme above, opened
            const go = el("button", { class: "link position-link", "data-doc": d.doc_id, "data-theme": theme }, where.words);
            go.addEventListener("click", () => {
              detail = { authority: d.authority, doc: d.doc_id, theme: Number(theme) };
              showChanged = false;  // the theme's row is shown whether or not it changed
              drawInspections();
              const target = document.querySelector(`#view-inspections section.inspection-grid[data-authority="${CSS.escape(d.authority)}"] .change-detail`);
              if (target) target.scrollIntoView();
            });
            td.append(go);
          } else if (where) td.append(where.words);
          if (p && where.percentile === null) td.setAttribute("title", `${CF.review.label(Number(theme))}, ${d.authority} ${d.published}: concern share ` +
            `${(100 * Number(p.concern_share)).toFixed(2)}%; not placed among this run's ${nGraded} graded reports (fewer than ${minPlaced})`);
          else if (p && where.percentile !== undefined) td.setAttribute("title", `${CF.review.label(Number(theme))}, ${d.authority} ${d.published}: concern share ` +
            `${(100 * Number(p.concern_share)).toFixed(2)}%; percentile ${Math.round(Number(p.percentile))} among every graded report, ` +
            `${Math.round(Number(p.percentile_framework))} among the ${d.framework || "same framework's"} reports`);
          tr.append(td);
        });
        t.append(tr);
      });
      wrap.append(t);
      section.append(wrap);
    }
    box.append(section);
  }
  // The worst grade's reports against the other graded reports, per theme plotted, in numbers: the mean concern
  // shares, the difference in points with its 95% interval, and the q value over the themes of the grade and scope,
  // read as a result only when q < 0.05 (grade_themes.csv).
  function differenceTable(rows, top, worst, grades) {
    const wrap = el("div", { class: "table-wrap" }), t = el("table", { class: "plain grade-differences" });
    // points to one decimal, or two when one would show a bound just clear of zero as "0.0"
    const pts = (v) => { const x = 100 * Number(v); return x !== 0 && Math.abs(x) < 0.05 ? (x > 0 ? "+" : "−") + Math.abs(x).toFixed(2) : CF.points(Number(v)); };
    const n = rows.filter((r) => r.grade === worst).length;
    const hr = el("tr");
    ["Theme", `${worst} reports: concern share (95% interval)`, "difference from the other graded reports, points (95% interval)",
      `q (over ${n} themes)`, "part of the reports' concerns: difference, points (95% interval)", "reading"].forEach((h) => hr.append(el("th", { scope: "col" }, h)));
    t.append(hr);
    top.forEach((theme) => {
      const r = rows.find((x) => x.theme_id === theme && x.grade === worst);
      if (!r) return;
      const clear = Number(r.difference_low) > 0 || Number(r.difference_high) < 0, q = Number(r.q_value);
      // Reports of a low grade raise more concerns on almost every theme: a share that rises while the theme's part of
      // the concerns does not may be the reports' tone rather than the theme (older runs have no part columns).
      const hasPart = r.part_difference !== undefined && r.part_difference !== "";
      const partClear = hasPart && (Number(r.part_difference_low) > 0 || Number(r.part_difference_high) < 0);
      let reading = q < 0.05 ? "holds after testing every theme" : clear ? "lead, not a result: interval clear of zero, q ≥ 0.05" : "no measurable difference";
      if (clear && hasPart && !partClear) reading += "; its part of the concerns does not differ: may be the reports' tone, not the theme";
      const tr = el("tr", { "data-theme": theme });
      const name = el("button", { class: "link national-theme", "data-theme": theme, title: `The concern findings of the ${worst} reports in this theme` },
        CF.review.label(Number(theme)));
      name.addEventListener("click", () => pickNational(theme, worst));
      const head = el("th", { scope: "row" });
      head.append(name);
      tr.append(head,
        el("td", null, `${CF.pct(Number(r.concern_share))} (${CF.pct(Number(r.concern_share_low))} to ${CF.pct(Number(r.concern_share_high))}), ${r.n_reports} reports`),
        el("td", { class: "difference" }, `${pts(r.difference)} (${pts(r.difference_low)} to ${pts(r.difference_high)})`),
        el("td", null, r.q_value === "" ? "" : q.toFixed(3)),
        el("td", { class: "difference part-difference" }, hasPart ? `${pts(r.part_difference)} (${pts(r.part_difference_low)} to ${pts(r.part_difference_high)})` : ""),
        el("td", { class: q < 0.05 ? "holds" : "muted" }, reading));
      t.append(tr);
    });
    wrap.append(t);
    const box = el("div", { class: "grade-difference-box" });
    box.append(el("h3", null, `The ${worst} reports against the others, in numbers`), el("p", { class: "muted small" },
      "Concern share: the mean over reports of the share of a report's findings that are concerns in the theme. Difference: " +
      `the ${worst} reports' mean minus the mean of the other graded reports (${grades.filter(([g]) => g !== worst).map(([g]) => g).join(", ")}), ` +
      "in percentage points of a report's findings, with a Welch 95% interval over reports. q: the p value adjusted (Benjamini-Hochberg) " +
      "for the themes tested; only q < 0.05 reads as a result. Part of the reports' concerns: the theme's concern findings over all " +
      `the report's concern findings, the ${worst} reports' mean minus the others' (Welch 95%): reports graded lower raise more ` +
      "concerns on almost every theme, so a concern share that rises while this part does not may be the reports' tone, not the theme."), wrap);
    return box;
  }
  Object.assign(CF, { drawInspections });
})();
