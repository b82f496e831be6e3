// The recommendation tracker (tracker.csv): per authority and inspection report, each recommendation with the
// council's responses (quotes of its later council documents) and the next inspection's verdict on the same matter
// (status, grade and the evidence quotes). A tracker.csv without the tracker's own columns is shown as a table.
(function () {
  const { D, el, marked, state, records, authorityShown } = CF;
  const STATUS_CLASS = { improved: "s-improved", "still a concern": "s-concern", mixed: "s-mixed", "not mentioned": "s-none",
    "no later inspection": "s-none" };
  // tracker.csv's response status when nothing is linked: in the summary line, and in the opened recommendation.
  const NO_RESPONSE_SHORT = { none: "no matching response found",
    "no council documents": "no council documents in the corpus after this report" };
  const NO_RESPONSE = { none: "No matching response found: the authority's council documents dated after the report " +
    "(and before the next inspection) are in the corpus, but none of their findings matched this recommendation. " +
    "That is weak evidence of no response: the tracker misses many responses worded differently.",
    "no council documents": "No council documents in the corpus after this report: the corpus holds none of this " +
    "authority's council documents dated after the report (and before the next inspection), so a response cannot " +
    "be looked for." };
  const notes = () => D.tracker_notes || {};
  // What a response line says of the action on the recommendation (tracker.csv `progress`), as the summary line
  // counts it ("3 responses: 1 done, 1 under way, 1 says delayed or not started") and as the tag beside a quote says.
  const PROGRESS_WORDS = { done: "done", "under way": "under way", planned: "planned",
    "delayed or not started": "says delayed or not started", "none said": "no action said" };
  const PROGRESS_CLASS = { done: "p-done", "under way": "p-under-way", planned: "p-planned",
    "delayed or not started": "p-delayed", "none said": "p-none" };
  function progressTally(rows) {  // "1 done, 1 under way" in the order of PROGRESS_WORDS ("" when no row has one)
    const counts = new Map();
    rows.forEach((r) => { if (PROGRESS_WORDS[r.progress]) counts.set(r.progress, (counts.get(r.progress) || 0) + 1); });
    return Object.keys(PROGRESS_WORDS).filter((p) => counts.has(p)).map((p) => `${counts.get(p)} ${PROGRESS_WORDS[p]}`)
      .join(", ");
  }
  const progressTag = (r) => (PROGRESS_WORDS[r.progress] && r.match !== "restates the inspection" ?
    [`progress: ${r.progress}`, "progress " + PROGRESS_CLASS[r.progress], notes().progress] : null);
  // A grade as the reports word it ("overall effectiveness: Inadequate", "...: requires improvement to be good") in
  // one case, so two reports' grades read alike: each "area: grade" part with its grade in lower case.
  const gradeWords = (text) => String(text || "").split("; ").map((part) => {
    const k = part.lastIndexOf(": ");
    return k < 0 ? part : part.slice(0, k + 2) + part.slice(k + 2).toLowerCase();
  }).join("; ");
  // The polarity the status rule weighs: a recommendation of the next report on the same matter asks for more, so it
  // counts as a concern whatever its wording.
  const weighed = (r) => (r.kind === "recommendation" ? "concern" : r.polarity);
  const scoreTag = (r) => [`match score ${Number(r.similarity).toFixed(2)}`, "score", notes().score];

  function matches(rows) {  // a recommendation is shown when every search term is in it or in one of its rows
    const text = rows.map((r) => Object.values(r).join(" ")).join(" ").toLowerCase();
    return state.terms.every((t) => text.includes(t));
  }
  function groupBy(rows, key) {
    const groups = new Map();
    rows.forEach((r) => { if (!groups.has(r[key])) groups.set(r[key], []); groups.get(r[key]).push(r); });
    return groups;
  }
  function statusOf(rows) {
    const next = rows.find((r) => r.part === "next_inspection");
    return next ? next.status : "";
  }

  const { F } = CF;
  let findingIndex = null;  // finding_id -> position in the page's findings, built on first use
  // Where a quote comes from, as the matrix's quotes say it: its document (a button opening it with the quote
  // marked), type, date, section, paragraph, page and source link; empty when its finding is not in the page.
  function whereFrom(r) {
    findingIndex = findingIndex || new Map(F.id.map((id, i) => [id, i]));
    const i = findingIndex.get(r.finding_id);
    if (i === undefined) return [];
    const doc = CF.docOf(i);
    const open = el("button", { class: "link doc-link", "data-doc": F.doc[i], "data-finding": F.id[i],
      title: "Open the document with its findings marked" }, doc.title || doc.file || "document");
    open.addEventListener("click", () => CF.openDocument(F.doc[i], i));
    const parts = [(doc.type || "").replace(/_/g, " "), doc.when || doc.date, D.vocab.section[F.section[i]],
      F.para[i] ? "para " + F.para[i] : "", F.page.length && F.page[i] ? "p. " + F.page[i] : ""];
    const nodes = [open, document.createTextNode(parts.filter(Boolean).map((p) => " · " + p).join(""))];
    const source = CF.sourceAnchor(i);
    if (source) nodes.push(document.createTextNode(" · "), source);
    return nodes;
  }
  // The finding a finding repeats (findings.csv duplicate_of: a report's summary sentence restated in its body, or a
  // near-duplicate), as a position in the page's findings; undefined when it repeats none.
  let repeatOf = null;
  function earlierOf(id) {
    findingIndex = findingIndex || new Map(F.id.map((fid, i) => [fid, i]));
    repeatOf = repeatOf || new Map((F.uncounted || []).map((i, k) => [i, (F.repeat_of || [])[k]]));
    const earlier = repeatOf.get(findingIndex.get(id));
    return earlier === undefined || earlier < 0 ? undefined : F.id[earlier];
  }
  // Evidence quotes with each repeat shown once: a quote whose finding repeats another quote of the list is folded
  // into that earlier one (listed as restated there), which takes the place of the better ranked of them;
  // tracker.csv keeps both rows and the status counts both.
  function foldRepeats(rows) {
    const byId = new Map(rows.filter((r) => r.finding_id).map((r) => [r.finding_id, r]));
    const groups = new Map();  // the finding shown -> the rows restating it, in the order first met
    rows.forEach((r, k) => {
      let root = r.finding_id || `row ${k}`;
      const seen = new Set([root]);
      for (let up = earlierOf(root); up !== undefined && !seen.has(up); up = earlierOf(up)) {
        seen.add(up);
        if (byId.has(up)) root = up;
      }
      if (!groups.has(root)) groups.set(root, []);
      if (root !== r.finding_id && root !== `row ${k}`) groups.get(root).push(r);
    });
    return [...groups.entries()].map(([root, again]) => [byId.get(root) || rows.find((r, j) => `row ${j}` === root), again]);
  }
  // Where a restatement sits in its document: section and paragraph, else its page or "the same report".
  function placeOf(r) {
    findingIndex = findingIndex || new Map(F.id.map((fid, i) => [fid, i]));
    const i = findingIndex.get(r.finding_id);
    if (i === undefined) return "the same report";
    const parts = [D.vocab.section[F.section[i]], F.para[i] ? "para " + F.para[i] : "",
      F.page.length && F.page[i] ? "p. " + F.page[i] : ""].filter(Boolean);
    return parts.join(", ") || "the same report";
  }
  function quote(r, tags) {
    const li = el("li");
    li.append(marked("p", { class: "quote" }, r.quote));
    const meta = el("div", { class: "source" });
    tags.filter(Boolean).forEach(([text, cls, title]) => meta.append(
      el("span", Object.assign({ class: "tag " + (cls || "") }, title ? { title } : {}), text)));
    const where = whereFrom(r);
    if (where.length) meta.append(...where);
    else if (r.date) meta.append(el("span", { class: "tag" }, [r.date, (r.doc_type || "").replace(/_/g, " ")].filter(Boolean).join(" · ")));
    li.append(meta);
    return li;
  }
  function responses(rows) {
    const box = el("div", { class: "track-part" });
    box.append(el("h5", null, "Council responses"));
    const linked = rows.filter((r) => r.part === "response" && r.status === "linked");
    if (!linked.length) {
      const reason = (rows.find((r) => r.part === "response") || {}).status;
      box.append(el("p", { class: "hint" }, NO_RESPONSE[reason] || "None found."));
      return box;
    }
    const list = el("ol", { class: "quote-list" });
    linked.forEach((r) => list.append(quote(r, [
      MATCH_TAG[r.match] ? [MATCH_TAG[r.match]] : scoreTag(r),
      r.match === "restates the inspection" ? ["restates the inspection, not an answer", "restated", notes().restated] : null,
      progressTag(r), r.kind ? [r.kind] : null])));
    box.append(list);
    return box;
  }
  // A response linked by what the line says of the recommendation, not by its match score (tracker.csv match).
  const MATCH_TAG = { "quote": "quotes it word for word", "under quote": "under its heading",
    "names it by number": "names it by number", "after its number": "follows the line naming it by number" };
  // What the status weighed, in one line: the strengths' and the concerns' parts of the evidence's match scores, and
  // which are listed first (tracker.csv ranks the evidence that decided a one-sided status first).
  function weighedShares(evidence) {
    const sum = (side) => evidence.filter((r) => weighed(r) === side).reduce((t, r) => t + Number(r.similarity || 0), 0);
    const strength = sum("strength"), concern = sum("concern");
    if (strength + concern <= 0) return "";
    const pct = (x) => `${Math.round(100 * x / (strength + concern))}%`;
    const status = evidence[0].status;
    const first = status === "improved" ? "; the strengths are listed first" :
      status === "still a concern" ? "; the concerns are listed first" : "";
    return `Weighed by match score: strengths ${pct(strength)}, concerns ${pct(concern)} (neutral findings do not ` +
      `count)${first}.`;
  }
  function nextInspection(rows, first) {
    const box = el("div", { class: "track-part" });
    const status = statusOf(rows);
    const heading = el("h5", null, first.next_date ? `Next inspection, ${first.next_date}: ` : "Next inspection: ");
    heading.append(el("span", { class: "track-status " + (STATUS_CLASS[status] || "") }, status || "not assessed"));
    box.append(heading);
    if (first.next_grade) box.append(el("p", { class: "muted next-grade" }, gradeWords(first.next_grade)));
    // A status row's reason (tracker.csv `match` on a row without a quote): a recommendation to the Board, when the
    // next report's framework reviews no Board, is "not mentioned" whatever lines on other matters it has.
    const reason = rows.find((r) => r.part === "next_inspection" && !r.quote && r.match);
    if (reason) box.append(el("p", { class: "muted next-reason" }, reason.match === "next framework does not review the Board"
      ? "A recommendation to the Local Safeguarding Children Board: the next inspection's framework does not review the " +
        "Board (Boards gave way to safeguarding partnerships in 2019), so the next report cannot say how it went."
      : reason.match));
    const evidence = rows.filter((r) => r.part === "next_inspection" && r.quote);
    const share = weighedShares(evidence);
    if (share) box.append(el("p", { class: "muted next-weights" }, share));
    if (evidence.length) {
      // tracker.csv lists the side that decided a one-sided status first; what follows it was weighed against it
      // (or is neutral), under a line that says so, numbered on.
      const side = { improved: "strength", "still a concern": "concern" }[status];
      let list = el("ol", { class: "quote-list" }), shown = 0, turned = false;
      foldRepeats(evidence).forEach(([r, again]) => {
        const p = weighed(r);
        if (side && !turned && shown && p !== side) {
          box.append(list);
          box.append(el("p", { class: "muted next-against" }, side === "strength" ?
            "Weighed against it (concerns) or neutral:" : "Weighed against it (strengths) or neutral:"));
          list = el("ol", { class: "quote-list", start: String(shown + 1) });
          turned = true;
        }
        const li = quote(r, [[p, p, p !== r.polarity ? "A recommendation of the next report: it asks for more, so the " +
          "status counts it as a concern" : ""], scoreTag(r)]);
        if (again.length) {
          li.append(el("p", { class: "muted restated", title: "The report says this again in other words (findings.csv " +
            "duplicate_of); shown once here, as the matrix counts it once. tracker.csv keeps both rows." },
            "Also restated in " + again.map(placeOf).join("; ") + "."));
        }
        list.append(li);
        shown += 1;
      });
      box.append(list);
    }
    return box;
  }
  function recommendation(rows) {
    const first = rows[0], status = statusOf(rows);
    const linkedRows = rows.filter((r) => r.part === "response" && r.status === "linked");
    // lines that only restate the inspection are shown with the responses but not counted as answers
    const nRestated = linkedRows.filter((r) => r.match === "restates the inspection").length;
    const nLinked = linkedRows.length - nRestated;
    const reason = (rows.find((r) => r.part === "response") || {}).status;
    const progress = progressTally(linkedRows.filter((r) => r.match !== "restates the inspection"));
    const answered = nLinked ? CF.pluralise(nLinked, "response") + (progress ? `: ${progress}` : "") :
      nRestated ? "no answer found" : NO_RESPONSE_SHORT[reason] || "no response found";
    const item = el("details", { class: "track-rec" });
    const summary = el("summary");
    summary.append(el("span", { class: "track-status " + (STATUS_CLASS[status] || "") }, status || "not assessed"),
      marked("span", { class: "track-text" }, first.recommendation),
      el("span", { class: "muted track-count" }, ` · ${answered}${nRestated ? ` (and ${CF.pluralise(nRestated, "line")} restating the inspection)` : ""}`));
    item.append(summary);
    const body = el("div", { class: "track-body" });
    const asked = first.rec_finding_id ? whereFrom({ finding_id: first.rec_finding_id }) : [];
    if (asked.length) {  // where the report asks it (recommendations.csv), to quote and cite it
      const where = el("p", { class: "muted rec-source" }, "Asked in ");
      where.append(...asked);
      if (first.rec_timescale) where.append(document.createTextNode(` · timescale: ${first.rec_timescale}`));
      body.append(where);
    }
    body.append(responses(rows), nextInspection(rows, first));
    item.append(body);
    return item;
  }
  function tally(recs) {
    const counts = new Map();
    recs.forEach((rows) => { const s = statusOf(rows) || "not assessed"; counts.set(s, (counts.get(s) || 0) + 1); });
    return [...counts.entries()].map(([s, n]) => `${s} ${n}`).join(", ");
  }

  function drawTracker() {
    const box = document.getElementById("view-tracker"), table = D.tables.tracker;
    box.replaceChildren(el("h2", null, "Recommendation tracker"));
    if (!["rec_id", "part", "status", "quote"].every((c) => table.columns.includes(c))) { CF.drawTable(box, table); return; }
    box.append(el("p", { class: "hint" }, "What each inspection report asked for, what the council's later documents said about it " +
      "(responses ranked by similarity; a council document quoting the recommendation is recognised as such) and what the " +
      "next inspection found on the same matter (its status from the polarity of the evidence quotes). Open a " +
      "recommendation for its quotes. The authority filter and the search apply. Links are found by similarity: read the quotes."));
    [notes().status, notes().absence, notes().progress, notes().score].filter(Boolean).forEach((text) =>
      box.append(el("p", { class: "hint track-note" }, text)));
    const byAuthority = groupBy(records(table, "").filter((r) => authorityShown(r.authority)), "authority");
    let shown = 0;
    byAuthority.forEach((rows, authority) => {
      const reports = [...groupBy(rows, "report_file").values()]  // oldest report first, as a reader follows it
        .sort((a, b) => String(a[0].report_date).localeCompare(String(b[0].report_date)));
      const section = el("section", { class: "track-authority" });
      section.append(el("h3", null, authority));
      reports.forEach((reportRows) => {
        const recs = [...groupBy(reportRows, "rec_id").values()].filter(matches);
        if (!recs.length) return;
        const first = reportRows[0];
        section.append(el("h4", null, `Report of ${first.report_date}${first.report_grade ? " · " + gradeWords(first.report_grade) : ""}`),
          el("p", { class: "muted" }, `${CF.pluralise(recs.length, "recommendation")}; next inspection: ${tally(recs)}`));
        recs.forEach((r) => section.append(recommendation(r)));
        shown += recs.length;
      });
      if (section.childElementCount > 1) box.append(section);
    });
    if (!shown) box.append(el("p", { class: "hint" }, "No recommendation matches the search and the authority filter."));
  }

  Object.assign(CF, { drawTracker });
})();
