# Varnish in front of Dateline: caches the public pages the application marks public (s-maxage),
# indexes them by the content keys of their xkey header, and lets only the application nodes purge
# by key, with the shared secret. Never caches the admin, previews, a signed-in or commenting
# reader's requests, or anything the application calls private. Needs varnish-modules (xkey).
#
# The secret is written in at start-up (see docker-compose.yml): "@@PURGE_SECRET@@" below is replaced
# from VARNISH_PURGE_SECRET, which must equal the nodes' DATELINE_EDGE_SECRET. The backends and the
# addresses allowed to purge come from backends.vcl.
vcl 4.1;

import std;
import xkey;

include "backends.vcl";

sub vcl_recv {
    call dateline_backend;

    if (req.method == "PURGE") {
        if (client.ip !~ purgers || req.http.X-Purge-Secret != "@@PURGE_SECRET@@"
                || "@@PURGE_SECRET@@" ~ "^(@@.*@@)?$") {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "No keys"));
        }
        set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.n-gone));
    }
    unset req.http.X-Purge-Secret;

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/admin(/|$|\?)" || req.url ~ "^/preview/" || req.url ~ "^/actuator") {
        return (pass);
    }
    # A session, remember-me or commenter cookie: this reader's own page (their held comment, their
    # saved details, the staff toolbar), never shared.
    if (req.http.Cookie ~ "(^|;\s*)(JSESSIONID|SESSION|remember-me|dateline_commenter|dateline_held)=[^;]") {
        return (pass);
    }
    if (req.url ~ "[?&]replytocom=") {
        return (pass);
    }
    # Any other cookie does not change a public page: dropped, so everyone shares one copy.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # The application marks personal answers "private, no-store"; the built-in logic then makes them
    # uncacheable. A Set-Cookie never goes into the cache either.
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # A stale copy may be served while a fresh one is fetched (after expiry, never after a purge).
    set beresp.grace = 30s;
}

sub vcl_deliver {
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } else if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The keys are for this cache; browsers need not see them.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
}

sub vcl_synth {
    set resp.http.Cache-Control = "private, no-store";
}
