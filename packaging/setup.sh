#!/usr/bin/env bash
# Set up the planner on Debian/Ubuntu: system libraries Qt needs (when missing),
# a virtual environment in .venv, and the project installed into it.
#   bash packaging/setup.sh          set up only
#   bash packaging/setup.sh --run    set up, then start the app
#   bash packaging/setup.sh --test   set up with the test extras (used by packaging/test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-}"
PY="${PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3

# Libraries a bare Debian 12 lacks for Qt (offscreen and X11), a CJK font, venv support,
# and the tools the tests use to check exported files.
pkgs=(libgl1 libegl1 libx11-6 libxkbcommon0 libglib2.0-0 libfreetype6 libfontconfig1 libdbus-1-3
      libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-util1 libxcb-image0 libxcb-keysyms1
      libxcb-randr0 libxcb-render-util0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-render0
      libxcb-shape0 libxcb-xkb1 libxcb1 libx11-xcb1 fonts-wqy-microhei sqlite3
      desktop-file-utils shared-mime-info)  # the desktop's menu entry and the .mpplan file type
if [ "$mode" = "--test" ]; then
  pkgs+=(poppler-utils    # pdftotext, pdfinfo and pdftoppm check the PDF report
        librsvg2-bin     # rsvg-convert draws the exported SVGs for the tests to look at
        appstream)       # appstreamcli validates the AppStream metadata
fi
if command -v dpkg-query >/dev/null 2>&1; then
  echo "== Checking the system packages the planner needs"
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    missing+=("python3-venv")
  fi
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing system packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >/dev/null
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
      echo "   installed"
    else
      echo "Please install these system packages first (as root):" >&2
      echo "  apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "== Creating the virtual environment .venv (with $("$PY" --version 2>&1))"
  "$PY" -m venv .venv
fi
stamp=.venv/.installed-$(cat pyproject.toml | sha1sum | cut -c1-12)$mode
if [ ! -f "$stamp" ]; then
  if [ "$mode" = "--test" ]; then
    echo "== Installing the planner and its test tools into .venv (the first time takes a few minutes)"
  else
    echo "== Installing the planner into .venv (the first time takes a few minutes)"
  fi
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  if [ "$mode" = "--test" ]; then
    .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
  else
    .venv/bin/python -m pip install -q --disable-pip-version-check -e .
  fi
  touch "$stamp"
else
  echo "== The planner is installed in .venv"
fi

# The desktop's menu entry, icon and .mpplan file type, for this user (once; not for the
# tests, which never touch the person's desktop). Never fails the set-up.
entry="${XDG_DATA_HOME:-$HOME/.local/share}/applications/io.github.campaignplanner.CampaignPlanner.desktop"
if [ "$mode" != "--test" ] && [ ! -f "$entry" ]; then
  if command -v desktop-file-install >/dev/null 2>&1 && command -v update-mime-database >/dev/null 2>&1; then
    echo "Adding the planner to the desktop's menu and opening .mpplan files with it"
    .venv/bin/campaign-planner install-desktop >/dev/null \
      || echo "note: could not add the planner to the desktop's menu; .venv/bin/campaign-planner install-desktop says why"
  else
    echo "note: the planner is not in the desktop's menu: install desktop-file-utils and shared-mime-info," \
         "then run .venv/bin/campaign-planner install-desktop"
  fi
fi

if [ "$mode" = "--run" ]; then
  shift
  echo "== Starting the planner (later: .venv/bin/campaign-planner [PLAN.mpplan])"
  exec .venv/bin/campaign-planner "$@"
fi
