/* Quick exit guard (resources app). Loaded in <head>, before the page is shown.
   After a reader used Quick exit in this tab, any page of this site reached by Back/Forward (or restored from the
   back-forward cache) is replaced at once by the neutral site, so Back cannot bring them into the site again.
   Opening the site afresh (a typed address, a link, a bookmark) clears the mark: they meant to come back. */
(function () {
    "use strict";

    var target;
    try {
        target = window.sessionStorage.getItem("quick-exit");
    } catch (error) {
        return; // no storage, nothing was remembered
    }

    function cameBackByHistory() {
        var entries = window.performance && performance.getEntriesByType && performance.getEntriesByType("navigation");
        return Boolean(entries && entries[0] && entries[0].type === "back_forward");
    }

    function bounce() {
        document.documentElement.style.visibility = "hidden";
        window.location.replace(window.sessionStorage.getItem("quick-exit") || target);
    }

    if (target && cameBackByHistory()) {
        bounce();
    } else if (target) {
        window.sessionStorage.removeItem("quick-exit");
    }
    window.addEventListener("pageshow", function (event) {
        if (event.persisted && window.sessionStorage.getItem("quick-exit")) {
            bounce();
        }
    });
})();
