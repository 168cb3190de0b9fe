vcl 4.1;
# Varnish in front of gunicorn. Django's page cache decides what may be shared
# (Cache-Control: public, s-maxage); this VCL only keeps editors and sessions out
# of the cache and lets the application purge. Wagtail's frontend cache sends
# PURGE <url> for each URL the page cache purges (series/pagecache/urls.py).


backend default {
    .host = "127.0.0.1";
    .port = "8000";
}

# Purges come from the application servers on this machine only.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # A path stands for all its query strings (?page=2, ?q=…) and every host,
        # as in the Django page cache: ban by the stored path, exact match.
        ban("obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin|documents)/") {
        return (pass);
    }
    # Signed-in editors (a session cookie) always reach Django.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # Anonymous readers share one copy: other cookies do not change the page.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Lurker-friendly bans match on object headers, not on the request.
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    if (beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-path;
    if (obj.hits > 0) {
        set resp.http.X-Varnish-Cache = "hit";
    } else {
        set resp.http.X-Varnish-Cache = "miss";
    }
}
