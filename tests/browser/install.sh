#!/usr/bin/env bash
# Installs headless Chromium and its WebDriver (Debian's chromium and chromium-driver) for the browser tests
# of tests/SeedData.Tests (ExplorerBrowserTests, through Selenium.WebDriver). Without them those tests are skipped, with the reason.
# Idempotent: does nothing when both are already on PATH. Needs root (or sudo) and the Debian package mirror.
set -euo pipefail
if command -v chromium > /dev/null && command -v chromedriver > /dev/null; then
  echo "chromium and chromedriver are installed: $(chromium --version 2>/dev/null | head -1)"
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium chromium-driver > /dev/null
echo "installed: $(chromium --version 2>/dev/null | head -1), $(chromedriver --version | head -1)"
