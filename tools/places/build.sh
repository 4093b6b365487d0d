#!/usr/bin/env bash
# Rebuilds src/main/resources/places/afghanistan.csv from the public sources listed in docs/PLACES.md and prints
# how they agree. A one-off: run it again only to rebuild the shipped gazetteer from new editions of the sources.
#
# Usage (from the repository root): tools/places/build.sh SOURCES_DIR
# SOURCES_DIR holds, renamed so (see docs/PLACES.md for where each comes from):
#   cod-adm1.shp/.dbf   OCHA COD-AB afg_admbnda_adm1_agcho_20180522
#   cod-adm2.shp/.dbf   OCHA COD-AB afg_admbnda_adm2_agcho_20180522
#   gb-adm2.shp/.dbf    geoBoundaries-AFG-ADM2
#   provinces-and-districts.json
# Needs only JDK 17: PlaceNames is compiled on its own, the tool runs as a single source file.
set -euo pipefail
cd "$(dirname "$0")/../.."
SRC=${1:?usage: tools/places/build.sh SOURCES_DIR}
CLASSES=$(mktemp -d)
trap 'rm -rf "$CLASSES"' EXIT
javac -d "$CLASSES" src/main/java/org/corroborate/place/PlaceNames.java
java -cp "$CLASSES" tools/places/BuildGazetteer.java "$SRC/cod-adm1" "$SRC/cod-adm2" "$SRC/gb-adm2" \
    "$SRC/provinces-and-districts.json" tools/places/variants.csv src/main/resources/places/afghanistan.csv
