#!/bin/sh
docker rm kata-writer
docker volume ls
# A new container on the same volume prints the file:
docker run --name kata-reader -v kata-data:/data ubuntu cat /data/kept.txt

# variant: the management commands, and the volume mounted read-only with --mount
# after: write-to-a-volume
docker container rm kata-writer
docker container run --name kata-reader --mount type=volume,source=kata-data,target=/data,readonly ubuntu cat /data/kept.txt

# variant: every stopped container removed at once
# after: write-to-a-volume
docker container prune -f
docker run --name kata-reader -v kata-data:/data ubuntu cat /data/kept.txt

# near miss: kata-writer kept
# after: write-to-a-volume
docker run --name kata-reader -v kata-data:/data ubuntu cat /data/kept.txt
# expect: has not reported this for a container named kata-writer: removed

# near miss: the reader without the volume
# after: write-to-a-volume
docker rm kata-writer
docker run --name kata-reader ubuntu cat /data/kept.txt
# expect: nothing is mounted at /data

# near miss: the volume removed too, so the reader got a new, empty one
# after: write-to-a-volume
docker rm kata-writer
docker volume rm kata-data
docker run --name kata-reader -v kata-data:/data ubuntu cat /data/kept.txt
# expect: /data/kept.txt does not exist in `kata-reader`
