// ClaimsFn dashboard: reads the API (same origin, /api/...) with the key the user entered, kept in sessionStorage
// for this tab only and sent in the x-functions-key header. No data in URLs beyond ids, states and codes.
"use strict";

const keyName = "claimsfn.apiKey";
const charts = {};
const queueDefs = {
  coder: { title: "Coder review (NeedsCoderReview)", list: "state=NeedsCoderReview" },
  scrub: { title: "Scrub failures (ScrubFailed)", list: "state=ScrubFailed" },
  rejected: { title: "Rejected by the payer or clearinghouse", list: "state=Rejected" },
  errors: { title: "Errors (a stage kept failing)", list: "state=Error" },
  denials: { title: "Open denials, by reason and age", denials: true },
  inflight: { title: "Batches in flight", inflight: true },
  exceptions: { title: "Unmatched remittances and other remittance exceptions", exceptions: true },
};
let currentQueue = null;
let nextPage = null;
let lastBatches = [];
let refreshes = 0;

const $ = (id) => document.getElementById(id);
const money = (n) => (n ?? 0).toLocaleString("en-US", { style: "currency", currency: "USD" });
const pct = (r) => (r && r.rate !== null && r.rate !== undefined ? (r.rate * 100).toFixed(1) + "%" : "n/a");
const short = (id) => (id ? id.slice(0, 10) + "…" : "");

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

async function api(path, options) {
  const key = sessionStorage.getItem(keyName);
  if (!key) throw new Error("Enter the API key first.");
  const response = await fetch(path, { ...options, headers: { "x-functions-key": key, "content-type": "application/json", ...(options?.headers || {}) } });
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (response.status === 401) throw new Error("The key was refused.");
  return { status: response.status, body };
}

function table(headers, rows, onClick) {
  if (rows.length === 0) return el("p", { class: "empty" }, "Nothing in this queue.");
  return el("table", {},
    el("thead", {}, el("tr", {}, headers.map((h) => el("th", {}, h)))),
    el("tbody", {}, rows.map((r) => el("tr", onClick ? { class: "clickable", "data-claim": r.id ?? "", onclick: () => onClick(r) } : {}, r.cells.map((c) => el("td", {}, c))))));
}

function stateCell(state) { return el("span", { class: "state " + state }, state); }

async function loadKpis() {
  const { body: k } = await api("kpis");
  const tiles = [
    ["Clean-claim rate", pct(k.cleanClaimRate), `${k.cleanClaimRate.numerator} of ${k.cleanClaimRate.denominator} passed scrub first time`],
    ["First-pass acceptance", pct(k.firstPassAcceptanceRate), `${k.firstPassAcceptanceRate.numerator} of ${k.firstPassAcceptanceRate.denominator} accepted on first 999/277CA`],
    ["Initial denial rate", pct(k.initialDenialRate), `${k.initialDenialRate.numerator} of ${k.initialDenialRate.denominator} adjudicated`],
    ["Days to submission", k.averageDaysToSubmission ?? "n/a", `average from date of service, ${k.claimsSubmitted} claims`],
    ["Outstanding A/R", money(k.outstandingAr), `${k.claims} claims in all`],
  ];
  $("kpi-tiles").replaceChildren(...tiles.map(([label, value, note]) => el("div", { class: "tile" }, el("div", { class: "label" }, label), el("div", { class: "value" }, value), el("div", { class: "label" }, note))));
  drawCharts(k);
}

function drawChart(id, config) {
  if (typeof Chart === "undefined") return;
  charts[id]?.destroy();
  charts[id] = new Chart($(id), { ...config, options: { animation: false, responsive: true, maintainAspectRatio: false, ...(config.options || {}) } });
}

function drawCharts(k) {
  const t = k.claimsOverTime;
  const labels = t.at.map((a) => new Date(a).toLocaleTimeString("en-US", { hour12: false }));
  drawChart("chart-timeline", {
    type: "line",
    data: { labels, datasets: [
      { label: "unbilled", data: t.unbilled, borderColor: "#e67e22", backgroundColor: "rgba(230,126,34,.25)", fill: true },
      { label: "in A/R", data: t.inAr, borderColor: "#1f6feb", backgroundColor: "rgba(31,111,235,.25)", fill: true },
      { label: "adjudicated", data: t.adjudicated, borderColor: "#1e8449", backgroundColor: "rgba(30,132,73,.25)", fill: true },
    ] },
    options: { scales: { y: { beginAtZero: true, stacked: true, ticks: { precision: 0 } } } },
  });
  drawChart("chart-carc", {
    type: "bar",
    data: { labels: k.denialRateByCarc.map((c) => "CARC " + c.carc), datasets: [{ label: "claims denied on first adjudication", data: k.denialRateByCarc.map((c) => c.claims), backgroundColor: "#c0392b" }] },
    options: { indexAxis: "y", scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  drawChart("chart-ar", {
    type: "bar",
    data: { labels: k.arAging.map((b) => b.bucket + " days"), datasets: [{ label: "outstanding (USD)", data: k.arAging.map((b) => b.outstanding), backgroundColor: "#1f6feb" }] },
    options: { scales: { y: { beginAtZero: true } } },
  });
}

async function loadBatches() {
  const { body } = await api("batches?limit=20");
  lastBatches = body.batches;
  const rows = body.batches.map((b) => {
    const total = Object.values(b.claimsByState).reduce((a, n) => a + n, 0);
    const settled = total - b.inFlight;
    const share = total === 0 ? 0 : Math.round((settled / total) * 100);
    return el("tr", { class: "clickable", "data-batch": b.batchId, onclick: () => showQueue("batch", b.batchId) },
      el("td", { class: "mono" }, short(b.batchId)), el("td", {}, b.state), el("td", {}, b.received), el("td", {}, b.newClaims), el("td", {}, b.duplicates), el("td", {}, b.rejected),
      el("td", {}, el("span", { class: "progress", title: `${settled} of ${total} settled` }, el("span", { style: `width:${share}%` })), ` ${share}%`),
      el("td", {}, Object.entries(b.claimsByState).map(([s, n]) => `${s} ${n}`).join(", ")),
      el("td", {}, new Date(b.startedAt).toLocaleString("en-US")));
  });
  $("batch-table").tBodies[0].replaceChildren(...(rows.length ? rows : [el("tr", {}, el("td", { colspan: 9, class: "empty" }, "No batches yet."))]));
  $("count-inflight").textContent = body.batches.filter((b) => b.inFlight > 0 || b.state === "Ingesting").length;
}

async function loadCounts() {
  for (const [name, def] of Object.entries(queueDefs)) {
    if (!def.list) continue;
    const { body } = await api("claims?limit=1000&" + def.list);
    $("count-" + name).textContent = body.claims.length + (body.continuation ? "+" : "");
  }
  const { body: d } = await api("denials");
  $("count-denials").textContent = d.count;
  const { body: x } = await api("remittance-exceptions");
  $("count-exceptions").textContent = x.count;
}

function claimRows(claims) {
  return claims.map((c) => ({
    id: c.claimId,
    cells: [el("span", { class: "mono" }, short(c.claimId)), stateCell(c.state), c.payerId, c.dateOfService, money(c.charge), money(c.outstanding),
      [...c.editIds, ...c.carcs.map((r) => "CARC " + r)].join(", "), c.ageDays + " d (" + c.agingBucket + ")"],
  }));
}
const claimHeaders = ["claim", "state", "payer", "date of service", "charge", "outstanding", "edits / reasons", "age"];

async function showQueue(name, arg, continuation) {
  currentQueue = { name, arg };
  document.querySelectorAll("#queue-tabs button").forEach((b) => b.classList.toggle("active", b.dataset.queue === name));
  const target = $("queue-list");
  const def = queueDefs[name];
  $("queue-more").hidden = true;
  delete target.dataset.loaded;
  await renderQueue(target, def, name, arg, continuation);
  target.dataset.loaded = name; // what a reader (or the browser test) waits for
}

async function renderQueue(target, def, name, arg, continuation) {
  if (name === "batch") {
    $("queue-title").textContent = "Claims of batch " + short(arg);
    const { body } = await api("claims?batch=" + encodeURIComponent(arg) + (continuation ? "&continuation=" + encodeURIComponent(continuation) : ""));
    target.replaceChildren(table(claimHeaders, claimRows(body.claims), (r) => showClaim(r.id)));
    nextPage = body.continuation; $("queue-more").hidden = !nextPage;
    return;
  }
  $("queue-title").textContent = def.title;
  if (def.list) {
    const { body } = await api("claims?limit=100&" + def.list + (continuation ? "&continuation=" + encodeURIComponent(continuation) : ""));
    target.replaceChildren(table(claimHeaders, claimRows(body.claims), (r) => showClaim(r.id)));
    nextPage = body.continuation; $("queue-more").hidden = !nextPage;
  } else if (def.denials) {
    const { body } = await api("denials");
    const { body: summary } = await api("denials/summary");
    target.replaceChildren(
      el("p", {}, `${body.count} open denials, ${money(body.deniedAmount)} denied. By reason: `,
        summary.byReason.map((r) => `CARC ${r.key} ${r.count} (${money(r.deniedAmount)})`).join(", "), ". By age: ",
        summary.byBucket.map((b) => `${b.key} d: ${b.count}`).join(", ")),
      table(["claim", "state", "payer", "reason", "category", "action", "denied", "age", "timely filing"], body.denials.map((d) => ({
        id: d.claimId,
        cells: [el("span", { class: "mono" }, short(d.claimId)), stateCell(d.state), d.payerId, [d.primaryReason, ...d.reasons.filter((r) => r !== d.primaryReason)].map((r) => "CARC " + r).join(", "),
          d.category, d.action, money(d.deniedAmount), `${d.ageDays} d (${d.bucket})`, d.timelyFilingDeadline ? `${d.timelyFilingDeadline} (${d.daysToDeadline} d)` : ""],
      })), (r) => showClaim(r.id)));
  } else if (def.inflight) {
    const batches = lastBatches.filter((b) => b.inFlight > 0 || b.state === "Ingesting");
    target.replaceChildren(table(["batch", "state", "new claims", "in flight", "claims by state"], batches.map((b) => ({
      id: null, cells: [el("span", { class: "mono" }, short(b.batchId)), b.state, b.newClaims, b.inFlight, Object.entries(b.claimsByState).map(([s, n]) => `${s} ${n}`).join(", ")],
    }))));
  } else if (def.exceptions) {
    const { body } = await api("remittance-exceptions");
    target.replaceChildren(table(["remittance", "CLP", "kind", "claim / CLP01", "paid", "detail", "at"], body.exceptions.map((x) => ({
      id: x.claimId, cells: [x.remittanceId, x.sequence, x.kind, x.claimId ?? x.patientControlNumber ?? "", x.paid === null || x.paid === undefined ? "" : money(x.paid), x.detail,
        new Date(x.at).toLocaleString("en-US")],
    })), (r) => { if (r.id) showClaim(r.id); }));
  }
}

async function showClaim(claimId) {
  const { status, body: c } = await api("claims/" + encodeURIComponent(claimId));
  if (status !== 200) return;
  $("claim").hidden = false;
  $("claim-id").textContent = c.claimId;
  const facts = [["state", stateCell(c.state)], ["version", c.version], ["batch", short(c.batchId)], ["payer", c.payerId], ["date of service", c.dateOfService],
    ["diagnoses", (c.diagnosisCodes.length ? c.diagnosisCodes : c.submittedDiagnoses).join(", ")], ["procedures", c.procedures.join(", ")], ["charge", money(c.totalCharge)],
    ["reason", c.reason ?? ""], ["interchange", c.interchangeId ?? ""], ["payer claim #", c.payerClaimControlNumber ?? ""]];
  $("claim-summary").replaceChildren(...facts.map(([k, v]) => el("div", {}, el("span", {}, k), v)));
  $("claim-issues").replaceChildren(c.issues.length
    ? table(["edit", "severity", "message", "where", "fix"], c.issues.map((i) => ({ cells: [i.code, i.severity, i.message, i.location ?? "", i.fixHint ?? ""] })))
    : el("p", { class: "empty" }, "No findings."));
  const money_ = [];
  if (c.denial) money_.push(el("p", {}, `Denied ${money(c.denial.deniedAmount)}: ${c.denial.category} → ${c.denial.action}; reasons ${c.denial.reasons.map((r) => "CARC " + r).join(", ")}. ${c.denial.explanation}`));
  if (c.payment) money_.push(el("p", {}, `Paid ${money(c.payment.paid)}, patient ${money(c.payment.patientResponsibility)}.`),
    table(["group", "CARC", "meaning", "amount"], c.payment.adjustments.map((a) => ({ cells: [a.group, a.reason, a.meaning, money(a.amount)] }))));
  $("claim-denial").replaceChildren(...(money_.length ? money_ : [el("p", { class: "empty" }, "No remittance yet.")]));
  $("claim-history").replaceChildren(table(["#", "at", "stage", "from", "to", "detail"], c.events.map((e) => ({
    cells: [e.sequence, new Date(e.at).toLocaleString("en-US"), e.stage, e.from ?? "", e.to, e.detail],
  }))));
  const form = $("correction-form");
  form.hidden = !["Denied", "PartiallyPaid", "Rejected"].includes(c.state);
  form.dataset.claim = c.claimId;
  $("correction-result").textContent = "";
  $("claim").scrollIntoView({ block: "start" });
}

async function postCorrection(event) {
  event.preventDefault();
  const form = event.target;
  const f = new FormData(form);
  const body = { by: f.get("by"), reason: f.get("reason") };
  if (f.get("line") && f.get("modifiers")) body.lines = [{ line: Number(f.get("line")), modifiers: String(f.get("modifiers")).split(/[ ,]+/).filter(Boolean) }];
  if (f.get("priorAuthorization")) body.priorAuthorization = f.get("priorAuthorization");
  if (f.get("renderingProviderNpi")) body.renderingProviderNpi = f.get("renderingProviderNpi");
  if (f.get("void")) body.void = true;
  const { status, body: answer } = await api("claims/" + encodeURIComponent(form.dataset.claim) + "/corrections", { method: "POST", body: JSON.stringify(body) });
  const message = status === 200 ? `Corrected: ${answer.state ?? "Corrected"}${answer.changes?.length ? " (" + answer.changes.join(", ") + ")" : ""}; due for resubmission.`
    : `Not corrected (${status}): ${answer?.error ?? JSON.stringify(answer)}`;
  if (status === 200) await showClaim(form.dataset.claim); // the claim as it is now, then the message
  const result = $("correction-result");
  result.className = status === 200 ? "" : "error";
  result.textContent = message;
  if (status === 200) await refresh();
}

async function refresh() {
  $("status").textContent = "loading…";
  try {
    await Promise.all([loadKpis(), loadBatches(), loadCounts()]);
    $("status").textContent = "updated " + new Date().toLocaleTimeString("en-US", { hour12: false });
    if (currentQueue) await showQueue(currentQueue.name, currentQueue.arg);
  } catch (e) {
    $("status").textContent = e.message;
  }
  document.body.dataset.refreshes = String(++refreshes); // what a reader (or the browser test) waits for
}

document.addEventListener("DOMContentLoaded", () => {
  $("key-form").addEventListener("submit", (e) => { e.preventDefault(); sessionStorage.setItem(keyName, $("api-key").value.trim()); $("api-key").value = ""; refresh(); });
  $("refresh").addEventListener("click", refresh);
  document.querySelectorAll("#queue-tabs button").forEach((b) => b.addEventListener("click", () => showQueue(b.dataset.queue).catch((e) => { $("status").textContent = e.message; })));
  $("queue-more").addEventListener("click", () => showQueue(currentQueue.name, currentQueue.arg, nextPage));
  $("correction-form").addEventListener("submit", (e) => postCorrection(e).catch((x) => { $("correction-result").textContent = x.message; }));
  if (sessionStorage.getItem(keyName)) refresh();
});
