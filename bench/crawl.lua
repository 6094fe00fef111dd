-- wrk script for bench/mixed.sh: a crawler reading distinct stories, each once, in list order (the
-- threads share the list by striding), so nearly every page is an uncached render. Stops sending new
-- paths when the list is used up (then repeats from the start; the summary counts the repeats as hits).
--
--   wrk -tT ... -s bench/crawl.lua URL -- PATHS_FILE T
local threads = {}
local counter = 0

function setup(thread)
	counter = counter + 1
	thread:set("id", counter)
	table.insert(threads, thread)
end

function init(args)
	paths = {}
	for line in io.lines(args[1]) do
		if line ~= "" then
			table.insert(paths, line)
		end
	end
	stride = tonumber(args[2]) or 2
	next_index = id or 1
	hits, misses = 0, 0
end

function request()
	local path = paths[((next_index - 1) % #paths) + 1]
	next_index = next_index + stride
	return wrk.format("GET", path, { ["Accept-Encoding"] = "gzip" })
end

function response(status, headers, body)
	local cache = headers["X-Page-Cache"]
	if cache == "HIT" then
		hits = hits + 1
	elseif cache == "MISS" then
		misses = misses + 1
	end
end

function done(summary, latency, requests)
	local h, m = 0, 0
	for _, thread in ipairs(threads) do
		h = h + thread:get("hits")
		m = m + thread:get("misses")
	end
	io.write(string.format("cache hits %d\ncache misses %d\n", h, m))
end
