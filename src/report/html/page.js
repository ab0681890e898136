"use strict";
(function () {
  var data = JSON.parse(document.getElementById("data").textContent);
  var L = JSON.parse(document.getElementById("labels").textContent);
  // A verdict as words on a badge: the JSON's codes are English words joined by hyphens.
  var verdictWords = function (r) { return ((L.readiness && L.readiness[r]) || r).replace(/-/g, " "); };
  // Ready (or with conditions) resting on blocking rules the inventory has no column for.
  var partly = function (a) {
    return (a.readiness === "ready" || a.readiness === "ready-with-conditions") && a.coverage && !a.coverage.fully_checked;
  };
  var pill = function (a) {
    var p = partly(a);
    var words = p ? L.partly[a.readiness] : verdictWords(a.readiness);
    return el("span", "pill " + a.readiness + (p ? " partly" : ""), words);
  };
  var machines = data.machines || [];
  var rules = data.rules || {};
  var targets = [];
  machines.forEach(function (m) {
    (m.assessments || []).forEach(function (a) {
      if (targets.indexOf(a.target) < 0) { targets.push(a.target); }
    });
  });
  // A target that covers none of the machines gets no column: the summary says so once.
  targets = targets.filter(function (t) {
    return machines.some(function (m) {
      var as = m.assessments || [];
      return as.some(function (a) { return a.target === t && a.readiness !== "not-applicable"; });
    });
  });
  // A template from the page's words with its `{name}` slots filled.
  var fill = function (t, v) { return t.replace(/\{(\w+)\}/g, function (all, k) { return v[k] == null ? all : String(v[k]); }); };
  // A code of the JSON in words, or the code itself where the page has no word for it.
  var word = function (table, code) { return (table && table[code]) || code; };
  var gib = function (b) { return b == null ? null : b / 1073741824; };
  var assessment = function (m, t) {
    var as = m.assessments || [];
    for (var i = 0; i < as.length; i++) { if (as[i].target === t) { return as[i]; } }
    return null;
  };
  var order = { "ready": 0, "ready+partly": 0.5, "ready-with-conditions": 1, "ready-with-conditions+partly": 1.5, "unknown": 2, "not-ready": 3, "not-applicable": 4 };
  var columns = [
    { key: "name", label: L.machine, value: function (m) { return m.name; } },
    { key: "os", label: L.os, value: function (m) { return m.os ? m.os.raw : ""; } },
    { key: "cores", label: L.cores, num: true, value: function (m) { return m.cores; } },
    { key: "memory", label: L.memory, num: true, value: function (m) { var g = gib(m.memory_bytes); return g == null ? null : Math.round(g * 10) / 10; } },
    { key: "support", label: L.support, value: function (m) { return m.support ? (L.support_status[m.support.status] || m.support.status) : ""; } },
    { key: "size", label: L.size, value: function (m) { return m.sizing && m.sizing.vm_size ? m.sizing.vm_size : ""; } }
  ];
  targets.forEach(function (t) {
    columns.push({ key: "t:" + t, label: t, target: t, value: function (m) { var a = assessment(m, t); return a ? a.readiness + (partly(a) ? "+partly" : "") : ""; } });
  });
  var thead = document.querySelector("#table thead");
  var tbody = document.querySelector("#table tbody");
  var filter = document.getElementById("filter");
  var verdict = document.getElementById("verdict");
  var count = document.getElementById("count");
  var panel = document.getElementById("panel");
  var sortKey = null, sortDir = 1;
  var el = function (tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text != null) { e.textContent = String(text); }
    return e;
  };
  var hr = el("tr");
  columns.forEach(function (c) {
    var th = el("th", null, c.label);
    th.dataset.key = c.key;
    th.addEventListener("click", function () { sortBy(c.key); });
    hr.appendChild(th);
  });
  thead.appendChild(hr);
  // One row per machine, built once; filtering and sorting move and hide them.
  var rows = machines.map(function (m, i) {
    var tr = el("tr");
    tr.dataset.index = String(i);
    var words = [m.name, m.os ? m.os.raw : "", m.sizing && m.sizing.vm_size ? m.sizing.vm_size : ""];
    columns.forEach(function (c) {
      var v = c.value(m);
      var td = el("td", c.num ? "num" : (c.key === "name" || c.key === "size" || c.key === "support" ? "nowrap" : null));
      if (c.target) {
        var a = assessment(m, c.target);
        if (a) {
          td.appendChild(pill(a));
          if (a.readiness !== "not-applicable" && a.blocking && a.blocking.length) { td.appendChild(el("span", "rule", a.blocking[0])); }
          (a.findings || []).forEach(function (f) { words.push(f.rule); });
        }
      } else {
        td.textContent = v == null ? "" : String(v);
      }
      tr.appendChild(td);
    });
    tr.dataset.text = words.join(" ").toLowerCase();
    tr.addEventListener("click", function () { show(i); });
    return tr;
  });
  var visible = function (tr) {
    var m = machines[Number(tr.dataset.index)];
    var q = filter.value.trim().toLowerCase();
    if (q && tr.dataset.text.indexOf(q) < 0) { return false; }
    var want = verdict.value;
    if (want) {
      var any = (m.assessments || []).some(function (a) { return want === "partly" ? partly(a) : a.readiness === want; });
      if (!any) { return false; }
    }
    return true;
  };
  var render = function () {
    var list = rows.slice();
    if (sortKey) {
      var col = columns.filter(function (c) { return c.key === sortKey; })[0];
      list.sort(function (x, y) {
        var a = col.value(machines[Number(x.dataset.index)]);
        var b = col.value(machines[Number(y.dataset.index)]);
        if (col.target) { a = order[a] == null ? 9 : order[a]; b = order[b] == null ? 9 : order[b]; }
        if (a == null || a === "") { return 1; }
        if (b == null || b === "") { return -1; }
        if (a < b) { return -sortDir; }
        if (a > b) { return sortDir; }
        return Number(x.dataset.index) - Number(y.dataset.index);
      });
    }
    var shown = 0;
    var frag = document.createDocumentFragment();
    list.forEach(function (tr) {
      var ok = visible(tr);
      tr.hidden = !ok;
      if (ok) { shown += 1; }
      frag.appendChild(tr);
    });
    tbody.appendChild(frag);
    count.textContent = fill(L.count, { shown: shown, total: machines.length });
    Array.prototype.forEach.call(thead.querySelectorAll("th"), function (th) {
      if (th.dataset.key === sortKey) { th.setAttribute("aria-sort", sortDir > 0 ? "ascending" : "descending"); }
      else { th.removeAttribute("aria-sort"); }
    });
    return shown;
  };
  var sortBy = function (key) {
    if (sortKey === key) { sortDir = -sortDir; } else { sortKey = key; sortDir = 1; }
    render();
  };
  var link = function (href, text) {
    var a = el("a", null, text);
    if (/^https:\/\//.test(href)) { a.href = href; a.rel = "noreferrer"; a.target = "_blank"; }
    return a;
  };
  var show = function (i) {
    var m = machines[i];
    rows.forEach(function (tr) { tr.classList.toggle("selected", Number(tr.dataset.index) === i); });
    panel.textContent = "";
    var close = el("button", "close", L.close);
    close.addEventListener("click", function () { panel.hidden = true; });
    panel.appendChild(close);
    panel.appendChild(el("h3", null, m.name));
    var src = m.source ? [m.source.file, m.source.sheet, m.source.row].filter(function (x) { return x != null; }).join("!") : "";
    var dl = el("dl");
    var fact = function (k, v) { if (v == null || v === "") { return; } dl.appendChild(el("dt", null, k)); dl.appendChild(el("dd", null, v)); };
    fact(L.source, src);
    fact(L.platform, m.hypervisor == null ? null : word(L.platforms, m.hypervisor));
    fact(L.os, m.os ? m.os.raw : null);
    fact(L.firmware, m.firmware == null ? null : word(L.firmwares, m.firmware));
    fact(L.cores, m.cores);
    var g = gib(m.memory_bytes);
    fact(L.memory, g == null ? null : (Math.round(g * 10) / 10));
    if (m.support) {
      var sup = L.support_status[m.support.status] || m.support.status;
      if (m.support.release) { sup += " (" + m.support.release + ")"; }
      fact(L.support, sup);
      fact(L.extended_end, m.support.extended_end);
      fact(L.esu_end, m.support.esu_end);
    }
    if (m.sizing) {
      fact(L.size, m.sizing.vm_size ? m.sizing.vm_size + " (" + fill(L.size_shape, { vcpus: m.sizing.vcpus, gib: m.sizing.memory_gib }) + ")" : L.none);
      fact(L.chosen, m.sizing.why);
      if (m.sizing.monthly_compute != null) { fact(L.compute, m.sizing.monthly_compute + " " + (m.sizing.currency || "")); }
    }
    panel.appendChild(dl);
    (m.assessments || []).forEach(function (a) {
      var h = el("h4");
      h.appendChild(el("span", null, a.target + " " + a.edition + " "));
      h.appendChild(pill(a));
      panel.appendChild(h);
      if (!a.findings || !a.findings.length) {
        panel.appendChild(el("p", null, a.readiness === "not-applicable" ? L.not_covered : L.no_finding));
      }
      (a.findings || []).forEach(function (f) {
        var r = rules[f.rule] || {};
        var box = el("div", "finding " + f.outcome);
        var title = el("div");
        title.appendChild(el("strong", null, f.rule + " "));
        title.appendChild(el("span", null, (r.title || "") + " · " + word(L.severity, f.severity) + " · " + word(L.outcome, f.outcome)));
        box.appendChild(title);
        box.appendChild(el("div", null, f.message));
        (f.values || []).forEach(function (v) {
          box.appendChild(el("div", "values", L.read + " " + word(L.fields, v.field) + " = " + v.value + (v.cell ? " (" + v.cell + ")" : "")));
        });
        var fix = f.fix || r.remediation;
        if (fix) { box.appendChild(el("div", "fix", L.fix + ": " + fix)); }
        if (r.reference) { var p = el("div", "values"); p.appendChild(link(r.reference, L.page)); box.appendChild(p); }
        panel.appendChild(box);
      });
      if (partly(a)) {
        panel.appendChild(el("p", "values", L.not_checked + ": " + a.coverage.not_evaluated.join(", ")));
      }
      if (a.not_evaluated && a.not_evaluated.length) {
        panel.appendChild(el("p", "values", L.not_evaluated + ": " + a.not_evaluated.join(", ")));
      }
    });
    panel.hidden = false;
  };
  filter.addEventListener("input", render);
  verdict.addEventListener("change", render);
  render();
  // #selftest: the page filters and sorts itself and says what it saw, for a browser test.
  if (location.hash === "#selftest") {
    var results = [];
    var check = function (what, ok) { results.push((ok ? "pass " : "FAIL ") + what); };
    check("every machine shown", render() === machines.length);
    if (machines.length) {
      var name = machines[machines.length - 1].name;
      filter.value = name.toLowerCase();
      var expected = machines.filter(function (m) {
        var words = [m.name, m.os ? m.os.raw : "", m.sizing && m.sizing.vm_size ? m.sizing.vm_size : ""];
        (m.assessments || []).forEach(function (a) { (a.findings || []).forEach(function (f) { words.push(f.rule); }); });
        return words.join(" ").toLowerCase().indexOf(name.toLowerCase()) >= 0;
      }).length;
      check("filter by name", render() === expected && expected >= 1);
      filter.value = "";
      verdict.value = "not-ready";
      var notReady = machines.filter(function (m) { return (m.assessments || []).some(function (a) { return a.readiness === "not-ready"; }); }).length;
      check("filter by verdict", render() === notReady);
      verdict.value = "partly";
      var partlyShown = machines.filter(function (m) { return (m.assessments || []).some(partly); }).length;
      check("filter partly checked", render() === partlyShown);
      verdict.value = "";
      render();
      var plain = Array.prototype.filter.call(tbody.querySelectorAll(".pill.partly"), function (p) { return p.textContent === verdictWords("ready"); }).length;
      var marked = tbody.querySelectorAll(".pill.partly").length;
      var expectedPartly = 0;
      machines.forEach(function (m) { (m.assessments || []).forEach(function (a) { if (partly(a)) { expectedPartly += 1; } }); });
      check("partly checked marked", marked === expectedPartly && plain === 0);
      sortBy("name");
      var first = tbody.querySelector("tr:not([hidden]) td").textContent;
      var names = machines.map(function (m) { return m.name; }).sort();
      check("sort by name", first === names[0]);
      show(0);
      check("panel opens", !panel.hidden && panel.querySelector("h3").textContent === machines[0].name);
      // The machine with the most to say (findings, values read) is left in the closed panel,
      // so a browser test reads a panel's rendered words.
      var said = function (m) {
        var n = 0;
        (m.assessments || []).forEach(function (a) { (a.findings || []).forEach(function (f) { n += 1 + (f.values || []).length; }); });
        return n;
      };
      var richest = 0;
      machines.forEach(function (m, j) { if (said(m) > said(machines[richest])) { richest = j; } });
      show(richest);
      panel.hidden = true;
      render();
    }
    document.body.dataset.selftest = results.join("; ");
    // The widths a browser test compares: the window's, the page's and the table's right edge.
    var table = document.getElementById("table");
    document.body.dataset.widths = [window.innerWidth, document.documentElement.scrollWidth,
      Math.ceil(table.getBoundingClientRect().right), table.querySelectorAll("thead th").length].join(" ");
  }
})();
