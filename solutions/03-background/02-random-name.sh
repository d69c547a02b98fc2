#!/bin/sh
docker ps
# The NAMES column holds the random name, then:
#   docker-kata answer <name>
# (The first ubuntu row that is Up: docker ps lists the newest first.)
# (Through Podman the IMAGE column reads docker.io/library/ubuntu:latest: the same image, by its full name.)
# answer: ^[0-9a-f]{12} +(?:docker\.io/library/)?ubuntu(?::latest)? +.* Up .* (\S+) *$
