// Tabs, one refresh for every change (search, filter, review), and start-up. Only the view on show is drawn; the
// others are drawn when opened, so a large run becomes usable as soon as the matrix is drawn.
(function () {
  const { D, A, el, state } = CF;
  const VIEWS = [["matrix", "Matrix", () => CF.drawMatrix()], ["findings", "Findings", () => CF.drawFindings()],
    ["documents", "Documents", () => CF.drawDocuments()], ["authorities", "Authorities", () => CF.drawAuthorities()],
    ["inspections", "Inspections", () => CF.drawInspections(), () => !!D.tables.inspections],
    ["tracker", "Tracker", () => CF.drawTracker(), () => !!D.tables.tracker],
    ["map", "Map", () => CF.drawMap()], ["review", "Review", () => CF.review.drawReview()],
    ["methods", "Methods", () => CF.drawMethods()]].filter((v) => !v[3] || v[3]());
  const tabs = document.getElementById("tabs");
  const drawn = new Set();
  function show(name) {
    state.view = name;
    VIEWS.forEach(([key]) => {
      const on = key === name;
      document.getElementById("view-" + key).hidden = !on;
      const tab = tabs.querySelector(`[data-view="${key}"]`);
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
    });
    if (name !== "matrix") CF.closeQuotes();
    VIEWS.find(([key]) => key === name)[2]();
    drawn.add(name);
  }
  VIEWS.forEach(([key, title], k) => {
    const tab = el("button", { role: "tab", "data-view": key, id: "tab-" + key, "aria-controls": "view-" + key }, title);
    tab.addEventListener("click", () => show(key));
    tab.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      const next = VIEWS[(k + step + VIEWS.length) % VIEWS.length][0];
      show(next);
      tabs.querySelector(`[data-view="${next}"]`).focus();
    });
    tabs.append(tab);
  });
  function refresh() {
    CF.recompute();
    CF.updateCounts();
    state.compared = CF.matching();
    CF.drawSwitch();
    VIEWS.find(([key]) => key === state.view)[2]();
    if (state.cell) CF.drawQuotes();
  }
  CF.show = show;
  CF.refresh = refresh;

  document.getElementById("lede").textContent =
    `${D.summary.documents} documents · ${D.summary.findings} findings · ${D.summary.themes} themes` +
    (D.broad.length ? ` in ${D.broad.length} broad themes · ` : " · ") +
    `${D.summary.authorities} authorities` + (A.length <= 6 ? ` (${A.join(", ")})` : "");
  // The themes stage's warnings (run.json theme_warnings): a run whose themes say little is told on the page too.
  const warned = D.summary.warnings || [];
  if (warned.length) {
    const box = el("div", { class: "run-warnings", role: "note" });
    warned.forEach((text) => box.append(el("p", {}, "Warning: " + text)));
    document.getElementById("layout").before(box);  // under the header, not in it: it scrolls away
  }
  // Side panels stick just below the header, whose height depends on the window's width.
  function measure() { document.documentElement.style.setProperty("--head", document.querySelector("header.top").offsetHeight + "px"); }
  window.addEventListener("resize", measure);
  measure();
  // The page opens on the headline view: its filters preset (applyView draws the filters and the matrix).
  state.compared = null;
  CF.recompute();
  CF.drawFilters();
  if (CF.views.length) { state.view = "matrix"; CF.applyView(CF.views[0].key); }
  show("matrix");
  // For tests and the benchmark: the page is interactive.
  window.__report = { ready: true, readyAt: performance.now(), labelsCsv: CF.review.labelsCsv, reviewedCsv: CF.review.reviewedCsv };
  document.body.setAttribute("data-ready", "1");
})();
