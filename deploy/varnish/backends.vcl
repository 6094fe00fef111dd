# The Compose deployment: the nginx proxy balancing across the app nodes; purges come from the app
# nodes on the Compose network (private addresses) and must carry the secret.
backend proxy {
    .host = "proxy";
    .port = "80";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}

acl purgers {
    "127.0.0.1";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}

sub dateline_backend {
    set req.backend_hint = proxy;
}
