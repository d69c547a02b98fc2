#!/bin/sh
docker ps -a
# The ubuntu container with STATUS "Exited …" and a random name:
#   docker-kata answer <name>
# Docker lists the newest first; Podman promises no order, so here the stopped ones, newest first, by creation:
docker ps -a --filter status=exited --format '{{.CreatedAt}}  {{.Image}}  {{.Names}}' | sort -r
# answer: ^\d{4}-\d\d-\d\d \S+ \S+ \S+  (?:docker\.io/library/)?ubuntu(?::latest)?  (\S+) *$
