#!/usr/bin/env bash
# Generates the illustrative JPEG images of the Pelhřimov sample site.
#
# Requires ImageMagick 6 or 7 (Debian: apt-get install -y imagemagick).
# Usage (from anywhere):  bash App_Data.sample/tools/make-media.sh
# Output: App_Data.sample/media/*.jpg, 1200×800 px, each well under 120 kB.
# PDF attachments of the notice board are produced by make-pdfs.py.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$HERE/../media"
mkdir -p "$OUT"

if command -v magick >/dev/null 2>&1; then IM=(magick); else IM=(convert); fi

W=1200
H=800

# Town colours and a shared palette.
RED='#9b1b30'; DARKRED='#6d1222'; CREAM='#f6efe4'; GOLD='#e2b33c'
BLUE='#1d4e89'; SKY='#8fc1e3'; GREEN='#3c8d5a'; DARKGREEN='#245c3a'
ORANGE='#e8833a'; GREY='#5b6770'; LIGHTGREY='#cfd6db'; WHITE='#ffffff'

# img NAME ANGLE COLOUR1 COLOUR2 [ImageMagick drawing options ...]
img() {
  local name="$1" angle="$2" c1="$3" c2="$4"
  shift 4
  "${IM[@]}" -size "${W}x${H}" -define gradient:angle="$angle" "gradient:${c1}-${c2}" \
    "$@" -strip -sampling-factor 4:2:0 -interlace Plane -quality 80 "$OUT/$name.jpg"
  printf '%-28s %6d bytes\n' "$name.jpg" "$(wc -c <"$OUT/$name.jpg")"
}

# Rows of window rectangles: windows X0 Y0 COLS ROWS DX DY W H
windows() {
  local x0=$1 y0=$2 cols=$3 rows=$4 dx=$5 dy=$6 w=$7 h=$8 s="" r c
  for ((r = 0; r < rows; r++)); do
    for ((c = 0; c < cols; c++)); do
      s+="rectangle $((x0 + c * dx)),$((y0 + r * dy)) $((x0 + c * dx + w)),$((y0 + r * dy + h)) "
    done
  done
  printf '%s' "$s"
}

# Silhouette of the historic square: gabled houses, the church tower of
# St Bartholomew and the town hall with its small tower (baseline y=640).
TOWN="polygon 0,640 0,470 60,410 120,470 120,640
 polygon 120,640 120,500 190,440 260,500 260,640
 rectangle 270,640 340,300 polygon 258,300 305,170 352,300
 polygon 340,640 340,480 420,420 500,480 500,640
 rectangle 500,640 700,450 polygon 490,450 600,380 710,450
 rectangle 580,380 620,290 polygon 570,290 600,230 630,290
 polygon 700,640 700,490 770,430 840,490 840,640
 polygon 840,640 840,470 920,400 1000,470 1000,640
 polygon 1000,640 1000,500 1100,440 1200,500 1200,640"
TOWN_WINDOWS="$(windows 20 500 2 2 50 60 25 35) $(windows 145 530 2 2 70 50 25 30)
 $(windows 360 510 3 2 50 55 25 32) $(windows 525 490 6 2 30 60 16 38)
 $(windows 720 520 3 2 40 55 22 30) $(windows 860 500 3 2 50 60 25 35) $(windows 1020 530 4 2 45 50 22 30)"

# Simple deciduous tree: tree X BASEY SCALE
tree() {
  local x=$1 y=$2 s=$3
  printf 'rectangle %d,%d %d,%d ' $((x - 6 * s / 10)) $((y - 60 * s / 10)) $((x + 6 * s / 10)) "$y"
}
crown() {
  local x=$1 y=$2 s=$3
  printf 'circle %d,%d %d,%d ' "$x" $((y - 90 * s / 10)) $((x + 45 * s / 10)) $((y - 90 * s / 10))
}

# Snowflake made of three crossing strokes: flake X Y R
flake() {
  local x=$1 y=$2 r=$3 h=$(($3 * 87 / 100)) q=$(($3 / 2))
  printf 'line %d,%d %d,%d line %d,%d %d,%d line %d,%d %d,%d ' \
    $((x - r)) "$y" $((x + r)) "$y" \
    $((x - q)) $((y - h)) $((x + q)) $((y + h)) \
    $((x - q)) $((y + h)) $((x + q)) $((y - h))
}

# Dog paw print: paw X Y
paw() {
  local x=$1 y=$2
  printf 'ellipse %d,%d 34,28 0,360 circle %d,%d %d,%d circle %d,%d %d,%d circle %d,%d %d,%d circle %d,%d %d,%d ' \
    "$x" "$y" $((x - 38)) $((y - 38)) $((x - 24)) $((y - 38)) $((x - 13)) $((y - 62)) $((x + 1)) $((y - 62)) \
    $((x + 13)) $((y - 62)) $((x + 27)) $((y - 62)) $((x + 38)) $((y - 38)) $((x + 52)) $((y - 38))
}

# ---------------------------------------------------------------------------
# Town hall (general image of the town)
img radnice 170 "$BLUE" "$SKY" \
  -fill "$GOLD" -draw "circle 980,170 1040,170" \
  -fill "$DARKRED" -draw "$TOWN" \
  -fill "$GOLD" -draw "$TOWN_WINDOWS" \
  -fill "$RED" -draw "rectangle 0,640 1200,800" \
  -fill "$DARKRED" -draw "$(windows 0 680 12 2 100 60 60 20)"

# Reconstruction of Masarykovo náměstí: square, paving and a crane
img namesti-rekonstrukce 160 '#f2c46d' '#fbe9c6' \
  -fill "$GREY" -draw "$TOWN" \
  -fill "$LIGHTGREY" -draw "$TOWN_WINDOWS" \
  -fill '#d9c3a0' -draw "rectangle 0,640 1200,800" \
  -stroke '#b79c77' -strokewidth 4 -draw "$(for x in $(seq 0 80 1200); do printf 'line %d,640 %d,800 ' $x $((x - 60)); done) line 0,690 1200,690 line 0,745 1200,745" \
  -stroke none -fill "$ORANGE" -draw "rectangle 880,620 900,120 rectangle 700,110 1130,140 rectangle 1100,140 1130,200" \
  -stroke "$ORANGE" -strokewidth 5 -draw "line 760,140 760,330" -stroke none \
  -fill "$GREY" -draw "rectangle 735,330 785,370"

# Road closure: road in perspective, barrier and cones
img uzavirka-silnice 150 "$SKY" '#e6f1f8' \
  -fill "$GREEN" -draw "rectangle 0,430 1200,800" \
  -fill "$GREY" -draw "polygon 520,430 680,430 1100,800 100,800" \
  -fill "$WHITE" -draw "polygon 596,450 604,450 612,520 588,520 polygon 583,560 617,560 632,660 568,660 polygon 561,710 639,710 650,800 550,800" \
  -fill "$WHITE" -draw "rectangle 330,520 870,590" \
  -fill "$RED" -draw "polygon 330,520 390,520 330,590 polygon 430,520 500,520 430,590 polygon 540,520 610,520 540,590 polygon 650,520 720,520 650,590 polygon 760,520 830,520 760,590" \
  -fill "$DARKRED" -draw "rectangle 360,590 380,680 rectangle 820,590 840,680" \
  -fill "$ORANGE" -draw "polygon 200,720 240,600 280,720 polygon 920,720 960,600 1000,720" \
  -fill "$WHITE" -draw "polygon 222,655 258,655 264,675 216,675 polygon 942,655 978,655 984,675 936,675"

# Collection of bio-waste: brown bin and autumn leaves
img svoz-bioodpadu 140 '#f3e3c3' '#c9dfb4' \
  -fill '#7a4a22' -draw "polygon 480,280 720,280 700,700 500,700" \
  -fill '#5c3517' -draw "roundrectangle 460,240 740,290 12,12 rectangle 560,215 640,245" \
  -fill '#3b2410' -draw "circle 520,715 520,745 circle 680,715 680,745" \
  -fill "$GREEN" -draw "ellipse 220,320 70,36 0,360 ellipse 930,260 80,40 0,360 ellipse 1030,560 60,30 0,360" \
  -fill "$ORANGE" -draw "ellipse 300,560 70,34 0,360 ellipse 860,470 64,32 0,360 ellipse 150,690 56,28 0,360" \
  -fill "$GOLD" -draw "ellipse 980,720 70,30 0,360 ellipse 340,180 54,26 0,360" \
  -fill "$DARKGREEN" -draw "polygon 560,420 640,420 600,520"

# Waste fee: sorted waste bins and coins
img poplatek-odpad 135 '#e9f2ea' '#bcd7c4' \
  -fill '#2f6fb5' -draw "roundrectangle 120,300 320,700 16,16" \
  -fill '#f2c230' -draw "roundrectangle 370,300 570,700 16,16" \
  -fill "$GREEN" -draw "roundrectangle 620,300 820,700 16,16" \
  -fill '#3a3a3a' -draw "roundrectangle 870,300 1070,700 16,16" \
  -fill "$WHITE" -draw "rectangle 150,360 290,380 rectangle 400,360 540,380 rectangle 650,360 790,380 rectangle 900,360 1040,380" \
  -fill "$GOLD" -stroke '#b3862a' -strokewidth 6 -draw "circle 980,170 1050,170 circle 880,210 940,210" -stroke none \
  -fill '#b3862a' -draw "circle 980,170 1000,170 circle 880,210 897,210"

# Festival "Pelhřimov – město rekordů": confetti, podium and trophy
img mesto-rekordu 120 '#4b1d6e' "$RED" \
  -fill "$GOLD" -draw "polygon 540,200 660,200 640,330 560,330 rectangle 585,330 615,390 rectangle 540,390 660,420" \
  -stroke "$GOLD" -strokewidth 16 -fill none -draw "arc 500,210 580,300 90,270 arc 620,210 700,300 270,90" -stroke none \
  -fill "$CREAM" -draw "rectangle 450,520 750,800 rectangle 150,600 450,800 rectangle 750,650 1050,800" \
  -fill "$GOLD" -draw "$(for i in $(seq 1 45); do x=$(((i * 263) % 1200)); y=$(((i * 151) % 480)); printf 'rectangle %d,%d %d,%d ' $x $y $((x + 14)) $((y + 26)); done)" \
  -fill "$SKY" -draw "$(for i in $(seq 1 40); do x=$(((i * 337 + 90) % 1200)); y=$(((i * 97 + 40) % 500)); printf 'circle %d,%d %d,%d ' $x $y $((x + 9)) $y; done)"

# Kindergarten enrolment: building blocks and the sun
img zapis-materske-skoly 180 '#ffe9a8' '#fff7e0' \
  -fill "$GOLD" -draw "circle 1020,170 1090,170" \
  -fill "$GREEN" -draw "rectangle 0,660 1200,800" \
  -fill "$RED" -draw "roundrectangle 200,500 360,660 12,12" \
  -fill '#2f6fb5' -draw "roundrectangle 370,500 530,660 12,12" \
  -fill "$ORANGE" -draw "roundrectangle 285,340 445,500 12,12" \
  -fill "$GREEN" -draw "roundrectangle 620,560 720,660 10,10" \
  -fill '#8e5bb5' -draw "polygon 740,660 900,660 820,520" \
  -fill "$CREAM" -draw "circle 280,580 310,580 circle 450,580 480,580 circle 365,420 395,420"

# Town council: classical facade with columns
img zastupitelstvo 165 '#dbe7f3' '#aac4de' \
  -fill "$CREAM" -draw "polygon 220,300 600,140 980,300" \
  -fill "$BLUE" -draw "polygon 290,280 600,165 910,280" \
  -fill "$CREAM" -draw "rectangle 220,300 980,340 rectangle 180,660 1020,700 rectangle 150,700 1050,740" \
  -fill "$WHITE" -draw "$(for x in 260 380 500 620 740 860; do printf 'rectangle %d,350 %d,650 ' $x $((x + 70)); done)" \
  -fill "$LIGHTGREY" -draw "$(for x in 260 380 500 620 740 860; do printf 'rectangle %d,350 %d,370 rectangle %d,630 %d,650 ' $((x - 10)) $((x + 80)) $((x - 10)) $((x + 80)); done)" \
  -fill "$RED" -draw "circle 600,240 625,240"

# Christmas market: night, tree, stars and stalls
img vanocni-trhy 180 '#0e1b3d' '#2c4a7a' \
  -fill "$WHITE" -draw "$(for i in $(seq 1 60); do x=$(((i * 211) % 1200)); y=$(((i * 89) % 420)); printf 'circle %d,%d %d,%d ' $x $y $((x + 3)) $y; done)" \
  -fill "$CREAM" -draw "rectangle 0,660 1200,800" \
  -fill "$DARKGREEN" -draw "polygon 600,120 720,330 480,330 polygon 600,230 770,480 430,480 polygon 600,360 820,640 380,640" \
  -fill '#5c3517' -draw "rectangle 575,640 625,690" \
  -fill "$GOLD" -draw "polygon 600,70 614,108 654,108 622,132 634,170 600,146 566,170 578,132 546,108 586,108" \
  -fill "$RED" -draw "circle 540,300 552,300 circle 660,420 672,420 circle 520,560 532,560 circle 700,590 712,590 circle 610,500 622,500" \
  -fill "$GOLD" -draw "circle 640,270 650,270 circle 560,430 570,430 circle 630,600 640,600 circle 470,610 480,610" \
  -fill "$RED" -draw "polygon 60,560 180,500 300,560 polygon 900,560 1020,500 1140,560" \
  -fill "$CREAM" -draw "rectangle 80,560 280,690 rectangle 920,560 1120,690" \
  -fill '#f4d28a' -draw "rectangle 100,580 260,640 rectangle 940,580 1100,640"

# New cycle path: hills, a pond and a bicycle
img cyklostezka 175 '#9ed0ef' '#e4f3fb' \
  -fill '#7fb069' -draw "ellipse 250,620 520,220 180,360 ellipse 950,650 520,200 180,360" \
  -fill "$GREEN" -draw "rectangle 0,600 1200,800" \
  -fill '#4f88c6' -draw "ellipse 950,700 200,50 0,360" \
  -fill '#d8c7a3' -draw "polygon 0,780 300,690 620,650 760,600 800,600 660,660 340,730 80,800 0,800" \
  -stroke "$RED" -strokewidth 14 -fill none -draw "circle 430,560 500,560 circle 690,560 760,560" \
  -draw "line 430,560 520,450 line 520,450 650,450 line 650,450 690,560 line 520,450 560,560 line 560,560 430,560 line 560,560 650,450" \
  -draw "line 500,420 540,420 line 640,430 660,410" -stroke none \
  -fill "$DARKGREEN" -draw "$(crown 140 600 12) $(crown 1100 600 10)" -fill '#5c3517' -draw "$(tree 140 600 12) $(tree 1100 600 10)"

# Grants for associations: people in different colours
img dotace-spolky 150 '#fdf1e4' '#f6d2b3' \
  -fill "$RED" -draw "circle 280,330 340,330 roundrectangle 190,410 370,700 60,60" \
  -fill "$BLUE" -draw "circle 480,300 545,300 roundrectangle 385,385 575,700 64,64" \
  -fill "$GREEN" -draw "circle 690,310 752,310 roundrectangle 600,395 780,700 62,62" \
  -fill "$ORANGE" -draw "circle 900,340 956,340 roundrectangle 815,415 985,700 58,58" \
  -fill "$GOLD" -draw "polygon 600,150 575,120 545,130 540,165 600,220 660,165 655,130 625,120"

# Collection yard: containers, fence and a recycling arrow
img sberny-dvur 155 '#e8eef2' '#b9c9d4' \
  -fill "$GREY" -draw "rectangle 0,640 1200,800" \
  -fill '#2f6fb5' -draw "polygon 80,420 460,420 420,640 120,640" \
  -fill "$GREEN" -draw "polygon 480,400 860,400 820,640 520,640" \
  -fill "$ORANGE" -draw "polygon 880,440 1160,440 1130,640 910,640" \
  -fill '#3a3a3a' -draw "rectangle 130,640 170,660 rectangle 410,640 450,660 rectangle 530,640 570,660 rectangle 810,640 850,660" \
  -stroke "$DARKGREEN" -strokewidth 22 -fill none -draw "arc 540,120 760,340 200,340 arc 540,120 760,340 20,160" -stroke none \
  -fill "$DARKGREEN" -draw "polygon 740,230 790,250 760,290 polygon 560,230 510,210 540,170"

# Dog vaccination and dog fee: a dog and paw prints
img ockovani-psu 150 '#fff4dc' '#f3d9a4' \
  -fill '#b07a45' -draw "$(paw 150 220) $(paw 300 140) $(paw 1030 640) $(paw 1130 520)" \
  -fill '#7a4a22' -draw "ellipse 600,500 220,110 0,360 circle 820,360 880,360 ellipse 880,400 70,40 0,360" \
  -draw "rectangle 420,520 470,720 rectangle 500,540 550,720 rectangle 660,540 710,720 rectangle 740,520 790,720" \
  -draw "polygon 780,330 760,220 830,300 polygon 840,320 870,220 890,330" \
  -stroke '#7a4a22' -strokewidth 26 -draw "line 390,450 300,330" -stroke none \
  -fill '#1b1b1b' -draw "circle 945,395 960,395 circle 840,345 850,345" \
  -fill "$RED" -draw "rectangle 780,420 860,445" -fill "$GOLD" -draw "circle 820,470 838,470"

# Reporting defects: street lamp and warning sign at dusk
img hlaseni-zavad 170 '#24345c' '#e59a63' \
  -fill '#1f2430' -draw "rectangle 0,680 1200,800 rectangle 380,240 400,680 rectangle 380,240 520,256" \
  -fill '#1f2430' -draw "polygon 480,256 560,256 540,290 500,290" \
  -fill '#ffe9a0' -draw "polygon 505,290 535,290 600,680 440,680" \
  -fill "$WHITE" -draw "polygon 800,260 980,560 620,560" \
  -fill "$RED" -draw "polygon 800,300 945,540 655,540" \
  -fill "$WHITE" -draw "polygon 800,340 910,520 690,520" \
  -fill '#1f2430' -draw "roundrectangle 788,380 812,470 8,8 circle 800,495 813,495"

# Town library: a shelf of books and an open book
img mestska-knihovna 160 '#f5ecdc' '#e0cba6' \
  -fill '#8a5a32' -draw "rectangle 100,600 1100,630" \
  -fill "$RED" -draw "rectangle 130,330 190,600" -fill "$BLUE" -draw "rectangle 195,360 250,600" \
  -fill "$GREEN" -draw "rectangle 255,300 320,600" -fill "$GOLD" -draw "rectangle 325,380 370,600" \
  -fill "$DARKRED" -draw "polygon 380,600 420,600 500,360 460,350" \
  -fill "$CREAM" -draw "polygon 600,520 820,470 1040,520 1040,300 820,250 600,300" \
  -fill "$WHITE" -draw "polygon 610,505 815,460 815,265 610,310 polygon 825,460 1030,505 1030,310 825,265" \
  -stroke "$LIGHTGREY" -strokewidth 6 -draw "$(for y in 330 370 410 450; do printf 'line 640,%d 790,%d line 850,%d 1000,%d ' $y $((y - 35)) $((y - 35)) $y; done)"

# Winter road maintenance: snow, snowflakes and a plough
img zimni-udrzba 170 '#5f87b7' '#d7e6f4' \
  -fill "$WHITE" -draw "ellipse 300,700 600,170 180,360 ellipse 1000,720 500,150 180,360 rectangle 0,700 1200,800" \
  -stroke "$WHITE" -strokewidth 8 -fill none -draw "$(flake 160 150 50) $(flake 420 90 35) $(flake 980 140 60) $(flake 1120 330 30) $(flake 700 220 40)" -stroke none \
  -fill "$ORANGE" -draw "roundrectangle 520,470 860,620 18,18 roundrectangle 720,400 860,480 10,10" \
  -fill '#b3d4ee' -draw "rectangle 740,415 840,465" \
  -fill "$GREY" -draw "polygon 420,520 500,520 500,650 400,650" \
  -fill '#222222' -draw "circle 600,640 645,640 circle 790,640 835,640" \
  -fill "$GOLD" -draw "rectangle 770,380 810,400"

# Elections: ballot box and envelope
img volby 160 '#e9eef7' '#bccbe6' \
  -fill "$BLUE" -draw "roundrectangle 330,380 870,720 18,18" \
  -fill '#163a66' -draw "rectangle 330,380 870,430 rectangle 520,395 680,410" \
  -fill "$WHITE" -draw "rectangle 520,420 740,430" \
  -fill "$CREAM" -draw "polygon 540,160 760,160 760,330 540,330" \
  -fill '#e5d8c1' -draw "polygon 540,160 650,250 760,160" \
  -stroke "$RED" -strokewidth 26 -fill none -draw "polyline 480,560 570,640 730,480" -stroke none \
  -fill "$WHITE" -draw "rectangle 0,720 1200,800"

# Boiler grants: a house, a heat pump and clean air
img kotlikove-dotace 170 '#bfe3f7' '#effaff' \
  -fill "$GREEN" -draw "rectangle 0,640 1200,800" \
  -fill "$CREAM" -draw "rectangle 280,380 720,640" \
  -fill "$RED" -draw "polygon 240,390 500,190 760,390 rectangle 600,220 650,330" \
  -fill "$BLUE" -draw "rectangle 330,440 430,530 rectangle 570,440 670,530" -fill '#7a4a22' -draw "rectangle 460,500 540,640" \
  -fill "$LIGHTGREY" -draw "roundrectangle 780,500 960,640 12,12" -fill "$GREY" -draw "circle 845,570 895,570" \
  -fill "$WHITE" -draw "circle 650,180 680,180 circle 700,140 740,140 circle 760,110 805,110" \
  -fill "$DARKGREEN" -draw "ellipse 1060,300 60,110 0,360" -fill '#5c3517' -draw "rectangle 1052,390 1068,640"

# Sports hall: arched roof, court and ball
img sportovni-hala 160 '#cfe7d6' '#8cc7a0' \
  -fill "$LIGHTGREY" -draw "ellipse 600,420 480,220 180,360 rectangle 120,420 1080,640" \
  -fill "$BLUE" -draw "$(windows 180 460 8 1 110 0 80 110)" \
  -fill '#c98b4f' -draw "polygon 0,800 120,640 1080,640 1200,800" \
  -stroke "$WHITE" -strokewidth 6 -fill none -draw "polygon 160,780 230,660 970,660 1040,780 line 600,660 600,780 ellipse 600,720 70,28 0,360" -stroke none \
  -fill "$ORANGE" -draw "circle 920,250 990,250" \
  -stroke '#7a3b12' -strokewidth 5 -fill none -draw "line 850,250 990,250 line 920,180 920,320 arc 870,200 970,300 -60,60" -stroke none

# Senior taxi: a car with a taxi sign
img senior-taxi 165 '#f7e3b0' '#fbf3de' \
  -fill "$GREY" -draw "rectangle 0,640 1200,800" \
  -fill "$WHITE" -draw "$(for x in $(seq 40 200 1200); do printf 'rectangle %d,712 %d,728 ' $x $((x + 110)); done)" \
  -fill "$RED" -draw "roundrectangle 240,420 960,600 40,40 polygon 400,430 480,300 740,300 840,430" \
  -fill '#cfe6f5' -draw "polygon 430,420 495,320 600,320 600,420 polygon 620,420 620,320 730,320 800,420" \
  -fill '#222222' -draw "circle 400,600 470,600 circle 800,600 870,600" \
  -fill "$LIGHTGREY" -draw "circle 400,600 430,600 circle 800,600 830,600" \
  -fill "$GOLD" -draw "roundrectangle 540,250 660,300 8,8 rectangle 930,480 960,510" \
  -fill "$WHITE" -draw "rectangle 240,500 270,520"

# Parking: sign and marked parking places
img parkovani 160 '#d9e4ee' '#f3f6f9' \
  -fill "$GREY" -draw "polygon 0,480 1200,480 1200,800 0,800" \
  -stroke "$WHITE" -strokewidth 8 -draw "$(for x in $(seq 60 220 1200); do printf 'line %d,800 %d,540 ' $x $((x + 80)); done) line 0,540 1200,540" -stroke none \
  -fill "$BLUE" -draw "roundrectangle 470,90 730,350 26,26" -fill "$LIGHTGREY" -draw "rectangle 588,350 612,520" \
  -fill "$WHITE" -stroke "$WHITE" -strokewidth 2 -draw "roundrectangle 490,110 710,330 18,18" -stroke none \
  -fill "$BLUE" -draw "roundrectangle 502,122 698,318 14,14" \
  -fill "$WHITE" -draw "rectangle 550,150 590,300 roundrectangle 550,150 650,240 45,45" \
  -fill "$BLUE" -draw "roundrectangle 588,185 615,205 10,10"

# Identity cards: an ID card
img obcanske-prukazy 150 '#e3ecf5' '#b6cde4' \
  -fill '#00000022' -draw "roundrectangle 282,222 942,642 28,28" \
  -fill "$WHITE" -draw "roundrectangle 270,210 930,630 28,28" \
  -fill '#dce9f5' -draw "roundrectangle 270,210 930,300 28,28 rectangle 270,270 930,300" \
  -fill "$BLUE" -draw "circle 330,255 350,255" -fill "$RED" -draw "rectangle 380,245 560,265" \
  -fill "$LIGHTGREY" -draw "roundrectangle 310,340 500,570 12,12" \
  -fill "$GREY" -draw "circle 405,420 445,420 ellipse 405,560 75,70 180,360" \
  -fill "$LIGHTGREY" -draw "rectangle 540,350 880,370 rectangle 540,400 820,420 rectangle 540,450 860,470 rectangle 540,500 760,520" \
  -fill "$GOLD" -draw "roundrectangle 790,540 880,600 8,8"

# School canteen and schools: school building with a clock
img skolni-jidelna 170 '#cfe8f7' '#f1f9fd' \
  -fill "$GREEN" -draw "rectangle 0,650 1200,800" \
  -fill '#f0d9a8' -draw "rectangle 200,330 1000,650" \
  -fill "$RED" -draw "polygon 170,340 600,170 1030,340" \
  -fill "$WHITE" -draw "circle 600,270 650,270" -stroke '#333333' -strokewidth 6 -draw "line 600,270 600,238 line 600,270 625,282" -stroke none \
  -fill "$BLUE" -draw "$(windows 240 380 7 2 110 130 70 80)" \
  -fill '#7a4a22' -draw "rectangle 555,540 645,650" \
  -fill "$DARKGREEN" -draw "$(crown 100 650 11) $(crown 1110 650 12)" -fill '#5c3517' -draw "$(tree 100 650 11) $(tree 1110 650 12)"

# Care service: house for seniors with a bench and a heart
img pecovatelska-sluzba 165 '#f8e1e4' '#fdf4f1' \
  -fill "$GREEN" -draw "rectangle 0,650 1200,800" \
  -fill "$CREAM" -draw "rectangle 300,300 800,650" \
  -fill "$DARKRED" -draw "polygon 270,310 550,150 830,310" \
  -fill "$BLUE" -draw "$(windows 340 340 4 2 115 110 70 70)" \
  -fill '#7a4a22' -draw "rectangle 510,540 590,650" \
  -fill '#8a5a32' -draw "rectangle 860,580 1080,600 rectangle 860,540 1080,555 rectangle 875,600 890,650 rectangle 1050,600 1065,650" \
  -fill "$RED" -draw "polygon 1000,300 960,250 910,265 905,320 1000,400 1095,320 1090,265 1040,250" \
  -fill "$DARKGREEN" -draw "$(crown 150 650 12)" -fill '#5c3517' -draw "$(tree 150 650 12)"

echo "Done. Total size of media/:"
du -ch "$OUT"/*.jpg | tail -1
