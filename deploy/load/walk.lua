-- wrk script for deploy/load: cycles through the requests listed in a file, one per line as
-- "host<TAB>header<TAB>path" (header is "Name: value" or empty), each thread starting at its own
-- place. Anything but a 200 counts as bad (a sign-in page's redirect included). At the end it
-- prints one line of JSON with the figures deploy/load/load.py records.
--
--   wrk -t2 -c32 -d30s -s walk.lua http://127.0.0.1:58080 -- requests.tsv [pause-ms]
--
-- With pause-ms each connection waits that long after each answer before its next request, so the
-- load is below what the server can take (deploy/load/load.py's half-load phases).

local threads = {}

function setup(thread)
    table.insert(threads, thread)
    thread:set("id", #threads)
end

function init(args)
    targets = {}
    for line in io.lines(args[1]) do
        local host, header, path = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)$")
        local name, value = header:match("^([^:]+):%s*(.*)$")
        table.insert(targets, { host = host, name = name, value = value, path = path })
    end
    -- Threads start apart (each thread has a Lua state of its own and knows only its id).
    counter = (id - 1) * 7919
    pause = tonumber(args[2] or "0")
    bad = 0
    statuses = ""
end

function request()
    counter = counter + 1
    local target = targets[(counter % #targets) + 1]
    local headers = { Host = target.host }
    if target.name then
        headers[target.name] = target.value
    end
    return wrk.format("GET", target.path, headers)
end

function delay()
    return pause
end

function response(status, headers, body)
    if status ~= 200 then
        bad = bad + 1
        if #statuses < 200 then
            statuses = statuses .. status .. " "
        end
    end
end

function done(summary, latency, requests)
    local total_bad, seen = 0, ""
    for _, thread in ipairs(threads) do
        total_bad = total_bad + thread:get("bad")
        seen = seen .. thread:get("statuses")
    end
    local errors = summary.errors
    io.write(string.format(
        '{"requests": %d, "seconds": %.3f, "bytes": %d, "bad": %d, "bad_statuses": "%s", "socket_errors": %d, '
            .. '"p50_ms": %.2f, "p90_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f}\n',
        summary.requests, summary.duration / 1e6, summary.bytes, total_bad, seen,
        errors.connect + errors.read + errors.write + errors.timeout,
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
