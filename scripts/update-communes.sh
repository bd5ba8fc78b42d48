#!/usr/bin/env bash
# Regenerates assets/communes/communes.tsv, the official list of French communes (INSEE code,
# name, postal codes, population), from Etalab's @etalab/decoupage-administratif npm package
# (data: INSEE Code officiel géographique and La Poste's postal codes, Licence Ouverte).
# Run by hand when a new edition is out; the result is committed.
set -euo pipefail
version="${1:-6.0.0}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "@etalab/decoupage-administratif@$version" >/dev/null
tar xzf ./*.tgz
out="$(dirname "$0")/../assets/communes/communes.tsv"
cd - >/dev/null
python3 - "$work/package/data/communes.json" "$out" "$version" <<'PY'
import json, sys
source, out, version = sys.argv[1:]
communes = [c for c in json.load(open(source, encoding="utf-8")) if c.get("type") == "commune-actuelle"]
communes.sort(key=lambda c: c["code"])
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write(f"# Communes of France, from @etalab/decoupage-administratif {version} (INSEE COG, Licence Ouverte)\n")
    f.write("# insee_code\tname\tpostal_codes\tpopulation\n")
    for c in communes:
        f.write(f"{c['code']}\t{c['nom']}\t{','.join(c.get('codesPostaux', []))}\t{c.get('population') or 0}\n")
print(f"{len(communes)} communes written to {out}")
PY
