/*
 * Progressive enhancement only; every page works without it.
 * Marks the table-of-contents entry of the section being read (aria-current),
 * so the sticky TOC on wide screens shows where the reader is.
 */
(function () {
    "use strict";
    var toc = document.querySelector(".toc");
    if (!toc || !("IntersectionObserver" in window)) {
        return;
    }
    var links = {};
    toc.querySelectorAll('a[href^="#"]').forEach(function (link) {
        links[decodeURIComponent(link.hash.slice(1))] = link;
    });
    function mark(id) {
        Object.keys(links).forEach(function (key) {
            if (key === id) {
                links[key].setAttribute("aria-current", "true");
            } else {
                links[key].removeAttribute("aria-current");
            }
        });
    }
    var observer = new IntersectionObserver(
        function (entries) {
            entries.forEach(function (entry) {
                if (entry.isIntersecting) {
                    mark(entry.target.id);
                }
            });
        },
        { rootMargin: "0px 0px -70% 0px" }
    );
    Object.keys(links).forEach(function (id) {
        var section = document.getElementById(id);
        if (section) {
            observer.observe(section);
        }
    });
})();
