#!/bin/sh
mkdir -p kata-share
echo "a note from the host" > kata-share/note.txt
docker run --name kata-bind -v "$PWD/kata-share:/share" ubuntu cat /share/note.txt
# The folder is yours: tidy up when you are done with it.
rm -r kata-share
