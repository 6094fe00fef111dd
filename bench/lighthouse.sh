#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) of one page, in Debian's Chromium.
# Usage: bench/lighthouse.sh URL [more URLs...]
# Installs Lighthouse 12 from npm into bench/.tools on first use. Needs node (18+) and /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")"

if [[ $# -lt 1 ]]; then
  echo "usage: $0 URL [URL...]" >&2
  exit 2
fi
chrome="${CHROME_PATH:-/usr/bin/chromium}"
[[ -x "$chrome" ]] || { echo "Chromium not found at $chrome (apt-get install chromium, or set CHROME_PATH)" >&2; exit 1; }
if [[ ! -x .tools/node_modules/.bin/lighthouse ]]; then
  echo "Installing Lighthouse 12 into bench/.tools ..." >&2
  npm install --prefix .tools --no-audit --no-fund --silent lighthouse@12 >&2
fi

out="${LIGHTHOUSE_OUT:-out/lighthouse}"
mkdir -p "$out"
out=$(cd "$out" && pwd)
flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run"
flags+=" --disable-background-networking --disable-component-update --disable-sync"

printf '%-60s %11s %13s %14s %5s\n' "page" "performance" "accessibility" "best-practices" "seo"
for url in "$@"; do
  name=$(printf '%s' "$url" | sed -E 's#^https?://##; s#[^A-Za-z0-9]+#-#g' | cut -c1-80)
  CHROME_PATH="$chrome" .tools/node_modules/.bin/lighthouse "$url" --quiet --output=json \
    --output-path="$out/$name.json" --chrome-flags="$flags" </dev/null
  node -e '
    const r = require(process.argv[1]);
    const s = (k) => Math.round(r.categories[k].score * 100);
    const page = process.argv[2].length > 60 ? process.argv[2].slice(0, 57) + "..." : process.argv[2];
    console.log(page.padEnd(60), String(s("performance")).padStart(11), String(s("accessibility")).padStart(13),
      String(s("best-practices")).padStart(14), String(s("seo")).padStart(5));
    for (const a of Object.values(r.audits)) {
      if (a.score !== null && a.score < 1 && !["informative", "notApplicable", "manual"].includes(a.scoreDisplayMode)) {
        console.log("    - " + a.id + (a.displayValue ? ": " + a.displayValue : ""));
      }
    }' "$out/$name.json" "$url"
done
