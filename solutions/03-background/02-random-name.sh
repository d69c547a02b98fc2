#!/bin/sh
docker ps
# The NAMES column holds the random name, then:
#   docker-kata answer <name>
# (The first ubuntu row that is Up: docker ps lists the newest first.)
# answer: ^[0-9a-f]{12} +ubuntu +.* Up .* (\S+) *$
