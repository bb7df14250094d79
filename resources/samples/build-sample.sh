#!/usr/bin/env bash
# Rebuilds resources/samples/sample.db from the specs beside this script with
# hplx-cli build (real XGBoost, LIBSVM and OpenCV models on scikit-learn's toy
# datasets). Usage: resources/samples/build-sample.sh [path/to/hplx-cli]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cli="${1:-$here/../../build/release/app/hplx-cli}"
out="$here/sample.db"
tmp="$out.new"
rm -f "$tmp"
for spec in xgboost svm random_forest mlp; do
  "$cli" build "$here/specs/$spec.json" --db "$tmp"
done
"$cli" info "$tmp" > /dev/null
mv "$tmp" "$out"
echo "wrote $out ($(du -h "$out" | cut -f1))"
