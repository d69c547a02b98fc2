#!/bin/sh
# Use the name from docker ps (here read with --format):
docker exec -it $(docker ps -lq --filter ancestor=docker.io/library/ubuntu) bash
# Inside, look around, then press Ctrl-D:
# key: C-d
docker ps
# STATUS says "Up …":
#   docker-kata answer up
# answer: ^[0-9a-f]{12} +(?:docker\.io/library/)?ubuntu(?::latest)? +.* (Up)\b
