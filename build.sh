#!/usr/bin/env bash
# The first command on a fresh machine (only the .NET 10 SDK needed):
#   1. packs SeedData.Generator and SeedData (Release) into nuget/;
#   2. runs the file-based sample samples/explore.cs against those packages, restoring into a private,
#      emptied packages folder (.packages/build) so that no cached copy of the same version can stand in. Its first
#      line prints Dataset.ContentHash in full, the value to pin in a test suite's Assert.Equal.
# Pass an actor id to explore someone else: ./build.sh volodymyr-zelenskyy
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The one version of both packages is set in Directory.Build.props.
version=$(sed -n 's:.*<SeedDataVersion>\(.*\)</SeedDataVersion>.*:\1:p' Directory.Build.props)
if ! grep -q "^#:package SeedData@$version\$" samples/explore.cs; then
  echo "samples/explore.cs does not ask for SeedData@$version (Directory.Build.props): update its #:package line" >&2
  exit 1
fi

echo "== pack SeedData.Generator $version and SeedData $version into nuget/"
rm -f "nuget/SeedData.$version.nupkg" "nuget/SeedData.$version.snupkg" "nuget/SeedData.Generator.$version.nupkg"
dotnet pack src/SeedData.Generator/SeedData.Generator.csproj -c Release -o nuget
dotnet pack src/SeedData/SeedData.csproj -c Release -o nuget
ls -l nuget/*."$version".*nupkg

echo "== dotnet run samples/explore.cs against nuget/ (packages restored into .packages/build)"
packages="$PWD/.packages/build"
rm -rf "$packages"
cd samples
# --no-cache: build the script again, so it is compiled against the package just restored.
NUGET_PACKAGES="$packages" dotnet run --no-cache explore.cs -- "$@"
