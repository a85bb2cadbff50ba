// lexgraph explorer: what JavaScript adds to pages that work without it.
// Suggestions as one types, tables sorted in place, the charts and the
// graphs. Charts and graphs are drawn from the API's JSON (each element's
// data-api), so that what a page shows is what the API says.
"use strict";

// nodeURL gives a node's page, as the server's nodeURL does.
function nodeURL(node) {
  const i = node.indexOf("/");
  if (i < 0) return "";
  const type = node.slice(0, i), rest = node.slice(i + 1);
  const pages = { deputy: "/depute/", ministry: "/ministere/", instrument: "/instrument/", question: "/question/" };
  if (pages[type]) return pages[type] + rest;
  return "/graphe?noeud=" + encodeURIComponent(node);
}

const typeNames = { deputy: "député", group: "groupe", ministry: "ministère", rubrique: "rubrique",
  circonscription: "circonscription", instrument: "instrument", question: "question" };

async function getJSON(url, options) {
  const r = await fetch(url, Object.assign({ headers: { Accept: "application/json" } }, options || {}));
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

// ---- suggestions ----

function suggest(input) {
  const list = document.getElementById("suggestions");
  let timer = null, seq = 0;
  const hide = () => { list.hidden = true; list.replaceChildren(); };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const name = input.value.trim();
    if (name.length < 2) { hide(); return; }
    timer = setTimeout(async () => {
      const mine = ++seq;
      let rows;
      try { rows = await getJSON(input.dataset.suggest + "?" + new URLSearchParams({ name, limit: 8 })); }
      catch (e) { hide(); return; }
      if (mine !== seq) return; // a newer request is on its way
      list.replaceChildren(...rows.map(row => {
        const li = document.createElement("li"), a = document.createElement("a");
        a.href = nodeURL(row.node);
        a.textContent = row.label;
        const t = document.createElement("span");
        t.className = "type";
        t.textContent = typeNames[row.type] || row.type;
        a.append(t);
        li.append(a);
        return li;
      }));
      list.hidden = rows.length === 0;
    }, 120);
  });
  input.addEventListener("keydown", e => {
    const links = [...list.querySelectorAll("a")];
    if (e.key === "ArrowDown" && links.length) { e.preventDefault(); links[0].focus(); }
    if (e.key === "Escape") hide();
  });
  list.addEventListener("keydown", e => {
    const links = [...list.querySelectorAll("a")], i = links.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && i < links.length - 1) { e.preventDefault(); links[i + 1].focus(); }
    if (e.key === "ArrowUp") { e.preventDefault(); (i > 0 ? links[i - 1] : input).focus(); }
    if (e.key === "Escape") { hide(); input.focus(); }
  });
  document.addEventListener("click", e => { if (!list.contains(e.target) && e.target !== input) hide(); });
}

// ---- tables sorted in place (the headers' links sort on the server too) ----

function sortable(table) {
  table.querySelectorAll("th a[data-key]").forEach((a, col) => {
    a.addEventListener("click", e => {
      e.preventDefault();
      const th = a.parentElement, numeric = th.classList.contains("num");
      const desc = th.getAttribute("aria-sort") === "ascending";
      table.querySelectorAll("th").forEach(h => h.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", desc ? "descending" : "ascending");
      const body = table.tBodies[0], rows = [...body.rows];
      const key = r => r.cells[col].dataset.sort;
      rows.sort((x, y) => {
        const a = key(x), b = key(y);
        const c = numeric ? (parseFloat(a) || 0) - (parseFloat(b) || 0) : a.localeCompare(b, "fr");
        return desc ? -c : c;
      });
      body.append(...rows);
      history.replaceState(null, "", a.href);
    });
  });
}

// ---- charts ----

async function chart(canvas) {
  const data = await getJSON(canvas.dataset.api);
  let labels, values, label;
  if (canvas.dataset.chart === "years") {
    const years = (data.years || []).filter(y => y.year).sort((a, b) => a.year.localeCompare(b.year));
    labels = years.map(y => y.year);
    values = years.map(y => y.questions);
    label = "Questions qui le citent";
  } else {
    const bins = data.delay_histogram || [];
    labels = bins.map(b => b.to_days < 0 ? b.from_days + " j et plus" : b.from_days + "–" + b.to_days + " j");
    values = bins.map(b => b.questions);
    label = "Réponses";
  }
  canvas.dataset.points = values.length;
  new Chart(canvas, {
    type: "bar",
    data: { labels, datasets: [{ label, data: values, backgroundColor: "#0b5cad" }] },
    options: { maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
}

// ---- graphs ----

const typeColours = { deputy: "#c0392b", group: "#8e44ad", ministry: "#16a085", rubrique: "#7f8c8d",
  circonscription: "#d35400", instrument: "#0b5cad", question: "#95a5a6" };

function typeOf(node) { return node.slice(0, node.indexOf("/")); }

async function graph(fig) {
  const data = await getJSON(fig.dataset.api);
  const elements = [];
  let layout;
  if (fig.dataset.graph === "path") {
    const nodes = [];
    data.forEach((s, i) => {
      if (i === 0) nodes.push({ id: s.from_node, label: s.from });
      nodes.push({ id: s.to_node, label: s.to });
      // "← asked_by": the stored link points from the step's end to its start
      const back = s.link.startsWith("←");
      elements.push({ data: { id: "e" + i, source: back ? s.to_node : s.from_node, target: back ? s.from_node : s.to_node,
        label: s.link.replace(/[←→ ]/g, "") } });
    });
    nodes.forEach((n, i) => elements.unshift({ data: { id: n.id, label: n.label, type: typeOf(n.id) }, position: { x: i * 200, y: (i % 2) * 80 } }));
    layout = { name: "preset", fit: true, padding: 40 };
  } else {
    data.nodes.forEach(n => elements.push({ data: { id: n.node, label: n.label + (n.hidden ? " (+" + n.hidden + ")" : ""), type: typeOf(n.node) } }));
    data.edges.forEach((e, i) => elements.push({ data: { id: "e" + i, source: e.from, target: e.to, label: e.link } }));
    layout = { name: "cose", animate: false, nodeRepulsion: 9000, idealEdgeLength: 90, padding: 20 };
  }
  const cy = cytoscape({
    container: fig, elements, layout, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 1.5,
    style: [
      { selector: "node", style: { "background-color": n => typeColours[n.data("type")] || "#555", label: "data(label)",
        "font-size": 10, "text-wrap": "ellipsis", "text-max-width": 140, width: 18, height: 18 } },
      { selector: "edge", style: { width: 1.2, "line-color": "#b8c2cc", "target-arrow-color": "#b8c2cc",
        "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(label)", "font-size": 8, color: "#8895a2" } },
    ],
  });
  cy.on("tap", "node", e => { location.href = nodeURL(e.target.id()); });
  cy.on("dbltap", "node", e => { location.href = "/graphe?noeud=" + encodeURIComponent(e.target.id()); });
  fig.dataset.nodes = cy.nodes().length;
  fig.dataset.edges = cy.edges().length;
}

// ---- console ----

function consoleForm(form) {
  form.addEventListener("submit", async e => {
    e.preventDefault();
    const lang = form.elements.lang.value, q = form.elements.q.value;
    const out = document.getElementById("result"), section = out.parentElement;
    section.querySelectorAll(".error, .note").forEach(n => n.remove());
    out.textContent = "…";
    const start = performance.now();
    try {
      const body = await getJSON("/api/v1/" + lang, { method: "POST", body: q, headers: { Accept: "application/json", "Content-Type": "text/plain" } });
      out.textContent = JSON.stringify(body, null, 2);
      const note = document.createElement("p");
      note.className = "note";
      note.textContent = body.result.length + " résultat(s) en " + Math.round(performance.now() - start) + " ms.";
      section.prepend(note);
    } catch (err) {
      out.textContent = "";
      const p = document.createElement("p");
      p.className = "error";
      p.textContent = err.message;
      section.prepend(p);
    }
    history.replaceState(null, "", "/console?" + new URLSearchParams({ lang, q }));
  });
}

function report(el, err) {
  const p = document.createElement("p");
  p.className = "error";
  p.textContent = "Dessin impossible : " + err.message;
  el.replaceWith(p);
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("input[data-suggest]").forEach(suggest);
  document.querySelectorAll("table[data-sortable]").forEach(sortable);
  document.querySelectorAll("canvas[data-chart]").forEach(c => chart(c).catch(err => report(c.parentElement, err)));
  document.querySelectorAll("figure[data-graph]").forEach(f => graph(f).catch(err => report(f, err)));
  document.querySelectorAll("form[data-console]").forEach(consoleForm);
  document.body.dataset.ready = "true";
});
