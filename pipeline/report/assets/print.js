// Printing: a table wider than the paper would lose its right-hand columns (the page scrolls them; paper cuts
// them), so each wide table of the view on show prints as blocks of columns, every block repeating the table's
// leading columns (a theme's name, its findings) and saying which columns it holds. The printed view also opens
// with the run it comes from, and its closed parts (a recommendation's responses and evidence) print open. All
// are made just before printing and undone after.
(function () {
  const { D, el, state } = CF;
  // Printable width of A4 or US Letter with the browser's default margins, in CSS pixels (96 per inch).
  const PAPER = 690;
  // The wide tables: selector, leading columns repeated in every block, the widest a leading column prints, the
  // widest any other column prints (print.css wraps their heads to it).
  const WIDE = [["#heat", 2, 220, 96], ["table.positions", 1, 170, 130], ["table.changes", 1, 220, 190],
    ["table.tracker", 1, 220, 420]];
  const made = [];

  function columnWidths(table) {
    const rows = table.tHead ? table.tHead.rows : table.rows;
    const head = rows[rows.length - 1];
    return head ? [...head.cells].map((c) => c.getBoundingClientRect().width) : [];
  }
  // Column blocks: consecutive columns after the leading ones, as many as fit beside them on the paper.
  function blocks(widths, keep, cap, most) {
    widths = widths.map((w, k) => Math.min(w, k < keep ? cap : most));
    const room = PAPER - widths.slice(0, keep).reduce((s, w) => s + w, 0);
    const out = [];
    let block = [], used = 0;
    for (let k = keep; k < widths.length; k++) {
      if (block.length && used + widths[k] > room) { out.push(block); block = []; used = 0; }
      block.push(k);
      used += widths[k];
    }
    if (block.length) out.push(block);
    return out;
  }
  function chunk(table, keep, cap, most) {
    const widths = columnWidths(table);
    if (table.scrollWidth <= PAPER || widths.length <= keep + 1) return;
    const parts = blocks(widths, keep, cap, most);
    if (parts.length < 2) return;
    const holder = el("div", { class: "print-chunks" });
    parts.forEach((cols, n) => {
      const shown = new Set([...Array(keep).keys(), ...cols]);
      const copy = table.cloneNode(true);
      copy.removeAttribute("id");
      if (table.id) copy.classList.add("print-" + table.id);
      [...copy.rows].forEach((row) => {
        if (row.cells.length !== widths.length) return;  // a note row spanning the table
        [...row.cells].forEach((cell, k) => { if (!shown.has(k)) cell.remove(); });
      });
      const first = cols[0] - keep + 1, last = cols[cols.length - 1] - keep + 1;
      holder.append(el("p", { class: "print-part" }, (first === last ? `Column ${first}` : `Columns ${first}–${last}`) +
        ` of ${widths.length - keep} (part ${n + 1} of ${parts.length}; the page shows them side by side)`), copy);
    });
    const at = table.closest(".heat-wrap, .table-wrap") || table;
    at.classList.add("print-original");
    at.after(holder);
    made.push(() => { holder.remove(); at.classList.remove("print-original"); });
  }
  function recordLine() {
    const s = D.summary, view = document.querySelector(`#tabs [data-view="${state.view}"]`);
    const line = el("p", { class: "print-record" },
      `${view ? view.textContent : state.view} view, printed ${new Date().toISOString().slice(0, 10)}, of the run over ` +
      `${String(s.corpus).split("/").pop() || "the corpus"} made ${s.updated || "(time not recorded)"} ` +
      `(model ${s.model || "not recorded"}; ${s.documents} documents, ${s.findings} findings, ${s.themes} themes)` +
      (state.terms && state.terms.length ? `; search: ${state.terms.join(" ")}` : "") +
      ". The Methods view prints the full run record.");
    const views = document.getElementById("views");
    views.prepend(line);
    made.push(() => line.remove());
  }
  function before() {
    after();
    recordLine();
    const view = document.getElementById("view-" + state.view);
    if (!view) return;
    const closed = [...view.querySelectorAll("details:not([open])")];
    closed.forEach((d) => { d.open = true; });
    made.push(() => closed.forEach((d) => { d.open = false; }));
    WIDE.forEach(([selector, keep, cap, most]) => view.querySelectorAll(selector).forEach((t) => chunk(t, keep, cap, most)));
  }
  function after() { while (made.length) made.pop()(); }
  window.addEventListener("beforeprint", before);
  window.addEventListener("afterprint", after);
  CF.print = { before, after, blocks };
})();
