#!/bin/sh
docker ps
# The NAMES column holds the random name, then:
#   docker-kata answer <name>
# (The first ubuntu row that is Up: docker ps lists the newest first.)
# (Through Podman the IMAGE column reads docker.io/library/ubuntu:latest: the same image, by its full name.)
# answer: ^[0-9a-f]{12} +(?:docker\.io/library/)?ubuntu(?::latest)? +.* Up .* (\S+) *$

# variant: the name with the slash docker inspect shows
docker inspect --format '{{.Name}}' $(docker ps -lq)
# answer: ^(/[a-z]+_[a-z]+)\s*$

# variant: read with --format
docker ps --format '{{.Names}}'
# answer: ^([a-z]+_[a-z]+)\s*$

# near miss: the container ID for its name
docker ps -lq
# answer: ^([0-9a-f]{12})\s*$
# expect: which is the ID of the container

# near miss: the name of another container
docker run -d --name other-one ubuntu sleep 300
docker-kata answer other-one
# expect: the name of another container
