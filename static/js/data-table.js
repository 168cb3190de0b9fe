/*
 * The data page's table, sorted and filtered in place (progressive enhancement:
 * without this script the filter form is an ordinary GET and the table is whole).
 */
(function () {
    "use strict";
    var table = document.querySelector("table[data-sortable]");
    var form = document.querySelector("[data-table-filters]");
    var status = document.querySelector("[data-table-status]");
    if (!table) {
        return;
    }
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows).filter(function (row) {
        return row.hasAttribute("data-year");
    });

    function cellValue(row, index, kind) {
        var cell = row.cells[index];
        var raw = cell.getAttribute("data-value");
        if (kind === "number") {
            var number = parseFloat(raw === null ? cell.textContent : raw);
            return isNaN(number) ? -Infinity : number;
        }
        return cell.textContent.trim();
    }

    table.querySelectorAll("th button[data-sort]").forEach(function (button, index) {
        var header = button.closest("th");
        var column = Array.prototype.indexOf.call(header.parentNode.children, header);
        var label = header.querySelector("[data-sort-label]");
        button.hidden = false;
        if (label) {
            label.hidden = true;
        }
        button.addEventListener("click", function () {
            var ascending = header.getAttribute("aria-sort") !== "ascending";
            table.querySelectorAll("th[aria-sort]").forEach(function (th) {
                th.removeAttribute("aria-sort");
            });
            header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
            var kind = button.getAttribute("data-sort");
            rows.sort(function (a, b) {
                var x = cellValue(a, column, kind);
                var y = cellValue(b, column, kind);
                var order = x < y ? -1 : x > y ? 1 : 0;
                return ascending ? order : -order;
            });
            rows.forEach(function (row) {
                body.appendChild(row);
            });
        });
    });

    if (!form) {
        return;
    }
    var submit = form.querySelector("[data-filter-submit]");
    if (submit) {
        submit.hidden = true;
    }
    function applyFilters() {
        var wanted = {};
        form.querySelectorAll("select[data-filter]").forEach(function (select) {
            wanted[select.getAttribute("data-filter")] = select.value;
        });
        var shown = 0;
        rows.forEach(function (row) {
            var match = Object.keys(wanted).every(function (key) {
                return !wanted[key] || row.getAttribute("data-" + key) === wanted[key];
            });
            row.hidden = !match;
            shown += match ? 1 : 0;
        });
        if (status) {
            status.textContent = "显示 " + shown + " 项";
        }
        var query = new URLSearchParams();
        Object.keys(wanted).forEach(function (key) {
            if (wanted[key]) {
                query.set(key, wanted[key]);
            }
        });
        var search = query.toString();
        window.history.replaceState(null, "", search ? "?" + search : window.location.pathname);
    }
    form.addEventListener("change", applyFilters);
    form.addEventListener("submit", function (event) {
        event.preventDefault();
        applyFilters();
    });
})();
