#!/bin/sh
mkdir -p kata-share
echo "a note from the host" > kata-share/note.txt
docker run --name kata-bind -v "$PWD/kata-share:/share" ubuntu cat /share/note.txt
# The folder is yours: tidy up when you are done with it.
rm -r kata-share

# variant: --mount instead of -v
mkdir -p kata-share
echo "a note from the host" > kata-share/note.txt
docker run --name kata-bind --mount type=bind,source="$PWD/kata-share",target=/share ubuntu cat /share/note.txt

# variant: $(pwd), read-only, the management command
mkdir -p kata-share
echo "a note from the host" > kata-share/note.txt
docker container run --name kata-bind -v "$(pwd)/kata-share:/share:ro" ubuntu cat /share/note.txt

# near miss: a relative path, which Docker takes for a volume's name
mkdir -p kata-share
echo "a note from the host" > kata-share/note.txt
docker run --name kata-bind -v kata-share:/share ubuntu cat /share/note.txt
# expect: /share is a volume mount, not a bind mount

# near miss: the folder and the note were never made
docker run --name kata-bind -v "$PWD/kata-share:/share" ubuntu cat /share/note.txt
# expect: it has exited (exit code 1)

# near miss: mounted somewhere else in the container
mkdir -p kata-share
echo "a note from the host" > kata-share/note.txt
docker run --name kata-bind -v "$PWD/kata-share:/data" ubuntu cat /data/note.txt
# expect: nothing is mounted at /share
