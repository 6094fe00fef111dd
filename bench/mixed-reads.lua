-- wrk script for bench/mixed.sh: readers over the whole archive. Four requests in five go to a story
-- chosen with Zipf skew (s = 1) over every story in PATHS_FILE (one path a line, rank order), the
-- fifth to the home page, a section page or the site feed. Counts the page cache's answers
-- (X-Page-Cache: HIT or MISS) to report the hit ratio.
--
-- With "crawl THREADS" after the file it is a crawler instead: every request reads the next story of
-- the file, each once (the wrk threads share the file by striding), so nearly every page is an uncached
-- render; when the file is used up it starts again (those repeats count as hits).
--
--   wrk ... -s bench/mixed-reads.lua URL -- PATHS_FILE
--   wrk -tTHREADS ... -s bench/mixed-reads.lua URL -- PATHS_FILE crawl THREADS
local threads = {}

function setup(thread)
	table.insert(threads, thread)
	thread:set("id", #threads)
end

function init(args)
	stories = {}
	for line in io.lines(args[1]) do
		if line ~= "" then
			table.insert(stories, line)
		end
	end
	extras = { "/", "/sections/world", "/feed.atom", "/", "/sections/business" }
	cdf = {}
	local total = 0
	for rank = 1, #stories do
		total = total + 1 / rank
		cdf[rank] = total
	end
	for rank = 1, #stories do
		cdf[rank] = cdf[rank] / total
	end
	hits, misses = 0, 0
	math.randomseed(os.time() + #threads * 7919)
	crawl = args[2] == "crawl"
	stride = tonumber(args[3]) or 1
	next_index = id or 1
end

local function zipf()
	local r = math.random()
	local lo, hi = 1, #cdf
	while lo < hi do
		local mid = math.floor((lo + hi) / 2)
		if cdf[mid] < r then lo = mid + 1 else hi = mid end
	end
	return stories[lo]
end

function request()
	local path
	if crawl then
		path = stories[((next_index - 1) % #stories) + 1]
		next_index = next_index + stride
	elseif math.random() < 0.8 then
		path = zipf()
	else
		path = extras[math.random(#extras)]
	end
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
