/* Progressive enhancement only: the site reads fine without this file. */
/* ==== Quick exit (resources app) ====
   Leave for the neutral site, replacing this page in the tab's history, and remember (for this tab only) that the
   reader left, so quick-exit-guard.js sends any Back-navigation into the site straight on to the neutral site.
   Also fires on Escape pressed twice within a second. Without JavaScript the button is a plain link. */
(function () {
    "use strict";

    var link = document.querySelector("[data-quick-exit]");
    if (!link) {
        return;
    }

    function leave() {
        try {
            window.sessionStorage.setItem("quick-exit", link.href);
        } catch (error) {
            // Storage can be disabled (private modes); leaving still works.
        }
        document.documentElement.style.visibility = "hidden";
        window.location.replace(link.href);
    }

    link.addEventListener("click", function (event) {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
            return;
        }
        event.preventDefault();
        leave();
    });

    var lastEscape = 0;
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape" && event.key !== "Esc") {
            return;
        }
        var now = Date.now();
        if (now - lastEscape < 1000) {
            leave();
        }
        lastEscape = now;
    });
})();
/* ==== end quick exit ==== */

(function () {
    "use strict";

    // Learning modules: when a member reaches the end of a module, mark it complete.
    // The "Mark this module complete" button does the same without JavaScript.
    var end = document.querySelector("[data-module-end]");
    var form = end && end.querySelector("[data-complete-form]");
    if (!form || !("IntersectionObserver" in window) || !window.fetch) {
        return;
    }
    var observer = new IntersectionObserver(function (entries) {
        if (!entries.some(function (entry) { return entry.isIntersecting; })) {
            return;
        }
        observer.disconnect();
        fetch(form.action, {
            method: "POST",
            body: new FormData(form),
            headers: { Accept: "application/json" },
            credentials: "same-origin",
        }).then(function (response) {
            if (response.ok) {
                form.outerHTML = '<p class="module__status" role="status"><strong>Module complete.</strong> Well done.</p>';
            }
        });
    });
    observer.observe(end);
})();

(function () {
    "use strict";

    // Header search: suggest page titles while typing; picking one opens that page.
    // Without JavaScript the box is an ordinary search form.
    var form = document.querySelector("[data-autocomplete]");
    if (!form || !window.fetch) {
        return;
    }
    var input = form.querySelector("input[type=search]");
    var list = document.getElementById(input.getAttribute("list"));
    var urls = {};
    var timer = null;

    input.addEventListener("input", function () {
        if (urls[input.value]) {
            window.location.href = urls[input.value];
            return;
        }
        window.clearTimeout(timer);
        var query = input.value.trim();
        if (query.length < 2) {
            return;
        }
        timer = window.setTimeout(function () {
            fetch(form.dataset.autocomplete + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
                .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
                .then(function (data) {
                    list.innerHTML = "";
                    urls = {};
                    data.suggestions.forEach(function (suggestion) {
                        var option = document.createElement("option");
                        option.value = suggestion.title;
                        urls[suggestion.title] = suggestion.url;
                        list.appendChild(option);
                    });
                });
        }, 200);
    });
})();
