#!/bin/sh
# Writes the purge secret into the VCL, then runs varnishd in the foreground.
set -eu
if [ "${#VARNISH_PURGE_SECRET}" -lt 16 ]; then
  echo "VARNISH_PURGE_SECRET must have at least 16 characters" >&2
  exit 1
fi
case "$VARNISH_PURGE_SECRET" in
  *[!A-Za-z0-9_-]*) echo "VARNISH_PURGE_SECRET may hold only letters, digits, - and _" >&2; exit 1 ;;
esac
# The VCL files mounted beside this script; the filled-in copy goes to a fresh private directory.
here=$(cd "$(dirname "$0")" && pwd)
vcl_dir=$(mktemp -d)
cp "$here/backends.vcl" "$vcl_dir/backends.vcl"
sed "s|@@PURGE_SECRET@@|${VARNISH_PURGE_SECRET}|g" "$here/dateline.vcl" > "$vcl_dir/dateline.vcl"
exec varnishd -F -a :80 -p vcl_path="$vcl_dir" -f "$vcl_dir/dateline.vcl" -s "malloc,${VARNISH_SIZE:-256m}"
