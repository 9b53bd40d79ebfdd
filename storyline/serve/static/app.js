// storyline pages: event details, the actor network, highlight toggles, API docs.
// Data is only ever put into the page with textContent/setAttribute, never innerHTML:
// every string here may come from an untrusted article.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";

function svgEl(name, attrs) {
  const el = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attrs || {})) el.setAttribute(key, String(value));
  return el;
}

function el(name, text, className) {
  const node = document.createElement(name);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

// ---- story page: clicking an event shows its sources ---------------------------------

function showEvent(index) {
  const details = document.getElementById("event-details");
  if (!details) return;
  for (const div of details.querySelectorAll(".event-detail")) div.hidden = true;
  const hint = details.querySelector(".hint");
  if (hint) hint.hidden = true;
  for (const node of document.querySelectorAll(".tl-event.selected, .event-button.selected")) {
    node.classList.remove("selected");
  }
  for (const node of document.querySelectorAll('[data-index="' + Number(index) + '"]')) {
    node.classList.add("selected");
  }
  const chosen = document.getElementById("event-" + Number(index));
  if (chosen) {
    chosen.hidden = false;
    chosen.scrollIntoView({ block: "nearest" });
  }
}

function wireEvents() {
  for (const node of document.querySelectorAll(".tl-event, .event-button")) {
    node.addEventListener("click", () => showEvent(node.dataset.index));
    node.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") {
        ev.preventDefault();
        showEvent(node.dataset.index);
      }
    });
  }
}

// ---- story page: who met whom -----------------------------------------------------------

function circularLayout(nodes, width, height) {
  // busiest actors first, so the most connected sit at the top of the circle
  const order = nodes.slice().sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
  const cx = width / 2, cy = height / 2;
  const radius = Math.min(width, height) / 2 - 70;
  const pos = {};
  order.forEach((node, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(order.length, 1);
    pos[node.id] = order.length === 1 ? { x: cx, y: cy }
      : { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) };
  });
  return pos;
}

function forceLayout(nodes, edges, width, height) {
  // Fruchterman-Reingold from the circle: linked actors pull together, all push apart.
  // Deterministic (no randomness), so the same story always draws the same picture.
  const pos = circularLayout(nodes, width, height);
  if (nodes.length < 3) return pos;
  const margin = 60;
  const k = Math.sqrt(((width - 2 * margin) * (height - 2 * margin)) / nodes.length) * 0.6;
  let heat = width / 8;
  for (let step = 0; step < 300; step++) {
    const move = {};
    for (const a of nodes) move[a.id] = { x: 0, y: 0 };
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = pos[nodes[i].id], b = pos[nodes[j].id];
        let dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const push = (k * k) / d;
        dx = (dx / d) * push; dy = (dy / d) * push;
        move[nodes[i].id].x += dx; move[nodes[i].id].y += dy;
        move[nodes[j].id].x -= dx; move[nodes[j].id].y -= dy;
      }
    }
    for (const e of edges) {
      const a = pos[e.source], b = pos[e.target];
      const dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.max(Math.hypot(dx, dy), 0.01);
      const pull = (d * d) / k;
      move[e.source].x -= (dx / d) * pull; move[e.source].y -= (dy / d) * pull;
      move[e.target].x += (dx / d) * pull; move[e.target].y += (dy / d) * pull;
    }
    for (const n of nodes) {
      const m = move[n.id], p = pos[n.id];
      // a little gravity keeps unlinked actors from drifting to the walls
      m.x += (width / 2 - p.x) * 0.3; m.y += (height / 2 - p.y) * 0.3;
      const len = Math.max(Math.hypot(m.x, m.y), 0.01);
      p.x = Math.min(width - margin, Math.max(margin, p.x + (m.x / len) * Math.min(len, heat)));
      p.y = Math.min(height - 30, Math.max(40, p.y + (m.y / len) * Math.min(len, heat)));
    }
    heat *= 0.98;
  }
  return pos;
}

function drawNetwork(svg, bundle) {
  const net = bundle.network || { nodes: [], edges: [] };
  const width = Number(svg.getAttribute("width")), height = Number(svg.getAttribute("height"));
  const pos = forceLayout(net.nodes, net.edges, width, height);
  const ids = {};
  for (const ent of bundle.entities || []) ids[ent.name] = ent.id;
  for (const edge of net.edges) {
    const a = pos[edge.source], b = pos[edge.target];
    const line = svgEl("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "net-edge",
      "stroke-width": Math.min(1 + edge.weight * 1.5, 9) });
    const title = svgEl("title");
    title.textContent = edge.weight + " shared event(s): " + edge.types.join(", ");
    line.appendChild(title);
    svg.appendChild(line);
  }
  for (const node of net.nodes) {
    const p = pos[node.id];
    const group = svgEl("g", { class: "net-node" });
    let holder = group;
    if (ids[node.name]) {
      holder = svgEl("a", { href: "/entities/" + encodeURIComponent(ids[node.name]) });
      group.appendChild(holder);
    }
    holder.appendChild(svgEl("circle", { cx: p.x, cy: p.y, r: 6 + Math.sqrt(node.events) * 3 }));
    const label = svgEl("text", { x: p.x, y: p.y - 12 - Math.sqrt(node.events) * 3, "text-anchor": "middle" });
    label.textContent = node.name + (node.code ? " (" + node.code + ")" : "");
    holder.appendChild(label);
    svg.appendChild(group);
  }
}

function loadNetwork() {
  const svg = document.getElementById("network");
  const story = document.getElementById("story");
  if (!svg || !story) return;
  fetch("/api/stories/" + encodeURIComponent(story.dataset.storyId))
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error("HTTP " + r.status))))
    .then((bundle) => drawNetwork(svg, bundle))
    .catch((err) => svg.replaceWith(el("p", "Network unavailable: " + err.message, "empty")));
}

// ---- article page: switch highlight layers on and off -----------------------------------

function wireLayers() {
  const text = document.getElementById("article-text");
  const box = document.getElementById("layers");
  if (!text || !box) return;
  for (const input of box.querySelectorAll("input[data-kind]")) {
    input.addEventListener("change", () => text.classList.toggle("hide-k-" + input.dataset.kind, !input.checked));
  }
}

// ---- /docs: the API reference, read from /openapi.json ----------------------------------

function renderDocs(holder, spec) {
  holder.textContent = "";
  for (const [path, methods] of Object.entries(spec.paths || {})) {
    for (const [method, op] of Object.entries(methods)) {
      const box = el("div", null, "endpoint");
      const head = el("h3");
      head.appendChild(el("span", method.toUpperCase(), "method m-" + method));
      head.appendChild(document.createTextNode(" " + path));
      box.appendChild(head);
      if (op.summary) box.appendChild(el("p", op.summary));
      const params = op.parameters || [];
      if (params.length) {
        const list = el("ul", null, "params");
        for (const p of params) {
          const type = (p.schema && (p.schema.type || (p.schema.anyOf || []).map((s) => s.type).join("|"))) || "";
          list.appendChild(el("li", p.name + " (" + p.in + (p.required ? ", required" : "") + ") " + type));
        }
        box.appendChild(list);
      }
      if (op.security) box.appendChild(el("p", "Needs Authorization: Bearer <token>", "meta"));
      holder.appendChild(box);
    }
  }
}

function loadDocs() {
  const holder = document.getElementById("api-docs");
  if (!holder) return;
  fetch(holder.dataset.openapi)
    .then((r) => r.json())
    .then((spec) => renderDocs(holder, spec))
    .catch((err) => { holder.textContent = "Could not load the API description: " + err.message; });
}

document.addEventListener("DOMContentLoaded", () => {
  wireEvents();
  loadNetwork();
  wireLayers();
  loadDocs();
});
