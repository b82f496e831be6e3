"use strict";
// Every piece of document text goes in through textContent: nothing from the data is ever parsed as HTML.
(function () {
  const D = JSON.parse(document.getElementById("report-data").textContent);
  const F = D.findings;
  const A = D.authorities;
  let mode = "count";

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    if (attrs) for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function svg(tag, attrs) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  }
  const totals = A.map((_, a) => F.authority.filter((x) => x === a).length);
  const concernTotals = A.map((_, a) => F.authority.filter((x, i) => x === a && F.polarity[i] === "concern").length);
  function value(theme, a) {
    if (mode === "share") return totals[a] ? theme.counts[a] / totals[a] : 0;
    if (mode === "concern") return theme.concern[a];
    return theme.counts[a];
  }
  function fmt(v) { return mode === "share" ? (100 * v).toFixed(1) + "%" : String(v); }
  function colour(t) {  // white to deep blue
    const c = [[247, 251, 255], [198, 219, 239], [107, 174, 214], [33, 113, 181], [8, 48, 107]];
    const x = Math.max(0, Math.min(1, t)) * (c.length - 1), i = Math.min(c.length - 2, Math.floor(x)), f = x - i;
    const rgb = c[i].map((v, k) => Math.round(v + f * (c[i + 1][k] - v)));
    return `rgb(${rgb.join(",")})`;
  }
  // Shared themes first (present in most authorities), then by size.
  const ordered = D.themes.slice().sort((p, q) =>
    (q.counts.filter((c) => c > 0).length - p.counts.filter((c) => c > 0).length) || (q.size - p.size));

  function drawHeatmap() {
    const table = document.getElementById("heat");
    table.replaceChildren();
    const head = el("thead"), hr = el("tr");
    hr.append(el("th", null, "Theme"), el("th", null, "Findings"));
    A.forEach((a, i) => hr.append(el("th", { title: `${totals[i]} findings` }, a)));
    head.append(hr);
    const body = el("tbody");
    let max = 0;
    ordered.forEach((t) => A.forEach((_, a) => { max = Math.max(max, value(t, a)); }));
    ordered.forEach((t) => {
      const tr = el("tr");
      const th = el("th", { class: "theme", title: t.keywords }, t.label);
      if (t.parent) th.append(el("small", null, t.parent));
      tr.append(th, el("td", { class: "n" }, t.size));
      A.forEach((name, a) => {
        const v = value(t, a);
        const td = el("td", { class: "cell", "data-theme": t.id, "data-authority": name,
                             title: `${t.label} · ${name}: ${fmt(v)}` }, fmt(v));
        td.style.background = colour(max ? v / max : 0);
        td.style.color = max && v / max > 0.55 ? "#fff" : "#1d2733";
        if (t.distinct[a] > 0.7 && t.counts[a] >= 3) td.classList.add("distinct");
        td.addEventListener("click", () => showQuotes(t, a, td));
        tr.append(td);
      });
      body.append(tr);
    });
    table.append(head, body);
    const legend = document.getElementById("legend");
    legend.replaceChildren(el("span", null, "0"));
    const bar = el("span", { class: "bar" });
    bar.style.background = `linear-gradient(90deg, ${colour(0)}, ${colour(0.5)}, ${colour(1)})`;
    legend.append(bar, el("span", null, fmt(max)),
      el("span", null, mode === "share" ? "share of the authority's findings" :
        mode === "concern" ? "findings that are concerns" : "findings"));
  }

  function source(i) {
    const doc = D.documents[F.doc[i]] || {};
    const parts = [A[F.authority[i]], doc.title || doc.file, doc.date, F.section[i], F.para[i] ? "para " + F.para[i] : ""];
    return parts.filter(Boolean).join(" · ");
  }

  function showQuotes(theme, a, cell) {
    document.querySelectorAll("td.cell.selected").forEach((c) => c.classList.remove("selected"));
    cell.classList.add("selected");
    const items = [];
    for (let i = 0; i < F.text.length; i++) {
      if (F.theme[i] === theme.id && F.authority[i] === a && (mode !== "concern" || F.polarity[i] === "concern")) items.push(i);
    }
    document.getElementById("quotes-title").textContent = `${theme.label} — ${A[a]} (${items.length})`;
    const list = document.getElementById("quotes-list");
    list.replaceChildren();
    items.forEach((i) => {
      const li = el("li");
      li.append(el("p", { class: "quote" }, F.text[i]));
      const meta = el("div", { class: "source" });
      meta.append(el("span", { class: "tag " + F.polarity[i] }, F.polarity[i]), el("span", { class: "tag" }, F.kind[i]),
        el("span", { class: "tag" }, F.voice[i]), document.createTextNode(source(i)));
      li.append(meta);
      list.append(li);
    });
    document.getElementById("quotes").hidden = false;
  }

  function drawThemes() {
    const box = document.getElementById("theme-cards");
    ordered.forEach((t) => {
      const card = el("div", { class: "card", id: "theme-" + t.id });
      card.append(el("h3", null, t.label));
      card.append(el("div", { class: "meta" },
        `${t.size} findings · ${t.n_authorities} of ${A.length} authorities` + (t.parent ? ` · within “${t.parent}”` : "")));
      card.append(el("div", { class: "kw" }, t.keywords));
      t.exemplars.forEach((q) => card.append(el("blockquote", null, q)));
      box.append(card);
    });
  }

  function drawProfiles() {
    const box = document.getElementById("profile-cards");
    A.forEach((name, a) => {
      const card = el("div", { class: "card" });
      card.append(el("h3", null, name));
      card.append(el("div", { class: "meta" }, `${totals[a]} findings, ${concernTotals[a]} of them concerns`));
      const top = D.themes.slice().sort((p, q) => q.counts[a] - p.counts[a]).slice(0, 5);
      card.append(el("strong", null, "Top themes"));
      const ul = el("ul");
      top.forEach((t) => ul.append(el("li", null, `${t.label} (${t.counts[a]}, ${(100 * t.counts[a] / Math.max(1, totals[a])).toFixed(1)}%)`)));
      card.append(ul);
      const distinct = D.themes.filter((t) => t.counts[a] >= 3 && t.distinct[a] > 0.5)
        .sort((p, q) => q.distinct[a] - p.distinct[a]).slice(0, 5);
      card.append(el("strong", null, "Distinctive themes"));
      const ul2 = el("ul");
      if (!distinct.length) ul2.append(el("li", null, "none stands out"));
      distinct.forEach((t) => ul2.append(el("li", null, `${t.label} (×${Math.exp(t.distinct[a]).toFixed(1)} the others' share)`)));
      card.append(ul2);
      const grades = D.judgements.filter((j) => j.authority === name);
      if (grades.length) {
        card.append(el("strong", null, "Ofsted judgements found"));
        const tbl = el("table");
        grades.forEach((j) => {
          const tr = el("tr");
          tr.append(el("td", null, j.date), el("td", null, j.area), el("td", null, j.grade_text));
          tbl.append(tr);
        });
        card.append(tbl);
      }
      const trend = D.over_time[name];
      if (trend) {
        card.append(el("strong", null, "Change over time (share of findings)"));
        const tbl = el("table"), hr = el("tr");
        hr.append(el("th", null, "Theme"));
        trend.years.forEach((y) => hr.append(el("th", null, y)));
        tbl.append(hr);
        trend.rows.forEach((r) => {
          const tr = el("tr"), theme = D.themes.find((t) => t.id === r.theme);
          tr.append(el("td", null, theme ? theme.label : r.theme));
          r.shares.forEach((s) => tr.append(el("td", null, (100 * s).toFixed(0) + "%")));
          tbl.append(tr);
        });
        card.append(tbl);
      }
      box.append(card);
    });
  }

  function drawMap() {
    const box = document.getElementById("scatter"), tip = document.getElementById("tip");
    if (!D.map.length) { box.replaceWith(el("p", { class: "hint" }, "No vectors in this run folder.")); return; }
    const hue = (t) => `hsl(${(t * 137.5) % 360}, 62%, ${45 + (t % 3) * 7}%)`;
    D.map.forEach(([x, y], i) => {
      const dot = svg("circle", { cx: 20 + x * 960, cy: 540 - y * 520, r: 3, fill: hue(F.theme[i]) });
      dot.addEventListener("mouseenter", (event) => {
        const theme = D.themes.find((t) => t.id === F.theme[i]);
        tip.textContent = `${theme ? theme.label : ""} — ${A[F.authority[i]]}: ${F.text[i]}`;
        tip.hidden = false;
        const rect = box.getBoundingClientRect();
        tip.style.left = Math.min(rect.width - 430, event.clientX - rect.left + 12) + "px";
        tip.style.top = (event.clientY - rect.top + 12) + "px";
      });
      dot.addEventListener("mouseleave", () => { tip.hidden = true; });
      box.append(dot);
    });
  }

  function drawRun() {
    const box = document.getElementById("run-record");
    const R = D.run, S = D.summary;
    const tbl = el("table");
    const rows = [["Corpus", S.corpus], ["Model", S.model], ["Seed", S.seed], ["Built", S.updated],
      ["Parameters", JSON.stringify(R.parameters)],
      ["Time per stage", Object.entries(R.timings).map(([k, v]) => `${k} ${Number(v).toFixed(1)} s`).join(", ")],
      ["Counts", Object.entries(R.counts).map(([k, v]) => `${k} ${v}`).join(", ")],
      ["Versions", Object.entries(R.versions).map(([k, v]) => `${k} ${v}`).join(", ")]];
    rows.forEach(([k, v]) => { const tr = el("tr"); tr.append(el("th", null, k), el("td", null, v)); tbl.append(tr); });
    box.append(tbl);
    box.append(el("h3", null, `Input files (${R.inputs.length})`));
    const inputs = el("table");
    R.inputs.forEach((i) => {
      const tr = el("tr", i.status === "skipped" ? { class: "skipped" } : null);
      tr.append(el("td", null, i.file), el("td", null, i.status), el("td", null, i.reason || ""));
      inputs.append(tr);
    });
    box.append(inputs);
    if (R.notes.length) {
      box.append(el("h3", null, "Notes"));
      const ul = el("ul");
      R.notes.forEach((n) => ul.append(el("li", null, n)));
      box.append(ul);
    }
  }

  document.getElementById("lede").textContent =
    `${D.summary.documents} documents · ${D.summary.findings} findings · ${D.summary.themes} themes · ` +
    `${D.summary.authorities} authorities (${A.join(", ")})`;
  document.querySelectorAll(".controls button").forEach((b) => b.addEventListener("click", () => {
    mode = b.dataset.mode;
    document.querySelectorAll(".controls button").forEach((x) => x.classList.toggle("on", x === b));
    drawHeatmap();
  }));
  document.getElementById("quotes-close").addEventListener("click", () => { document.getElementById("quotes").hidden = true; });
  drawHeatmap();
  drawThemes();
  drawProfiles();
  drawMap();
  drawRun();
})();
