// geowire's map: events from /api/v1/events on an offline Natural Earth
// basemap, clustered; a histogram with a date slider; filters; a list;
// and, for the event clicked, its fields, each highlighting its evidence
// in the article text, the claims with their verdicts and the sources of
// its cluster.
//
// Every text that comes from an article reaches the page through
// textContent or createTextNode, never through innerHTML.
import './app.css';
import L from 'leaflet';
import 'leaflet.markercluster';

const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'REJECT',
  'ACCUSE', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const MAX_EVENTS = 10000;

const $ = (id) => document.getElementById(id);

// el builds an element; children are nodes or strings (as text).
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === undefined || c === null) continue;
    e.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

// safeURL returns u when it is an http(s) URL, else undefined.
function safeURL(u) {
  try {
    const p = new URL(u, location.href);
    return p.protocol === 'http:' || p.protocol === 'https:' ? p.href : undefined;
  } catch { return undefined; }
}

async function getJSON(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!r.ok) {
    let msg = r.status + ' ' + r.statusText;
    try { msg = (await r.json()).error.message; } catch {}
    throw new Error(msg);
  }
  return r.json();
}

// ---- map ---------------------------------------------------------------

const map = L.map('map', { worldCopyJump: true, minZoom: 2, maxZoom: 14, zoomControl: true }).setView([30, 20], 2);
map.attributionControl.addAttribution('Outlines: Natural Earth');
const countries = L.geoJSON(null, { style: { color: '#7a8597', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 }, interactive: false }).addTo(map);
const admin1 = L.geoJSON(null, { style: { color: '#a9b0bd', weight: 0.5, dashArray: '2 3', fill: false }, interactive: false });
let admin1Loaded = false;

getJSON('/dist/basemap/countries.geojson').then((g) => { countries.addData(g); countries.bringToBack(); document.body.dataset.basemap = 'ready'; })
  .catch((e) => setStatus('basemap: ' + e.message));

function syncAdmin1() {
  if (map.getZoom() >= 4) {
    if (!admin1Loaded) {
      admin1Loaded = true;
      getJSON('/dist/basemap/admin1.geojson').then((g) => admin1.addData(g)).catch(() => { admin1Loaded = false; });
    }
    if (!map.hasLayer(admin1)) admin1.addTo(map);
  } else if (map.hasLayer(admin1)) {
    map.removeLayer(admin1);
  }
}
map.on('zoomend', syncAdmin1);

// No cluster animation: re-clustering while a zoom animates is where
// markercluster loses track of layers.
const clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 45, animate: false });
map.addLayer(clusters);

// ---- state -------------------------------------------------------------

let events = [];       // all loaded events
let days = [];         // sorted distinct dates (histogram bins)
const markers = new Map(); // id → marker

function setStatus(t) { $('status').textContent = t; }

function filterParams() {
  const f = new FormData($('filters'));
  const p = new URLSearchParams();
  for (const [k, v] of f.entries()) {
    const s = String(v).trim();
    if (!s) continue;
    if (k === 'include_all') p.set(k, 'true'); else p.set(k, s);
  }
  return p;
}

function updateExportLinks(p) {
  for (const fmt of ['geojson', 'csv']) {
    const q = new URLSearchParams(p);
    q.set('format', fmt);
    $('export-' + fmt).href = '/api/v1/events?' + q.toString();
  }
}

async function load() {
  const p = filterParams();
  updateExportLinks(p);
  p.set('limit', '1000');
  setStatus('Loading…');
  events = [];
  let next = null;
  try {
    do {
      const q = new URLSearchParams(p);
      if (next) q.set('cursor', next);
      const page = await getJSON('/api/v1/events?' + q.toString());
      events.push(...page.events);
      next = page.next;
    } while (next && events.length < MAX_EVENTS);
  } catch (e) {
    setStatus('Error: ' + e.message);
    return;
  }
  days = [...new Set(events.map((e) => e.date).filter(Boolean))].sort();
  const from = $('t-from'), to = $('t-to');
  from.max = to.max = String(Math.max(0, days.length - 1));
  from.value = '0';
  to.value = String(Math.max(0, days.length - 1));
  render();
  document.body.dataset.loaded = String(events.length);
}

function inWindow(e) {
  if (!days.length) return true;
  const a = days[+$('t-from').value] || days[0], b = days[+$('t-to').value] || days[days.length - 1];
  return !e.date || (e.date >= a && e.date <= b);
}

function render() {
  const shown = events.filter(inWindow);
  clusters.clearLayers();
  markers.clear();
  const layers = [];
  for (const e of shown) {
    if (!e.location) continue;
    const m = L.marker([e.location.lat, e.location.lon], {
      icon: L.divIcon({ className: 'ev-marker ev-' + e.type, iconSize: [14, 14] }),
      title: e.type + ' — ' + (e.location.name || ''),
      keyboard: true,
    });
    m.on('click', () => showEvent(e.id));
    markers.set(e.id, m);
    layers.push(m);
  }
  clusters.addLayers(layers);
  renderList(shown);
  renderHistogram();
  const more = events.length >= MAX_EVENTS ? ' (first ' + MAX_EVENTS + ')' : '';
  setStatus(shown.length + ' of ' + events.length + ' events' + more);
}

function renderList(shown) {
  const list = $('list');
  list.replaceChildren();
  for (const e of shown.slice(0, 500)) {
    const who = [e.actor && e.actor.name, e.recipient && e.recipient.name].filter(Boolean).join(' → ');
    const li = el('li', { 'data-id': e.id, onclick: () => showEvent(e.id) },
      el('span', { class: 'when', text: e.date || '—' }),
      el('span', { class: 'type type-' + e.type, text: e.type }), ' ',
      who, e.location ? el('div', { class: 'where', text: e.location.name }) : null);
    list.append(li);
  }
}

function renderHistogram() {
  const h = $('histogram');
  h.replaceChildren();
  if (!days.length) { $('t-label').textContent = ''; return; }
  const counts = new Map();
  for (const e of events) if (e.date) counts.set(e.date, (counts.get(e.date) || 0) + 1);
  const maxN = Math.max(...counts.values());
  const a = +$('t-from').value, b = +$('t-to').value;
  days.forEach((d, i) => {
    const bin = el('div', { class: 'bin' + (i < a || i > b ? ' out' : ''), title: d + ': ' + counts.get(d) });
    bin.style.height = Math.max(4, Math.round(100 * counts.get(d) / maxN)) + '%';
    h.append(bin);
  });
  $('t-label').textContent = days[a] + ' – ' + days[b];
}

for (const id of ['t-from', 't-to']) {
  $(id).addEventListener('input', () => {
    if (+$('t-from').value > +$('t-to').value) {
      if (id === 't-from') $('t-to').value = $('t-from').value; else $('t-from').value = $('t-to').value;
    }
    render();
  });
}

// ---- one event -----------------------------------------------------------

const FIELDS = [
  ['type', 'Type', (e) => e.type + (e.mode ? ' / ' + e.mode : '')],
  ['acled', 'ACLED', (e) => [e.acled_event_type, e.acled_sub_event_type].filter(Boolean).join(' / ')],
  ['actor', 'Actor', (e) => e.actor && actorText(e.actor)],
  ['recipient', 'Recipient', (e) => e.recipient && actorText(e.recipient)],
  ['location', 'Location', (e) => e.location && (e.location.name + ' (' + e.location.lat.toFixed(3) + ', ' + e.location.lon.toFixed(3) + ', precision ' + e.location.precision + ')')],
  ['date', 'Date', (e) => e.date && (e.date + (e.date_basis ? ' (' + e.date_basis + ')' : ''))],
  ['fatalities', 'Fatalities', (e) => e.fatalities != null ? String(e.fatalities) : ''],
  ['mode', 'Mode', (e) => e.mode],
  ['confidence', 'Confidence', (e) => String(e.confidence)],
];

function actorText(a) {
  return a.name + (a.country ? ' (' + a.country + ')' : '') + (a.sector ? ', ' + a.sector : '');
}

// articleNode renders text with each evidence span as a <mark>; offsets
// are code points.
function articleNode(text, evidence) {
  const cps = Array.from(text || '');
  const spans = evidence.filter((v) => v.embed == null && v.start >= 0 && v.end <= cps.length && v.start < v.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const box = el('div', { class: 'article', id: 'article' });
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue; // overlapping: the field row still shows its text
    box.append(document.createTextNode(cps.slice(pos, s.start).join('')));
    box.append(el('mark', { 'data-field': s.field, title: s.field, text: cps.slice(s.start, s.end).join('') }));
    pos = s.end;
  }
  box.append(document.createTextNode(cps.slice(pos).join('')));
  return box;
}

function highlight(field) {
  for (const m of document.querySelectorAll('#article mark')) m.classList.toggle('active', m.dataset.field === field);
  for (const r of document.querySelectorAll('#detail tr')) r.classList.toggle('active', r.dataset.field === field);
  const m = document.querySelector('#article mark[data-field="' + CSS.escape(field) + '"]');
  if (m) m.scrollIntoView({ block: 'center' });
}

async function showEvent(id) {
  const box = $('detail');
  box.hidden = false;
  box.replaceChildren(el('p', { text: 'Loading…' }));
  for (const li of document.querySelectorAll('#list li')) li.classList.toggle('selected', li.dataset.id === id);
  let r;
  try {
    r = await getJSON('/api/v1/events/' + encodeURIComponent(id));
  } catch (e) {
    box.replaceChildren(el('p', { text: 'Error: ' + e.message }));
    return;
  }
  const e = r.event, ev = new Map(r.evidence.map((v) => [v.field, v]));
  const rows = el('tbody');
  for (const [key, label, fn] of FIELDS) {
    const val = fn(e);
    if (!val) continue;
    const field = key === 'type' ? 'trigger' : key;
    const v = ev.get(field);
    const tr = el('tr', { 'data-field': field, class: v ? 'has-evidence' : undefined, onclick: v ? () => highlight(field) : undefined },
      el('th', { text: label }), el('td', {}, val, v ? el('div', { class: 'ev-text', text: '“' + v.text + '”' }) : null));
    rows.append(tr);
  }
  const doc = r.document;
  const link = safeURL(doc.url);
  const claims = el('ul', { id: 'claims' });
  for (const c of r.claims) {
    const stated = c.stated && c.stated.distance_km != null ? 'stated ' + c.stated.distance_km + ' km' : '';
    const measured = c.measured && c.measured.distance_km != null ? 'measured ' + Number(c.measured.distance_km).toFixed(1) + ' km' : '';
    claims.append(el('li', {},
      el('span', { class: 'verdict verdict-' + c.verdict, text: c.verdict }), ' ', '“' + c.text + '” ',
      [stated, measured].filter(Boolean).join(', '), c.reason ? el('div', { class: 'reason', text: c.reason }) : null));
  }
  const sources = el('ul', { id: 'cluster-sources' });
  for (const s of r.cluster.sources) {
    const u = safeURL(s.url);
    const t = (s.source ? s.source + ': ' : '') + (s.title || s.url || s.id);
    sources.append(el('li', {}, u ? el('a', { href: u, target: '_blank', rel: 'noopener noreferrer', text: t }) : t));
  }
  box.replaceChildren(
    el('button', { class: 'close', type: 'button', text: '×', 'aria-label': 'close', onclick: () => { box.hidden = true; } }),
    el('h2', { class: 'title' }, link ? el('a', { href: link, target: '_blank', rel: 'noopener noreferrer', text: doc.title || doc.url }) : (doc.title || '')),
    el('div', { class: 'meta', text: [doc.source, doc.published && doc.published.slice(0, 10), e.id].filter(Boolean).join(' · ') }),
    el('table', {}, rows),
    el('h3', { text: 'Article (evidence highlighted)' }),
    articleNode(doc.text, r.evidence),
    el('h3', { text: 'Claims (' + r.claims.length + ')' }), claims,
    el('h3', { text: 'Sources' + (r.cluster.id ? ' of cluster ' + r.cluster.id : '') + ' (' + r.cluster.sources.length + ')' }), sources,
  );
  highlight('trigger');
  const m = markers.get(id);
  // zoomToShowLayer moves and zooms by itself; a setView beside it raced
  // with the cluster animation (markercluster then touched removed layers).
  if (m) clusters.zoomToShowLayer(m, () => {});
  box.scrollIntoView({ block: 'start' });
  document.body.dataset.detail = id;
}

// ---- filters -------------------------------------------------------------

const typeSel = $('f-type');
for (const t of PLOVER) typeSel.append(el('option', { value: t, text: t }));
$('filters').addEventListener('submit', (ev) => { ev.preventDefault(); load(); });
$('f-reset').addEventListener('click', () => { $('filters').reset(); load(); });

load();
