#!/usr/bin/env bash
# Installs what the notebook tests (tests/SeedData.Packaging.Tests, NotebookTests) and the README's Python and R
# snippets (SnippetTests) need, the way a user on Debian or Ubuntu would: Jupyter, the Python kernel and pandas, R
# with readr, jsonlite, tidyr and ggplot2 (Debian's packages: pip and CRAN may be out of reach), the
# Microsoft.dotnet-interactive tool in ~/.dotnet/tools, and its Jupyter kernel spec. Without them those tests are
# skipped, with the reason. Idempotent. The Debian packages need root (or sudo) and the package mirror.
set -euo pipefail
# The kernel carries Microsoft.DotNet.Interactive 1.0.0-beta.26120.1, the version the SeedData package's notebook
# extension is built against (Directory.Packages.props); NotebookTests checks that the two agree.
tool_version=1.0.712001
export PATH="$PATH:$HOME/.dotnet/tools"

packages=(jupyter-nbconvert jupyter-client python3-ipykernel python3-pandas r-base-core r-cran-readr r-cran-jsonlite r-cran-tidyr r-cran-ggplot2)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2> /dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi
echo "Debian packages: ${packages[*]} ($([ "${#missing[@]}" -eq 0 ] && echo "already installed" || echo "installed ${missing[*]}"))"

tools=$(dotnet tool list -g)
if grep -q "^microsoft.dotnet-interactive *$tool_version " <<< "$tools"; then
  echo "dotnet-interactive $tool_version is installed"
else
  dotnet tool uninstall -g Microsoft.dotnet-interactive > /dev/null 2>&1 || true
  dotnet tool install -g Microsoft.dotnet-interactive --version "$tool_version"
fi

kernels=$(jupyter kernelspec list 2> /dev/null)
if ! grep -q "^ *\.net-csharp " <<< "$kernels"; then
  dotnet interactive jupyter install
fi
jupyter kernelspec list
