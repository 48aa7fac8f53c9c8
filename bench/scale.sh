#!/usr/bin/env bash
# The scale harness (bench/README.md): synthetic data at several sizes, each built with the compiler server off
# under /usr/bin/time -v and run cold, against a baseline measured in the same run. Arguments go to the harness:
#   bash bench/scale.sh                                   # 0, 1k, 10k, 100k records, 3 runs each
#   bash bench/scale.sh --sizes 0,1000,10000,100000,1000000 --catalog --plot docs/performance.png
#   bash bench/scale.sh --sizes 0,1000 --runs 1 --smoke   # what CI runs
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# /usr/bin/time reads the compiler's peak memory; gnuplot draws the plot. Install them where missing and allowed.
need=()
[ -x /usr/bin/time ] || need+=(time)
if [[ " $* " == *" --plot "* ]] && ! command -v gnuplot >/dev/null; then need+=(gnuplot-nox); fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "bench/scale.sh needs: ${need[*]} (apt-get install ${need[*]})" >&2
    exit 1
  fi
fi
exec dotnet run -c Release --project bench/SeedData.Benchmarks -- scale "$@"
