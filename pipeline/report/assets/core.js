"use strict";
// Shared state and helpers of report.html. Every piece of document text goes in through textContent (el, marked):
// nothing from the data is ever parsed as HTML. Each asset file adds its part to the CF namespace.
const CF = (function () {
  const D = JSON.parse(document.getElementById("report-data").textContent);
  const F = D.findings, A = D.authorities, N = F.text.length;

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    if (attrs) for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function svg(tag, attrs) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  }
  // Search terms: "quoted phrases" and single words, lower case; a finding matches when it holds every term.
  function parseQuery(q) {
    const terms = [];
    q.replace(/"([^"]+)"|(\S+)/g, (_, phrase, word) => { const t = (phrase || word).toLowerCase().trim(); if (t) terms.push(t); });
    return terms;
  }
  // `text` as nodes with the search terms wrapped in <mark>, built node by node (never innerHTML).
  function marked(tag, attrs, text) {
    const node = el(tag, attrs);
    const terms = state.terms;
    if (!terms.length || !text) { node.textContent = text || ""; return node; }
    const lower = text.toLowerCase(), hits = [];
    terms.forEach((t) => { for (let i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + t.length)) hits.push([i, i + t.length]); });
    hits.sort((p, q) => p[0] - q[0]);
    let at = 0;
    hits.forEach(([s, e]) => {
      if (s < at) return;
      node.append(document.createTextNode(text.slice(at, s)), el("mark", null, text.slice(s, e)));
      at = e;
    });
    node.append(document.createTextNode(text.slice(at)));
    return node;
  }
  function csvCell(v) {
    const s = v === undefined || v === null ? "" : String(v);
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function csv(columns, rows) {
    return [columns, ...rows].map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
  }
  function download(name, text) {
    const link = el("a", { href: "data:text/csv;charset=utf-8," + encodeURIComponent(text), download: name });
    document.body.append(link);
    link.click();
    link.remove();
  }
  // Broad themes get clearly different colours: a fixed qualitative palette, then evenly spread hues.
  const PALETTE = ["#1f77b4", "#d95f02", "#2ca02c", "#d62728", "#7b4fa6", "#8c564b", "#e377c2", "#6b6b6b",
    "#a6a600", "#17a5b8", "#3b3eac", "#b35806", "#1b9e77", "#e7298a", "#66a61e", "#a6761d"];
  function colourOf(index) {
    return index < PALETTE.length ? PALETTE[index] : `hsl(${(index * 137.5) % 360}, 55%, 45%)`;
  }
  function heat(t) {  // white to deep blue
    const c = [[247, 251, 255], [198, 219, 239], [107, 174, 214], [33, 113, 181], [8, 48, 107]];
    const x = Math.max(0, Math.min(1, t)) * (c.length - 1), i = Math.min(c.length - 2, Math.floor(x)), f = x - i;
    return `rgb(${c[i].map((v, k) => Math.round(v + f * (c[i + 1][k] - v))).join(",")})`;
  }
  function pluralise(n, word) { return `${n.toLocaleString("en-GB")} ${word}${n === 1 ? "" : "s"}`; }

  // Per finding, the document's attributes as small codes, for the filters.
  const docs = D.documents;
  const themeById = new Map(D.themes.map((t) => [t.id, t]));
  const broadById = new Map(D.broad.map((b, i) => [b.id, Object.assign(b, { colour: colourOf(i) })]));
  // A broad theme's label; findings under no broad theme (id -1) are "Other themes", as in the matrix and the map.
  const broadLabel = (id) => { const b = broadById.get(id); return b ? b.label : "Other themes"; };
  const state = {
    q: "", terms: [], mode: "share", sort: "shared", view: "matrix",
    expanded: new Set(), active: new Uint8Array(N), filtered: new Uint8Array(N), nActive: N, cell: null,
  };
  const lower = [];  // lower-case texts, made on the first search
  function lowerText(i) { if (!lower.length) for (let k = 0; k < N; k++) lower.push(F.text[k].toLowerCase()); return lower[i]; }

  function docOf(i) { return docs[F.doc[i]] || {}; }
  function sourceLink(i) {
    const doc = docOf(i), page = F.page.length ? F.page[i] : 0;
    if (!doc.href) return "";
    return doc.pdf && page ? `${doc.href}#page=${page}` : doc.href;
  }
  // The link to a finding's source (i: a finding; or a document given as { doc }): the web address the manifest
  // gives ("source", "source, page 4"), else the file in the run's corpus, linked relative to this page and named
  // as given ("corpus file 003_minutes.txt"); the manifest's words on a source that is no address as its title.
  function sourceAnchor(i, givenDoc) {
    const doc = givenDoc || docOf(i), page = givenDoc ? 0 : (F.page.length ? F.page[i] : 0);
    if (!doc.href) return doc.source_note ? el("span", { class: "source-note" }, doc.source_note) : null;
    const href = doc.pdf && page ? `${doc.href}#page=${page}` : doc.href;
    const words = doc.web ? (doc.pdf && page ? `source, page ${page}` : "source")
      : `corpus file ${doc.file}${doc.pdf && page ? `, page ${page}` : ""}`;
    return el("a", { class: "source-link", href, target: "_blank", rel: "noopener noreferrer",
      title: doc.web ? href : `The file in the run's corpus, linked from this page's folder${doc.source_note ? " (" + doc.source_note + ")" : ""}` }, words);
  }
  // Codebook mode: each finding's further codes as themes (D.findings.more, pipeline/code_rows.py), so the views
  // count a finding under each of its codes, as the matrices do; a finding has its own theme alone otherwise.
  const further = new Map(), NONE = [];
  if (F.more) F.more.at.forEach((at, k) => { if (!further.has(at)) further.set(at, []); further.get(at).push(F.more.theme[k]); });
  const hasMore = further.size > 0;
  function furtherThemes(i) { return further.get(i) || NONE; }
  // The themes a finding counts under: its own, then its further codes', each as the review's merges leave it, once.
  function themesOf(i) {
    const out = [CF.review.themeOf(F.theme[i])], extra = further.get(i);
    if (extra) extra.forEach((t) => { const m = CF.review.themeOf(t); if (!out.includes(m)) out.push(m); });
    return out;
  }
  return { D, F, A, N, el, svg, marked, parseQuery, csv, download, colourOf, heat, pluralise, themeById, broadById,
    broadLabel, state, lowerText, docOf, sourceLink, sourceAnchor, docs, hasMore, furtherThemes, themesOf, on: {} };
})();
