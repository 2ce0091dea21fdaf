#!/usr/bin/env bash
# `npm run setup`: install what the tests, `npm run pdf` and `npm run bench` need, then the project (and
# compile it ahead, bin/compile.js).
#
#   npm run setup               # install the missing system packages (apt-get, as root or with sudo), then `npm ci`
#   npm run setup -- --check    # only report what is missing; exit 1 when something is
#
# System packages: Chromium (browser tests, the preview tests, PDF), poppler-utils (pdftotext and pdftoppm,
# for the PDF tests), pandoc and hugo (the benchmark's baselines), and a Java runtime for the Nu HTML
# Checker test when the machine has none. sourced never downloads a browser or a binary itself: where
# apt-get cannot be used, this script says what to install and with which command.
set -euo pipefail
cd "$(dirname "$0")/.."

check_only=false
for arg in "$@"; do
  case "$arg" in
    --check) check_only=true ;;
    -h | --help)
      sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "setup: unknown option \`$arg\` (expected --check)" >&2
      exit 2
      ;;
  esac
done

say() { printf 'setup: %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

# --- What the machine has --------------------------------------------------------------------------
# The same places src/pdf.ts looks in (CHROMIUM_PATHS), or $CHROME_PATH.
find_chromium() {
  if [ -n "${CHROME_PATH:-}" ]; then
    [ -x "$CHROME_PATH" ] && echo "$CHROME_PATH"
    return 0
  fi
  for path in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable \
    /snap/bin/chromium "/Applications/Chromium.app/Contents/MacOS/Chromium" \
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"; do
    if [ -x "$path" ]; then
      echo "$path"
      return 0
    fi
  done
}

# Each missing tool as "tool:what it is for"; filled by `survey`.
missing=()
survey() {
  missing=()
  if ! have node || [ "$(node -p 'Number(process.versions.node.split(".")[0])' 2>/dev/null || echo 0)" -lt 20 ]; then
    missing+=("node:Node.js 20 or later (https://nodejs.org/)")
  fi
  [ -n "$(find_chromium)" ] || missing+=("chromium:Chromium, for the browser, preview and PDF tests and \`npm run pdf\` (or set CHROME_PATH)")
  { have pdftotext && have pdftoppm; } || missing+=("poppler:pdftotext and pdftoppm (poppler), for the PDF tests")
  # `java -version`, not `command -v`: macOS has a /usr/bin/java stub that only asks to install one.
  java -version >/dev/null 2>&1 || missing+=("java:a Java runtime, for the Nu HTML Checker test")
  have pandoc || missing+=("pandoc:pandoc, a baseline of \`npm run bench\`")
  have hugo || missing+=("hugo:hugo, a baseline of \`npm run bench\`")
}

# The platform's package for a tool; prints nothing when the tool is not a package there.
package_for() {
  local tool=$1 platform=$2
  case "$platform:$tool" in
    debian:chromium) echo chromium ;;
    ubuntu:chromium) echo chromium-browser ;;
    debian:poppler | ubuntu:poppler | fedora:poppler) echo poppler-utils ;;
    debian:java | ubuntu:java) echo default-jre-headless ;;
    fedora:java) echo java-17-openjdk-headless ;;
    arch:poppler) echo poppler ;;
    arch:java) echo jre-openjdk-headless ;;
    macos:chromium) echo "--cask chromium" ;;
    macos:poppler) echo poppler ;;
    macos:java) echo openjdk ;;
    *:node) ;;
    *) echo "$tool" ;;
  esac
}

platform() {
  if [ "$(uname -s)" = Darwin ]; then
    echo macos
  elif [ -r /etc/os-release ]; then
    # shellcheck disable=SC1091
    local id like
    id=$(. /etc/os-release && echo "${ID:-}")
    like=$(. /etc/os-release && echo "${ID_LIKE:-}")
    case " $id $like " in
      *" ubuntu "*) echo ubuntu ;;
      *" debian "*) echo debian ;;
      *" fedora "* | *" rhel "* | *" centos "*) echo fedora ;;
      *" arch "*) echo arch ;;
      *) echo other ;;
    esac
  else
    echo other
  fi
}

# Print the missing tools and the command that installs them on this platform.
report() {
  local platform=$1 entry packages=()
  for entry in "${missing[@]}"; do
    say "missing: ${entry#*:}"
    local package
    package=$(package_for "${entry%%:*}" "$platform")
    [ -n "$package" ] && packages+=("$package")
  done
  [ "${#packages[@]}" -gt 0 ] || return 0
  case "$platform" in
    debian | ubuntu) say "install with: sudo apt-get update && sudo apt-get install --no-install-recommends ${packages[*]}" ;;
    fedora) say "install with: sudo dnf install ${packages[*]}" ;;
    arch) say "install with: sudo pacman -S ${packages[*]}" ;;
    macos)
      say "install with Homebrew (https://brew.sh/):"
      local package
      for package in "${packages[@]}"; do say "  brew install $package"; done
      say "then, for Java: sudo ln -sfn \"\$(brew --prefix openjdk)/libexec/openjdk.jdk\" /Library/Java/JavaVirtualMachines/openjdk.jdk"
      ;;
    *) say "install these with your system's package manager: ${packages[*]} (Chromium, poppler's pdftotext and pdftoppm, a Java runtime, pandoc, hugo)" ;;
  esac
}

platform=$(platform)
survey

if $check_only; then
  if [ "${#missing[@]}" -eq 0 ]; then
    say "all system tools found (Chromium: $(find_chromium))"
  else
    report "$platform"
  fi
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "missing: the project's packages (node_modules/ is absent or older than package-lock.json): run \`npm ci\`"
    exit 1
  fi
  [ "${#missing[@]}" -eq 0 ]
  exit
fi

# --- Install ---------------------------------------------------------------------------------------
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ] && have sudo && { [ -t 0 ] || sudo -n true 2>/dev/null; }; then sudo=sudo; fi
  if { [ "$platform" = debian ] || [ "$platform" = ubuntu ]; } && have apt-get && { [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; }; then
    packages=()
    for entry in "${missing[@]}"; do
      package=$(package_for "${entry%%:*}" "$platform")
      [ -n "$package" ] && packages+=("$package")
    done
    if [ "${#packages[@]}" -gt 0 ]; then
      say "installing ${packages[*]} with apt-get"
      export DEBIAN_FRONTEND=noninteractive
      $sudo apt-get update -qq
      $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
    fi
    survey
  fi
  if [ "${#missing[@]}" -gt 0 ]; then
    report "$platform"
    if printf '%s\n' "${missing[@]}" | grep -q '^node:'; then exit 1; fi
  fi
fi

say "installing the project's packages: npm ci"
npm ci --no-audit --no-fund
# sourced compiled ahead (bin/compile.js); `sourced` also does this itself whenever src/ changed.
node bin/compile.js || say "could not compile src/: \`sourced\` runs the TypeScript through tsx instead"

if [ "${#missing[@]}" -gt 0 ]; then
  say "the project is installed, but the tools above are missing: \`npm test\` needs them"
  exit 1
fi
say "ready: \`npm test\` runs the tests, \`npm run build\` builds the site"
