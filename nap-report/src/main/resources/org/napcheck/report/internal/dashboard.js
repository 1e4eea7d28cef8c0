(function () {
  var form = document.getElementById('filters');
  var items = Array.prototype.slice.call(document.querySelectorAll('#finding-list > li.finding'));
  var shown = document.getElementById('shown');
  var body = document.getElementById('body-filter');
  function apply() {
    var severities = {};
    form.querySelectorAll('input[name=severity]').forEach(function (box) { severities[box.value] = box.checked; });
    var rule = document.getElementById('rule-filter').value;
    var pillar = document.getElementById('pillar-filter').value;
    var words = document.getElementById('search').value.trim().toLowerCase();
    var waived = document.getElementById('show-waived').checked;
    var bodyCode = body ? body.value : '';
    var count = 0;
    items.forEach(function (item) {
      var visible = severities[item.dataset.severity]
        && (!rule || item.dataset.rule === rule)
        && (!pillar || item.dataset.pillar === pillar)
        && (waived || item.dataset.waived !== 'true')
        && (!bodyCode || item.dataset.bodies.split('\t').indexOf(bodyCode) >= 0)
        && (!words || item.textContent.toLowerCase().indexOf(words) >= 0);
      item.classList.toggle('hidden', !visible);
      if (visible) { count++; }
    });
    shown.textContent = shown.dataset.template.replace('{0}', count).replace('{1}', items.length);
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  // A body in the first screen's table opens the list of its findings.
  document.querySelectorAll('a[data-body]').forEach(function (link) {
    link.addEventListener('click', function () {
      if (body) { body.value = link.dataset.body; apply(); }
    });
  });
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  });
  apply();
})();
