// Two authorities side by side (comparison_pairs.csv of the headline view, pipeline/pairs.py): for the pair chosen,
// the themes that differ, the leads (95% interval clear of zero, not called after the correction) and the largest
// differences besides, each with both authorities' shares, the interval and the documents behind it. Broad themes
// first (comparison_pairs_broad.csv: fewer, readable themes and fewer tests to correct for), themes on request.
(function () {
  const { D, el } = CF;
  let chosen = null;  // [authority, other] as in the file (alphabetical); the reader's order is kept apart
  let flipped = false;
  let every = false;  // "show every theme": all the pair's themes, not only those that differ, lead or differ most
  let level = null;  // "broad" or "theme": broad themes first when the run has their pairs
  const CALL_WORDS = { differs: "differs", lead: "lead, not a result", "": "" };

  const source = () => (level === "broad" ? D.pairs_broad : D.pairs) || { pairs: [] };
  const labelOf = (id) => (level === "broad" ? CF.broadLabel(id) : CF.review.label(id));
  function pairOf(a, b) {
    return (source().pairs || []).find((p) => (p.authority === a && p.other === b) || (p.authority === b && p.other === a));
  }
  function drawPairs(box) {
    const section = el("section", { class: "pairs", id: "pairs" });
    section.append(el("h3", null, "Two authorities side by side"));
    const broadPairs = (D.pairs_broad && D.pairs_broad.pairs) || [];
    if (!level) level = broadPairs.length ? "broad" : "theme";
    const pairs = source().pairs || [];
    if (broadPairs.length) {
      const levels = el("div", { class: "pair-level", role: "radiogroup", "aria-label": "Compare on" });
      levels.append(el("span", null, "Compare on: "));
      [["broad", "broad themes"], ["theme", "themes"]].forEach(([value, words]) => {
        const input = el("input", { type: "radio", name: "pair-level", id: `pair-level-${value}`, value });
        input.checked = level === value;
        input.addEventListener("change", () => { level = value; every = false; CF.drawAuthorities(); });
        levels.append(input, el("label", { for: `pair-level-${value}` }, ` ${words} `));
      });
      section.append(levels);
    }
    const noun = level === "broad" ? "broad theme" : "theme";
    section.append(el("p", { class: "muted small" }, `From ${source().file || "comparison_pairs.csv"}: inspectorate findings of ` +
      "inspection reports, each report weighing the same (the mean of its findings' shares), with 95% intervals that take " +
      "the reports, not the findings, as the sampling unit. \"Differs\" when the difference holds after a correction over " +
      `every pair and ${noun} tested and at least two reports raise it; a lead's interval lies clear of zero but ` +
      "is not called. This table does not follow the filters."));
    if (!pairs.length) {
      section.append(el("p", { class: "pairs-none" }, "No two authorities have two or more inspection reports each in this run, " +
        "so no pair can be compared with reports as the sampling unit."));
      box.append(section);
      return;
    }
    const names = [...new Set(pairs.flatMap((p) => [p.authority, p.other]))].sort();
    if (!chosen || !pairOf(...chosen)) { chosen = [pairs[0].authority, pairs[0].other]; flipped = false; }
    const [left, right] = flipped ? [chosen[1], chosen[0]] : chosen;
    const pick = (id, value) => {
      const s = el("select", { id });
      names.forEach((n) => { const o = el("option", { value: n }, n); if (n === value) o.selected = true; s.append(o); });
      return s;
    };
    const a = pick("pair-a", left), b = pick("pair-b", right);
    const change = (event) => {
      // one authority chosen on both sides: the other side takes the one it replaced (the pair turned round)
      if (a.value === b.value) (event.target === a ? b : a).value = event.target === a ? left : right;
      const p = pairOf(a.value, b.value);
      if (!p) return;
      chosen = [p.authority, p.other];
      flipped = p.authority !== a.value;
      CF.drawAuthorities();
    };
    a.addEventListener("change", change);
    b.addEventListener("change", change);
    section.append(el("label", null, "Compare "), a, el("label", null, " with "), b);
    const pair = pairOf(left, right);
    if (source().every && pair.rows.some((r) => r[8] === 0)) {
      const box = el("input", { type: "checkbox", id: "pair-every" });
      box.checked = every;
      box.addEventListener("change", () => { every = box.checked; CF.drawAuthorities(); });
      section.append(el("label", { class: "pair-every" }, " "), box, el("label", { for: "pair-every" }, ` show every ${noun} (${pair.rows.length})`));
    }
    // Reports of different frameworks or years grade and write differently: a difference may be the framework's.
    const spans = (name) => {
      const reports = D.documents.filter((d) => d.authority === name && d.type === "inspection_report");
      const years = reports.map((d) => String(d.date).slice(0, 4)).filter(Boolean).sort();
      return { frameworks: [...new Set(reports.map((d) => d.framework || "framework not read"))].sort(),
               years: years.length ? `${years[0]}-${years[years.length - 1]}` : "" };
    };
    const one = spans(left), two = spans(right);
    if (one.frameworks.join() !== two.frameworks.join()) {
      section.append(el("p", { class: "pairs-frameworks warn" }, `Compare with care: ${left}'s reports (${one.years}) are ` +
        `${one.frameworks.join(", ")}, ${right}'s (${two.years}) ${two.frameworks.join(", ")}; the frameworks ask different ` +
        "questions and grade different areas, so part of a difference may be the framework's, not the council's."));
    }
    const sign = pair.authority === left ? 1 : -1;
    const rows = pair.rows.filter((r) => every || r[8] !== 0).map((r) => ({ theme: r[0], mine: sign > 0 ? r[1] : r[2], theirs: sign > 0 ? r[2] : r[1],
      difference: r[3] === null ? null : sign * r[3], low: r[4] === null ? null : (sign > 0 ? r[4] : -r[5]),
      high: r[5] === null ? null : (sign > 0 ? r[5] : -r[4]), call: r[6], evidence: sign > 0 ? r[7] : r[7].split(" against ").reverse().join(" against ") }));
    const differing = rows.filter((r) => r.call === "differs").length;
    section.append(el("p", { class: "pairs-summary" }, differing
      ? `${differing} ${noun}${differing === 1 ? "" : "s"} differ between ${left} and ${right}.`
      : `No ${noun} differs between ${left} and ${right} once every pair and ${noun} tested is allowed for; ` +
        "leads and the largest differences are listed to read, not to cite."));
    const wrap = el("div", { class: "table-wrap" }), table = el("table", { class: "plain pair-table" }), hr = el("tr");
    [level === "broad" ? "Broad theme" : "Theme", left, right, "Difference (points, 95% interval)", "Reports raising it", ""].forEach((h) => hr.append(el("th", { scope: "col" }, h)));
    table.append(hr);
    const pts = (v) => (v === null ? "" : CF.points(v));
    rows.forEach((r) => {
      const tr = el("tr", { "data-theme": r.theme, class: r.call ? "call-" + r.call : null });
      tr.append(el("td", null, labelOf(r.theme)), el("td", { class: "share" }, CF.pct(r.mine)),
        el("td", { class: "share" }, CF.pct(r.theirs)),
        el("td", null, r.low === null ? `${pts(r.difference)} (no interval)` : `${pts(r.difference)} (${pts(r.low)} to ${pts(r.high)})`),
        el("td", { class: "muted" }, r.evidence), el("td", null, CALL_WORDS[r.call] || ""));
      table.append(tr);
    });
    wrap.append(table);
    section.append(wrap);
    box.append(section);
  }
  Object.assign(CF, { drawPairs });
})();
