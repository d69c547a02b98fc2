#!/bin/sh
docker ps -a
# The ubuntu container with STATUS "Exited …" and a random name:
#   docker-kata answer <name>
# Docker lists the newest first; Podman promises no order, so here the stopped ones, newest first, by creation:
docker ps -a --filter status=exited --format '{{.CreatedAt}}  {{.Image}}  {{.Names}}' | sort -r
# answer: ^\d{4}-\d\d-\d\d \S+ \S+ \S+  (?:docker\.io/library/)?ubuntu(?::latest)?  (\S+) *$

# variant: removed first (docker rm), then answered: its name is still its name
docker ps -a --filter status=exited --format '{{.Names}}'
# answer: ^([a-z]+_[a-z]+)\s*$
docker rm $(docker ps -aq --filter status=exited)

# variant: in quotes
N=$(docker ps -a --filter status=exited --format '{{.Names}}' | head -n 1); docker-kata answer "'$N'"

# near miss: the name of another stopped container
docker run --name my-ubuntu ubuntu true
docker-kata answer my-ubuntu
# expect: the name of another container

# near miss: its ID for its name
docker ps -aq --filter status=exited
# answer: ^([0-9a-f]{12})\s*$
# expect: which is the ID of the container
