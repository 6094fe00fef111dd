-- wrk script for bench/run.sh: posts valid "Leave a Reply" forms to one story.
--
--   wrk -d DURATION ... -s bench/post-comment.lua URL -- TOKEN PATH RUN_ID WINDOW
--
-- TOKEN is a signed form token from the story's page (fetched by run.sh well before, so the form
-- has been "open" longer than the minimum time on page); PATH is the form's action. Every request
-- has its own body, so none is refused as a duplicate, and comes from one of the generated
-- commenters reader0..reader99@example.org, who all have approved comments, so the comment is
-- approved at once. A 302 (the redirect to the new comment) counts as accepted.
--
-- Posts are sent only during the first WINDOW seconds; for the rest of the run each connection asks
-- for the style sheet instead. So no post is still in flight when wrk stops, and the number of
-- comments stored must equal the number accepted exactly.

local ffi = require("ffi")
ffi.cdef [[
	typedef struct { long tv_sec; long tv_usec; } bench_timeval;
	int gettimeofday(bench_timeval *tv, void *tz);
]]

local function now()
	local tv = ffi.new("bench_timeval")
	ffi.C.gettimeofday(tv, nil)
	return tonumber(tv.tv_sec) + tonumber(tv.tv_usec) / 1e6
end

local threads = {}

function setup(thread)
	thread:set("id", #threads + 1)
	table.insert(threads, thread)
end

local function encode(text)
	return (text:gsub("[^%w%-%._~]", function(c)
		return string.format("%%%02X", string.byte(c))
	end))
end

local sentences = {
	"Thanks for the clear reporting.",
	"I was at the meeting and this matches what I heard.",
	"The numbers in the third paragraph deserve a follow-up.",
	"Could you publish the full document?",
	"This affects everyone on our street.",
	"Good to see this covered at last.",
	"I think the council has this backwards.",
	"Any word on when the next hearing is?",
}

function init(args)
	token, path, run = args[1], args[2], args[3]
	stop_posting = now() + tonumber(args[4])
	counter, accepted, other, posting = 0, 0, 0, true
end

function request()
	posting = now() < stop_posting
	if not posting then
		return wrk.format("GET", "/css/site.css")
	end
	counter = counter + 1
	local reader = (id * 37 + counter) % 100
	local text = string.format("%s %s (run %s, post %d-%d)", sentences[counter % #sentences + 1],
		sentences[(counter * 3 + id) % #sentences + 1], run, id, counter)
	local body = "comment=" .. encode(text)
		.. "&author=" .. encode("Reader " .. reader)
		.. "&email=" .. encode("reader" .. reader .. "@example.org")
		.. "&token=" .. encode(token)
	return wrk.format("POST", path, { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end

function response(status, headers, body)
	if status == 302 then
		accepted = accepted + 1
	elseif status ~= 200 then
		other = other + 1
	end
end

function done(summary, latency, requests)
	local a, o = 0, 0
	for _, thread in ipairs(threads) do
		a = a + thread:get("accepted")
		o = o + thread:get("other")
	end
	io.write(string.format("accepted %d\nrefused %d\n", a, o))
end
