#!/bin/sh
# Regenerates the small real images the image-header tests read (test/fixtures/images/), with ImageMagick.
# Each is a few hundred bytes: one per format WeChat takes or refuses, at sizes that exercise the cover crop.
set -eu
# /usr/bin/convert: a stand-in earlier on PATH may shadow the real one.
magick_convert() { /usr/bin/convert "$@"; }
out="$(dirname "$0")/../test/fixtures/images"
mkdir -p "$out"
cd "$out"
magick_convert -size 235x100 gradient:navy-skyblue -strip cover-235x100.jpg
magick_convert -size 120x90 gradient:red-yellow -strip -interlace JPEG progressive-120x90.jpg
magick_convert -size 100x100 xc:teal -strip square-100x100.png
magick_convert -size 60x200 xc:orange -strip tall-60x200.png
magick_convert -size 470x200 xc:gold -strip banner-470x200.gif
magick_convert -size 47x20 xc:purple -strip BMP3:cover-47x20.bmp
magick_convert -size 32x32 xc:green -strip photo-32x32.webp
printf '<svg xmlns="http://www.w3.org/2000/svg" width="235" height="100" role="img" aria-label="cover"><rect width="235" height="100"/></svg>\n' > drawing.svg
printf 'This is a text file with an image name.\n' > notes-named.jpg
head -c 40 cover-235x100.jpg > truncated.jpg
