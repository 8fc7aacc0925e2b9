(function () {
  var rows = Array.prototype.slice.call(document.querySelectorAll('#findings tbody tr'));
  var boxes = Array.prototype.slice.call(document.querySelectorAll('#filters input[type=checkbox]'));
  var org = document.getElementById('f-org');
  var rule = document.getElementById('f-rule');
  var shownNote = document.getElementById('shown');
  function checked(name) {
    return boxes.filter(function (b) { return b.name === name && b.checked; })
        .map(function (b) { return b.value; });
  }
  function apply() {
    var sev = checked('severity'), kind = checked('kind'), shown = 0;
    rows.forEach(function (r) {
      var show = sev.indexOf(r.dataset.severity) >= 0 && kind.indexOf(r.dataset.kind) >= 0
          && (!org.value || r.dataset.org === org.value) && (!rule.value || r.dataset.rule === rule.value);
      r.hidden = !show;
      if (show) { shown++; }
    });
    shownNote.textContent = shownNote.dataset.template.replace('{0}', shown).replace('{1}', rows.length);
    shownNote.dataset.visible = shown;
    document.getElementById('no-rows').hidden = shown > 0;
  }
  boxes.concat([org, rule]).forEach(function (e) { e.addEventListener('change', apply); });
  apply();
  var test = /^#test-only=([A-Z]+)$/.exec(location.hash);
  if (test) {
    boxes.forEach(function (b) {
      if (b.name === 'severity' && b.value !== test[1] && b.checked) { b.click(); }
    });
    var visible = rows.filter(function (r) { return !r.hidden; });
    var severities = [], cases = 0;
    visible.forEach(function (r) {
      cases += parseInt(r.dataset.count, 10);
      if (severities.indexOf(r.dataset.severity) < 0) { severities.push(r.dataset.severity); }
    });
    document.body.setAttribute('data-test-result', 'rows=' + visible.length + ';counter='
        + shownNote.dataset.visible + ';cases=' + cases + ';severities=' + severities.join(','));
  }
  if (location.hash === '#test-first-screen') {
    var first = rows.filter(function (r) { return r.getBoundingClientRect().top < window.innerHeight; })
        .map(function (r) {
          return { severity: r.dataset.severity, rule: r.dataset.rule, key: r.dataset.key,
            count: parseInt(r.dataset.count, 10), title: r.cells[1].textContent, text: r.innerText };
        });
    document.body.setAttribute('data-first-screen', JSON.stringify({ height: window.innerHeight, rows: first }));
  }
})();
