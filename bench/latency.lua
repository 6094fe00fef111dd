-- wrk script for bench/run.sh: prints the 95th latency percentile, which wrk's --latency table
-- (50/75/90/99) leaves out, as "p95 MICROSECONDS" after the run.

function done(summary, latency, requests)
	io.write(string.format("p95 %d\n", latency:percentile(95)))
end
