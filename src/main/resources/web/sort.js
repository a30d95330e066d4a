// Sorting of the web edition's tables by a column: a progressive enhancement. Without this
// script every table reads in its published order. Each column header becomes a button
// (keyboard: Tab, then Enter or Space); the header carries aria-sort and a live region
// says the new order.
(function () {
  'use strict';
  function text(template, column) {
    return template.replace('{0}', column);
  }
  function key(cell) {
    var sort = cell.getAttribute('data-sort');
    return sort === null || sort === '' ? cell.textContent.trim() : sort;
  }
  function compare(a, b, numeric) {
    if (a === '' && b === '') return 0;
    if (a === '') return 1;
    if (b === '') return -1;
    if (numeric) {
      var x = parseFloat(a), y = parseFloat(b);
      if (!isNaN(x) && !isNaN(y)) return x - y;
    }
    return a.localeCompare(b, document.documentElement.lang);
  }
  function sortBy(table, index, button) {
    var body = table.tBodies[0];
    var header = button.parentNode;
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    var numeric = header.classList.contains('num');
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (r1, r2) {
      var order = compare(key(r1.cells[index]), key(r2.cells[index]), numeric);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var status = document.getElementById('sort-status');
    var name = button.textContent;
    status.textContent = text(document.body.getAttribute(ascending ? 'data-sort-ascending' : 'data-sort-descending'), name);
  }
  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
      if (!table.tHead || !table.tBodies.length) return;
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = th.textContent;
        button.setAttribute('title', text(document.body.getAttribute('data-sort-button'), th.textContent));
        button.addEventListener('click', function () { sortBy(table, index, button); });
        th.textContent = '';
        th.appendChild(button);
      });
    });
  });
}());
