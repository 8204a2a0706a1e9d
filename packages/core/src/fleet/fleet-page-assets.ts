/** @fileoverview The fleet report's inline stylesheet and script: no CDN, no network, data read from the page itself. */

/** The report's CSS. */
export const FLEET_CSS = `
:root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d232a;background:#f6f7f9}
body{margin:0 auto;max-width:1200px;padding:16px 24px}
h1{font-size:22px;margin:8px 0 2px}h2{font-size:17px;margin:24px 0 8px}
.meta{color:#5a6570;font-size:13px;margin:0 0 12px}
.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{background:#fff;border:1px solid #dde2e7;border-radius:6px;padding:10px 16px;min-width:150px}
.card b{display:block;font-size:26px}.card span{color:#5a6570;font-size:13px}
.card.bad b{color:#c62828}
section{background:#fff;border:1px solid #dde2e7;border-radius:6px;padding:8px 16px 12px;margin-top:14px;overflow-x:auto}
svg text{font-size:12px;fill:#1d232a}svg .n{fill:#5a6570}
.legend{font-size:12px;color:#5a6570}.legend span{margin-right:14px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}
.tools{display:flex;gap:10px;align-items:center;margin-bottom:8px;flex-wrap:wrap}
input,select,button{font:inherit;padding:4px 8px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eceff2;white-space:nowrap}
th{cursor:pointer;user-select:none;background:#fafbfc;position:sticky;top:0}
th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
tbody tr{cursor:pointer}tbody tr:hover{background:#eef4fb}
td.num{text-align:right}td.block{color:#c62828;font-weight:600}
.v-block{color:#c62828;font-weight:600}.v-warn{color:#b36b00}.v-info{color:#5a6570}
td.evidence{white-space:normal;max-width:420px;word-break:break-all}
.empty{color:#5a6570}
#host-detail[hidden]{display:none}
`;

/**
 * The report's script. It reads the JSON in `#fleet-data`, renders the host table (filter by text and verdict,
 * sort by any column), shows a host's findings when its row is clicked, and exports the shown rows as CSV.
 * Everything from reports goes through textContent, never innerHTML: report text comes from scanned machines.
 */
export const FLEET_SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('fleet-data').textContent);
  var columns = data.columns;
  var numeric = { runs: 1, block: 1, warn: 1, info: 1 };
  var shownColumns = ['host', 'os', 'user', 'last_seen', 'runs', 'block', 'warn', 'info', 'blocked_assistants', 'policy_digest'];
  var col = {};
  columns.forEach(function (name, i) { col[name] = i; });
  var byHost = data.hosts.map(function () { return []; });
  data.findings.forEach(function (f) { byHost[f[0]].push(f); });
  var sortKey = 'block';
  var sortDir = -1;
  var filter = document.getElementById('filter');
  var verdict = document.getElementById('verdict-filter');
  var body = document.querySelector('#hosts tbody');
  var shown = [];

  function cell(tr, text, cls) {
    var td = document.createElement('td');
    td.textContent = text;
    if (cls) td.className = cls;
    tr.appendChild(td);
    return td;
  }
  function matches(row) {
    var v = verdict.value;
    if (v === 'blocked' && !(+row[col.block] > 0)) return false;
    if (v === 'warn' && !(+row[col.block] === 0 && +row[col.warn] > 0)) return false;
    if (v === 'clean' && !(+row[col.block] === 0 && +row[col.warn] === 0)) return false;
    var q = filter.value.trim().toLowerCase();
    if (!q) return true;
    return row.some(function (value) { return String(value).toLowerCase().indexOf(q) >= 0; });
  }
  function render() {
    var i = col[sortKey];
    var rows = data.hosts.map(function (row, index) { return { row: row, index: index }; }).filter(function (item) { return matches(item.row); });
    rows.sort(function (a, b) {
      var x = a.row[i], y = b.row[i];
      if (numeric[sortKey]) { x = +x; y = +y; }
      return (x < y ? -1 : x > y ? 1 : 0) * sortDir || (a.row[col.host] < b.row[col.host] ? -1 : 1);
    });
    shown = rows;
    var fragment = document.createDocumentFragment();
    rows.forEach(function (item) {
      var tr = document.createElement('tr');
      tr.dataset.index = item.index;
      shownColumns.forEach(function (name) {
        var value = item.row[col[name]];
        if (name === 'policy_digest') value = value.replace(/^sha256:/, '').slice(0, 12);
        cell(tr, value, numeric[name] ? (name === 'block' && +value > 0 ? 'num block' : 'num') : '');
      });
      fragment.appendChild(tr);
    });
    body.replaceChildren(fragment);
    document.getElementById('shown-count').textContent = rows.length + ' of ' + data.hosts.length + ' hosts shown';
    document.querySelectorAll('#hosts th').forEach(function (th) {
      th.setAttribute('aria-sort', th.dataset.sort === sortKey ? (sortDir > 0 ? 'ascending' : 'descending') : 'none');
    });
  }
  function showHost(index) {
    var row = data.hosts[index];
    var detail = document.getElementById('host-detail');
    detail.hidden = false;
    document.getElementById('detail-title').textContent = row[col.host] + ' (' + (row[col.machine_id] || 'no machine id') + ')';
    document.getElementById('detail-meta').textContent = row[col.os] + ' ' + row[col.os_version] + ', user ' + row[col.user] + ', last seen ' + row[col.last_seen] +
      ', aiguard ' + row[col.aiguard_version] + ', catalog ' + row[col.catalog_version] + ', ' + row[col.runs] + ' runs, run ' + row[col.run_id];
    var tbody = document.querySelector('#findings tbody');
    var fragment = document.createDocumentFragment();
    byHost[index].forEach(function (f) {
      var tr = document.createElement('tr');
      cell(tr, f[1], 'v-' + f[1]);
      cell(tr, data.assistants[f[2]] || f[2]);
      cell(tr, f[4]);
      cell(tr, f[5]);
      cell(tr, f[7]);
      cell(tr, f[6], 'evidence');
      fragment.appendChild(tr);
    });
    tbody.replaceChildren(fragment);
    document.getElementById('detail-count').textContent = byHost[index].length + ' findings in the latest run';
    detail.scrollIntoView({ block: 'start' });
  }
  function csvField(value) {
    var text = String(value);
    if (/^[=+\\-@\\t\\r]/.test(text)) text = "'" + text;
    return /[",\\r\\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  function exportCsv() {
    var lines = [columns.map(csvField).join(',')].concat(shown.map(function (item) { return item.row.map(csvField).join(','); }));
    var blob = new Blob([lines.join('\\r\\n') + '\\r\\n'], { type: 'text/csv' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'aiguard-fleet-hosts.csv';
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
  document.querySelectorAll('#hosts th').forEach(function (th) {
    th.addEventListener('click', function () {
      if (sortKey === th.dataset.sort) sortDir = -sortDir;
      else { sortKey = th.dataset.sort; sortDir = numeric[sortKey] ? -1 : 1; }
      render();
    });
  });
  body.addEventListener('click', function (event) {
    var tr = event.target.closest('tr');
    if (tr) showHost(+tr.dataset.index);
  });
  filter.addEventListener('input', render);
  verdict.addEventListener('change', render);
  document.getElementById('export-csv').addEventListener('click', exportCsv);
  render();
})();
`;
