#!/usr/bin/env bash
# Installs every Debian 12 package that HPLX's build, tests and app need.
# Safe to run again: it only calls apt-get when something is missing.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang-format
  # core
  libsqlite3-dev nlohmann-json3-dev zlib1g-dev
  libeigen3-dev libspectra-dev
  # learners of the landscape builder, and the datasets of the bundled sample
  libxgboost-dev libsvm-dev libopencv-ml-dev python3-sklearn
  # GUI, translations and Qt Test
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev libxkbcommon-dev fonts-dejavu-core
  # 2-D chart panels, and figure export as SVG
  qt6-charts-dev qt6-svg-dev
  # 3-D views: VTK (its CMake package needs MPI's C bindings) and Qhull's Delaunay
  libvtk9-dev mpi-default-dev libqhull-dev
  # benchmarks
  libbenchmark-dev
  # GUI screenshots and tests on a machine without a display
  xvfb xauth
  # figure export tests read PDFs back (pdftotext, pdftoppm)
  poppler-utils
  # package checks (packaging/test-package.sh)
  desktop-file-utils appstream groff-base
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are installed"
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  as_root=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
