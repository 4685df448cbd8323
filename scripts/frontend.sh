#!/usr/bin/env bash
# Installs the front-end packages from npm and copies the few files the themes use into their
# wwwroot/lib folders. The copies are committed, so building and running the site needs no Node.
# Run it after changing package.json; review `git status` and commit the changed lib files.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [[ -f package-lock.json ]]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund
fi

modules="$root/node_modules"
gds_styles="$modules/@gov-design-system-ce/styles/lib"
gds_fonts="$modules/@gov-design-system-ce/fonts/lib"
gds_icons="$modules/@gov-design-system-ce/icons/lib/components"
trix="$modules/trix"

public_lib="$root/src/Themes/Pelhrimov.Theme/wwwroot/lib"
admin_lib="$root/src/Themes/Pelhrimov.AdminTheme/wwwroot/lib"

# Roboto in the weights the themes use; each weight has a Latin and a Latin Extended (ř, ů, ě…) file.
font_files=(
  roboto-regular roboto-regular-ext roboto-italic roboto-italic-ext
  roboto-medium roboto-medium-ext roboto-bold roboto-bold-ext
)

# Only the icons referenced from the themes' CSS (see the .icon--* rules).
public_icons=(
  search list x-lg chevron-right chevron-left telephone envelope-fill geo-alt-fill
  box-arrow-up-right download info-circle-fill exclamation-triangle-fill check-circle-fill
)
admin_icons=(
  person-fill info-circle-fill exclamation-triangle-fill check-circle-fill
)

version_of() { node -p "require('$modules/$1/package.json').version"; }

copy_gds() {
  local target="$1"; shift
  local icons=("$@")
  local gds="$target/gov-design-system"
  rm -rf "$gds"
  mkdir -p "$gds/fonts" "$gds/icons"
  cp "$gds_styles/tokens.css" "$gds/tokens.css"
  for font in "${font_files[@]}"; do
    cp "$gds_fonts/$font.woff2" "$gds/fonts/"
  done
  # The package's roboto.css declares every weight with font-display:auto; keep the copied
  # weights only and let text show in the fallback font while Roboto loads.
  node - "$gds_fonts/roboto.css" "$gds/fonts/roboto.css" "${font_files[@]}" <<'NODE'
const fs = require("fs");
const [source, target, ...kept] = process.argv.slice(2);
const blocks = fs.readFileSync(source, "utf8").match(/(\/\*[^*]*\*\/\s*)?@font-face\s*{[^}]*}/g) ?? [];
const wanted = blocks
  .filter(block => kept.some(name => block.includes(`url('${name}.woff2')`)))
  .map(block => block.replace(/font-display:\s*auto/, "font-display: swap"));
if (wanted.length !== kept.length) {
  throw new Error(`Expected ${kept.length} @font-face rules, found ${wanted.length}.`);
}
fs.writeFileSync(target, "/* Roboto from @gov-design-system-ce/fonts, reduced by scripts/frontend.sh. */\n" + wanted.join("\n") + "\n");
NODE
  for icon in "${icons[@]}"; do
    cp "$gds_icons/$icon.svg" "$gds/icons/"
  done
  cat > "$gds/NOTICE.md" <<NOTICE
Files copied by scripts/frontend.sh from the npm packages of the Czech Gov Design System
(Copyright (c) 2020 - 2025 Digitální a informační agentura), licensed under the EUPL-1.2
(https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12):

- @gov-design-system-ce/styles $(version_of @gov-design-system-ce/styles): tokens.css
- @gov-design-system-ce/fonts $(version_of @gov-design-system-ce/fonts): fonts/ (Roboto, Apache-2.0 font files)
- @gov-design-system-ce/icons $(version_of @gov-design-system-ce/icons): icons/

Do not edit; change package.json and run scripts/frontend.sh instead.
NOTICE
}

mkdir -p "$public_lib" "$admin_lib"
copy_gds "$public_lib" "${public_icons[@]}"
copy_gds "$admin_lib" "${admin_icons[@]}"

rm -rf "$admin_lib/trix"
mkdir -p "$admin_lib/trix"
cp "$trix/dist/trix.umd.min.js" "$trix/dist/trix.css" "$trix/LICENSE" "$admin_lib/trix/"

du -sh "$public_lib" "$admin_lib"
