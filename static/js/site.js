/*
 * Progressive enhancement only; every page works without it.
 * 1. Marks the table-of-contents entry of the section being read (aria-current),
 *    so the sticky TOC on wide screens shows where the reader is.
 * 2. Share and print tools (no third-party script): copy the page's link, the
 *    system share sheet where the browser has one (Web Share API), print.
 *    The buttons stay hidden until this script shows the ones that work.
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

(function () {
    "use strict";
    var tools = document.querySelector(".share-tools");
    if (!tools) {
        return;
    }
    var status = tools.querySelector(".share-tools__status");
    var url = tools.getAttribute("data-url") || window.location.href;
    var title = tools.getAttribute("data-title") || document.title;
    function say(text) {
        status.textContent = text;
    }
    function show(action, handler) {
        var button = tools.querySelector('[data-share="' + action + '"]');
        if (button) {
            button.hidden = false;
            button.addEventListener("click", handler);
        }
    }
    if (navigator.clipboard && window.isSecureContext) {
        show("copy", function () {
            navigator.clipboard.writeText(url).then(
                function () { say(tools.getAttribute("data-copied")); },
                function () { say(tools.getAttribute("data-copy-failed")); }
            );
        });
    }
    if (navigator.share) {
        show("share", function () {
            navigator.share({ title: title, url: url }).catch(function () {});
        });
    }
    show("print", function () {
        window.print();
    });
    tools.hidden = false;
})();
